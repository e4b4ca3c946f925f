import { mean, sampleVariance } from "simple-statistics";
import { studentTCdf } from "./student-t-cdf.ts";
import { studentTQuantile } from "./student-t-quantile.ts";
import { checkFiniteArray, checkOpenUnit } from "./validate.ts";

/** Result of {@link welchTTest}. */
export interface WelchTTestResult {
  /** mean(a) − mean(b). */
  difference: number;
  /** Confidence interval for the difference of the true means. */
  ci: [number, number];
  /** Confidence level of `ci`; the test's level is α = 1 − confidence. */
  confidence: number;
  /** Standard error √(s_a²/n_a + s_b²/n_b) of the difference. */
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general); NaN if both constant. */
  df: number;
  /** t statistic difference / standardError. */
  t: number;
  /** Two-sided p-value for "the true means are equal". */
  pValue: number;
  /** pValue < 1 − confidence: the difference is significant at that level. */
  significant: boolean;
}

/**
 * Welch's two-sample t test and confidence interval for the difference of two means, without
 * assuming equal variances: for comparing two scenarios run with independent random numbers.
 *
 * Why Welch: two scenarios (say, 3 crews versus 4) rarely have the same output variance, and
 * the pooled-variance t test is not robust to that when sample sizes differ (Law 2015,
 * *Simulation Modeling and Analysis*, 5th ed., §10.2.2, the Welch approach). For replications
 * run with common random numbers use {@link pairedDifference} instead: pairing removes the
 * shared noise and is the right test then. simple-statistics' `tTestTwoSample` pools the
 * variances and gives no p-value, so it is not used.
 *
 * Formulas: B. L. Welch (1947), "The generalization of 'Student's' problem when several
 * different population variances are involved", Biometrika 34, 28–35; F. E. Satterthwaite
 * (1946), Biometrics Bulletin 2(6), 110–114. With vᵢ = sᵢ²/nᵢ:
 * t = (x̄_a − x̄_b)/√(v_a + v_b), df = (v_a + v_b)² / (v_a²/(n_a − 1) + v_b²/(n_b − 1)),
 * pValue = 2·P(T_df ≤ −|t|), ci = difference ± t(1 − α/2, df)·√(v_a + v_b).
 *
 * Degenerate case: when both samples are constant the standard error is 0 and df undefined
 * (NaN); the result is then exact: ci = [difference, difference], pValue 1 if the constants are
 * equal (t = 0), else 0 (t = ±Infinity).
 *
 * @param a values of scenario A, at least two
 * @param b values of scenario B, at least two
 * @param confidence confidence level in (0, 1), default 0.95
 * @throws {RangeError} when a sample has fewer than two values or a non-finite one, or
 *   confidence is not in (0, 1)
 * @example
 * const r = welchTTest([19, 22, 16, 29, 24], [20, 11, 17, 12]);
 * r.difference; // => 7
 * r.df; // => 6.9288…
 * r.pValue; // => 0.0568… (as scipy.stats.ttest_ind(a, b, equal_var=False) gives)
 */
export function welchTTest(
  a: readonly number[],
  b: readonly number[],
  confidence = 0.95,
): WelchTTestResult {
  const where = "welchTTest";
  checkFiniteArray(where, "a", a);
  checkFiniteArray(where, "b", b);
  for (const [name, sample] of [["a", a], ["b", b]] as const) {
    if (sample.length < 2) {
      throw new RangeError(
        `${where}: ${name}: expected at least two values (a variance is needed), found ` +
          `${sample.length}`,
      );
    }
  }
  checkOpenUnit(where, "confidence", confidence);
  const na = a.length;
  const nb = b.length;
  const difference = mean(a) - mean(b);
  const va = sampleVariance(a) / na;
  const vb = sampleVariance(b) / nb;
  const standardError = Math.sqrt(va + vb);
  const alpha = 1 - confidence;
  if (standardError === 0) {
    const t = difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity;
    const pValue = difference === 0 ? 1 : 0;
    return {
      difference,
      ci: [difference, difference],
      confidence,
      standardError,
      df: NaN,
      t,
      pValue,
      significant: pValue < alpha,
    };
  }
  const df = (va + vb) ** 2 / (va * va / (na - 1) + vb * vb / (nb - 1));
  const t = difference / standardError;
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  const halfWidth = studentTQuantile(1 - alpha / 2, df) * standardError;
  return {
    difference,
    ci: [difference - halfWidth, difference + halfWidth],
    confidence,
    standardError,
    df,
    t,
    pValue,
    significant: pValue < alpha,
  };
}

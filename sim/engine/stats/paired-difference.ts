import { studentTCdf } from "./student-t-cdf.ts";
import { summarize, type Summary } from "./summary.ts";
import { checkFiniteArray, checkOpenUnit } from "./validate.ts";

/** Result of {@link pairedDifference}: the summary of the differences, with the paired t test. */
export interface PairedDifferenceResult extends Summary {
  /** t statistic mean/(sd/√n) for "the true mean difference is 0"; NaN when n = 1. */
  t: number;
  /** Degrees of freedom n − 1. */
  df: number;
  /** Two-sided p-value of the paired t test; NaN when n = 1. */
  pValue: number;
  /** pValue < 1 − confidence. False when the p-value is NaN. */
  significant: boolean;
}

/**
 * Summary and paired t test of the differences a[i] − b[i] between two scenarios run with
 * common random numbers (CRN): replication i of both used the same random-number streams.
 *
 * Why: under CRN the two results of a replication are positively correlated, so Welch's test
 * (which assumes independence) overstates the noise; the differences Dᵢ = aᵢ − bᵢ are i.i.d.,
 * and the paired-t interval D̄ ± t(1 − α/2, n − 1)·s_D/√n is valid and usually much narrower
 * (Law 2015, *Simulation Modeling and Analysis*, 5th ed., §10.2.1, paired-t confidence interval;
 * §11.2 on common random numbers).
 *
 * The summary is {@link summarize} of the differences (same n = 1 rule: NaN interval); t and
 * pValue = 2·P(T_(n−1) ≤ −|t|) from {@link studentTCdf}. If all differences are equal (sd = 0),
 * the result is exact: pValue 1 if they are 0, else 0.
 *
 * @param a values of scenario A, one per replication
 * @param b values of scenario B, same length, b[i] from the same random numbers as a[i]
 * @param confidence confidence level in (0, 1), default 0.95
 * @throws {RangeError} when the lengths differ, the arrays are empty or hold a non-finite
 *   number, or confidence is not in (0, 1)
 * @example
 * const r = pairedDifference([12, 15, 11, 14], [10, 14, 10, 11]);
 * r.mean; // => 1.75
 * r.ci; // => [0.2265…, 3.2735…]
 * r.pValue; // => 0.0354… (t = 3.656 on 3 df)
 */
export function pairedDifference(
  a: readonly number[],
  b: readonly number[],
  confidence = 0.95,
): PairedDifferenceResult {
  const where = "pairedDifference";
  checkFiniteArray(where, "a", a);
  checkFiniteArray(where, "b", b);
  if (a.length !== b.length) {
    throw new RangeError(
      `${where}: b: expected as many values as a (${a.length}, one per replication), found ` +
        `${b.length}`,
    );
  }
  if (a.length === 0) {
    throw new RangeError(`${where}: a: expected at least one value, found an empty array`);
  }
  checkOpenUnit(where, "confidence", confidence);
  const differences = a.map((x, i) => x - b[i]);
  const summary = summarize(differences, confidence);
  const n = summary.n;
  const df = n - 1;
  let t: number;
  let pValue: number;
  if (n < 2) {
    t = NaN;
    pValue = NaN;
  } else if (summary.sd === 0) {
    t = summary.mean === 0 ? 0 : summary.mean > 0 ? Infinity : -Infinity;
    pValue = summary.mean === 0 ? 1 : 0;
  } else {
    t = summary.mean / (summary.sd / Math.sqrt(n));
    pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  }
  return { ...summary, t, df, pValue, significant: pValue < 1 - confidence };
}

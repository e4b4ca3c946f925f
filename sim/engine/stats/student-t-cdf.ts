import { logBeta } from "./log-beta.ts";
import { normalCdf } from "./normal-cdf.ts";
import { regularizedGammaP } from "./regularized-gamma.ts";
import { incompleteBeta } from "./regularized-incomplete-beta.ts";
import { checkDf, show } from "./validate.ts";

/**
 * Above this many degrees of freedom the t distribution is computed from the normal by
 * Abramowitz & Stegun (1964) 26.7.8, whose error is O(ν⁻²) (below 1e-10 relative here), instead
 * of the incomplete beta, whose continued fraction loses digits as ν/2 grows (~1e-10 at 10⁷).
 * R's `pt` makes the same switch at 4·10⁵.
 */
export const NORMAL_APPROXIMATION_DF = 1e7;
/** Beyond this |t|, ν/(ν+t²) is below ν·1e-300 and the tail is its leading power term. */
const FAR_T = 1e150;

/**
 * The CDF of Student's t distribution with `df` degrees of freedom, P(T ≤ t).
 *
 * Why: two-sided p-values of t tests (Welch, paired) are 2·P(T ≤ −|t|); simple-statistics
 * computes t statistics (`tTest`, `tTestTwoSample`) but has no t distribution to turn them into
 * p-values.
 *
 * Formula: with x = ν/(ν + t²), P(T > |t|) = I_x(ν/2, 1/2) / 2 (Abramowitz & Stegun 1964,
 * 26.7.1 with 26.5.27), I the regularized incomplete beta ({@link regularizedIncompleteBeta}),
 * given both x and 1 − x = t²/(ν + t²) computed directly so that neither small |t| nor large ν
 * loses digits. The tail on the side of t is computed directly, so far-tail probabilities keep
 * their relative accuracy (about 1e-12 for ν ≤ 10⁶, 1e-9 or better everywhere). Special cases:
 * df = Infinity is the standard normal ({@link normalCdf}); df > {@link NORMAL_APPROXIMATION_DF}
 * uses A&S 26.7.8, P(T ≤ t) ≈ Φ(t(1 − 1/(4ν)) / √(1 + t²/(2ν))). Non-integer df are allowed.
 *
 * @param t any number; ±Infinity give 0 and 1
 * @param df degrees of freedom, > 0 (Infinity allowed)
 * @throws {RangeError} when t is NaN or df is not > 0
 * @example
 * studentTCdf(1, 1); // => 0.75 (Cauchy)
 * 2 * studentTCdf(-2.228138851986274, 10); // => 0.05, the two-sided p-value
 */
export function studentTCdf(t: number, df: number): number {
  if (typeof t !== "number" || Number.isNaN(t)) {
    throw new RangeError(`studentTCdf: t: expected a number, found ${show(t)}`);
  }
  checkDf("studentTCdf", df);
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = studentTUpperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * P(T > t) for t ≥ 0 and finite df, accurate in relative terms however small. For
 * {@link studentTQuantile}; arguments are not checked.
 */
export function studentTUpperTail(t: number, df: number): number {
  if (df > NORMAL_APPROXIMATION_DF) return normalCdf(-normalEquivalent(t, df));
  if (t > FAR_T) return Math.exp(studentTLogFarTail(Math.log(t), df));
  const t2 = t * t;
  return incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5) / 2;
}

/**
 * P(|T| < t) for t ≥ 0 and finite df, accurate in relative terms for small t: I_y(1/2, ν/2)
 * with y = t²/(ν + t²). For {@link studentTQuantile}; arguments are not checked.
 */
export function studentTCentral(t: number, df: number): number {
  if (df > NORMAL_APPROXIMATION_DF) {
    // P(|Z| < z) = P(1/2, z²/2) (A&S 26.2.30 with 6.5.16), accurate for small z too.
    const z = normalEquivalent(t, df);
    return regularizedGammaP(0.5, z * z / 2);
  }
  if (t > FAR_T) return 1 - 2 * Math.exp(studentTLogFarTail(Math.log(t), df));
  const t2 = t * t;
  return incompleteBeta(t2 / (df + t2), df / (df + t2), 0.5, df / 2);
}

/**
 * ln P(T > t) for t > 10¹⁵⁰ given ln t (so that t itself may overflow): the leading term of
 * I_x(a, b) = x^a / (a B(a, b)) · (1 + O(x)) (A&S 26.5.4) with x = ν/t², exact to rounding
 * there. For {@link studentTQuantile}; arguments are not checked.
 */
export function studentTLogFarTail(logT: number, df: number): number {
  const a = df / 2;
  return -Math.LN2 + a * (Math.log(df) - 2 * logT) - Math.log(a) - logBeta(a, 0.5);
}

/** The normal deviate matching t under A&S 26.7.8: t(1 − 1/(4ν)) / √(1 + t²/(2ν)), t ≥ 0. */
function normalEquivalent(t: number, df: number): number {
  const k = 1 / (4 * df);
  // Divided through by t when t > 1, so that t² cannot overflow.
  return t <= 1
    ? t * (1 - k) / Math.sqrt(1 + 2 * k * t * t)
    : (1 - k) / Math.sqrt(1 / (t * t) + 2 * k);
}

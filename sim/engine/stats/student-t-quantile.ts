import { logBeta } from "./log-beta.ts";
import { normalQuantile } from "./normal-quantile.ts";
import {
  NORMAL_APPROXIMATION_DF,
  studentTCentral,
  studentTLogFarTail,
  studentTUpperTail,
} from "./student-t-cdf.ts";
import { checkDf, checkProbability } from "./validate.ts";

/** Stop when a step changes ln t by less than this (≈ 4 ulps of t). */
const TOLERANCE = 1e-15;
const MAX_ITERATIONS = 200;
/** ln 10¹⁵⁰: beyond it the upper tail is its leading power term (see studentTLogFarTail). */
const FAR_LOG_T = 150 * Math.LN10;

/**
 * The quantile (inverse CDF) of Student's t distribution: the t with P(T ≤ t) = p.
 *
 * Why: the half-width of a confidence interval for a mean of n replications is
 * t(1 − α/2, n − 1)·s/√n; simple-statistics has no inverse t.
 *
 * Algorithm: closed forms for df = 1 (Cauchy, t = tan(π(p − 1/2))) and df = 2
 * (t = (2p − 1)/√(2p(1 − p))), the normal quantile for df = Infinity, and for
 * df > NORMAL_APPROXIMATION_DF the exact inverse of the A&S 26.7.8 form that studentTCdf uses
 * there; otherwise a starting value
 * from G. W. Hill (1970), "Algorithm 396: Student's t-quantiles", CACM 13(10), 619–620 (as in
 * R's `qt`; for df < 1 the tail asymptote P(T > t) ≈ c·ν^((ν−1)/2)·t^(−ν)), refined to full
 * precision by a safeguarded Newton iteration (Numerical Recipes 3rd ed., §9.4 `rtsafe`: Newton
 * steps, bisection whenever a step leaves the bracket) on ln t against the exact CDF
 * ({@link studentTCdf}, via the incomplete beta). The equation solved is
 * ln P(T > t) = ln(1 − p) in the tail and ln P(|T| < t) = ln(2p − 1) near the centre, so both
 * far-tail and near-median quantiles keep their relative accuracy (≈ 1e-13 for moderate df,
 * ~1e-11 for df near 10⁶; checked against mpmath).
 * Non-integer df are allowed (Welch–Satterthwaite df usually are).
 *
 * @param p probability in [0, 1]; 0 and 1 give −Infinity and Infinity
 * @param df degrees of freedom, > 0 (Infinity allowed)
 * @throws {RangeError} when p is outside [0, 1] or df is not > 0
 * @example
 * studentTQuantile(0.975, 10); // => 2.228138851986274
 * studentTQuantile(0.975, Infinity); // => 1.959963984540054
 */
export function studentTQuantile(p: number, df: number): number {
  checkProbability("studentTQuantile", "p", p);
  checkDf("studentTQuantile", df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  // Upper-tail probability q < 1/2 (exact: 1 − p has no rounding error for p ≥ 1/2).
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  if (df === 1) return sign / Math.tan(Math.PI * q);
  if (df === 2) return sign * (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  if (df > NORMAL_APPROXIMATION_DF) {
    // Inverse of A&S 26.7.8 (as studentTCdf uses there): t(1 − k)/√(1 + 2kt²) = z, k = 1/(4ν).
    const z = normalQuantile(q);
    const k = 1 / (4 * df);
    return -sign * z / Math.sqrt((1 - k) * (1 - k) - 2 * k * z * z);
  }
  return sign * upperQuantile(q, df);
}

/** The t > 0 with P(T > t) = q, for 0 < q < 1/2 and finite df. */
function upperQuantile(q: number, df: number): number {
  // ln of the t density's constant Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) = 1 / (√ν B(ν/2, 1/2)).
  const logDensityConstant = -logBeta(df / 2, 0.5) - 0.5 * Math.log(df);
  const central = q > 0.25;
  // target: ln(2p − 1) = ln(1 − 2q) near the centre, ln q in the tail (1 − 2q exact here).
  const target = central ? Math.log(1 - 2 * q) : Math.log(q);

  /**
   * h(u), increasing in u = ln t, zero at the answer, and its derivative h'(u):
   * h = ln P(|T| < t) − target (centre) or target − ln P(T > t) (tail);
   * h' = 2 f(t) t / P(|T| < t) or f(t) t / P(T > t), f the t density.
   */
  const evaluate = (u: number): [number, number] => {
    if (!central && u > FAR_LOG_T) {
      // ln P(T > t) ≈ const − ν ln t here, so h' = ν; t = e^u itself may overflow.
      return [target - studentTLogFarTail(u, df), df];
    }
    const t = Math.exp(u);
    const ft = Math.exp(logDensityConstant - (df + 1) / 2 * Math.log1p(t * t / df) + u);
    if (central) {
      const inside = studentTCentral(t, df);
      return [Math.log(inside) - target, 2 * ft / inside];
    }
    const tail = studentTUpperTail(t, df);
    return [target - Math.log(tail), ft / tail];
  };

  let u = Math.log(startingValue(q, df, logDensityConstant));
  let [h, dh] = evaluate(u);
  if (h === 0) return Math.exp(u);
  // Bracket the root in u: h(lo) ≤ 0 ≤ h(hi), stepping away from u by doubling steps.
  let lo = u;
  let hi = u;
  for (let step = 0.5, i = 0;; step *= 2, i++) {
    if (i === MAX_ITERATIONS) {
      throw new Error(`studentTQuantile: no bracket for q = ${q}, df = ${df}`);
    }
    const next = h < 0 ? hi + step : lo - step;
    const hNext = evaluate(next)[0];
    if (h < 0 && hNext >= 0) {
      hi = next;
      break;
    }
    if (h > 0 && hNext <= 0) {
      lo = next;
      break;
    }
    lo = hi = next;
  }
  // rtsafe (NR §9.4): Newton from inside the bracket, bisection when Newton leaves it.
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (h === 0) break;
    if (h < 0) lo = u;
    else hi = u;
    let next = u - h / dh;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const change = next - u;
    u = next;
    if (Math.abs(change) < TOLERANCE * Math.max(1, Math.abs(u)) || hi - lo < TOLERANCE) break;
    [h, dh] = evaluate(u);
  }
  return Math.exp(u);
}

/**
 * A starting value for t with P(T > t) = q: Hill (1970)'s Algorithm 396 for df ≥ 1 (two-sided
 * probability P = 2q, as transcribed in R's `qt`), the power-law tail asymptote for df < 1.
 */
function startingValue(q: number, df: number, logDensityConstant: number): number {
  if (df < 1) {
    const logT = (logDensityConstant + (df - 1) / 2 * Math.log(df) - Math.log(q)) / df;
    return Math.min(Math.max(Math.exp(logT), 1e-300), 1e300);
  }
  const P = 2 * q;
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI / 2) * df;
  let y = Math.pow(d * P, 2 / df);
  let t: number;
  if ((df < 2.1 && P > 0.5) || y > 0.05 + a) {
    // Asymptotic inverse expansion about the normal.
    const x = normalQuantile(0.5 * P);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
    t = Math.sqrt(df * y);
  } else {
    y = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y -
          1) * (df + 1) / (df + 2) + 1 / y;
    t = Math.sqrt(df * y);
  }
  return Number.isFinite(t) && t > 0 ? Math.min(t, 1e300) : 1;
}

import { gammaln } from "simple-statistics";

/** Arguments at or above this use Stirling's series for ln Γ (error < 1e-16 there). */
const STIRLING_FROM = 10;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0, accurate to about 1e-15 absolute
 * even when a or b is huge.
 *
 * Why: summing simple-statistics' `gammaln` values cancels catastrophically for large
 * arguments (ln Γ(5·10⁷) ≈ 8.4·10⁸, so its rounding alone is ~1e-7), and the t distribution
 * with many degrees of freedom needs B(ν/2, 1/2) with ν/2 large. As in DiDonato & Morris
 * (1992), TOMS Algorithm 708 (`betaln`), the large parts are combined analytically: with
 * Stirling's series ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + δ(z) (Abramowitz & Stegun 1964,
 * 6.1.41),
 * - both ≥ 10: ln B = ½ ln 2π − ½ ln(a+b) − (a−½) log1p(b/a) − (b−½) log1p(a/b)
 *   + δ(a) + δ(b) − δ(a+b);
 * - only the larger, a, ≥ 10: ln B = ln Γ(b) − (a−½) log1p(b/a) − b ln(a+b) + b + δ(a) − δ(a+b);
 * - both small: simple-statistics' `gammaln` (Lanczos), where nothing cancels much.
 *
 * @example
 * logBeta(1, 1); // => 0 (B(1, 1) = 1)
 * logBeta(0.5, 0.5); // => ln π
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small >= STIRLING_FROM) {
    return HALF_LOG_2PI - 0.5 * Math.log(small + large) -
      (large - 0.5) * Math.log1p(small / large) - (small - 0.5) * Math.log1p(large / small) +
      stirlingCorrection(small) + stirlingCorrection(large) - stirlingCorrection(small + large);
  }
  if (large >= STIRLING_FROM) {
    return gammaln(small) - (large - 0.5) * Math.log1p(small / large) -
      small * Math.log(small + large) + small + stirlingCorrection(large) -
      stirlingCorrection(small + large);
  }
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/**
 * δ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], by its asymptotic series Σ B₂ₖ/(2k(2k−1)z^(2k−1))
 * (A&S 6.1.41) to k = 7; for z ≥ 10 the omitted terms are below 1e-16.
 */
function stirlingCorrection(z: number): number {
  const w = 1 / (z * z);
  return (1 / 12 + w * (-1 / 360 + w * (1 / 1260 + w * (-1 / 1680 + w * (1 / 1188 +
                    w * (-691 / 360360 + w * (1 / 156))))))) / z;
}

import { regularizedGammaP, regularizedGammaQ } from "./regularized-gamma.ts";
import { show } from "./validate.ts";

/**
 * The standard normal CDF Φ(z) = P(Z ≤ z), accurate to about 1e-14 relative, tails included.
 *
 * Why not simple-statistics: its `cumulativeStdNormalProbability` reads a 4-decimal table and
 * its `errorFunction` is accurate to about 1e-7 (Numerical Recipes' `erfcc`); p-values and the
 * refinement step of {@link normalQuantile} need more.
 *
 * Formula: for z ≥ 0, the upper tail 1 − Φ(z) = erfc(z/√2)/2 = Q(1/2, z²/2)/2 (Abramowitz &
 * Stegun 1964, 26.2.29 and 6.5.17; Numerical Recipes 3rd ed. (6.2.8)), with Q the regularized
 * upper incomplete gamma. Each tail is computed directly, so Φ(−10) ≈ 7.6e-24 keeps its digits.
 *
 * @param z any number; ±Infinity give 0 and 1
 * @throws {RangeError} when z is NaN or not a number
 * @example
 * normalCdf(1.959963984540054); // => 0.975
 * normalCdf(0); // => 0.5
 */
export function normalCdf(z: number): number {
  if (typeof z !== "number" || Number.isNaN(z)) {
    throw new RangeError(`normalCdf: z: expected a number, found ${show(z)}`);
  }
  return z >= 0 ? 1 - upperTail(z) : upperTail(-z);
}

/** 1 − Φ(z) for z ≥ 0. */
function upperTail(z: number): number {
  const x = z * z / 2;
  // Q(1/2, x)/2 directly in the tail; (1 − P)/2 near the centre, where it is not small.
  return x < 1.5 ? (1 - regularizedGammaP(0.5, x)) / 2 : regularizedGammaQ(0.5, x) / 2;
}

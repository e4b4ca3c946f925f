/**
 * The model's two duration distributions, by inversion, in one place: the lognormal of a
 * median and a 90th percentile (fault travel and repair times) and the triangular of a
 * minimum, mode and maximum (planned outages). The levers give durations as a median and a
 * 90th percentile, or as a range and its most likely value, because that is how a utility's
 * records and crews state them. (Picking by weights is `weighted-pick.ts`.)
 *
 * @example
 * const repair = lognormalOf(2, 5); // median 2 h, 90th percentile 5 h
 * lognormalQuantile(repair, 1.2815515655446004); // 5, the 90th percentile
 * triangularQuantile(0.5, 1, 2.5, 4); // 2.5, the median of a symmetric triangle
 *
 * @module
 */

/** Φ⁻¹(0.9): a lognormal's 90th percentile is median × exp(σ × Z90). */
const Z90 = 1.2815515655446004;

/** A lognormal distribution given by its median and σ of its logarithm. */
export interface Lognormal {
  median: number;
  sigma: number;
}

/** The lognormal with this median and 90th percentile. */
export function lognormalOf(median: number, p90: number): Lognormal {
  return { median, sigma: Math.log(p90 / median) / Z90 };
}

/** The lognormal's value at the standard normal deviate `z` (its quantile of Φ(z)). */
export function lognormalQuantile(lognormal: Lognormal, z: number): number {
  return lognormal.median * Math.exp(lognormal.sigma * z);
}

/**
 * Triangular quantile by inversion of its CDF (Law & Kelton, *Simulation Modeling and
 * Analysis*, 5th ed., ch. 8); `min = max` gives `min`.
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  if (!(width > 0)) return min;
  const c = (mode - min) / width;
  return u < c
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

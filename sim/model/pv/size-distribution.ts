import type { CapacityBin } from "../../data/capacity.ts";
import type { EmpiricalPoint } from "../../engine/random/empirical-continuous.ts";

/** The part of a class's capacity distribution between two sizes. */
export interface SizeSlice {
  /** Share of the class's applications whose size falls in the slice. */
  share: number;
  /** Mean size within the slice, kW (NaN when the slice is empty). */
  meanKw: number;
  /**
   * The slice's CDF as points for `empiricalContinuous` (sizes uniform within each bin, as
   * data/demand/capacity.csv's bins mean), or null when the slice is empty.
   */
  points: EmpiricalPoint[] | null;
}

/**
 * The sizes of `bins` (one class's capacity bins, sorted, not overlapping) between `lowKw`
 * (exclusive) and `highKw` (inclusive), renormalised. A bin that straddles a bound contributes
 * the part inside, pro rata to its width, since sizes are uniform within a bin. The PV model
 * splits data/demand's pv bins this way into household systems (up to `householdMaxKw`) and
 * commercial ones (from there up to the LV connection limit).
 *
 * @example
 * // bins (0, 10] 40 % and (10, 30] 60 %: the part up to 20 kW holds 40 % + 30 %
 * sizeSlice(bins, 0, 20); // { share: 0.7, meanKw: (0.4·5 + 0.3·15) / 0.7 ≈ 9.29, points: … }
 */
export function sizeSlice(
  bins: readonly CapacityBin[],
  lowKw: number,
  highKw: number,
): SizeSlice {
  const points: EmpiricalPoint[] = [];
  let mass = 0;
  let moment = 0;
  for (const bin of bins) {
    const lo = Math.max(bin.lowKw, lowKw);
    const hi = Math.min(bin.highKw, highKw);
    if (!(hi > lo) || bin.share === 0) continue;
    const m = bin.share * (hi - lo) / (bin.highKw - bin.lowKw);
    if (points.length === 0 || points[points.length - 1][0] < lo) points.push([lo, mass]);
    mass += m;
    moment += m * (lo + hi) / 2;
    points.push([hi, mass]);
  }
  if (mass === 0) return { share: 0, meanKw: NaN, points: null };
  const cdf = points.map((
    [x, p],
    i,
  ): EmpiricalPoint => [x, i === points.length - 1 ? 1 : p / mass]);
  return { share: mass, meanKw: moment / mass, points: cdf };
}

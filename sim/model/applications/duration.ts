/**
 * Durations given as a median and a 90th percentile: lognormal when p90 > median, fixed when
 * p90 = median (so that a test or a "what if it always took N days" scenario can pin them).
 *
 * @module
 */
import { lognormalFromMedianP90 } from "../../engine/random/lognormal-from-median-p90.ts";
import type { Rng } from "../../engine/random/rng.ts";

/** Φ⁻¹(0.9), the standard normal's 90th percentile (scipy `norm.ppf(0.9)`). */
export const Z90 = 1.2815515655446004;

/**
 * A sampler of a duration (or any positive quantity) with this median and 90th percentile.
 * Assumes the pair was checked (`checkApplicationParameters`): p90 ≥ median ≥ 0, and median > 0
 * when p90 > median. The fixed form draws nothing from `rng`.
 *
 * @example
 * const surveyHours = medianP90Sampler(streams.stream("applications.survey"), 1, 2);
 * surveyHours(); // lognormal, median 1, p90 2
 * medianP90Sampler(rng, 3, 3)(); // 3, always
 */
export function medianP90Sampler(rng: Rng, median: number, p90: number): () => number {
  if (p90 === median) return () => median;
  return lognormalFromMedianP90(rng, median, p90);
}

/**
 * The value of a lognormal with this median and p90 at standard-normal score `z`
 * (`median · (p90/median)^(z/Φ⁻¹(0.9))`): lets a site attribute be drawn once, as a score, and
 * scaled later by the parameters of the voltage it turns out to have. Fixed pairs give the
 * median whatever `z`.
 */
export function lognormalAt(z: number, median: number, p90: number): number {
  if (p90 === median) return median;
  return median * Math.exp((Math.log(p90 / median) / Z90) * z);
}

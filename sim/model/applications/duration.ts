/**
 * Durations given as a median and a 90th percentile: lognormal when p90 > median, fixed when
 * p90 = median (so that a test or a "what if it always took N days" scenario can pin them).
 * A site attribute drawn once as a score is scaled with the engine's `lognormalAtScore`.
 *
 * @module
 */
import { lognormalFromMedianP90 } from "../../engine/random/lognormal-from-median-p90.ts";
import type { Rng } from "../../engine/random/rng.ts";

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

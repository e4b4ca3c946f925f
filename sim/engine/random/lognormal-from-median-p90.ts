import type { Rng } from "./rng.ts";
import { standardNormal } from "./standard-normal.ts";
import { fail, positive, rngArg } from "./validate.ts";

/** Φ⁻¹(0.9), the 90th percentile of the standard normal (e.g. scipy `norm.ppf(0.9)`). */
export const Z90 = 1.2815515655446004;

/**
 * The value of the lognormal with this median and 90th percentile at the standard-normal score
 * `z`: `median · (p90/median)^(z/Φ⁻¹(0.9))`, its quantile at Φ(z). A model draws the score once
 * (one draw per attribute, keeping common random numbers aligned) and scales it by whatever
 * median and p90 apply. A pair with `p90 = median` gives the median whatever `z` (a fixed
 * value, as a scenario pins it).
 *
 * @example
 * lognormalAtScore(0, 10, 25); // 10, the median
 * lognormalAtScore(Z90, 10, 25); // 25, the 90th percentile
 */
export function lognormalAtScore(z: number, median: number, p90: number): number {
  if (p90 === median) return median;
  return median * Math.exp((Math.log(p90 / median) / Z90) * z);
}

/**
 * Lognormal samples with the given median and 90th percentile, the two figures surveys and
 * service standards usually quote ("half of the connections take up to 10 days, 90 % up to
 * 25"). A lognormal's quantiles are `exp(μ + σ·z_p)`, so `μ = ln(median)` and
 * `σ = (ln p90 − ln median) / Φ⁻¹(0.9)`; a sample is `exp(μ + σZ)` with Z standard normal
 * (Marsaglia polar). Requires `p90 > median > 0`.
 *
 * The mean is `median·exp(σ²/2)`, above the median: a long right tail.
 *
 * @example
 * const connectDays = lognormalFromMedianP90(streams.stream("connect"), 10, 25);
 * connectDays(); // e.g. 7.3
 */
export function lognormalFromMedianP90(rng: Rng, median: number, p90: number): () => number {
  rngArg("lognormalFromMedianP90", rng);
  positive("lognormalFromMedianP90", "median", median);
  if (typeof p90 !== "number" || !(Number.isFinite(p90) && p90 > median)) {
    fail("lognormalFromMedianP90", "p90", `a finite number > median (${median})`, p90);
  }
  const mu = Math.log(median);
  const sigma = (Math.log(p90) - mu) / Z90;
  const z = standardNormal(rng);
  return () => Math.exp(mu + sigma * z());
}

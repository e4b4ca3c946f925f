import type { Rng } from "./rng.ts";
import { standardNormal } from "./standard-normal.ts";
import { fail, nonNegative, positive, rngArg } from "./validate.ts";

/** Parameters of a lognormal distribution itself (not of the normal under it). */
export interface LognormalParams {
  /** Mean of the samples, > 0. */
  mean: number;
  /** Standard deviation of the samples, ≥ 0. */
  sd: number;
}

/**
 * Lognormal samples with the given mean and standard deviation *of the samples*, which is how
 * durations are reported (a mean of 12 days, sd 6). The underlying normal's parameters follow
 * by solving the lognormal moments `mean = exp(μ + σ²/2)`, `sd² = mean²·(exp(σ²) − 1)`
 * (Johnson, Kotz & Balakrishnan, *Continuous Univariate Distributions* vol. 1, ch. 14):
 * `σ² = ln(1 + sd²/mean²)`, `μ = ln(mean) − σ²/2`; a sample is `exp(μ + σZ)` with Z standard
 * normal (Marsaglia polar). Positive and right-skewed, a common model of task
 * durations. `sd = 0` is allowed and gives `mean` (up to rounding).
 *
 * @example
 * const approvalDays = lognormal(streams.stream("approval"), { mean: 12, sd: 6 });
 * approvalDays(); // e.g. 9.8
 */
export function lognormal(rng: Rng, params: LognormalParams): () => number {
  rngArg("lognormal", rng);
  if (typeof params !== "object" || params === null) {
    fail("lognormal", "params", "an object { mean, sd }", params);
  }
  const mean = positive("lognormal", "mean", params.mean);
  const sd = nonNegative("lognormal", "sd", params.sd);
  const cv = sd / mean;
  const sigma2 = Math.log1p(cv * cv);
  if (!Number.isFinite(sigma2)) {
    fail("lognormal", "sd / mean", "small enough for sd²/mean² to be finite", cv);
  }
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(mean) - sigma2 / 2;
  const z = standardNormal(rng);
  return () => Math.exp(mu + sigma * z());
}

import type { Rng } from "./rng.ts";
import { standardNormal } from "./standard-normal.ts";
import { finite, nonNegative, rngArg } from "./validate.ts";

/**
 * Normal (Gaussian) samples: `mean + sd·Z`, with Z from Marsaglia's polar method (see
 * {@link standardNormal}). Exact and deterministic for a given `rng`. Note that a normal can be
 * negative: for durations prefer `lognormal` or `gamma`. `sd = 0` is allowed and
 * always gives `mean`.
 *
 * @example
 * const error = normal(streams.stream("meter"), 0, 0.02);
 * error(); // e.g. -0.011
 */
export function normal(rng: Rng, mean: number, sd: number): () => number {
  rngArg("normal", rng);
  finite("normal", "mean", mean);
  nonNegative("normal", "sd", sd);
  const z = standardNormal(rng);
  return () => mean + sd * z();
}

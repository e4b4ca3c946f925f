import type { Rng } from "./rng.ts";
import { fail, rngArg } from "./validate.ts";

/**
 * Bernoulli samples: 1 with probability p, else 0 (`U < p`). Returning a number rather than a
 * boolean lets counts be summed directly. p = 0 never gives 1 and p = 1 always does, since
 * U < 1.
 *
 * Mean p, variance p(1 − p).
 *
 * @example
 * const needsRework = bernoulli(streams.stream("rework"), 0.15);
 * if (needsRework() === 1) { … }
 */
export function bernoulli(rng: Rng, p: number): () => number {
  rngArg("bernoulli", rng);
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) fail("bernoulli", "p", "a number in [0, 1]", p);
  return () => (rng() < p ? 1 : 0);
}

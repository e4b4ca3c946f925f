import type { Rng } from "./rng.ts";
import { rngArg } from "./validate.ts";

/**
 * Standard normal samples (mean 0, sd 1) by Marsaglia's polar method (Marsaglia & Bray 1964,
 * "A convenient method for generating normal variables", SIAM Review 6(3)): draw a point
 * uniformly in the unit disc by rejection, then both of
 * `x·√(−2 ln s / s)` and `y·√(−2 ln s / s)` (with `s = x² + y²`) are independent standard
 * normals. It needs no trigonometry, unlike Box–Muller, and is exact.
 *
 * Each sampler keeps the second value of a pair for its next call. That state belongs to the
 * sampler, so draws stay deterministic for a given `rng`; two samplers on one `rng` interleave
 * their uniforms but each is still a correct normal sequence.
 *
 * @example
 * const z = standardNormal(new RandomStreams(1).stream("noise"));
 * z(); // e.g. -0.43
 */
export function standardNormal(rng: Rng): () => number {
  rngArg("standardNormal", rng);
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let x: number, y: number, s: number;
    do {
      x = 2 * rng() - 1;
      y = 2 * rng() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = y * f;
    hasSpare = true;
    return x * f;
  };
}

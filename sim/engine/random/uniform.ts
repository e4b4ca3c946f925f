import type { Rng } from "./rng.ts";
import { fail, finite, rngArg } from "./validate.ts";

/**
 * Continuous uniform samples on [min, max): `min + (max − min)·U` (inversion; Law & Kelton,
 * *Simulation Modeling and Analysis*, 5th ed., ch. 8). Use it when only the range of a
 * quantity is known. `min = max` is allowed and always gives `min` (a fixed value in a
 * scenario that could also vary).
 *
 * Mean (min + max)/2, variance (max − min)²/12.
 *
 * @example
 * const travelMinutes = uniform(streams.stream("travel"), 20, 40);
 * travelMinutes(); // e.g. 31.7
 */
export function uniform(rng: Rng, min: number, max: number): () => number {
  rngArg("uniform", rng);
  finite("uniform", "min", min);
  finite("uniform", "max", max);
  if (!(max >= min)) fail("uniform", "max", `a finite number ≥ min (${min})`, max);
  const width = max - min;
  if (!Number.isFinite(width)) fail("uniform", "max − min", "finite", width);
  return () => min + width * rng();
}

import type { Rng } from "./rng.ts";
import { fail, finite, rngArg } from "./validate.ts";

/**
 * Triangular samples on [min, max] with the given mode, by inversion of the CDF (Law &
 * Kelton, *Simulation Modeling and Analysis*, 5th ed., ch. 8): with `c = (mode − min)/(max −
 * min)`, `U < c` gives `min + √(U·(max − min)·(mode − min))`, otherwise
 * `max − √((1 − U)·(max − min)·(max − mode))`. The usual choice when an expert gives a
 * shortest, most likely and longest duration. The mode may equal min or max.
 *
 * Mean (min + mode + max)/3, variance (min² + mode² + max² − min·mode − min·max −
 * mode·max)/18.
 *
 * @example
 * const surveyDays = triangular(streams.stream("survey"), 1, 2, 5);
 * surveyDays(); // e.g. 2.4
 */
export function triangular(rng: Rng, min: number, mode: number, max: number): () => number {
  rngArg("triangular", rng);
  finite("triangular", "min", min);
  finite("triangular", "mode", mode);
  finite("triangular", "max", max);
  if (!(max > min)) fail("triangular", "max", `a finite number > min (${min})`, max);
  if (!(mode >= min && mode <= max)) {
    fail("triangular", "mode", `a number in [min, max] = [${min}, ${max}]`, mode);
  }
  const width = max - min;
  if (!Number.isFinite(width)) fail("triangular", "max − min", "finite", width);
  return () => triangularQuantile(rng(), min, mode, max);
}

/**
 * The triangular distribution's quantile at `u` in [0, 1), by inversion of its CDF (as
 * {@link triangular} samples): for a model that draws its uniform itself, one per job, to keep
 * common random numbers aligned. `min = max` gives `min`.
 *
 * @example
 * triangularQuantile(0.5, 1, 2.5, 4); // 2.5, the median of a symmetric triangle
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  if (!(width > 0)) return min;
  const c = (mode - min) / width;
  return u < c
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

import type { Rng } from "./rng.ts";
import { fail, rngArg } from "./validate.ts";

/** One point of an empirical CDF: a value and the probability of a sample ≤ it. */
export type EmpiricalPoint = readonly [x: number, cumulativeProbability: number];

/**
 * Samples from the continuous distribution whose CDF is the straight-line interpolation of
 * the given points: between consecutive points `(xᵢ, pᵢ)` and `(xᵢ₊₁, pᵢ₊₁)` samples are
 * uniform, with total probability `pᵢ₊₁ − pᵢ`. This is the "empirical continuous"
 * distribution of simulation texts (Law & Kelton, *Simulation Modeling and Analysis*, 5th
 * ed., ch. 6, for grouped data), used when a duration is known only as a table of
 * percentiles ("10 % within 2 days, half within 5, all within 30").
 *
 * Points: at least two; x strictly increasing; cumulative probabilities non-decreasing, the
 * first exactly 0 and the last exactly 1. Equal probabilities make an interval that is never
 * sampled. Sampling is by inversion (binary search, then linear interpolation), one uniform
 * per sample.
 *
 * @example
 * const designDays = empiricalContinuous(streams.stream("design"), [
 *   [1, 0], [2, 0.1], [5, 0.5], [30, 1],
 * ]);
 * designDays(); // e.g. 4.2
 */
export function empiricalContinuous(
  rng: Rng,
  points: readonly EmpiricalPoint[],
): () => number {
  const fn = "empiricalContinuous";
  rngArg(fn, rng);
  if (!Array.isArray(points) || points.length < 2) {
    fail(fn, "points", "an array of at least 2 [x, cumulativeProbability] pairs", points);
  }
  const n = points.length;
  const xs = new Float64Array(n);
  const ps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const point: unknown = points[i];
    if (!Array.isArray(point) || point.length !== 2) {
      fail(fn, `points[${i}]`, "an [x, cumulativeProbability] pair", point);
    }
    const [x, p] = point as unknown[];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      fail(fn, `points[${i}][0] (x)`, "a finite number", x);
    }
    if (i > 0 && !(x > xs[i - 1])) {
      fail(fn, `points[${i}][0] (x)`, `a number > the previous x (${xs[i - 1]})`, x);
    }
    if (i === 0 && p !== 0) fail(fn, "points[0][1] (cumulative probability)", "0", p);
    if (i === n - 1 && p !== 1) {
      fail(fn, `points[${i}][1] (cumulative probability)`, "1 (the last point)", p);
    }
    if (typeof p !== "number" || !(p >= (i > 0 ? ps[i - 1] : 0) && p <= 1)) {
      const low = i > 0 ? ps[i - 1] : 0;
      fail(fn, `points[${i}][1] (cumulative probability)`, `a number in [${low}, 1]`, p);
    }
    xs[i] = x;
    ps[i] = p;
  }
  return () => {
    const u = rng();
    // First j ≥ 1 with u < ps[j]: exists since ps[n − 1] = 1 > u; then ps[j − 1] ≤ u.
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < ps[mid]) hi = mid;
      else lo = mid + 1;
    }
    const p0 = ps[lo - 1];
    const x0 = xs[lo - 1];
    return x0 + ((u - p0) / (ps[lo] - p0)) * (xs[lo] - x0);
  };
}

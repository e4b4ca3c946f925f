import type { Rng } from "./rng.ts";
import { fail, numberArray, rngArg } from "./validate.ts";

/**
 * Samples from a finite list of values with the given weights (an empirical discrete
 * distribution): value i comes with probability `weights[i] / Σ weights`. Weights need not
 * sum to 1; zero weights are allowed (that value never comes), but not all of them.
 *
 * Method: inversion in the cumulative distribution (Law & Kelton, *Simulation Modeling and
 * Analysis*, 5th ed., ch. 8) started from a guide table, O(1) expected per sample with one
 * uniform. Walker's alias method would be O(1) too, but inversion maps a larger uniform to a larger (later)
 * value, which keeps common random numbers synchronised between scenarios whose weights
 * differ a little.
 *
 * @example
 * const crew = discrete(streams.stream("crew"), [1, 2, 3], [0.5, 0.3, 0.2]);
 * crew(); // 1, 2 or 3
 */
export function discrete(
  rng: Rng,
  values: readonly number[],
  weights: readonly number[],
): () => number {
  rngArg("discrete", rng);
  const xs = numberArray("discrete", "values", values);
  const ws = numberArray("discrete", "weights", weights, { nonNegative: true });
  if (ws.length !== xs.length) {
    fail("discrete", "weights", `an array of ${xs.length} numbers (one per value)`, weights);
  }
  let total = 0;
  for (const w of ws) total += w;
  if (!(total > 0 && Number.isFinite(total))) {
    fail("discrete", "the sum of weights", "a finite number > 0", total);
  }
  // cdf[i] = P(index ≤ i). The last positive weight's entry is total/total = 1 exactly, so
  // every u < 1 finds an index, and a zero weight's entry equals the one before it, so the
  // search (first i with u < cdf[i]) never lands on it.
  const n = xs.length;
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += ws[i];
    cdf[i] = sum / total;
  }
  const out = Float64Array.from(xs);
  // A guide table (Chen & Asau 1974): guide[k] is the index the search for a u in [k/n, (k+1)/n)
  // starts from, so a draw takes a step or two instead of log₂ n (a county's 194 feeders: 8).
  // The walk from it, back while u < cdf[i − 1] and on while u ≥ cdf[i], ends on the first i
  // with u < cdf[i] whatever the start: the same index as the binary search gave.
  const guide = new Int32Array(n);
  for (let k = 0, i = 0; k < n; k++) {
    while (i < n - 1 && cdf[i] <= k / n) i++;
    guide[k] = i;
  }
  return () => {
    const u = rng();
    let i = guide[Math.min(n - 1, Math.floor(u * n))];
    while (i > 0 && u < cdf[i - 1]) i--;
    while (u >= cdf[i]) i++;
    return out[i];
  };
}

/** Tests of sim/engine/random/poisson.ts. */
import assert from "node:assert/strict";
import { poisson } from "../../sim/engine/random/poisson.ts";
import {
  assertMoments,
  chiSquare,
  chiSquareCritical,
  draw,
  lnFactorial,
  N,
  rngFor,
} from "../support/sampling.ts";

/** Checks Poisson samples against the pmf, pooling bins whose expected count is below 20. */
function assertPoissonFits(label: string, xs: Float64Array, mean: number): void {
  const pmf = (k: number) => Math.exp(-mean + k * Math.log(mean) - lnFactorial(k));
  let lo = 0;
  while (N * pmf(lo) < 20) lo++;
  let hi = lo;
  while (N * pmf(hi + 1) >= 20) hi++;
  // Bins: [0, lo], lo+1 … hi−1, [hi, ∞).
  const probs: number[] = [];
  let below = 0;
  for (let k = 0; k <= lo; k++) below += pmf(k);
  probs.push(below);
  for (let k = lo + 1; k < hi; k++) probs.push(pmf(k));
  probs.push(1 - probs.reduce((a, b) => a + b, 0));
  const observed = new Array<number>(probs.length).fill(0);
  for (const x of xs) observed[x <= lo ? 0 : x >= hi ? probs.length - 1 : x - lo]++;
  const stat = chiSquare(observed, probs);
  const critical = chiSquareCritical(probs.length - 1);
  assert.ok(stat < critical, `${label}: chi-square ${stat} ≥ ${critical}`);
}

Deno.test("poisson: integer counts with mean = variance, small and large means", () => {
  for (const mean of [0.5, 3, 9.99, 10, 37.5, 500, 1e5]) {
    const xs = draw(poisson(rngFor(`poisson ${mean}`), mean));
    assert.ok(xs.every((x) => Number.isInteger(x) && x >= 0), `poisson(${mean}) integer counts`);
    assertMoments(`poisson(${mean})`, xs, { mean, variance: mean, mu4: mean * (1 + 3 * mean) });
  }
  assert.ok(draw(poisson(rngFor("poisson 0"), 0), 100).every((x) => x === 0));
});

Deno.test("poisson: frequencies match the pmf (chi-square) on both code paths", () => {
  for (const mean of [3, 9.5, 10, 30, 500]) {
    assertPoissonFits(`poisson(${mean})`, draw(poisson(rngFor(`poisson fit ${mean}`), mean)), mean);
  }
});

/** Tests of sim/engine/random/standard-normal.ts: Marsaglia's polar method. */
import assert from "node:assert/strict";
import { sampleCorrelation } from "simple-statistics";
import { standardNormal } from "../../sim/engine/random/standard-normal.ts";
import { draw, N, rngFor, Z } from "../support/sampling.ts";

/** Lag-1 sample autocorrelation: the correlation of each draw with the one before it. */
function lag1Correlation(xs: Float64Array): number {
  return sampleCorrelation(Array.from(xs.subarray(1)), Array.from(xs.subarray(0, -1)));
}

Deno.test("normal: symmetric, with the right tail mass", () => {
  // P(|Z| > 2) = 0.0455003; binomial SE.
  const xs = draw(standardNormal(rngFor("z tails")));
  let beyond = 0;
  let positive = 0;
  for (const x of xs) {
    if (Math.abs(x) > 2) beyond++;
    if (x > 0) positive++;
  }
  const p = 0.04550026389635842;
  assert.ok(Math.abs(beyond / N - p) <= Z * Math.sqrt(p * (1 - p) / N), `P(|Z|>2) ${beyond / N}`);
  assert.ok(Math.abs(positive / N - 0.5) <= Z * Math.sqrt(0.25 / N), `P(Z>0) ${positive / N}`);
});

Deno.test("normal: successive draws are uncorrelated (both values of each polar pair)", () => {
  for (const label of ["z serial", "z serial 2"]) {
    const r = lag1Correlation(draw(standardNormal(rngFor(label))));
    // Under independence the lag-1 autocorrelation has SE 1/√n.
    assert.ok(Math.abs(r) < Z / Math.sqrt(N), `${label}: lag-1 correlation ${r}`);
  }
});

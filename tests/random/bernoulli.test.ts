/** Tests of sim/engine/random/bernoulli.ts. */
import assert from "node:assert/strict";
import { bernoulli } from "../../sim/engine/random/bernoulli.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("bernoulli: mean and variance; p = 0 and p = 1", () => {
  const p = 0.15;
  const xs = draw(bernoulli(rngFor("bernoulli"), p));
  assert.ok(xs.every((x) => x === 0 || x === 1));
  assertMoments("bernoulli(0.15)", xs, {
    mean: p,
    variance: p * (1 - p),
    mu4: p * (1 - p) * (1 - 3 * p + 3 * p * p),
  });
  assert.ok(draw(bernoulli(rngFor("bernoulli 0"), 0), 1000).every((x) => x === 0));
  assert.ok(draw(bernoulli(rngFor("bernoulli 1"), 1), 1000).every((x) => x === 1));
});

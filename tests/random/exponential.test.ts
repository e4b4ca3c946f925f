/** Tests of sim/engine/random/exponential.ts. */
import assert from "node:assert/strict";
import { exponential } from "../../sim/engine/random/exponential.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("exponential: mean and variance", () => {
  const rate = 4;
  const xs = draw(exponential(rngFor("exponential"), rate));
  assertMoments("exponential(4)", xs, {
    mean: 1 / rate,
    variance: 1 / rate ** 2,
    mu4: 9 / rate ** 4,
  });
  assert.ok(xs.every((x) => x >= 0));
});

/** Tests of sim/engine/random/uniform.ts. */
import assert from "node:assert/strict";
import { uniform } from "../../sim/engine/random/uniform.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("uniform: mean and variance", () => {
  const [a, b] = [2, 5];
  const w = b - a;
  const xs = draw(uniform(rngFor("uniform"), a, b));
  assertMoments("uniform(2, 5)", xs, { mean: 3.5, variance: w * w / 12, mu4: w ** 4 / 80 });
  assert.ok(xs.every((x) => x >= a && x < b));
  assert.ok(draw(uniform(rngFor("uniform degenerate"), 3, 3), 100).every((x) => x === 3));
});

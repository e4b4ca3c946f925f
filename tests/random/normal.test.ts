/** Tests of sim/engine/random/normal.ts (and the standard normal it scales). */
import assert from "node:assert/strict";
import { normal } from "../../sim/engine/random/normal.ts";
import { standardNormal } from "../../sim/engine/random/standard-normal.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("normal and standardNormal: mean and variance", () => {
  assertMoments("standardNormal", draw(standardNormal(rngFor("z"))), {
    mean: 0,
    variance: 1,
    mu4: 3,
  });
  assertMoments("normal(10, 2)", draw(normal(rngFor("normal"), 10, 2)), {
    mean: 10,
    variance: 4,
    mu4: 48,
  });
  assert.ok(draw(normal(rngFor("normal sd 0"), 5, 0), 100).every((x) => x === 5));
});

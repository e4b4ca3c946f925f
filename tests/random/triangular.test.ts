/** Tests of sim/engine/random/triangular.ts. */
import assert from "node:assert/strict";
import { triangular } from "../../sim/engine/random/triangular.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("triangular: mean and variance, including mode at an end", () => {
  for (const [a, c, b] of [[1, 2, 5], [0, 0, 1], [0, 1, 1], [-3, 0, 3]]) {
    const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    // Excess kurtosis of every triangular distribution is −3/5.
    const xs = draw(triangular(rngFor(`triangular ${a} ${c} ${b}`), a, c, b));
    assertMoments(`triangular(${a}, ${c}, ${b})`, xs, {
      mean: (a + b + c) / 3,
      variance,
      mu4: 2.4 * variance ** 2,
    });
    assert.ok(xs.every((x) => x >= a && x <= b));
  }
});

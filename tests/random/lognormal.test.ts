/** Tests of sim/engine/random/lognormal.ts. */
import assert from "node:assert/strict";
import { lognormal } from "../../sim/engine/random/lognormal.ts";
import { assertMoments, draw, rngFor } from "../support/sampling.ts";

Deno.test("lognormal: mean and sd are those of the samples", () => {
  for (const [mean, sd] of [[12, 6], [1, 0.2]]) {
    const s2 = Math.log(1 + (sd / mean) ** 2);
    const variance = sd * sd;
    const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    const xs = draw(lognormal(rngFor(`lognormal ${mean} ${sd}`), { mean, sd }));
    assertMoments(`lognormal(${mean}, ${sd})`, xs, {
      mean,
      variance,
      mu4: kurtosis * variance ** 2,
    });
    assert.ok(xs.every((x) => x > 0));
  }
  const fixed = draw(lognormal(rngFor("lognormal sd 0"), { mean: 7, sd: 0 }), 100);
  assert.ok(fixed.every((x) => Math.abs(x - 7) < 1e-12));
});

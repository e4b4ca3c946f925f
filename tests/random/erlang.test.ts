/** Tests of sim/engine/random/erlang.ts. */
import { erlang } from "../../sim/engine/random/erlang.ts";
import { assertMoments, draw, gammaTheory, rngFor } from "../support/sampling.ts";

Deno.test("erlang: mean and variance on both code paths", () => {
  const rate = 1.5;
  for (const k of [1, 2, 3, 4, 7]) {
    const xs = draw(erlang(rngFor(`erlang ${k}`), k, rate));
    assertMoments(`erlang(${k}, ${rate})`, xs, gammaTheory(k, 1 / rate));
  }
});

/** Tests of sim/engine/random/mod.ts's samplers together. */
import assert from "node:assert/strict";
import { discrete, gamma, normal, poisson, RandomStreams } from "../../sim/engine/random/mod.ts";
import { draw } from "../support/sampling.ts";

Deno.test("samplers are deterministic for a given stream", () => {
  const make = () => {
    const s = new RandomStreams(99);
    return [
      gamma(s.stream("g"), 0.5, 2),
      poisson(s.stream("p"), 250),
      normal(s.stream("n"), 0, 1),
      discrete(s.stream("d"), [1, 2, 3], [1, 1, 1]),
    ];
  };
  const [a, b] = [make(), make()];
  for (let i = 0; i < a.length; i++) assert.deepEqual([...draw(a[i], 500)], [...draw(b[i], 500)]);
});

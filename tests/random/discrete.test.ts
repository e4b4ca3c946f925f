/** Tests of sim/engine/random/discrete.ts. */
import assert from "node:assert/strict";
import { discrete } from "../../sim/engine/random/discrete.ts";
import { chiSquare, chiSquareCritical, draw, rngFor } from "../support/sampling.ts";

Deno.test("discrete: frequencies match the weights (chi-square); zero weights never come", () => {
  const values = [10, 20, 30, 40, 50];
  const weights = [0.5, 0, 2, 1.5, 0];
  const xs = draw(discrete(rngFor("discrete"), values, weights));
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  assert.deepEqual([...counts.keys()].sort(), [10, 30, 40]);
  const observed = [10, 30, 40].map((v) => counts.get(v) ?? 0);
  const stat = chiSquare(observed, [0.125, 0.5, 0.375]);
  assert.ok(stat < chiSquareCritical(2), `chi-square ${stat}`);
  assert.ok(draw(discrete(rngFor("discrete one"), [7], [3]), 100).every((x) => x === 7));
});

Deno.test("discrete: the sampler keeps its own copy of the weights", () => {
  const weights = [1, 0];
  const sample = discrete(rngFor("discrete copy"), [1, 2], weights);
  weights[0] = 0;
  weights[1] = 1;
  assert.ok(draw(sample, 100).every((x) => x === 1));
});

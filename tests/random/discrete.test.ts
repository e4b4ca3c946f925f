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

Deno.test("discrete: each uniform gives the first value whose cumulative share exceeds it", () => {
  // Independent answer: a linear scan of the cumulative weights. The uniforms include every
  // cumulative share itself and its neighbours one ulp away, where a guide table could go wrong.
  const cases = [
    [3, 0, 0, 5, 1, 0],
    [0, 0, 1],
    Array.from({ length: 194 }, (_, i) => (i % 7 === 0 ? 0 : 1 + ((i * 37) % 11))),
  ];
  for (const weights of cases) {
    const total = weights.reduce((s, w) => s + w, 0);
    const cumulative: number[] = [];
    let sum = 0;
    for (const w of weights) cumulative.push((sum += w) / total);
    const us = [2 ** -53, 0.5, 1 - 2 ** -53];
    for (const c of cumulative) {
      if (c > 0) us.push(c - 2 ** -53);
      if (c < 1) us.push(c, c + 2 ** -53);
    }
    for (let k = 1; k < 1000; k++) us.push(k / 1000);
    let next = 0;
    const sample = discrete(() => us[next++], weights.map((_, i) => i), weights);
    for (const u of us) {
      const expected = cumulative.findIndex((c) => u < c);
      assert.equal(sample(), expected, `u = ${u}, weights ${weights.length}`);
    }
  }
});

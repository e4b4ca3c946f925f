import assert from "node:assert/strict";
import { sobolPoints } from "../../../sim/engine/sensitivity/sobol-sequence.ts";

/** SciPy's `qmc.Sobol(d, scramble=False)` visits the points in Gray-code order. */
const gray = (n: number) => n ^ (n >> 1);

Deno.test("sobolPoints: the points SciPy 1.17 gives (qmc.Sobol(128, scramble=False))", () => {
  const points = sobolPoints(64, 128);
  // Printed by: P = qmc.Sobol(d=128, scramble=False).random(64); P[5, :8], P[13, 60:64], …
  assert.deepEqual(points[gray(5)].slice(0, 8), [
    0.875,
    0.875,
    0.125,
    0.375,
    0.875,
    0.625,
    0.875,
    0.375,
  ]);
  assert.deepEqual(points[gray(13)].slice(60, 64), [0.1875, 0.9375, 0.0625, 0.0625]);
  assert.deepEqual(points[gray(7)].slice(30, 34), [0.625, 0.875, 0.125, 0.625]);
  assert.deepEqual(
    points[gray(45)].slice(120, 128),
    [0.921875, 0.046875, 0.265625, 0.109375, 0.328125, 0.515625, 0.859375, 0.734375],
  );
});

Deno.test("sobolPoints: every 2^m prefix puts one point in each of 2^m bins of every axis", () => {
  const m = 7;
  const points = sobolPoints(2 ** m, 128);
  for (let d = 0; d < 128; d++) {
    const bins = new Set(points.map((p) => Math.floor(p[d] * 2 ** m)));
    assert.equal(bins.size, 2 ** m, `dimension ${d + 1}`);
  }
});

Deno.test("sobolPoints: a later start gives the same points as the full sequence", () => {
  assert.deepEqual(sobolPoints(5, 40, 11), sobolPoints(16, 40).slice(11));
  assert.throws(() => sobolPoints(4, 129), RangeError);
});

import assert from "node:assert/strict";
import {
  bootstrapIndices,
  saltelliDesign,
  saltelliPoints,
  sobolIndices,
} from "../../../sim/engine/sensitivity/mod.ts";

/**
 * The Ishigami function (Ishigami & Homma 1990) on X ~ U(−π, π)³ with a = 7, b = 0.1, whose
 * indices are known analytically (Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
 * V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸ (1/18 − 1/50).
 */
const A = 7;
const B = 0.1;
function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = (1 + (B * Math.PI ** 4) / 5) ** 2 / 2;
const V2 = A ** 2 / 8;
const V13 = B ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

function outputs(n: number, k: number, f: (u: readonly number[]) => number) {
  const design = saltelliDesign(n, k);
  const y = saltelliPoints(design).map(f);
  return {
    yA: y.slice(0, n),
    yB: y.slice(n, 2 * n),
    yAB: Array.from({ length: k }, (_, i) => y.slice((2 + i) * n, (3 + i) * n)),
  };
}

Deno.test("Ishigami: the analytic indices are the published 0.314, 0.442, 0 and 0.558, 0.442, 0.244", () => {
  assert.deepEqual(S1.map((s) => Number(s.toFixed(3))), [0.314, 0.442, 0]);
  assert.deepEqual(ST.map((s) => Number(s.toFixed(3))), [0.558, 0.442, 0.244]);
});

Deno.test("Ishigami: S1 and ST within their bootstrap 95 % intervals and near the truth", () => {
  const { yA, yB, yAB } = outputs(4096, 3, ishigami);
  const { first, total } = sobolIndices(yA, yB, yAB);
  const ci = bootstrapIndices(yA, yB, yAB, { seed: 1, resamples: 500 });
  for (let i = 0; i < 3; i++) {
    assert.ok(ci.first[i][0] <= S1[i] && S1[i] <= ci.first[i][1], `S1[${i}] ${ci.first[i]}`);
    assert.ok(ci.total[i][0] <= ST[i] && ST[i] <= ci.total[i][1], `ST[${i}] ${ci.total[i]}`);
    assert.ok(Math.abs(first[i] - S1[i]) < 0.03, `S1[${i}] = ${first[i]}`);
    assert.ok(Math.abs(total[i] - ST[i]) < 0.03, `ST[${i}] = ${total[i]}`);
    assert.ok(ci.first[i][1] - ci.first[i][0] < 0.1, `S1[${i}] interval ${ci.first[i]}`);
  }
});

Deno.test("an input with no effect gets S1 and ST of 0; a constant output none", () => {
  const { yA, yB, yAB } = outputs(256, 3, (u) => 2 * u[0] + u[1] ** 2);
  const { first, total } = sobolIndices(yA, yB, yAB);
  assert.equal(first[2], 0);
  assert.equal(total[2], 0);
  assert.ok(total[0] > 0.5);
  const flat = outputs(64, 2, () => 3);
  assert.ok(sobolIndices(flat.yA, flat.yB, flat.yAB).total.every(Number.isNaN));
});

Deno.test("additive model: S1 = ST = each term's share of the variance", () => {
  // y = X1 + 2 X2 with X ~ U(0, 1): V1 = 1/12, V2 = 4/12, S = 0.2, 0.8.
  const { yA, yB, yAB } = outputs(2048, 2, (u) => u[0] + 2 * u[1]);
  const { first, total } = sobolIndices(yA, yB, yAB);
  [0.2, 0.8].forEach((s, i) => {
    assert.ok(Math.abs(first[i] - s) < 0.01, `S1[${i}] = ${first[i]}`);
    assert.ok(Math.abs(total[i] - s) < 0.01, `ST[${i}] = ${total[i]}`);
  });
});

Deno.test("bootstrap intervals: the same seed gives the same intervals", () => {
  const { yA, yB, yAB } = outputs(128, 3, ishigami);
  assert.deepEqual(
    bootstrapIndices(yA, yB, yAB, { seed: 5, resamples: 50 }),
    bootstrapIndices(yA, yB, yAB, { seed: 5, resamples: 50 }),
  );
});

Deno.test("groups: A_B of a group takes all its columns from B", () => {
  const design = saltelliDesign(8, 3, [0, 1, 0]);
  assert.equal(design.ab.length, 2);
  design.ab[0].forEach((row, r) => {
    assert.deepEqual(row, [design.b[r][0], design.a[r][1], design.b[r][2]]);
  });
});

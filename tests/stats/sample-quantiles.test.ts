/** Tests of sim/engine/stats/sample-quantiles.ts: exact type-7 quantiles by selection. */
import assert from "node:assert/strict";
import { quantileSorted } from "simple-statistics";
import { RandomStreams } from "../../sim/engine/random/streams.ts";
import { sampleQuantiles } from "../../sim/engine/stats/sample-quantiles.ts";

const PS = [0, 0.05, 0.5, 0.9, 0.95, 0.99, 1];

/** The type-7 quantiles through a full sort (simple-statistics, an independent implementation). */
function bySorting(values: number[], ps: readonly number[]): number[] {
  if (values.length === 0) return ps.map(() => NaN);
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => quantileSorted(sorted, p));
}

Deno.test("sampleQuantiles: a hand-worked sample", () => {
  // Sorted 1 2 3 4 5: h = 4p; p = 0.9 → h = 3.6 → 4 + 0.6 × (5 − 4) = 4.6.
  assert.deepEqual(sampleQuantiles([5, 1, 4, 2, 3], [0.5, 0.9, 1, 0]), [3, 4.6, 5, 1]);
  assert.deepEqual(sampleQuantiles([], [0.5]), [NaN]);
  assert.deepEqual(sampleQuantiles([7], [0, 0.5, 1]), [7, 7, 7]);
});

Deno.test("sampleQuantiles: the sort's answers on random samples, with and without ties", () => {
  const rng = new RandomStreams("sample-quantiles").stream("values");
  for (let trial = 0; trial < 400; trial++) {
    const n = trial < 60 ? trial : Math.floor(rng() * 5000);
    const kind = trial % 4;
    const values = Array.from({ length: n }, () =>
      kind === 0
        ? rng() * 100 // distinct
        : kind === 1
        ? Math.floor(rng() * 5) // many ties
        : kind === 2
        ? 3 // all equal
        : Math.floor(rng() * 40) + 0.5 * Math.floor(rng() * 2)); // working days, half days
    if (trial % 7 === 0) values.sort((a, b) => a - b); // already in order
    if (trial % 11 === 0) values.sort((a, b) => b - a); // reversed
    const before = [...values];
    assert.deepEqual(sampleQuantiles(values, PS), bySorting(values, PS), `n ${n}, kind ${kind}`);
    assert.deepEqual(values, before, "the values are left as they were");
  }
});

Deno.test("sampleQuantiles: a sample with NaN or −0 gives what the typed-array sort gives", () => {
  /** The formula on `Float64Array.sort`'s order (−0 before +0, NaN last). */
  const viaSort = (values: number[], ps: number[]) => {
    const a = Float64Array.from(values).sort();
    return ps.map((p) => {
      const h = (a.length - 1) * p;
      const lo = Math.floor(h);
      return lo + 1 < a.length ? a[lo] + (h - lo) * (a[lo + 1] - a[lo]) : a[lo];
    });
  };
  for (const values of [[3, NaN, 1, 2], [0, -0, 0, -0, 5], [-0, 1], [2, -0, NaN, 0]]) {
    const got = sampleQuantiles(values, [0, 0.25, 0.5, 1]);
    const expected = viaSort(values, [0, 0.25, 0.5, 1]);
    got.forEach((q, i) =>
      assert.ok(Object.is(q, expected[i]), `${values}: ${q} vs ${expected[i]}`)
    );
  }
});

/**
 * Tests of sim/model/pv/size-distribution.ts: capacity bins split pro rata, uniform within a bin.
 */
import assert from "node:assert/strict";
import { sizeSlice } from "../../sim/model/pv/size-distribution.ts";

Deno.test("sizeSlice splits capacity bins pro rata, uniform within a bin", () => {
  const bins = [
    { customerClass: "pv" as const, lowKw: 0, highKw: 10, share: 0.4 },
    { customerClass: "pv" as const, lowKw: 10, highKw: 30, share: 0.6 },
  ];
  const low = sizeSlice(bins, 0, 20);
  assert.ok(Math.abs(low.share - 0.7) < 1e-12);
  assert.ok(Math.abs(low.meanKw - (0.4 * 5 + 0.3 * 15) / 0.7) < 1e-12);
  assert.deepEqual(low.points, [[0, 0], [10, 0.4 / 0.7], [20, 1]]);
  const high = sizeSlice(bins, 20, 100);
  assert.ok(Math.abs(high.share - 0.3) < 1e-12);
  assert.deepEqual(high.points, [[20, 0], [30, 1]]);
  assert.deepEqual(sizeSlice(bins, 30, 50), { share: 0, meanKw: NaN, points: null });
  // A gap between bins is a flat stretch of the CDF.
  const gap = sizeSlice([bins[0], { ...bins[1], lowKw: 20, highKw: 40 }], 0, 100);
  assert.deepEqual(gap.points, [[0, 0], [10, 0.4], [20, 0.4], [40, 1]]);
});

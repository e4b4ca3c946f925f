/**
 * Tests of sim/model/pv/seasonal-year.ts: the year spent month by month in proportion to the
 * weights, and its inverse.
 */
import assert from "node:assert/strict";
import { SeasonalYear } from "../../sim/model/pv/seasonal-year.ts";

Deno.test("SeasonalYear spends the year month by month in proportion to the weights", () => {
  const starts = Array.from({ length: 13 }, (_, m) => m * 100);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const even = SeasonalYear.even(starts);
  assert.ok(near(even.hoursAt(0.25), 300));
  assert.ok(near(even.fractionAt(600), 0.5));
  const weights = [2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // total 12
  const season = new SeasonalYear(starts, weights);
  assert.ok(near(season.hoursAt(1 / 12), 50)); // half of January's weight
  assert.ok(near(season.hoursAt(2 / 12), 200)); // February has none: straight to March
  assert.ok(near(season.fractionAt(150), 2 / 12));
  for (const f of [0, 0.05, 0.3, 0.61, 0.999]) {
    assert.ok(Math.abs(season.fractionAt(season.hoursAt(f)) - f) < 1e-12);
  }
  assert.throws(() => new SeasonalYear(starts, new Array(12).fill(0)), /positive sum/);
  assert.throws(() => new SeasonalYear(starts.slice(1), weights), /13 increasing/);
});

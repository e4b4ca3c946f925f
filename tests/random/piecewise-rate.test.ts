/** Tests of sim/engine/random/piecewise-rate.ts. */
import assert from "node:assert/strict";
import { PiecewiseRate } from "../../sim/engine/random/piecewise-rate.ts";

Deno.test("PiecewiseRate: rateAt, segmentAt and integral", () => {
  const rate = new PiecewiseRate([8, 12, 13, 17], [2, 0, 3, 0]);
  assert.equal(rate.rateAt(7.99), 0);
  assert.equal(rate.rateAt(8), 2);
  assert.equal(rate.rateAt(12.5), 0);
  assert.equal(rate.rateAt(16.99), 3);
  assert.equal(rate.rateAt(1e9), 0);
  assert.equal(rate.segmentAt(7), -1);
  assert.equal(rate.segmentAt(13), 2);
  assert.equal(rate.segmentCount, 4);
  assert.equal(rate.integral(0, 24), 20);
  assert.equal(rate.integral(10, 14), 7);
  assert.equal(rate.integral(14, 10), 0);
  assert.equal(new PiecewiseRate([0], [2]).integral(1, Infinity), Infinity);
  assert.ok(Object.isFrozen(rate.breakpoints) && Object.isFrozen(rate.rates));
});

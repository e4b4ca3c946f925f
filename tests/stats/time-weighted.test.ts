/**
 * Tests of sim/engine/stats/time-weighted.ts: the monitor of a value held over time.
 */
import assert from "node:assert/strict";
import { TimeWeighted } from "../../sim/engine/stats/time-weighted.ts";

Deno.test("TimeWeighted: integral, mean and max of a hand-made step function", () => {
  // Value 0 on [0, 2), 3 on [2, 5), 1 on [5, 9), 0 from 9 on.
  const w = new TimeWeighted(0);
  w.update(2, 3);
  w.update(5, 1);
  w.update(9, 0);
  // Hand: area = 0·2 + 3·3 + 1·4 + 0·1 = 13 by t = 10.
  assert.equal(w.integral(10), 13);
  assert.equal(w.mean(10), 1.3);
  assert.equal(w.max, 3);
  assert.equal(w.min, 0);
  assert.equal(w.value, 0);
  assert.equal(w.lastTime, 9);
  assert.equal(w.integral(9), 13, "time may be queried at the last change");
});

Deno.test("TimeWeighted: several changes at one time, initial value and start time", () => {
  const w = new TimeWeighted(10, 2); // 2 units from t = 10
  w.update(12, 5);
  w.update(12, 4); // only the last change at t = 12 holds
  // Hand: 2·2 + 4·3 = 16 over [10, 15].
  assert.equal(w.integral(15), 16);
  assert.equal(w.mean(15), 16 / 5);
  assert.equal(w.max, 5, "the max counts a value held for no time (it was reached)");
  assert.equal(w.startTime, 10);
  assert.ok(Number.isNaN(new TimeWeighted(3, 1).mean(3)), "no time elapsed: NaN");
});

Deno.test("TimeWeighted: reset deletes the past and keeps the current value", () => {
  const w = new TimeWeighted(0, 10); // a warm-up at 10
  w.update(4, 1);
  w.reset(6); // warm-up over at t = 6; value 1 is still held
  assert.equal(w.startTime, 6);
  assert.equal(w.value, 1);
  assert.equal(w.max, 1, "the warm-up's max of 10 is forgotten");
  assert.equal(w.integral(6), 0);
  w.update(8, 3);
  // Hand: 1·2 + 3·2 = 8 over [6, 10].
  assert.equal(w.integral(10), 8);
  assert.equal(w.mean(10), 2);
});

Deno.test("TimeWeighted: time must not go backwards; values must be finite", () => {
  const w = new TimeWeighted(0);
  w.update(5, 1);
  const backwards = /t: expected a time ≥ the last change \(5\), found 4/;
  assert.throws(
    () => w.update(4, 2),
    (e: Error) => e instanceof RangeError && backwards.test(e.message),
  );
  assert.throws(() => w.mean(4), backwards);
  assert.throws(() => w.integral(4), backwards);
  assert.throws(() => w.reset(4), backwards);
  assert.throws(
    () => w.update(6, NaN),
    (e: Error) => e.message === "TimeWeighted.update: value: expected a finite number, found NaN",
  );
  assert.throws(() => w.update(NaN, 1), /TimeWeighted\.update: t: expected a finite number/);
  assert.throws(() => new TimeWeighted(Infinity), /TimeWeighted: startTime: expected a finite/);
  assert.equal(w.value, 1, "rejected updates change nothing");
  assert.equal(w.integral(10), 5);
});

/**
 * Tests of sim/engine/calendar/civil.ts, the day arithmetic behind the calendar's dates, against
 * JavaScript's Date.
 */
import assert from "node:assert/strict";
import { throwsExactly } from "../support/assertions.ts";
import { cal } from "../support/calendar.ts";

Deno.test("dateOf, timeOf, dayIndex, weekday and month agree with Date", () => {
  assert.equal(cal.timeOf("2023-01-02", 8.5), 32.5);
  assert.equal(cal.dateOf(-0.5), "2022-12-31");
  assert.equal(cal.dayIndex(-0.5), -1);
  assert.equal(cal.dayIndex(47.99), 1);
  assert.equal(cal.weekday(0), 6); // 2023-01-01 was a Sunday
  assert.equal(cal.month(cal.timeOf("2023-02-28", 23.9)), 2);
  assert.equal(cal.month(cal.timeOf("2023-03-01")), 3);
  for (let day = -4000; day < 4000; day += 7) {
    const t = day * 24 + 13;
    const d = new Date(Date.UTC(2023, 0, 1 + day));
    assert.equal(cal.dateOf(t), d.toISOString().slice(0, 10));
    assert.equal(cal.weekday(t), (d.getUTCDay() + 6) % 7);
    assert.equal(cal.month(t), d.getUTCMonth() + 1);
    assert.equal(cal.timeOf(cal.dateOf(t), 13), t);
  }
  throwsExactly(
    () => cal.timeOf("2023-02-29"),
    RangeError,
    'isoDate: expected a date YYYY-MM-DD, found "2023-02-29"',
  );
  throwsExactly(
    () => cal.timeOf("2023-02-28", 25),
    RangeError,
    "hour: expected a clock hour in [0, 24], found 25",
  );
  throwsExactly(
    () => cal.dateOf(NaN),
    RangeError,
    "t: expected a finite number of simulation hours, found NaN",
  );
});

/** Tests of sim/engine/random/profile-rate.ts: rates that follow the calendar. */
import assert from "node:assert/strict";
import { nhppArrivals } from "../../sim/engine/random/nhpp.ts";
import { profileRate } from "../../sim/engine/random/profile-rate.ts";
import { assertMoments, rngFor } from "../support/sampling.ts";

Deno.test("profileRate: office hours on weekdays, merged segments", () => {
  // 2024-01-01 is a Monday.
  const hourFactors = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 17 ? 1 : 0));
  const rate = profileRate({
    start: 0,
    end: 24 * 7,
    baseRatePerHour: 2,
    weekdayFactors: [1, 1, 1, 1, 1, 0, 0],
    hourFactors,
    epoch: "2024-01-01",
  });
  assert.deepEqual(rate.breakpoints, [0, 8, 17, 32, 41, 56, 65, 80, 89, 104, 113]);
  assert.deepEqual(rate.rates, [0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0]);
  assert.equal(rate.integral(0, 24 * 7), 5 * 9 * 2);
});

Deno.test("profileRate: months, years, leap days and weekdays follow the calendar", () => {
  // 2023-12-31 is a Sunday; hour 24 is Monday 2024-01-01.
  const months = [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  const rate = profileRate({
    start: 0,
    end: 48,
    baseRatePerHour: 1,
    monthFactors: months,
    epoch: "2023-12-31",
  });
  assert.deepEqual(rate.breakpoints, [0, 24, 48]);
  assert.deepEqual(rate.rates, [1, 3, 0]);

  const leap = profileRate({
    start: 0,
    end: 72,
    baseRatePerHour: 1,
    monthFactors: [1, 2, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    epoch: "2024-02-28",
  });
  assert.equal(leap.rateAt(30), 2); // 2024-02-29 06:00
  assert.equal(leap.rateAt(50), 5); // 2024-03-01 02:00

  // 2024-01-06 is a Saturday (index 5).
  const week = profileRate({
    start: 0,
    end: 24 * 7,
    baseRatePerHour: 1,
    weekdayFactors: [1, 2, 3, 4, 5, 6, 7],
    epoch: "2024-01-06",
  });
  assert.deepEqual([0, 1, 2, 3].map((d) => week.rateAt(24 * d + 12)), [6, 7, 1, 2]);

  const hours = profileRate({
    start: 0,
    end: 24,
    baseRatePerHour: 1,
    hourFactors: Array.from({ length: 24 }, (_, h) => h),
    epoch: "2024-01-01",
  });
  assert.equal(hours.rateAt(13.5), 13);
  assert.equal(hours.segmentCount, 25); // 24 hours, all different, and the closing segment
  assert.equal(hours.rateAt(24), 0);
});

Deno.test("profileRate: fractional start and end; arrivals stop at end", () => {
  const rate = profileRate({ start: 1.5, end: 3.25, baseRatePerHour: 4, epoch: "2024-01-01" });
  assert.deepEqual(rate.breakpoints, [1.5, 3.25]);
  assert.deepEqual(rate.rates, [4, 0]);
  const next = nhppArrivals(rngFor("profile"), rate);
  const counts = new Float64Array(20_000);
  for (let r = 0; r < counts.length; r++) {
    for (let t = next(0); t < Infinity; t = next(t)) {
      assert.ok(t >= 1.5 && t < 3.25, `arrival at ${t}`);
      counts[r]++;
    }
  }
  const lambda = 4 * 1.75;
  assertMoments("profile counts", counts, {
    mean: lambda,
    variance: lambda,
    mu4: lambda * (1 + 3 * lambda),
  });
});

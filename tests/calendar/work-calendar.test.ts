/**
 * Tests of sim/engine/calendar/work-calendar.ts: working hours and working days on the
 * repository's calendar, the end of its coverage, and its options.
 */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { WorkCalendar } from "../../sim/engine/calendar/work-calendar.ts";
import type { CalendarRow } from "../../sim/engine/calendar/rows.ts";
import { throwsExactly } from "../support/assertions.ts";
import { at, cal, COVERS, DATA_DIR } from "../support/calendar.ts";

Deno.test("addWorkingHours: a 6-hour job from Friday 16:00 before Labour Day 2023", () => {
  // 2 h on Fri 04-28 (16:00–18:00); 04-29..05-03 off; Thu 05-04: 08:30–12:00 (3.5 h), then
  // 0.5 h from 13:30.
  assert.equal(cal.addWorkingHours(at("2023-04-28", 16), 6), at("2023-05-04", 14));
});

Deno.test("addWorkingHours: Saturday 2024-09-14 is a make-up day before Mid-Autumn", () => {
  assert.equal(cal.addWorkingHours(at("2024-09-13", 16), 6), at("2024-09-14", 14));
  assert.equal(cal.addWorkingHours(at("2024-09-13", 16), 10), at("2024-09-14", 18));
  assert.equal(cal.addWorkingHours(at("2024-09-13", 16), 11), at("2024-09-18", 9.5));
});

Deno.test("addWorkingHours: a job ending exactly at a closing time ends then", () => {
  assert.equal(cal.addWorkingHours(at("2023-03-06", 14), 4), at("2023-03-06", 18));
  assert.equal(cal.addWorkingHours(at("2023-03-06", 8.5), 3.5), at("2023-03-06", 12));
  assert.equal(cal.addWorkingHours(at("2023-03-06", 8.5), 8), at("2023-03-06", 18));
  // Decimal hours are not exact in binary: a job that should end at 18:00 must end then, never at
  // the next opening, whichever way the rounding goes (every working day of 2023, 0.01 h steps).
  for (let t = at("2023-01-01"); t < at("2024-01-01"); t += 24) {
    if (!cal.isWorkingDay(t)) continue;
    for (let start = 1350; start < 1800; start++) {
      const end = cal.addWorkingHours(t + start / 100, (1800 - start) / 100);
      assert.ok(Math.abs(end - (t + 18)) < 1e-9, `${cal.dateOf(t)} ${start / 100}: ${end}`);
    }
  }
  // ten steps of 0.1 h from 17:00 end at 18:00 closing too
  let t = at("2023-03-06", 17);
  for (let i = 0; i < 10; i++) t = cal.addWorkingHours(t, 0.1);
  assert.ok(Math.abs(t - at("2023-03-06", 18)) < 1e-9, `${t}`);
});

Deno.test("addWorkingHours: counting starts at the next opening; h = 0 does not move", () => {
  assert.equal(cal.addWorkingHours(at("2023-03-06", 7), 1), at("2023-03-06", 9.5));
  assert.equal(cal.addWorkingHours(at("2023-03-06", 12.5), 1), at("2023-03-06", 14.5));
  assert.equal(cal.addWorkingHours(at("2023-03-06", 20), 1), at("2023-03-07", 9.5));
  assert.equal(cal.addWorkingHours(at("2023-03-04", 10), 1), at("2023-03-06", 9.5));
  assert.equal(cal.addWorkingHours(at("2023-03-04", 3), 0), at("2023-03-04", 3));
  // Thu 2023-09-28 09:00: 7.5 h that day; 09-29..10-06 off; Sat 10-07 8 h; Sun 10-08 0.5 h.
  assert.equal(cal.addWorkingHours(at("2023-09-28", 9), 16), at("2023-10-08", 9));
});

Deno.test("nextOpening and isWorkingTime follow the office hours", () => {
  assert.equal(cal.nextOpening(at("2023-03-06", 10)), at("2023-03-06", 10));
  assert.equal(cal.nextOpening(at("2023-03-06", 12)), at("2023-03-06", 13.5));
  assert.equal(cal.nextOpening(at("2023-03-06", 18)), at("2023-03-07", 8.5));
  assert.equal(cal.nextOpening(at("2023-09-28", 18)), at("2023-10-07", 8.5));
  const open: Array<[string, number, boolean]> = [
    ["2023-03-06", 8.5, true],
    ["2023-03-06", 8.49, false],
    ["2023-03-06", 11.99, true],
    ["2023-03-06", 12, false],
    ["2023-03-06", 13.49, false],
    ["2023-03-06", 17.99, true],
    ["2023-03-06", 18, false],
    ["2023-10-02", 10, false], // National Day
    ["2023-10-07", 10, true], // make-up Saturday
  ];
  for (const [date, hour, expected] of open) {
    assert.equal(cal.isWorkingTime(at(date, hour)), expected, `${date} ${hour}`);
  }
});

Deno.test("workingHoursBetween counts office hours of working days only", () => {
  assert.equal(cal.workingHoursBetween(at("2023-03-06"), at("2023-03-07")), 8);
  assert.equal(cal.workingHoursBetween(at("2023-03-06", 11), at("2023-03-06", 14)), 1.5);
  assert.equal(cal.workingHoursBetween(at("2023-03-04"), at("2023-03-06")), 0);
  // Thu 09-28 (8) + make-up Sat 10-07 (8) + make-up Sun 10-08 (8) = 24
  assert.equal(cal.workingHoursBetween(at("2023-09-28"), at("2023-10-09")), 24);
  throwsExactly(
    () => cal.workingHoursBetween(at("2023-03-07"), at("2023-03-06")),
    RangeError,
    "t1: expected a time ≥ t0 (1560), found 1536",
  );
});

Deno.test("addWorkingHours and workingHoursBetween are inverse (seeded property test)", () => {
  const rng = seedrandom("calendar-inverse");
  const t0 = at("2021-01-01");
  const span = at("2026-11-01") - t0;
  for (let i = 0; i < 3000; i++) {
    // Half the draws on half-hour marks, so that boundaries (openings, closings) are hit exactly.
    const exact = i % 2 === 0;
    const t = exact ? t0 + Math.floor(rng() * span * 2) / 2 : t0 + rng() * span;
    const h = exact ? Math.floor(rng() * 400) / 2 : rng() * 200;
    const end = cal.addWorkingHours(t, h);
    const label = `t=${t} h=${h} end=${end}`;
    assert.ok(end >= t, label);
    assert.ok(Math.abs(cal.workingHoursBetween(t, end) - h) < 1e-6, label);
    if (h > 0) {
      // the earliest such time: just before it, less than h had elapsed, and the office was open
      const before = end - Math.min(1e-3, h / 2);
      assert.ok(cal.workingHoursBetween(t, before) < h, label);
      assert.ok(cal.isWorkingTime(before), label);
    }
    // the other way round: the working hours between two times, added to the first, reach a
    // time from which no working time is left before the second
    const t1 = t + rng() * 24 * 30;
    const w = cal.workingHoursBetween(t, t1);
    const back = cal.addWorkingHours(t, w);
    assert.ok(back <= t1 + 1e-9, `t=${t} t1=${t1} back=${back}`);
    // (`back` may exceed t1 by float rounding, ~1e-13 h)
    assert.ok(cal.workingHoursBetween(Math.min(back, t1), t1) < 1e-6, `t=${t} t1=${t1}`);
  }
});

Deno.test("workingDaysBetween: the day of t0 is not counted (Civil Code art. 201)", () => {
  const filed = at("2023-09-28", 10); // Thursday, last working day before 09-29..10-06
  assert.equal(cal.workingDaysBetween(filed, at("2023-09-28", 17)), 0);
  assert.equal(cal.workingDaysBetween(filed, at("2023-10-06", 17)), 0);
  assert.equal(cal.workingDaysBetween(filed, at("2023-10-07", 9)), 1); // make-up Saturday
  assert.equal(cal.workingDaysBetween(filed, at("2023-10-08", 9)), 2); // make-up Sunday
  assert.equal(cal.workingDaysBetween(filed, at("2023-10-09", 23)), 3);
  assert.equal(cal.workingDaysBetween(at("2023-10-01", 10), at("2023-10-07", 9)), 1);
  assert.equal(cal.workingDaysBetween(at("2023-03-06", 8), at("2023-03-13", 8)), 5);
  throwsExactly(
    () => cal.workingDaysBetween(at("2023-03-07"), at("2023-03-06", 12)),
    RangeError,
    "t1: expected a time ≥ t0 (1560), found 1548",
  );
});

Deno.test("addWorkingDays: n working days later at the same clock time", () => {
  assert.equal(cal.addWorkingDays(at("2023-04-28", 16), 1), at("2023-05-04", 16));
  assert.equal(cal.addWorkingDays(at("2023-04-28", 16), 3), at("2023-05-06", 16)); // make-up Sat
  assert.equal(cal.addWorkingDays(at("2023-10-01", 10), 1), at("2023-10-07", 10));
  assert.equal(cal.addWorkingDays(at("2023-10-01", 10), 0), at("2023-10-01", 10));
  throwsExactly(
    () => cal.addWorkingDays(at("2023-10-01"), 1.5),
    RangeError,
    "n: expected a whole number of working days ≥ 0, found 1.5",
  );
  throwsExactly(
    () => cal.addWorkingHours(at("2023-10-01"), -1),
    RangeError,
    "h: expected a finite number of working hours ≥ 0, found -1",
  );
});

Deno.test("deadline: the closing time of the n-th working day after the day of t", () => {
  const filed = at("2023-09-28", 10);
  assert.equal(cal.deadline(filed, 3), at("2023-10-09", 18));
  assert.equal(cal.deadline(filed, 1), at("2023-10-07", 18));
  assert.equal(cal.deadline(filed, 0), at("2023-09-28", 18)); // "same day"
  // n = 0 is the closing time of the day of t, even when t is later than that
  assert.equal(cal.deadline(at("2023-09-28", 20), 0), at("2023-09-28", 18));
  const rng = seedrandom("calendar-deadline");
  const t0 = at("2021-01-01");
  for (let i = 0; i < 2000; i++) {
    const t = t0 + rng() * (at("2026-10-01") - t0);
    const n = 1 + Math.floor(rng() * 30);
    const due = cal.deadline(t, n);
    const label = `t=${t} n=${n}`;
    // "within n working days" holds up to the deadline and fails from the next opening on
    assert.equal(cal.workingDaysBetween(t, due), n, label);
    assert.equal(cal.workingDaysBetween(t, cal.nextOpening(due)), n + 1, label);
    const later = cal.addWorkingDays(t, n);
    assert.equal(cal.workingDaysBetween(t, later), n, label);
    assert.equal(cal.dateOf(later), cal.dateOf(due), label);
    assert.ok(cal.isWorkingDay(later), label);
  }
});

Deno.test("outside the covered years: a RangeError naming the date and the file to add", () => {
  throwsExactly(
    () => cal.isWorkingDate("2027-01-05"),
    RangeError,
    `2027-01-05 is outside the working calendar (${COVERS}; add ${DATA_DIR}/2027.csv)`,
  );
  throwsExactly(
    () => cal.isWorkingDay(at("2020-12-31", 12)),
    RangeError,
    `2020-12-31 is outside the working calendar (${COVERS}; add ${DATA_DIR}/2020.csv)`,
  );
  throwsExactly(
    () => cal.workingDaysBetween(at("2026-12-30"), at("2030-02-01")),
    RangeError,
    `2030-02-01 is outside the working calendar (${COVERS}; add ${DATA_DIR}/2027.csv … 2030.csv)`,
  );
  // The last covered day still works, up to its last instant.
  assert.equal(cal.isWorkingDay(at("2026-12-31", 23.99)), true);
});

Deno.test("a result that would cross the end of coverage throws", () => {
  const end =
    `is after 2026-12-31, the end of the working calendar (${COVERS}; add ${DATA_DIR}/2027.csv)`;
  // 2026-12-30 and 12-31 are ordinary Wednesday and Thursday (no 2027 notice yet): 16 h from
  // 12-30 08:30 just fit.
  assert.equal(cal.addWorkingHours(at("2026-12-30", 8.5), 16), at("2026-12-31", 18));
  throwsExactly(
    () => cal.addWorkingHours(at("2026-12-30", 8.5), 16.5),
    RangeError,
    `16.5 working hours after 2026-12-30 08:30 ${end}`,
  );
  throwsExactly(
    () => cal.addWorkingDays(at("2026-12-30", 10), 2),
    RangeError,
    `2 working days after 2026-12-30 10:00 ${end}`,
  );
  throwsExactly(
    () => cal.deadline(at("2026-12-30", 10), 2),
    RangeError,
    `2 working days after 2026-12-30 10:00 ${end}`,
  );
  throwsExactly(
    () => cal.nextOpening(at("2026-12-31", 18)),
    RangeError,
    `the next opening after 2026-12-31 18:00 ${end}`,
  );
});

Deno.test("options: custom office hours, epoch and validation", () => {
  const rows: CalendarRow[] = [
    {
      date: "2023-01-02",
      kind: "holiday",
      name: "元旦 New Year's Day",
      notice: "国办发明电〔2022〕16号",
    },
  ];
  const data = { rows, firstYear: 2023, lastYear: 2023, source: "fixtures" };
  const small = new WorkCalendar(data, { epoch: "2023-01-02", officeHours: [[9, 17]] });
  assert.equal(small.hoursPerWorkingDay, 8);
  assert.deepEqual(small.officeHours, [[9, 17]]);
  assert.equal(small.timeOf("2023-01-02"), 0);
  assert.equal(small.isWorkingDay(0), false);
  assert.equal(small.addWorkingHours(0, 8), small.timeOf("2023-01-03", 17));
  assert.equal(
    small.addWorkingHours(small.timeOf("2023-01-03", 16), 2),
    small.timeOf("2023-01-04", 10),
  );
  throwsExactly(
    () => small.isWorkingDate("2024-01-01"),
    RangeError,
    "2024-01-01 is outside the working calendar (covers 2023-01-01..2023-12-31; add " +
      "fixtures/2024.csv)",
  );
  const bad: Array<[unknown, string]> = [
    [
      { epoch: "2023-1-1" },
      'WorkCalendar option epoch: expected a date YYYY-MM-DD, found "2023-1-1"',
    ],
    [
      { epoch: "2024-03-01" },
      "WorkCalendar option epoch: 2024-03-01 is outside the working calendar " +
      "(covers 2023-01-01..2023-12-31; add fixtures/2024.csv)",
    ],
    [
      { epoch: "2023-01-01", officeHours: [] },
      "WorkCalendar option officeHours: expected a non-empty array of [startHour, endHour] " +
      "pairs, found []",
    ],
    [
      { epoch: "2023-01-01", officeHours: [[8.5, 12], [11, 18]] },
      "WorkCalendar option officeHours[1]: expected to start at or after the end of " +
      "officeHours[0] (12), found [11, 18]",
    ],
    [
      { epoch: "2023-01-01", officeHours: [[12, 8.5]] },
      "WorkCalendar option officeHours[0]: expected 0 ≤ startHour < endHour ≤ 24, found [12, 8.5]",
    ],
    [
      { epoch: "2023-01-01", officeHours: [[8, NaN]] },
      "WorkCalendar option officeHours[0]: expected a pair [startHour, endHour] of finite " +
      "numbers, found [8, NaN]",
    ],
  ];
  for (const [options, message] of bad) {
    throwsExactly(() => new WorkCalendar(data, options as { epoch: string }), RangeError, message);
  }
  throwsExactly(
    () => new WorkCalendar({ rows, firstYear: 2024, lastYear: 2023 }, { epoch: "2023-01-01" }),
    RangeError,
    "WorkCalendar firstYear..lastYear: expected whole years with firstYear ≤ lastYear, found " +
      "2024..2023",
  );
});

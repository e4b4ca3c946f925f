import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import seedrandom from "seedrandom";
import { UserError } from "../sim/errors.ts";
import { WorkCalendar } from "../sim/engine/calendar.ts";
import type { CalendarRow } from "../sim/engine/calendar.ts";

const DATA_DIR = decodeURIComponent(new URL("../data/calendar", import.meta.url).pathname);
const cal = await WorkCalendar.load(DATA_DIR, { epoch: "2023-01-01" });
const at = (date: string, hour = 0) => cal.timeOf(date, hour);
const COVERS = `covers 2021-01-01..2026-12-31`;

/** Asserts that `fn` throws an error of class `type` with exactly `message`. */
function throwsExactly(
  fn: () => unknown,
  type: new (...args: never[]) => Error,
  message: string,
) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof type, `expected a ${type.name}, got ${e}`);
    assert.equal((e as Error).message, message);
    return true;
  });
}

// --- the data -------------------------------------------------------------------------------

Deno.test("data: make-up working weekends work, holidays and ordinary weekends rest", () => {
  assert.equal(cal.isWorkingDate("2023-01-28"), true); // Saturday, Spring Festival make-up
  assert.equal(cal.weekday(at("2023-01-28")), 5);
  assert.equal(cal.isWorkingDate("2023-01-29"), true); // Sunday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2023-10-02"), false); // Monday, National Day
  assert.equal(cal.isWorkingDate("2023-03-04"), false); // ordinary Saturday
  assert.equal(cal.isWorkingDate("2023-03-05"), false); // ordinary Sunday
  assert.equal(cal.isWorkingDate("2023-03-06"), true); // ordinary Monday
  assert.equal(cal.isWorkingDate("2022-12-31"), false); // 2023 New Year, listed in 2022.csv
  assert.equal(cal.isWorkingDate("2024-02-09"), true); // 除夕 2024: only "encouraged" off
  assert.equal(cal.isWorkingDate("2025-01-28"), false); // 除夕 2025: statutory since 2025
  assert.equal(cal.isWorkingDate("2025-02-08"), true); // Saturday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2025-10-08"), false); // Wednesday, end of National Day
  assert.equal(cal.isWorkingDate("2025-10-11"), true); // Saturday, National Day make-up
  assert.equal(cal.isWorkingDay(at("2024-09-14", 10)), true); // Saturday, Mid-Autumn make-up
  // 2021 (国办发明电〔2020〕27号, 11 statutory days)
  assert.equal(cal.isWorkingDate("2021-02-07"), true); // Sunday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2021-02-11"), false); // 除夕 2021: inside the 调休 period
  assert.equal(cal.isWorkingDate("2021-02-20"), true); // Saturday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2021-09-18"), true); // Saturday, Mid-Autumn make-up
  assert.equal(cal.isWorkingDate("2021-10-09"), true); // Saturday, National Day make-up
  assert.equal(cal.isWorkingDate("2021-12-31"), true); // Friday: 2022 New Year is 01-01..03
  // 2026 (国办发明电〔2025〕7号, 13 statutory days)
  assert.equal(cal.isWorkingDate("2025-12-31"), true); // Wednesday: 2026 New Year is 01-01..03
  assert.equal(cal.isWorkingDate("2026-01-02"), false); // Friday, New Year
  assert.equal(cal.isWorkingDate("2026-01-04"), true); // Sunday, New Year make-up
  assert.equal(cal.isWorkingDate("2026-02-14"), true); // Saturday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2026-02-16"), false); // 除夕 2026 (Monday): statutory
  assert.equal(cal.isWorkingDate("2026-02-23"), false); // Monday, end of Spring Festival
  assert.equal(cal.isWorkingDate("2026-02-28"), true); // Saturday, Spring Festival make-up
  assert.equal(cal.isWorkingDate("2026-05-09"), true); // Saturday, Labour Day make-up
  assert.equal(cal.isWorkingDate("2026-09-20"), true); // Sunday, National Day make-up
  assert.equal(cal.isWorkingDate("2026-09-25"), false); // Friday, Mid-Autumn
  assert.equal(cal.isWorkingDate("2026-10-10"), true); // Saturday, National Day make-up
});

Deno.test("data: working days per year = days − weekends − weekday holidays + make-up days", () => {
  // 2023: 365 − 105 weekend days − 18 weekday holidays + 7 make-up days = 249. (248 is 2025's
  // count: 365 − 104 − 18 + 5; the statutory holidays went from 11 to 13 days in 2025.)
  // 2021: 365 − 104 − 18 (01-01; 02-11, 12, 15, 16, 17; 04-05; 05-03, 04, 05; 06-14; 09-20, 21;
  // 10-01, 04, 05, 06, 07) + 7 (02-07, 02-20, 04-25, 05-08, 09-18, 09-26, 10-09) = 250.
  // 2026: 365 − 104 − 19 (01-01, 02; 02-16..20, 23; 04-06; 05-01, 04, 05; 06-19; 09-25;
  // 10-01, 02, 05, 06, 07) + 6 (01-04, 02-14, 02-28, 05-09, 09-20, 10-10) = 248.
  const expected: Record<number, number> = {
    2021: 250,
    2022: 249,
    2023: 249,
    2024: 251,
    2025: 248,
    2026: 248,
  };
  for (const [year, count] of Object.entries(expected)) {
    let n = 0;
    for (let t = at(`${year}-01-01`); cal.dateOf(t) <= `${year}-12-31`; t += 24) {
      if (cal.isWorkingDay(t)) n++;
    }
    assert.equal(n, count, `${year}`);
    if (Number(year) > 2021) {
      // The same count through the Civil Code rule: days after Dec 31 up to and including Dec 31.
      assert.equal(
        cal.workingDaysBetween(at(`${Number(year) - 1}-12-31`), at(`${year}-12-31`)),
        count,
      );
    }
  }
});

Deno.test("data: every row of every file is what the calendar says", async () => {
  let rows = 0;
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    const text = await Deno.readTextFile(`${DATA_DIR}/${year}.csv`);
    const records = parse(text, { columns: true }) as CalendarRow[];
    for (const r of records) {
      assert.equal(cal.isWorkingDate(r.date), r.kind === "workday", r.date);
      // a make-up working day is always a weekend day
      if (r.kind === "workday") assert.ok(cal.weekday(at(r.date)) >= 5, r.date);
      assert.match(r.notice, /^国办发明电〔20\d\d〕\d+号$/);
      rows++;
    }
  }
  assert.equal(rows, 38 + 39 + 33 + 36 + 33 + 39);
});

// --- working hours --------------------------------------------------------------------------

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

// --- working days ---------------------------------------------------------------------------

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

// --- dates ----------------------------------------------------------------------------------

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

// --- coverage -------------------------------------------------------------------------------

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

// --- options and small calendars ------------------------------------------------------------

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

Deno.test("constructor: rows are checked like a file's", () => {
  const rows: CalendarRow[] = [
    {
      date: "2023-01-27",
      kind: "workday",
      name: "春节 Spring Festival",
      notice: "国办发明电〔2022〕16号",
    },
    {
      date: "2024-01-01",
      kind: "holiday",
      name: "元旦 New Year's Day",
      notice: "国办发明电〔2023〕7号",
    },
  ];
  throwsExactly(
    () => new WorkCalendar({ rows, firstYear: 2023, lastYear: 2023 }, { epoch: "2023-01-01" }),
    UserError,
    [
      "The working calendar rows have 2 problems:",
      "  date: expected a Saturday or Sunday for a workday row (a make-up working day, 调休上班), " +
      'found "2023-01-27" (a Friday)',
      '  date: expected a date in the covered years 2023..2023, found "2024-01-01"',
    ].join("\n"),
  );
});

// --- loading --------------------------------------------------------------------------------

const HEADER = "date,kind,name,notice\n";
const N23 = "国办发明电〔2022〕16号";

/** Writes `files` to a fresh temp dir, loads it, and returns the UserError it must throw. */
async function loadError(files: Record<string, string>): Promise<UserError> {
  const dir = await Deno.makeTempDir({ prefix: "calendar-test-" });
  try {
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    try {
      await WorkCalendar.load(dir, { epoch: "2023-01-01" });
    } catch (e) {
      assert.ok(e instanceof UserError, `expected a UserError, got ${e}`);
      return Object.assign(e, { message: e.message.replaceAll(dir, "DIR") });
    }
    throw new Error("expected the load to fail");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("load: a good small directory loads, ignoring non-CSV files", async () => {
  const dir = await Deno.makeTempDir({ prefix: "calendar-test-" });
  try {
    await Deno.writeTextFile(
      `${dir}/2023.csv`,
      `\uFEFF${HEADER}2023-04-05,holiday,清明节 Qingming Festival,${N23}\n\n`,
    );
    await Deno.writeTextFile(`${dir}/2024.csv`, HEADER);
    await Deno.writeTextFile(`${dir}/README.md`, "# notes\n");
    const small = await WorkCalendar.load(dir + "/", { epoch: "2023-04-01" });
    assert.equal(small.firstDate, "2023-01-01");
    assert.equal(small.lastDate, "2024-12-31");
    assert.equal(small.isWorkingDate("2023-04-05"), false);
    assert.equal(small.isWorkingDate("2024-04-04"), true); // no 2024 rows: an ordinary Thursday
    assert.equal(small.source, dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load: the default directory is the repository's data/calendar, from any cwd", async () => {
  const cwd = Deno.cwd();
  Deno.chdir(new URL("../sim", import.meta.url).pathname); // somewhere else
  try {
    const loaded = await WorkCalendar.load({ epoch: "2023-01-01" });
    const expected = decodeURIComponent(new URL("../data/calendar", import.meta.url).pathname);
    assert.equal(loaded.source, expected);
    throwsExactly(
      () => loaded.isWorkingDate("2027-01-05"),
      RangeError,
      "2027-01-05 is outside the working calendar (covers 2021-01-01..2026-12-31; add " +
        `${expected}/2027.csv)`,
    );
  } finally {
    Deno.chdir(cwd);
  }
});

Deno.test("load: a bad row is reported with file, line, column, expected and found", async () => {
  const cases: Array<[string, string]> = [
    [
      `2023-02-30,holiday,春节 Spring Festival,${N23}`,
      'DIR/2023.csv:2: date: expected a date YYYY-MM-DD, found "2023-02-30"',
    ],
    [
      `2023-01-23,holidy,春节 Spring Festival,${N23}`,
      'DIR/2023.csv:2: kind: expected holiday or workday, found "holidy"',
    ],
    [
      `2023-01-27,workday,春节 Spring Festival,${N23}`,
      "DIR/2023.csv:2: date: expected a Saturday or Sunday for a workday row (a make-up " +
      'working day, 调休上班), found "2023-01-27" (a Friday)',
    ],
    [
      `2022-12-31,holiday,元旦 New Year's Day,${N23}`,
      "DIR/2023.csv:2: date: expected a date in 2023 (each row goes in the file of its date's " +
      'year), found "2022-12-31"',
    ],
    [
      `2023-01-23,holiday, ,${N23}`,
      'DIR/2023.csv:2: name: expected the holiday\'s name, e.g. 春节 Spring Festival, found " "',
    ],
    [
      "2023-01-23,holiday,春节 Spring Festival,",
      "DIR/2023.csv:2: notice: expected the notice the date comes from, e.g. 国办发明电〔2022〕16号, " +
      'found ""',
    ],
    [
      "2023-01-23,holiday,春节 Spring Festival",
      "DIR/2023.csv:2: expected 4 fields (date,kind,name,notice), found 3 fields",
    ],
    [
      `"2023-01-23,holiday,春节,${N23}`,
      "DIR/2023.csv:2: expected well-formed CSV, found Quote Not Closed: the parsing is " +
      "finished with an opening quote at line 2",
    ],
  ];
  for (const [row, problem] of cases) {
    const e = await loadError({ "2023.csv": HEADER + row + "\n" });
    assert.equal(e.message, `DIR: the working calendar has 1 problem:\n  ${problem}`);
    assert.equal(e.problems.length, 1);
  }
});

Deno.test("load: a date listed twice (even as holiday and workday) is reported", async () => {
  const e = await loadError({
    "2023.csv": HEADER +
      `2023-01-28,workday,春节 Spring Festival,${N23}\n` +
      `2023-01-21,holiday,春节 Spring Festival,${N23}\n` +
      `2023-01-28,holiday,春节 Spring Festival,${N23}\n` +
      `2023-01-21,holiday,春节 Spring Festival,${N23}\n`,
  });
  assert.equal(
    e.message,
    [
      "DIR: the working calendar has 2 problems:",
      "  DIR/2023.csv:4: date: expected each date listed once (it is already at " +
      'DIR/2023.csv:2), found "2023-01-28"',
      "  DIR/2023.csv:5: date: expected each date listed once (it is already at " +
      'DIR/2023.csv:3), found "2023-01-21"',
    ].join("\n"),
  );
  assert.deepEqual(e.problems.map((p) => p.line), [4, 5]);
});

Deno.test("load: file-level problems", async () => {
  const cases: Array<[Record<string, string>, string]> = [
    [
      { "2023.csv": "date,kind,name\n" },
      'DIR/2023.csv:1: expected the header date,kind,name,notice, found "date,kind,name"',
    ],
    [
      { "2023.csv": "" },
      "DIR/2023.csv:1: expected the header date,kind,name,notice, found an empty file",
    ],
    [
      { "holidays.csv": HEADER },
      "DIR/holidays.csv: expected a file named YYYY.csv after the year of its dates, found " +
      '"holidays.csv"',
    ],
    [{ "README.md": "" }, "DIR: expected at least one YYYY.csv working calendar file, found none"],
    [
      { "2022.csv": HEADER, "2024.csv": HEADER },
      "DIR: expected one file per year from 2022 to 2024, with no gap, found no 2023.csv",
    ],
  ];
  for (const [files, problem] of cases) {
    const e = await loadError(files);
    assert.equal(e.message, `DIR: the working calendar has 1 problem:\n  ${problem}`);
  }
  await assert.rejects(
    WorkCalendar.load("/nonexistent/calendar", { epoch: "2023-01-01" }),
    (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.equal(
        e.message,
        "/nonexistent/calendar: the working calendar has 1 problem:\n" +
          "  /nonexistent/calendar: expected a directory of YYYY.csv working calendar files, " +
          "found no such directory",
      );
      return true;
    },
  );
});

Deno.test("load: problems from several files are all listed, by file then line", async () => {
  const e = await loadError({
    "2024.csv": HEADER + `2024-02-09,holidy,春节 Spring Festival,${N23}\n`,
    "2023.csv": HEADER + `2023-13-01,holiday,x,${N23}\n2023-01-23,holiday,春节 Spring Festival\n`,
  });
  assert.equal(
    e.message,
    [
      "DIR: the working calendar has 3 problems:",
      '  DIR/2023.csv:2: date: expected a date YYYY-MM-DD, found "2023-13-01"',
      "  DIR/2023.csv:3: expected 4 fields (date,kind,name,notice), found 3 fields",
      '  DIR/2024.csv:2: kind: expected holiday or workday, found "holidy"',
    ].join("\n"),
  );
});

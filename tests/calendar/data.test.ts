/**
 * Tests of the working calendar's data, data/calendar/*.csv: the official notices' holidays and
 * make-up working days, as the calendar reads them.
 */
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import type { CalendarRow } from "../../sim/engine/calendar.ts";
import { at, cal, DATA_DIR } from "../support/calendar.ts";

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

/** Tests of sim/engine/calendar/rows.ts: the checks of a calendar's rows. */
import { UserError } from "../../sim/errors.ts";
import { WorkCalendar } from "../../sim/engine/calendar/work-calendar.ts";
import type { CalendarRow } from "../../sim/engine/calendar/rows.ts";
import { throwsExactly } from "../support/assertions.ts";

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

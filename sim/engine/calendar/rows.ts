/**
 * The rows of the working calendar and their validation. A row is one exceptional date of the
 * Chinese official calendar, as set by the State Council General Office's yearly notice
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》: a day off (`holiday`, including holiday dates
 * that fall on a weekend) or a make-up working Saturday or Sunday (`workday`, 调休上班).
 * Every other Monday–Friday is a working day and every other Saturday and Sunday is not.
 */

import type { Problem } from "../../errors.ts";
import { formatIsoDate, parseIsoDate, WEEKDAY_NAMES, weekdayOfDays } from "./civil.ts";

/** What a date is, when it is not what its weekday says. */
export type DayKind = "holiday" | "workday";

/** The kinds a row may have, in the order documented. */
export const DAY_KINDS: readonly DayKind[] = ["holiday", "workday"];

/** One exceptional date. */
export interface CalendarRow {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: DayKind;
  /** Bilingual name of the holiday the date belongs to, e.g. `春节 Spring Festival`. */
  name: string;
  /** The notice the date comes from, e.g. `国办发明电〔2022〕16号`. */
  notice: string;
}

/**
 * A row as read, not yet trusted (`kind` is any text), with where it came from so that a problem
 * can point at it.
 */
export interface SourcedRow {
  date: string;
  kind: string;
  name: string;
  notice: string;
  /** File the row is in, as the user named it. */
  file?: string;
  /** 1-based line of the row in that file. */
  line?: number;
  /**
   * The year the row's date must be in: rows go in the file of their date's year
   * (2022-12-31, part of the 2023 New Year holiday, goes in 2022.csv).
   */
  fileYear?: number;
}

/** A checked row: its date as a day number (days since 1970-01-01). */
export interface CheckedRow extends CalendarRow {
  days: number;
}

/**
 * Checks rows against each other and the covered years `firstYear..lastYear`; returns the good
 * rows and every problem found (a row with a problem is left out of `rows`).
 *
 * Rules: the date is a real `YYYY-MM-DD` date, in the row's file year (or the covered years), and
 * listed once; `kind` is `holiday` or `workday`; a `workday` falls on a Saturday or Sunday (a
 * Monday–Friday is a working day already, so such a row is a mistake); `name` and `notice` are
 * not blank.
 */
export function checkRows(
  rows: readonly SourcedRow[],
  firstYear: number,
  lastYear: number,
): { rows: CheckedRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const good: CheckedRow[] = [];
  const seen = new Map<number, SourcedRow>();
  for (const row of rows) {
    const before = problems.length;
    const days = checkDate(row, firstYear, lastYear, seen, problems);
    checkKindAndTexts(row, days, problems);
    if (problems.length === before && days !== undefined) {
      good.push({
        date: formatIsoDate(days),
        kind: row.kind as DayKind,
        name: row.name,
        notice: row.notice,
        days,
      });
    }
  }
  return { rows: good, problems };
}

/** The row's date as a day number, when it is a real date; its problems are recorded. */
function checkDate(
  row: SourcedRow,
  firstYear: number,
  lastYear: number,
  seen: Map<number, SourcedRow>,
  problems: Problem[],
): number | undefined {
  const at = { file: row.file, line: row.line, column: "date" };
  const days = parseIsoDate(row.date);
  if (days === undefined) {
    problems.push({ ...at, expected: "a date YYYY-MM-DD", found: q(row.date) });
    return undefined;
  }
  const year = Number(row.date.slice(0, 4));
  if (row.fileYear !== undefined && year !== row.fileYear) {
    problems.push({
      ...at,
      expected: `a date in ${row.fileYear} (each row goes in the file of its date's year)`,
      found: q(row.date),
    });
  } else if (year < firstYear || year > lastYear) {
    problems.push({
      ...at,
      expected: `a date in the covered years ${firstYear}..${lastYear}`,
      found: q(row.date),
    });
  }
  const first = seen.get(days);
  if (first !== undefined) {
    problems.push({
      ...at,
      expected: `each date listed once (it is already at ${where(first)})`,
      found: q(row.date),
    });
  } else {
    seen.set(days, row);
  }
  return days;
}

/** The row's kind (a make-up working day on a weekend), name and notice. */
function checkKindAndTexts(row: SourcedRow, days: number | undefined, problems: Problem[]): void {
  const at = { file: row.file, line: row.line };
  if (!(DAY_KINDS as readonly string[]).includes(row.kind)) {
    problems.push({ ...at, column: "kind", expected: "holiday or workday", found: q(row.kind) });
  } else if (row.kind === "workday" && days !== undefined && weekdayOfDays(days) < 5) {
    problems.push({
      ...at,
      column: "date",
      expected: "a Saturday or Sunday for a workday row (a make-up working day, 调休上班)",
      found: `${q(row.date)} (a ${WEEKDAY_NAMES[weekdayOfDays(days)]})`,
    });
  }
  if (row.name.trim() === "") {
    problems.push({
      ...at,
      column: "name",
      expected: "the holiday's name, e.g. 春节 Spring Festival",
      found: q(row.name),
    });
  }
  if (row.notice.trim() === "") {
    problems.push({
      ...at,
      column: "notice",
      expected: "the notice the date comes from, e.g. 国办发明电〔2022〕16号",
      found: q(row.notice),
    });
  }
}

/** `file:line` of a row, or `the row for DATE` when it was not read from a file. */
function where(row: SourcedRow): string {
  const parts = [row.file, row.line].filter((x) => x !== undefined);
  return parts.length > 0 ? parts.join(":") : `the row for ${row.date}`;
}

/** Quotes a value as the user wrote it. */
function q(text: string): string {
  return JSON.stringify(text);
}

/**
 * `demand/weekday_profile.csv`: how application arrivals vary over the week. A factor of 1.2
 * on Monday means Mondays see 20 % more applications than the average day; the factors average
 * exactly 1, so they reshape a month's arrivals without changing their number.
 *
 * @module
 */
import { checkUnique, type FileResult, formatNumber, readTable } from "./csv.ts";

/** Relative arrival intensity on one day of the week. */
export interface WeekdayFactor {
  /** ISO 8601 weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  factor: number;
}

/** Columns of `demand/weekday_profile.csv`. */
export const WEEKDAY_COLUMNS = ["weekday", "factor"] as const;

/** How far the factors' mean may be from 1 (rounding to two decimals in a spreadsheet). */
export const WEEKDAY_MEAN_TOLERANCE = 0.005;

/**
 * Reads `demand/weekday_profile.csv` and checks that it has each weekday once and that the
 * factors average 1 (± {@link WEEKDAY_MEAN_TOLERANCE}).
 *
 * @param file the file's name as messages show it
 */
export function parseWeekdayProfile(text: string, file: string): FileResult<WeekdayFactor> {
  const result = readTable(text, file, WEEKDAY_COLUMNS, (row) => ({
    weekday: row.number("weekday", { min: 1, max: 7, integer: true }),
    factor: row.number("factor", { min: 0 }),
  }));
  checkUnique(result.records, (r) => String(r.weekday), file, "weekday", result.problems);
  if (result.problems.length > 0) return result;
  const present = new Set(result.records.map(({ record }) => record.weekday));
  for (let weekday = 1; weekday <= 7; weekday++) {
    if (!present.has(weekday)) {
      result.problems.push({
        file,
        column: "weekday",
        expected: `a row for weekday ${weekday}`,
        found: "none",
      });
    }
  }
  if (result.problems.length > 0) return result;
  const mean = result.records.reduce((s, { record }) => s + record.factor, 0) / 7;
  if (Math.abs(mean - 1) > WEEKDAY_MEAN_TOLERANCE) {
    result.problems.push({
      file,
      column: "factor",
      expected: `factors averaging 1 (± ${WEEKDAY_MEAN_TOLERANCE})`,
      found: `a mean of ${formatNumber(mean, 4)}`,
    });
  }
  return result;
}

/** The factors by weekday, index 0 = Monday. Assumes a complete, checked file. */
export function weekdayFactors(factors: readonly WeekdayFactor[]): readonly number[] {
  const out = new Array<number>(7).fill(0);
  for (const f of factors) out[f.weekday - 1] = f.factor;
  return out;
}

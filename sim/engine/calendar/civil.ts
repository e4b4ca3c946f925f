/**
 * Proleptic Gregorian date arithmetic on whole day numbers (days since 1970-01-01), with no
 * `Date` object and no time zone: the working calendar treats simulation time as naive local
 * time (China Standard Time, which has had no daylight saving since 1991), so a day is always
 * exactly 24 hours and a date is only a label for a day number.
 *
 * The two conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * ("chrono-Compatible Low-Level Date Algorithms", 2013): exact integer formulas over 400-year
 * eras, O(1), valid for any year.
 */

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Day number (days since 1970-01-01) of a Gregorian date. Hinnant's `days_from_civil`.
 *
 * @example
 * daysFromCivil(2023, 1, 1); // 19358
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/**
 * Gregorian date of a day number (days since 1970-01-01). Hinnant's `civil_from_days`.
 *
 * @example
 * civilFromDays(19358); // { year: 2023, month: 1, day: 1 }
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  ); // [0, 399]
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11], March = 0
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

/**
 * Day of the week of a day number, 0 = Monday … 6 = Sunday (ISO 8601 order, shifted to start
 * at 0). 1970-01-01 was a Thursday (3).
 */
export function weekdayOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** English weekday names indexed by {@link weekdayOfDays}, for error messages. */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number of a strict ISO 8601 calendar date `YYYY-MM-DD`, or `undefined` when the text is
 * not one (wrong shape, or a date that does not exist such as 2023-02-29).
 *
 * @example
 * parseIsoDate("2023-01-01"); // 19358
 * parseIsoDate("2023-02-29"); // undefined
 */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = daysFromCivil(year, month, day);
  // A day past the month's end rolls over into the next month: reject it.
  return civilFromDays(days).day === day ? days : undefined;
}

/** `YYYY-MM-DD` of a day number (years 0–9999). */
export function formatIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

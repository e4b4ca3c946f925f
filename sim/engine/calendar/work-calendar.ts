/**
 * The working-time calendar: the county measures every duration in working days and working
 * hours on the Chinese official calendar — Saturdays and Sundays off, public holidays off
 * (《全国年节及纪念日放假办法》), make-up working Saturdays and Sundays (调休上班) on, as set by
 * the State Council General Office's yearly notice. The exceptional dates are data
 * (`data/calendar/YYYY.csv`, see its README); this class answers questions about them.
 *
 * ## Time base
 * Simulation time `t` is a number of hours since 00:00 of the `epoch` date, in naive local time
 * (China Standard Time, UTC+8, no daylight saving): day `floor(t / 24)` after the epoch, at clock
 * hour `t mod 24`. Every day is 24 hours long.
 *
 * ## Counting rule for working days
 * China's Civil Code, art. 201: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算
 * (a period counted in days starts on the day after the day it starts from). So
 * `workingDaysBetween(t0, t1)` is the number of working days d with day(t0) < d ≤ day(t1), and
 * "within 5 working days" means `workingDaysBetween(filed, done) <= 5`: done by the end of the
 * 5th working day after the filing day. `deadline(t, n)` is the closing time of that day.
 *
 * ## Coverage
 * The calendar covers whole years, those with a data file. A date outside them throws a
 * `RangeError` naming the date and the file to add; nothing is guessed. Pure date arithmetic
 * (`dateOf`, `timeOf`, `dayIndex`, `weekday`, `month`) needs no holiday data and works anywhere.
 *
 * ## Cost
 * Per-day arrays (working flag, cumulative working days, index of the k-th working day) are built
 * once, so every query is O(1) plus a scan of the few office-hours intervals.
 */

import { UserError } from "../../errors.ts";
import type { Problem } from "../../errors.ts";
import {
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  parseIsoDate,
  weekdayOfDays,
} from "./civil.ts";
import { OfficeDay } from "./office-hours.ts";
import type { OfficeHours } from "./office-hours.ts";
import { readCalendarDir } from "./read.ts";
import type { TextSource } from "../../io/text-source.ts";
import { checkRows } from "./rows.ts";
import type { CalendarRow, SourcedRow } from "./rows.ts";

/**
 * Where {@link WorkCalendar.load} looks by default: the calendar shipped in the repository's
 * `data/calendar`, found relative to this module so that it loads from any working directory
 * (a notebook, a test, a user's script elsewhere).
 */
export const DEFAULT_CALENDAR_DIR = decodeURIComponent(
  new URL("../../../data/calendar", import.meta.url).pathname,
);

/**
 * Two totals of working hours closer than this (in hours, i.e. 3.6 µs) are the same: it absorbs
 * floating-point rounding so that a job ending exactly at a closing time ends there, not at the
 * next opening.
 */
const EPSILON_HOURS = 1e-9;

/** Options of a {@link WorkCalendar}. */
export interface WorkCalendarOptions {
  /** The date whose 00:00 is simulation time 0, `YYYY-MM-DD`; must be a covered date. */
  epoch: string;
  /** Office hours of a working day; default 08:30–12:00 and 13:30–18:00. */
  officeHours?: OfficeHours;
  /** Where {@link WorkCalendar.load} reads the files; default the file system. */
  source?: TextSource;
}

/** The exceptional dates of the covered years, as {@link WorkCalendar} is built from. */
export interface CalendarData {
  /** Exceptional dates (holidays off, make-up workdays on), each in `firstYear..lastYear`. */
  rows: readonly (CalendarRow | SourcedRow)[];
  /** First covered year: the calendar covers `firstYear-01-01..lastYear-12-31`. */
  firstYear: number;
  /** Last covered year. */
  lastYear: number;
  /** Directory the rows came from, named in "add DIR/YYYY.csv" hints; default data/calendar. */
  source?: string;
}

/**
 * Working days and working hours on the Chinese official calendar.
 *
 * @example
 * const cal = await WorkCalendar.load({ epoch: "2023-01-01" });
 * const filed = cal.timeOf("2023-04-28", 16);
 * cal.dateOf(cal.addWorkingHours(filed, 6)); // "2023-05-04" (Labour Day 04-29..05-03 is off)
 * cal.workingDaysBetween(filed, cal.timeOf("2023-05-06", 10)); // 3 (05-06 is a make-up Saturday)
 */
export class WorkCalendar {
  /** The epoch date, `YYYY-MM-DD`. */
  readonly epoch: string;
  /** First covered date, `YYYY-01-01`. */
  readonly firstDate: string;
  /** Last covered date, `YYYY-12-31`. */
  readonly lastDate: string;
  /** First covered year. */
  readonly firstYear: number;
  /** Last covered year. */
  readonly lastYear: number;
  /** Working hours in one working day (8 by default). */
  readonly hoursPerWorkingDay: number;
  /** Directory named in "add DIR/YYYY.csv" hints. */
  readonly source: string;

  readonly #office: OfficeDay;
  /** Day number (days since 1970-01-01) of the epoch date. */
  readonly #epochDays: number;
  /** Index, in the per-day arrays, of the epoch date. */
  readonly #epochIndex: number;
  /** Number of covered days. */
  readonly #n: number;
  /** 1 if covered day i is a working day. */
  readonly #working: Uint8Array;
  /** Working days among covered days 0..i-1 (length n + 1). */
  readonly #cum: Int32Array;
  /** Covered-day index of the k-th working day (0-based). */
  readonly #nth: Int32Array;

  /**
   * Builds a calendar from exceptional dates. Rows are checked as {@link load} checks a file.
   *
   * @throws UserError listing the bad rows; RangeError naming a bad option or year.
   */
  constructor(data: CalendarData, options: WorkCalendarOptions) {
    const { firstYear, lastYear } = data;
    if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
      throw new RangeError(
        `WorkCalendar firstYear..lastYear: expected whole years with firstYear ≤ lastYear, ` +
          `found ${firstYear}..${lastYear}`,
      );
    }
    if (typeof options !== "object" || options === null) {
      throw new RangeError(
        `WorkCalendar options: expected { epoch: "YYYY-MM-DD", officeHours? }, found ${options}`,
      );
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.source = data.source ?? DEFAULT_CALENDAR_DIR;
    const first = daysFromCivil(firstYear, 1, 1);
    const n = daysFromCivil(lastYear, 12, 31) - first + 1;
    this.#n = n;
    this.firstDate = formatIsoDate(first);
    this.lastDate = formatIsoDate(first + n - 1);

    const checked = checkRows(data.rows, firstYear, lastYear);
    if (checked.problems.length > 0) {
      const count = checked.problems.length;
      const heading = data.source === undefined
        ? `The working calendar rows have ${count} problem${count === 1 ? "" : "s"}:`
        : `${data.source}: the working calendar has ${count} problem${count === 1 ? "" : "s"}:`;
      throw UserError.fromProblems(heading, checked.problems);
    }

    this.#office = new OfficeDay(options.officeHours);
    this.hoursPerWorkingDay = this.#office.total;

    const epochDays = typeof options.epoch === "string" ? parseIsoDate(options.epoch) : undefined;
    if (epochDays === undefined) {
      throw new RangeError(
        `WorkCalendar option epoch: expected a date YYYY-MM-DD, found ${
          JSON.stringify(options.epoch)
        }`,
      );
    }
    if (epochDays < first || epochDays >= first + n) {
      throw new RangeError(`WorkCalendar option epoch: ${this.#outsideMessage(epochDays - first)}`);
    }
    this.epoch = formatIsoDate(epochDays);
    this.#epochDays = epochDays;
    this.#epochIndex = epochDays - first;

    // Weekdays work, weekends rest, then the notices' exceptions override.
    const working = new Uint8Array(n);
    for (let i = 0; i < n; i++) working[i] = weekdayOfDays(first + i) < 5 ? 1 : 0;
    for (const row of checked.rows) working[row.days - first] = row.kind === "workday" ? 1 : 0;
    const cum = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + working[i];
    const nth = new Int32Array(cum[n]);
    for (let i = 0, k = 0; i < n; i++) if (working[i] === 1) nth[k++] = i;
    this.#working = working;
    this.#cum = cum;
    this.#nth = nth;
  }

  /**
   * Reads every `YYYY.csv` in `dir` (default `data/calendar`) and builds the calendar. The
   * covered years are those with a file; they must be contiguous.
   *
   * @throws UserError listing every problem found (file, line, column, expected, found).
   */
  static load(options: WorkCalendarOptions): Promise<WorkCalendar>;
  static load(dir: string | undefined, options: WorkCalendarOptions): Promise<WorkCalendar>;
  static async load(
    dirOrOptions: string | undefined | WorkCalendarOptions,
    maybeOptions?: WorkCalendarOptions,
  ): Promise<WorkCalendar> {
    const dir = typeof dirOrOptions === "object"
      ? DEFAULT_CALENDAR_DIR
      : (dirOrOptions ?? DEFAULT_CALENDAR_DIR).replace(/\/+$/, "");
    const options = typeof dirOrOptions === "object" ? dirOrOptions : maybeOptions;
    const files = await readCalendarDir(dir, options?.source);
    const problems: Problem[] = [...files.problems];
    const { years } = files;
    let rows: CalendarRow[] = [];
    if (years.length > 0) {
      const checked = checkRows(files.rows, years[0], years[years.length - 1]);
      problems.push(...checked.problems);
      rows = checked.rows;
    }
    if (problems.length > 0) {
      // Stable sort: by file, then line, so each file's problems read top to bottom.
      problems.sort((a, b) =>
        (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
      );
      const count = problems.length;
      throw UserError.fromProblems(
        `${dir}: the working calendar has ${count} problem${count === 1 ? "" : "s"}:`,
        problems,
      );
    }
    return new WorkCalendar(
      { rows, firstYear: years[0], lastYear: years[years.length - 1], source: dir },
      options as WorkCalendarOptions,
    );
  }

  /** The office hours, as `[startHour, endHour]` pairs. */
  get officeHours(): OfficeHours {
    return this.#office.intervals;
  }

  /** Whether the day containing `t` is a working day. */
  isWorkingDay(t: number): boolean {
    return this.#working[this.#index(t)] === 1;
  }

  /**
   * Whether `isoDate` (`YYYY-MM-DD`) is a working day.
   *
   * @example
   * cal.isWorkingDate("2023-01-28"); // true: a make-up Saturday of the Spring Festival
   */
  isWorkingDate(isoDate: string): boolean {
    const days = parseDateArg(isoDate, "isoDate");
    const i = days - this.#epochDays + this.#epochIndex;
    if (i < 0 || i >= this.#n) throw new RangeError(this.#outsideMessage(i));
    return this.#working[i] === 1;
  }

  /** Whether `t` is inside office hours (half-open: a closing instant is not) of a working day. */
  isWorkingTime(t: number): boolean {
    const d = Math.floor(t / 24);
    const i = this.#index(t);
    return this.#working[i] === 1 && this.#office.isOpen(t - d * 24);
  }

  /**
   * The earliest time ≥ `t` inside office hours of a working day: `t` itself when the office is
   * open, otherwise the next opening.
   */
  nextOpening(t: number): number {
    const w = this.#workedTo(t);
    const H = this.hoursPerWorkingDay;
    let k = Math.floor(w / H);
    let rem = w - k * H;
    if (H - rem <= EPSILON_HOURS) {
      k++;
      rem = 0;
    }
    if (k >= this.#nth.length) throw this.#beyond(`the next opening after ${this.#stamp(t)}`);
    const at = (this.#nth[k] - this.#epochIndex) * 24 + this.#office.openingAt(rem);
    return Math.max(at, t);
  }

  /**
   * The time at which `h` working hours, counted from `t`, have elapsed. Counting starts at the
   * next opening when `t` is outside office hours; `h = 0` returns `t` unmoved; a job that ends
   * exactly at a closing time ends at that closing time, not the next morning.
   *
   * @example
   * // Friday 2023-04-28 16:00 + 6 h: 2 h that day, Labour Day 04-29..05-03 off, then
   * // 08:30–12:00 (3.5 h) and 13:30–14:00 on Thursday 2023-05-04.
   * cal.addWorkingHours(cal.timeOf("2023-04-28", 16), 6) === cal.timeOf("2023-05-04", 14);
   * @throws RangeError when `h` is not a finite number ≥ 0, or the result is past the coverage.
   */
  addWorkingHours(t: number, h: number): number {
    const w0 = this.#workedTo(t);
    if (!(h >= 0) || h === Infinity) {
      throw new RangeError(`h: expected a finite number of working hours ≥ 0, found ${h}`);
    }
    if (h === 0) return t;
    const H = this.hoursPerWorkingDay;
    const target = w0 + h;
    // The job ends in the k-th working day (0-based), `rem` ∈ (0, H] hours into it.
    let k = Math.ceil(target / H) - 1;
    let rem = target - k * H;
    if (rem <= EPSILON_HOURS && k > 0) {
      k--;
      rem = H;
    }
    if (k >= this.#nth.length) throw this.#beyond(`${h} working hours after ${this.#stamp(t)}`);
    const at = (this.#nth[k] - this.#epochIndex) * 24 + this.#office.instantAt(rem);
    return Math.max(at, t);
  }

  /**
   * `n` working days after `t` at the same clock time: on the n-th working day after the day of
   * `t` (Civil Code art. 201: the day of `t` does not count), so that
   * `workingDaysBetween(t, addWorkingDays(t, n)) === n`. `n = 0` returns `t`.
   *
   * @throws RangeError when `n` is not a whole number ≥ 0, or the result is past the coverage.
   */
  addWorkingDays(t: number, n: number): number {
    const i = this.#index(t);
    if (n === 0) return t;
    return t + (this.#nthWorkingDayAfter(i, n, t) - i) * 24;
  }

  /**
   * The closing time of the n-th working day after the day of `t` (Civil Code art. 201): the
   * last moment at which a step with a limit of `n` working days is still on time. `n = 0` gives
   * the closing time of the day of `t` itself ("same day"), which is before `t` when `t` is after
   * closing: whether a late filing counts from the next day is the model's rule, not the
   * calendar's.
   *
   * @example
   * // Filed Thursday 2023-09-28; 09-29..10-06 are off, 10-07 (Sat) and 10-08 (Sun) are make-up
   * // working days: the 3rd working day after is Monday 2023-10-09, closing 18:00.
   * cal.deadline(cal.timeOf("2023-09-28", 10), 3) === cal.timeOf("2023-10-09", 18);
   * @throws RangeError when `n` is not a whole number ≥ 0, or the result is past the coverage.
   */
  deadline(t: number, n: number): number {
    const i = this.#index(t);
    const j = n === 0 ? i : this.#nthWorkingDayAfter(i, n, t);
    return (j - this.#epochIndex) * 24 + this.#office.closing;
  }

  /**
   * Working hours elapsed in [t0, t1].
   *
   * @throws RangeError when t1 < t0 or either is outside the coverage.
   */
  workingHoursBetween(t0: number, t1: number): number {
    const w0 = this.#workedTo(t0);
    const w1 = this.#workedTo(t1);
    if (t1 < t0) throw reversed(t0, t1);
    return w1 - w0;
  }

  /**
   * Working days d with day(t0) < d ≤ day(t1): the Civil Code art. 201 count (the starting day
   * is not counted). Same day → 0.
   *
   * @throws RangeError when t1 < t0 or either is outside the coverage.
   */
  workingDaysBetween(t0: number, t1: number): number {
    const i0 = this.#index(t0);
    const i1 = this.#index(t1);
    if (t1 < t0) throw reversed(t0, t1);
    return this.#cum[i1 + 1] - this.#cum[i0 + 1];
  }

  /** `YYYY-MM-DD` of the day containing `t` (any finite `t`). */
  dateOf(t: number): string {
    return formatIsoDate(this.#epochDays + this.dayIndex(t));
  }

  /**
   * Simulation time of clock hour `hour` (0–24) on `isoDate` (any date).
   *
   * @example
   * // epoch 2023-01-01
   * cal.timeOf("2023-01-02", 8.5); // 32.5
   */
  timeOf(isoDate: string, hour = 0): number {
    const days = parseDateArg(isoDate, "isoDate");
    if (!(hour >= 0 && hour <= 24)) {
      throw new RangeError(`hour: expected a clock hour in [0, 24], found ${hour}`);
    }
    return (days - this.#epochDays) * 24 + hour;
  }

  /** Days since the epoch of the day containing `t` (negative before the epoch). */
  dayIndex(t: number): number {
    if (!Number.isFinite(t)) throw badTime(t);
    return Math.floor(t / 24);
  }

  /** Day of the week of `t`: 0 = Monday … 5 = Saturday, 6 = Sunday (ISO 8601 order). */
  weekday(t: number): number {
    return weekdayOfDays(this.#epochDays + this.dayIndex(t));
  }

  /** Month of `t`, 1–12. */
  month(t: number): number {
    return civilFromDays(this.#epochDays + this.dayIndex(t)).month;
  }

  /** Covered-day index of the day containing `t`; throws outside the coverage. */
  #index(t: number): number {
    if (!Number.isFinite(t)) throw badTime(t);
    const i = this.#epochIndex + Math.floor(t / 24);
    if (i < 0 || i >= this.#n) throw new RangeError(this.#outsideMessage(i));
    return i;
  }

  /** Working hours from the start of the coverage to `t`. */
  #workedTo(t: number): number {
    const i = this.#index(t);
    const base = this.#cum[i] * this.hoursPerWorkingDay;
    if (this.#working[i] === 0) return base;
    return base + this.#office.elapsed(t - Math.floor(t / 24) * 24);
  }

  /** Covered-day index of the n-th working day after covered day i. */
  #nthWorkingDayAfter(i: number, n: number, t: number): number {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`n: expected a whole number of working days ≥ 0, found ${n}`);
    }
    const k = this.#cum[i + 1] + n - 1;
    if (k >= this.#nth.length) {
      throw this.#beyond(`${n} working days after ${this.#stamp(t)}`);
    }
    return this.#nth[k];
  }

  /** "DATE is outside the working calendar (covers …; add DIR/YYYY.csv)" for covered index i. */
  #outsideMessage(i: number): string {
    const days = daysFromCivil(this.firstYear, 1, 1) + i;
    const year = civilFromDays(days).year;
    const [from, to] = year > this.lastYear
      ? [this.lastYear + 1, year]
      : [year, this.firstYear - 1];
    const files = from === to ? `${from}.csv` : `${from}.csv … ${to}.csv`;
    return `${formatIsoDate(days)} is outside the working calendar ` +
      `(covers ${this.firstDate}..${this.lastDate}; add ${this.source}/${files})`;
  }

  /** The error for a result that would fall after the end of the coverage. */
  #beyond(what: string): RangeError {
    return new RangeError(
      `${what} is after ${this.lastDate}, the end of the working calendar ` +
        `(covers ${this.firstDate}..${this.lastDate}; add ${this.source}/${this.lastYear + 1}.csv)`,
    );
  }

  /** `YYYY-MM-DD HH:MM` of `t`, for messages. */
  #stamp(t: number): string {
    const hour = t - Math.floor(t / 24) * 24;
    const minutes = Math.floor(hour * 60 + 1e-6);
    const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
    const mm = String(minutes % 60).padStart(2, "0");
    return `${this.dateOf(t)} ${hh}:${mm}`;
  }
}

function parseDateArg(isoDate: string, name: string): number {
  const days = typeof isoDate === "string" ? parseIsoDate(isoDate) : undefined;
  if (days === undefined) {
    throw new RangeError(`${name}: expected a date YYYY-MM-DD, found ${JSON.stringify(isoDate)}`);
  }
  return days;
}

function badTime(t: number): RangeError {
  return new RangeError(`t: expected a finite number of simulation hours, found ${t}`);
}

function reversed(t0: number, t1: number): RangeError {
  return new RangeError(`t1: expected a time ≥ t0 (${t0}), found ${t1}`);
}

/**
 * The office hours of one working day: sorted, non-overlapping, half-open intervals
 * `[start, end)` of clock hours, e.g. 08:30–12:00 and 13:30–18:00.
 *
 * The default is the common schedule of county government service halls (政务服务大厅):
 * 08:30–12:00 and 13:30–18:00, i.e. the 8-hour working day of the State Council's
 * 《国务院关于职工工作时间的规定》 (State Council Decree No. 174, 1995, art. 3: 每日工作8小时).
 * Counties that keep separate summer and winter hours need a schedule per season, which this
 * module does not model.
 */

/** Office hours: `[startHour, endHour]` pairs, hours of the day in [0, 24]. */
export type OfficeHours = ReadonlyArray<readonly [number, number]>;

/** 08:30–12:00 and 13:30–18:00: 8 working hours. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = [[8.5, 12], [13.5, 18]];

/**
 * A validated office-hours schedule with the prefix sums that turn "clock hour of the day" into
 * "working hours elapsed since opening" and back, in O(number of intervals).
 */
export class OfficeDay {
  /** Working hours in one working day. */
  readonly total: number;
  /** Opening hour of the first interval. */
  readonly opening: number;
  /** Closing hour of the last interval. */
  readonly closing: number;
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  /** Working hours in the intervals before interval i. */
  readonly #before: Float64Array;

  /** @throws RangeError naming `officeHours` when the schedule is malformed. */
  constructor(officeHours: unknown = DEFAULT_OFFICE_HOURS) {
    const hours = validateOfficeHours(officeHours);
    const n = hours.length;
    this.#starts = new Float64Array(n);
    this.#ends = new Float64Array(n);
    this.#before = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      this.#starts[i] = hours[i][0];
      this.#ends[i] = hours[i][1];
      this.#before[i] = sum;
      sum += hours[i][1] - hours[i][0];
    }
    this.total = sum;
    this.opening = hours[0][0];
    this.closing = hours[n - 1][1];
  }

  /** The schedule as `[start, end]` pairs. */
  get intervals(): OfficeHours {
    return Array.from(this.#starts, (s, i) => [s, this.#ends[i]] as const);
  }

  /** Working hours elapsed between 00:00 and clock hour `hour` (in [0, 24)) of a working day. */
  elapsed(hour: number): number {
    const starts = this.#starts;
    const ends = this.#ends;
    for (let i = 0; i < starts.length; i++) {
      if (hour < ends[i]) {
        return hour <= starts[i] ? this.#before[i] : this.#before[i] + hour - starts[i];
      }
    }
    return this.total;
  }

  /** Whether clock hour `hour` is inside an interval (closing instants are not). */
  isOpen(hour: number): boolean {
    const starts = this.#starts;
    for (let i = 0; i < starts.length; i++) {
      if (hour < this.#ends[i]) return hour >= starts[i];
    }
    return false;
  }

  /**
   * The earliest clock hour at which `worked` working hours (in (0, total]) have elapsed since
   * opening. A total that is reached exactly at a closing time gives that closing time, not the
   * next opening.
   */
  instantAt(worked: number): number {
    const starts = this.#starts;
    const last = starts.length - 1;
    for (let i = 0; i < last; i++) {
      if (worked <= this.#before[i + 1]) return starts[i] + (worked - this.#before[i]);
    }
    return Math.min(starts[last] + (worked - this.#before[last]), this.#ends[last]);
  }

  /**
   * The earliest clock hour at which the office is open with `worked` working hours (in
   * [0, total)) elapsed since opening: where work resumes. At a closing time that is the next
   * interval's start.
   */
  openingAt(worked: number): number {
    const starts = this.#starts;
    const last = starts.length - 1;
    for (let i = 0; i < last; i++) {
      if (worked < this.#before[i + 1]) return starts[i] + (worked - this.#before[i]);
    }
    return starts[last] + (worked - this.#before[last]);
  }
}

/**
 * Checks an office-hours option: a non-empty array of `[start, end]` pairs of finite numbers with
 * 0 ≤ start < end ≤ 24, each starting at or after the previous one's end.
 *
 * @throws RangeError naming `officeHours[i]`, what was expected and what was found.
 */
export function validateOfficeHours(value: unknown): OfficeHours {
  if (!Array.isArray(value) || value.length === 0) {
    throw new RangeError(
      `WorkCalendar option officeHours: expected a non-empty array of [startHour, endHour] ` +
        `pairs, found ${show(value)}`,
    );
  }
  const out: Array<readonly [number, number]> = [];
  for (let i = 0; i < value.length; i++) {
    const pair: unknown = value[i];
    if (
      !Array.isArray(pair) || pair.length !== 2 ||
      !pair.every((x) => typeof x === "number" && Number.isFinite(x))
    ) {
      throw new RangeError(
        `WorkCalendar option officeHours[${i}]: expected a pair [startHour, endHour] of ` +
          `finite numbers, found ${show(pair)}`,
      );
    }
    const [start, end] = pair as [number, number];
    if (!(start >= 0 && start < end && end <= 24)) {
      throw new RangeError(
        `WorkCalendar option officeHours[${i}]: expected 0 ≤ startHour < endHour ≤ 24, ` +
          `found ${show(pair)}`,
      );
    }
    if (i > 0 && start < out[i - 1][1]) {
      throw new RangeError(
        `WorkCalendar option officeHours[${i}]: expected to start at or after the end of ` +
          `officeHours[${i - 1}] (${out[i - 1][1]}), found ${show(pair)}`,
      );
    }
    out.push([start, end]);
  }
  return out;
}

/** Shows an option value as the user wrote it: `[8.5, 12]`, `NaN`, `"8:30"`. */
function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

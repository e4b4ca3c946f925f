/**
 * Waiting for work done in working time, from inside a process: staff and contractors work
 * office hours on working days, so "3 working days of construction" started on the eve of a
 * holiday ends after it. A thin layer over the calendar that also keeps every wait inside the
 * calendar's coverage (a wait that would end beyond it ends after the horizon anyway). The one
 * way every model waits for working time.
 *
 * @example
 * const clock = new WorkClock(env, calendar, horizon);
 * // Friday 2023-04-28 16:00, a 6-hour job: 2 h that day, Labour Day 04-29..05-03 off,
 * // 3.5 h on the morning of Thursday 05-04 and 0.5 h after lunch: done at 14:00.
 * env.process(function* () {
 *   yield clock.hours(6);
 *   calendar.dateOf(env.now); // "2023-05-04"
 * });
 *
 * @module
 */
import type { WorkCalendar } from "./calendar.ts";
import type { Environment } from "./environment.ts";

/** Plain delays for amounts of working time, and working-day counts. */
export class WorkClock {
  readonly env: Environment;
  readonly calendar: WorkCalendar;
  /** Working hours in a working day (8 on the default office hours). */
  readonly hoursPerDay: number;
  /** A time late on the calendar's last covered day: later than any horizon it can serve. */
  readonly #coverageEnd: number;
  /**
   * Working hours from the horizon to the end of the coverage: a job shorter than this, started
   * before the horizon, ends inside the coverage, so it needs no check.
   */
  readonly #safeHours: number;

  /** @param horizon the end of the simulated period (events run only before it) */
  constructor(env: Environment, calendar: WorkCalendar, horizon: number) {
    this.env = env;
    this.calendar = calendar;
    this.hoursPerDay = calendar.hoursPerWorkingDay;
    this.#coverageEnd = calendar.timeOf(calendar.lastDate, 23);
    this.#safeHours = calendar.workingHoursBetween(
      Math.min(horizon, this.#coverageEnd),
      this.#coverageEnd,
    );
  }

  /**
   * The plain delay, from now, until `h` working hours have been worked (0 for h ≤ 0). A job
   * that would end past the calendar's coverage ends at its end, which lies after the horizon
   * (the calendar covers the year after the simulated one).
   */
  hours(h: number): number {
    if (!(h > 0)) return 0;
    const now = this.env.now;
    const calendar = this.calendar;
    if (h >= this.#safeHours && h >= calendar.workingHoursBetween(now, this.#coverageEnd)) {
      return this.#coverageEnd - now;
    }
    return calendar.addWorkingHours(now, h) - now;
  }

  /**
   * The plain delay until the same time of day `n` working days later (a whole number ≥ 0),
   * as a notice period or a study "within n working days" runs; ends at the coverage's end
   * when that comes first.
   */
  workingDaysLater(n: number): number {
    const now = this.env.now;
    const calendar = this.calendar;
    if (n > calendar.workingDaysBetween(now, this.#coverageEnd)) return this.#coverageEnd - now;
    return calendar.addWorkingDays(now, n) - now;
  }

  /** The plain delay for `d` working days of work (d × the working hours of a day). */
  days(d: number): number {
    return this.hours(d * this.hoursPerDay);
  }

  /** Working days from `t0` to now, by the Civil Code rule (the day of `t0` not counted). */
  daysSince(t0: number): number {
    return this.calendar.workingDaysBetween(t0, this.env.now);
  }
}

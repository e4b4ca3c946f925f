/**
 * Staff and crews: a pool of identical people (a {@link Resource}) who work office hours on the
 * working calendar, with dated changes of their number, and the two measures the report needs:
 * utilisation in working time and the queue wait in working days.
 *
 * @module
 */
import type { Environment } from "../../engine/environment.ts";
import { type Request, Resource } from "../../engine/resource.ts";
import type { Change } from "../../spec/spec.ts";
import type { WorkClock } from "../../engine/work-clock.ts";

/**
 * One staff role (at one station). A job asks for a person (`request`), is granted one, works
 * (`work` gives the delay) and gives them back (`release`): the person is held for `hours` of
 * working time (overnight and holidays in between cost nothing). The workflow runs these parts
 * as one `StaffJob` (`staff-job.ts`).
 *
 * Utilisation is busy working hours / available working hours (Σ count × working hours over
 * the year, following the changes): a crew holding a job across a weekend is not "busy" on the
 * weekend, and nobody is "available" on it either, so the ratio measures the office-hours load.
 * Both, and the queue wait, are measured over the simulated year only (`window`), whatever the
 * warm-up before it and the run-out after it.
 */
export class Staff {
  readonly name: string;
  readonly resource: Resource;
  readonly #clock: WorkClock;
  readonly #window: Readonly<{ from: number; to: number }>;
  readonly #segments: { from: number; count: number }[];
  #busyHours = 0;
  #waitHours = 0;
  #granted = 0;

  /**
   * @param window the period measured: the simulated year, [from, to)
   * @param changes dated changes of the count, checked (dates in the year, increasing)
   */
  constructor(
    env: Environment,
    clock: WorkClock,
    window: Readonly<{ from: number; to: number }>,
    name: string,
    count: number,
    changes: readonly Change[],
  ) {
    this.name = name;
    this.#clock = clock;
    this.#window = window;
    // Utilisation and waits are measured here, in working time: the resource's monitors are off.
    this.resource = new Resource(env, count, { name, waitQuantiles: [], monitors: false });
    this.#segments = [{ from: env.now, count }];
    for (const change of changes) {
      const at = clock.calendar.timeOf(change.from);
      this.#segments.push({ from: at, count: change.value });
      env.schedule(Math.max(0, at - env.now), () => this.resource.setCapacity(change.value));
    }
  }

  /** Asks for one person; yield the request to wait until one is free. */
  request(): Request {
    return this.resource.request();
  }

  /**
   * Called when `request` has been granted: records the wait and the work, and returns the plain
   * delay to yield for `hours` of working time. Only work inside the window counts as busy, and
   * only requests granted inside it count in the wait.
   */
  work(request: Request, hours: number): number {
    const clock = this.#clock;
    const calendar = clock.calendar;
    const now = clock.env.now;
    const { from, to } = this.#window;
    const delay = clock.hours(hours);
    if (now >= from && now < to) {
      this.#granted++;
      if (request.requestedAt < now) {
        this.#waitHours += calendar.workingHoursBetween(request.requestedAt, now);
      }
    }
    if (hours > 0) {
      const end = now + delay;
      if (now >= from && end <= to) this.#busyHours += hours;
      else if (end > from && now < to) {
        this.#busyHours += calendar.workingHoursBetween(Math.max(now, from), Math.min(end, to));
      }
    }
    return delay;
  }

  /** Whether time `t` is in the measured window (the simulated year). */
  inWindow(t: number): boolean {
    return t >= this.#window.from && t < this.#window.to;
  }

  /** Requests granted in the year (those `meanWaitDays` averages over). */
  get granted(): number {
    return this.#granted;
  }

  /** Gives the person back (the next in the queue gets them). */
  release(request: Request): void {
    this.resource.release(request);
  }

  /** Busy working hours over available working hours in the year; NaN when nobody was available. */
  utilisation(): number {
    const available = this.availableHours();
    return available > 0 ? this.#busyHours / available : NaN;
  }

  /** Working hours of work done in the year. */
  get busyHours(): number {
    return this.#busyHours;
  }

  /** Σ count × working hours over the year, following the changes. */
  availableHours(): number {
    const calendar = this.#clock.calendar;
    const segments = this.#segments;
    const window = this.#window;
    let total = 0;
    for (let i = 0; i < segments.length; i++) {
      const from = Math.max(segments[i].from, window.from);
      const to = Math.min(i + 1 < segments.length ? segments[i + 1].from : Infinity, window.to);
      if (to > from) total += segments[i].count * calendar.workingHoursBetween(from, to);
    }
    return total;
  }

  /** Mean wait for a person, working days, over the requests granted in the year (NaN if none). */
  meanWaitDays(): number {
    return this.#granted > 0 ? this.#waitHours / this.#granted / this.#clock.hoursPerDay : NaN;
  }
}

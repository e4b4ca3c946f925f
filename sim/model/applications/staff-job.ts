/**
 * One job of a staff role for one application, as a single thing its process waits for: ask for
 * a person, wait until one is free, work the hours, give the person back.
 *
 * Written as a process, a job is `const r = staff.request(app); yield r; yield staff.work(r,
 * hours); staff.release(r);`: two suspensions of the application's process (and of every step
 * generator it is nested in) and two resumptions for every job, some 90,000 a county-year.
 * A job is the same events without them: it waits for the grant and for the end of the work
 * itself, and lets the process go on in place when it releases the person
 * ({@link Waitable.resumesInPlace}). The events, their order and the draws are those of the
 * process form, so results are identical (the digest of `tests/support/digest.sh` is
 * unchanged).
 *
 * @example
 * // in a step of the workflow: a survey crew surveys the site for a drawn number of hours
 * yield state.staff.surveyCrews.job(app, state.draw.lvSurveyHours);
 *
 * @module
 */
import { NORMAL, type Resumable, URGENT } from "../../engine/event-list.ts";
import type { Environment } from "../../engine/environment.ts";
import type { Request } from "../../engine/resource.ts";
import { Waitable, type Waiter } from "../../engine/waitable.ts";
import type { Application } from "./application.ts";

/** What a job needs of its role's staff (a `RoleStaff`). */
export interface JobStaff {
  request(app: Application): Request;
  work(request: Request, hours: number): number;
  release(request: Request): void;
}

/**
 * The working hours of a job: a number, or a sampler drawn when the person is granted (where a
 * process would draw them, so each stream's draws keep their order).
 */
export type JobHours = number | (() => number);

/** Wake-up tokens: the person was granted; the work is done. */
const GRANTED = 0;
const DONE = 1;

/**
 * One job; create it with `RoleStaff.job` and yield it. It triggers when the person is free
 * again. It runs whether or not anyone still waits for it: a process interrupted while waiting
 * would leave it to hold and release its person as planned (the application model interrupts
 * no process).
 */
export class StaffJob extends Waitable implements Waiter, Resumable {
  readonly #env: Environment;
  readonly #staff: JobStaff;
  readonly #request: Request;
  readonly #hours: JobHours;
  readonly #app: Application;
  readonly #onStart: ((app: Application, now: number) => void) | null;

  /**
   * @param onStart called when the work starts (a network works crew's construction start)
   */
  constructor(
    env: Environment,
    staff: JobStaff,
    app: Application,
    hours: JobHours,
    onStart: ((app: Application, now: number) => void) | null = null,
  ) {
    super(true);
    this.#env = env;
    this.#staff = staff;
    this.#hours = hours;
    this.#app = app;
    this.#onStart = onStart;
    const request = staff.request(app);
    this.#request = request;
    if (request.triggered) this.#start();
    else request.addWaiter(this);
  }

  /** Internal: the person is granted; the work starts in a wake-up now (as a process's would). */
  notify(): void {
    this.#env.wake(this, GRANTED, 0, URGENT);
  }

  /** Internal: called by the event list. */
  resume(token: number): void {
    if (token === GRANTED) {
      this.#start();
      return;
    }
    this.#staff.release(this.#request);
    this.succeedWith(undefined);
  }

  #start(): void {
    const hours = this.#hours;
    this.#onStart?.(this.#app, this.#env.now);
    const delay = this.#staff.work(this.#request, typeof hours === "number" ? hours : hours());
    this.#env.wake(this, DONE, delay, NORMAL);
  }
}

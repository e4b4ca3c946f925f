/**
 * The works phase: network works and the customer's own works side by side (三.(二).5, the
 * three-party contract: 同步建设、同步完工). Business handling time leaves out only their
 * construction (二.(二): 业务办理时间（不含接网工程及用户受电工程建设时间）): the information push
 * to the government and its start of red works, the administrative approval, the wait for a
 * crew and the utility's design review are all handling, unless the other side's construction
 * is under way at the same time.
 *
 * @module
 */
import type { WorkCalendar } from "../../engine/calendar.ts";
import type { Process } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { networkWorks } from "./network-works.ts";
import { isMeasured } from "./classes.ts";
import type { ModelState } from "./state.ts";

/** Starts the network works beside the customer's, when the supply plan needs any. */
export function startNetworkWorks(state: ModelState, app: Application): Process<void> | null {
  return app.needsNetworkWorks ? state.ctx.env.process(networkWorks(state, app)) : null;
}

/**
 * Both works are done: their construction days go into `app.constructionDays` (for an
 * application of the cohort: nothing reads them for the others, see `complete`).
 */
export function worksDone(state: ModelState, app: Application): void {
  app.worksTo = state.ctx.env.now;
  if (!isMeasured(app.period)) return;
  app.constructionDays += constructionDaysOfWorks(state, app, app.worksTo);
}

/**
 * The working days (Civil Code count) of the works phase up to `end` in which something was
 * being built: the union of
 * - the customer's works (用户受电工程: its design and construction, by its own designer and
 *   builder), less the utility's review of the design (`reviewFrom`–`reviewTo`);
 * - the network works' construction (`networkBuildAt`–`networkDoneAt`).
 * Each interval still under way at `end` is cut there (an application open at the end of the
 * run-out); 0 before the works phase.
 *
 * The union's intervals are disjoint and ordered, so the working days of the excluded intervals
 * and of the gaps between them add up to the phase's working days exactly.
 */
export function constructionDaysOfWorks(state: ModelState, app: Application, end: number): number {
  if (!(app.worksFrom <= end)) return 0;
  const union = scratchUnion.clear();
  if (Number.isNaN(app.reviewFrom)) union.add(app.worksFrom, upTo(app.customerDoneAt, end));
  else {
    union.add(app.worksFrom, upTo(app.reviewFrom, end));
    if (!Number.isNaN(app.reviewTo)) union.add(app.reviewTo, upTo(app.customerDoneAt, end));
  }
  if (!Number.isNaN(app.networkBuildAt)) {
    union.add(app.networkBuildAt, upTo(app.networkDoneAt, end));
  }
  return union.workingDays(state.ctx.calendar);
}

/** `t` cut at `end`; `end` when `t` is not reached yet (NaN). */
function upTo(t: number, end: number): number {
  return Number.isNaN(t) ? end : Math.min(t, end);
}

/**
 * The union of at most three closed intervals [from, to], for their working days. Kept in one
 * small typed array rather than an array of pairs: it is computed for every application of
 * the cohort, and pairs were a tenth of a county-year's allocations.
 */
class IntervalUnion {
  /** `[from₀, to₀, from₁, to₁, …]`, in the order added. */
  readonly #bounds = new Float64Array(6);
  #count = 0;

  /** Empties the union; returns it. */
  clear(): this {
    this.#count = 0;
    return this;
  }

  /** Adds [from, to]; an empty interval (from > to) is left out. */
  add(from: number, to: number): void {
    if (!(from <= to)) return;
    this.#bounds[2 * this.#count] = from;
    this.#bounds[2 * this.#count + 1] = to;
    this.#count++;
  }

  /** Working days (Civil Code count) of the union, each of its disjoint parts counted once. */
  workingDays(calendar: WorkCalendar): number {
    const n = this.#count;
    if (n === 0) return 0;
    const b = this.#bounds;
    // Insertion sort by start (stable: equal starts keep the order added).
    for (let i = 1; i < n; i++) {
      const from = b[2 * i];
      const to = b[2 * i + 1];
      let j = i - 1;
      for (; j >= 0 && b[2 * j] > from; j--) {
        b[2 * j + 2] = b[2 * j];
        b[2 * j + 3] = b[2 * j + 1];
      }
      b[2 * j + 2] = from;
      b[2 * j + 3] = to;
    }
    let days = 0;
    let from = b[0];
    let to = b[1];
    for (let i = 1; i < n; i++) {
      if (b[2 * i] <= to) {
        to = Math.max(to, b[2 * i + 1]);
      } else {
        days += calendar.workingDaysBetween(from, to);
        from = b[2 * i];
        to = b[2 * i + 1];
      }
    }
    return days + calendar.workingDaysBetween(from, to);
  }
}

/**
 * The one union {@link constructionDaysOfWorks} fills and empties on each call: allocating a
 * typed array per call cost more than the computation.
 */
const scratchUnion = new IntervalUnion();

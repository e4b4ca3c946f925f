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
import type { Process } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { networkWorks } from "./network-works.ts";
import type { ModelState } from "./state.ts";

/** Starts the network works beside the customer's, when the supply plan needs any. */
export function startNetworkWorks(s: ModelState, app: Application): Process<void> | null {
  return app.needsNetworkWorks ? s.ctx.env.process(networkWorks(s, app)) : null;
}

/** Both works are done: their construction days go into `app.constructionDays`. */
export function worksDone(s: ModelState, app: Application): void {
  app.worksTo = s.ctx.env.now;
  app.constructionDays += constructionDaysOfWorks(s, app, app.worksTo);
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
export function constructionDaysOfWorks(s: ModelState, app: Application, end: number): number {
  if (!(app.worksFrom <= end)) return 0;
  const upTo = (t: number) => (Number.isNaN(t) ? end : Math.min(t, end));
  const intervals: [number, number][] = [];
  if (Number.isNaN(app.reviewFrom)) intervals.push([app.worksFrom, upTo(app.customerDoneAt)]);
  else {
    intervals.push([app.worksFrom, upTo(app.reviewFrom)]);
    if (!Number.isNaN(app.reviewTo)) intervals.push([app.reviewTo, upTo(app.customerDoneAt)]);
  }
  if (!Number.isNaN(app.networkBuildAt)) {
    intervals.push([app.networkBuildAt, upTo(app.networkDoneAt)]);
  }
  return workingDaysOfUnion(s, intervals.filter(([from, to]) => from <= to));
}

/** Working days (Civil Code count) of the union of closed intervals [from, to]. */
function workingDaysOfUnion(s: ModelState, intervals: [number, number][]): number {
  if (intervals.length === 0) return 0;
  intervals.sort((a, b) => a[0] - b[0]);
  const calendar = s.ctx.calendar;
  let days = 0;
  let [from, to] = intervals[0];
  for (let i = 1; i < intervals.length; i++) {
    const [a, b] = intervals[i];
    if (a <= to) {
      to = Math.max(to, b);
    } else {
      days += calendar.workingDaysBetween(from, to);
      [from, to] = [a, b];
    }
  }
  return days + calendar.workingDaysBetween(from, to);
}

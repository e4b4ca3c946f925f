/**
 * The works phase: network works and the customer's own works side by side (三.(二).5, the
 * three-party contract: 同步建设、同步完工). Its working days are what the plan's business
 * handling time leaves out (业务办理时间（不含接网工程及用户受电工程建设时间）), except the
 * utility's design review inside it.
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

/**
 * Both works are done: the phase's working days, less the utility's design review, leave
 * business handling time.
 */
export function worksDone(s: ModelState, app: Application, start: number): void {
  app.excludedDays += s.clock.daysSince(start) - app.reviewDays;
}

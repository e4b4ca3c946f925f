/**
 * The customer's own works (用户受电工程): for HV users whose design the utility reviews, the
 * design and its review first; then construction.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { designAndReview, needsDesignReview } from "./design-review.ts";
import type { ModelState } from "./state.ts";
import { worksProfileOf } from "./supply-plan.ts";

/**
 * Design and review when needed, then construction; records when the customer is done. Works
 * that end after the run-out's cap are known then: the application waits for its customer.
 */
export function* customerWorks(state: ModelState, app: Application): ProcessBody<void> {
  if (needsDesignReview(app, state.levers)) yield* designAndReview(state, app);
  if (app.customerReady) {
    app.customerDoneAt = state.ctx.env.now;
    return;
  }
  const delay = state.clock.days(state.draw.customerWorksDays[worksProfileOf(app)]());
  if (state.ctx.env.now + delay >= state.ctx.runOutCap) state.awaitingCustomer(app);
  yield delay;
  app.customerDoneAt = state.ctx.env.now;
}

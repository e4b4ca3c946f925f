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
export function* customerWorks(s: ModelState, app: Application): ProcessBody<void> {
  if (needsDesignReview(app, s.p)) yield* designAndReview(s, app);
  const delay = s.clock.days(s.draw.customerWorksDays[worksProfileOf(app)]());
  if (s.ctx.env.now + delay >= s.ctx.runOutCap) s.awaitingCustomer(app);
  yield delay;
  app.customerDoneAt = s.ctx.env.now;
}

/**
 * Review of the customer substation's design (设计审查): the customer's designer prepares the
 * drawings after the supply plan, and a design engineer of the utility reviews them online.
 * Only for the HV users the `designReview` lever names (by default important, i.e. dual-source,
 * users).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { ModelState } from "./state.ts";

/** Whether the utility reviews this application's customer substation design. */
export function needsDesignReview(app: Application, levers: ApplicationParameters): boolean {
  if (app.voltage !== "10kv") return false;
  const mode = levers.access.designReview;
  return mode === "all" || (mode === "important" && CLASS_PROFILES[app.customerClass].important);
}

/**
 * The customer designs (customer works), then the review, from submission to answer, is the
 * utility's handling: `reviewFrom`–`reviewTo` is business handling time.
 */
export function* designAndReview(state: ModelState, app: Application): ProcessBody<void> {
  const { clock, draw } = state;
  yield clock.days(draw.customerDesignDays());
  app.reviewFrom = state.ctx.env.now;
  yield state.staff.designReviewers.job(app, draw.reviewHours);
  app.reviewTo = state.ctx.env.now;
}

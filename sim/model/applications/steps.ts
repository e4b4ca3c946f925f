/**
 * The steps (环节) a customer takes part in, as the plan counts them (二.(三), 三.(十).2):
 * application (none when the utility contacts a pushed user), supply-plan reply (HV and 5G
 * stations; an LV plan is answered at the survey with the application unless `lvPlanOnSite` is
 * off), and the completion inspection with metering and energisation (one step, or two when an
 * inspected connection, HV or PV, has them as separate visits),
 * and the design review when it is not done online. Repeat inspections repeat a step, so they
 * add none.
 *
 * @module
 */
import type { Application } from "./application.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { StepChannel } from "./classes.ts";
import { needsDesignReview } from "./design-review.ts";
import { needsInspection } from "./inspection.ts";
import { STEP_TARGETS } from "../plan.ts";
import type { ApplicationParameters } from "./parameters.ts";

export type { StepChannel } from "./classes.ts";

/** Steps the customer took part in. */
export function stepsOf(app: Application, levers: ApplicationParameters): number {
  const application = app.channel === "pushed" ? 0 : 1;
  const hv = app.voltage === "10kv";
  const plan = hv || CLASS_PROFILES[app.customerClass].planStepAtLv || !levers.survey.lvPlanOnSite
    ? 1
    : 0;
  const separate = needsInspection(app, levers) && !app.thirdParty &&
    !levers.inspection.inspectionWithEnergisation;
  const finish = separate ? 2 : 1;
  const review = !levers.designReview.reviewOnline && needsDesignReview(app, levers) ? 1 : 0;
  return application + plan + review + finish;
}

/**
 * The plan's maximum for this application (二.(三), 三.(十).2): its class's own limits (5G
 * stations: 3 at LV, 4 at 10 kV), else by voltage and whether it was pushed.
 */
export function stepTargetOfApplication(app: Application): number {
  return STEP_TARGETS[stepChannelOf(app)];
}

/** Every step channel, in the plan's order. */
export const STEP_CHANNELS: readonly StepChannel[] = [
  "hvPushed",
  "hv",
  "lvPushed",
  "lv",
  "baseStationLv",
  "baseStationHv",
];

/** The step channel an application is counted in. */
export function stepChannelOf(app: Application): StepChannel {
  const lv = app.voltage === "lv";
  const own = CLASS_PROFILES[app.customerClass].stepChannels;
  if (own !== null) return lv ? own.lv : own.hv;
  const pushed = app.channel === "pushed";
  if (lv) return pushed ? "lvPushed" : "lv";
  return pushed ? "hvPushed" : "hv";
}

/**
 * Metering and energisation (装表接电): the last step. LV users are connected by the survey
 * crew that installs the meter (勘查装表一体化); 10 kV users by an inspector (HV metering and
 * switching on). On completion the costs are counted and the other models told: a 10 kV
 * connection needs a cut-over on its feeder, a PV connection adds to its transformer's PV.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { priceApplication } from "./costs.ts";
import type { ModelState } from "./state.ts";
import { targetOf } from "./classes.ts";
import { stepsOf, stepTargetOfApplication } from "./steps.ts";

/** A visit of its own to meter and energise the connection. */
export function* meterAndEnergise(s: ModelState, app: Application): ProcessBody<void> {
  const lv = app.voltage === "lv";
  const staff = lv ? s.staff.surveyCrews : s.staff.inspectors;
  const person = staff.request();
  yield person;
  yield staff.work(person, lv ? s.draw.lvMeteringHours() : s.draw.hvEnergisationHours());
  staff.release(person);
}

/**
 * The application is energised now (or, for a 5G station supplied through a third party,
 * connected by that party): its steps and costs are counted and the hooks called.
 */
export function complete(s: ModelState, app: Application): void {
  const now = s.ctx.env.now;
  app.energisedAt = now;
  app.status = "energised";
  s.counts.energised++;
  app.steps = stepsOf(app, s.p);
  app.stepTarget = stepTargetOfApplication(app);
  // 二.(二): whole process, or business handling = whole less works and customer-side waits.
  app.wholeDays = s.ctx.calendar.workingDaysBetween(app.filedAt, now);
  app.businessDays = app.wholeDays - app.excludedDays;
  const target = targetOf(app.service);
  app.withinTarget = (target.measure === "whole" ? app.wholeDays : app.businessDays) <= target.days;
  if (app.thirdParty) return; // the utility connected nothing
  priceApplication(app, s.county.costs);
  const hooks = s.ctx.hooks;
  if (app.voltage === "10kv") hooks.cutOver?.(app.site.feederId);
  if (app.pv !== null) hooks.pvConnected?.(app.pv);
}

/**
 * Metering and energisation (装表接电): the last step. LV users are connected by the survey
 * crew that installs the meter (勘查装表一体化); 10 kV users by an inspector (HV metering and
 * switching on). On completion the costs are counted and the other models told: a 10 kV
 * connection needs a cut-over on its feeder, a PV connection adds to its transformer's PV.
 *
 * @module
 */
import type { Application } from "./application.ts";
import type { StaffJob } from "./staff-job.ts";
import { priceApplication } from "./costs.ts";
import type { ModelState } from "./state.ts";
import { isMeasured, targetOf } from "./classes.ts";
import { stepsOf, stepTargetOfApplication } from "./steps.ts";
import { constructionDaysOfWorks } from "./works.ts";

/**
 * The application's working days from filing to `end` (its energisation, or the end of the
 * run-out for one still open, called once then), split as the plan's measures need them
 * (二.(二)):
 * - `wholeDays`, filing → end (Civil Code count);
 * - `businessDays` (业务办理时间) = whole − construction of the network and customer works −
 *   plan waits: approval, the push to the government and every utility step stay in;
 * - `serviceDays`, the measure the service's target is set on: the whole process less plan waits
 *   (a compound's capacity pause, a red-zone PV pause are the plan's rules, not service), or the
 *   business handling time;
 * - `withinTarget`, whether `serviceDays` is within that target (only once energised).
 */
export function measureDays(state: ModelState, app: Application, end: number): void {
  // Not filed yet at the end (a pushed user not contacted): counted from its registration.
  const from = Number.isNaN(app.filedAt)
    ? Number.isNaN(app.filingAt) ? app.arrivedAt : app.filingAt
    : app.filedAt;
  const calendar = state.ctx.calendar;
  app.wholeDays = calendar.workingDaysBetween(Math.min(from, end), end);
  if (app.status === "in_progress") {
    // Open at the end: a plan pause or construction under way counts up to the end.
    if (app.inPlanWait) {
      const pause = calendar.workingDaysBetween(app.planWaitFrom, end);
      app.planWaitDays += pause;
      if (app.pv !== null) app.pvPauseDays = pause;
      else app.capacityWaitDays = pause;
    }
    if (Number.isNaN(app.worksTo)) app.constructionDays += constructionDaysOfWorks(state, app, end);
    if (!Number.isNaN(app.customerBuildFrom)) {
      app.constructionDays += calendar.workingDaysBetween(app.customerBuildFrom, end);
    }
  }
  app.businessDays = app.wholeDays - app.constructionDays - app.planWaitDays;
  const target = targetOf(app.service);
  app.serviceDays = target.measure === "whole"
    ? app.wholeDays - app.planWaitDays
    : app.businessDays;
  app.withinTarget = app.status === "energised" && app.serviceDays <= target.days;
}

/** A visit of its own to meter and energise the connection. */
export function meterAndEnergise(state: ModelState, app: Application): StaffJob {
  const lv = app.voltage === "lv";
  const staff = lv ? state.staff.surveyCrews : state.staff.inspectors;
  return staff.job(app, lv ? state.draw.lvMeteringHours : state.draw.hvEnergisationHours);
}

/**
 * The application is energised now (or, for a 5G station supplied through a third party,
 * connected by that party): the hooks are called and, for an application of the cohort (the
 * only ones measured), its steps, days and costs are counted.
 */
export function complete(state: ModelState, app: Application): void {
  const now = state.ctx.env.now;
  app.energisedAt = now;
  app.status = "energised";
  state.counts.energised++;
  const measured = isMeasured(app.period);
  if (measured) {
    app.steps = stepsOf(app, state.levers);
    app.stepTarget = stepTargetOfApplication(app);
    measureDays(state, app, now);
  }
  state.settled(app);
  if (app.thirdParty) return; // the utility connected nothing
  if (measured) priceApplication(app, state.county.costs);
  const hooks = state.ctx.hooks;
  if (app.voltage === "10kv") hooks.cutOver?.(app.site.feederId);
  if (app.pv !== null && app.pvAdmitted) hooks.pvConnected?.(app.pv);
}

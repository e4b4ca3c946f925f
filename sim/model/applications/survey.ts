/**
 * Site survey and supply plan (勘查, 供电方案, plan 三.(一).3 and 三.(三).1).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import type { StaffJob } from "./staff-job.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { ModelState } from "./state.ts";

/**
 * Whether the supply plan needs drafting after the survey. LV plans are generated on the
 * mobile terminal at the site (三.(一).3, 勘察设计一体化) unless `lvPlanOnSite` is off; 10(20) kV
 * single-source applications up
 * to `surveyAnswerMaxKva` are answered at the survey (三.(三).1, 勘查立答); larger ones and
 * dual-source ones get a dedicated plan (专业化、限时答). An HV application's capacity is read as
 * its applied transformer capacity in kVA (the default data's HV bins have their edge at
 * 1250).
 */
export function needsDedicatedPlan(app: Application, levers: ApplicationParameters): boolean {
  if (app.voltage !== "10kv") return !levers.survey.lvPlanOnSite;
  if (CLASS_PROFILES[app.customerClass].important) return true;
  return app.capacityKw > levers.access.surveyAnswerMaxKva;
}

/** A survey crew surveys the site. */
export function survey(state: ModelState, app: Application): StaffJob {
  const { draw } = state;
  const hours = app.voltage === "10kv" ? draw.hvSurveyHours : draw.lvSurveyHours;
  return state.staff.surveyCrews.job(app, hours);
}

/**
 * The supply plan drafted after the survey, when one is needed: an HV plan is a design
 * engineer's; an LV one is drafted back at the office by a customer manager.
 */
export function draftPlan(state: ModelState, app: Application): StaffJob | null {
  if (!needsDedicatedPlan(app, state.levers)) return null;
  const { draw, staff } = state;
  if (app.voltage !== "10kv") return staff.customerManagers.job(app, draw.lvPlanHours);
  const important = CLASS_PROFILES[app.customerClass].important;
  return staff.designReviewers.job(app, important ? draw.dualPlanHours : draw.dedicatedPlanHours);
}

/** The survey, then the plan when one is needed (a proactive project's early preparation). */
export function* surveyAndPlan(state: ModelState, app: Application): ProcessBody<void> {
  yield survey(state, app);
  const plan = draftPlan(state, app);
  if (plan !== null) yield plan;
}

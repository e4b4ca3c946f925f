/**
 * Site survey and supply plan (勘查, 供电方案, plan 三.(一).3 and 三.(三).1).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
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

/** A survey crew surveys the site; the plan is drafted after it when one is needed. */
export function* surveyAndPlan(state: ModelState, app: Application): ProcessBody<void> {
  const crews = state.staff.surveyCrews;
  const hv = app.voltage === "10kv";
  const crew = crews.request(app);
  yield crew;
  yield crews.work(crew, hv ? state.draw.hvSurveyHours() : state.draw.lvSurveyHours());
  crews.release(crew);
  if (needsDedicatedPlan(app, state.levers)) {
    // An HV plan is a design engineer's; an LV one is drafted back at the office by a customer
    // manager.
    const staff = hv ? state.staff.designReviewers : state.staff.customerManagers;
    const person = staff.request(app);
    yield person;
    const hours = !hv
      ? state.draw.lvPlanHours()
      : CLASS_PROFILES[app.customerClass].important
      ? state.draw.dualPlanHours()
      : state.draw.dedicatedPlanHours();
    yield staff.work(person, hours);
    staff.release(person);
  }
}

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
export function needsDedicatedPlan(app: Application, p: ApplicationParameters): boolean {
  if (app.voltage !== "10kv") return !p.survey.lvPlanOnSite;
  if (CLASS_PROFILES[app.customerClass].important) return true;
  return app.capacityKw > p.access.surveyAnswerMaxKva;
}

/** A survey crew surveys the site; the plan is drafted after it when one is needed. */
export function* surveyAndPlan(s: ModelState, app: Application): ProcessBody<void> {
  const crews = s.staff.surveyCrews;
  const hv = app.voltage === "10kv";
  const crew = crews.request();
  yield crew;
  yield crews.work(crew, hv ? s.draw.hvSurveyHours() : s.draw.lvSurveyHours());
  crews.release(crew);
  if (needsDedicatedPlan(app, s.p)) {
    // An HV plan is a design engineer's; an LV one is drafted back at the office by a customer
    // manager.
    const staff = hv ? s.staff.designReviewers : s.staff.customerManagers;
    const person = staff.request();
    yield person;
    const hours = !hv
      ? s.draw.lvPlanHours()
      : CLASS_PROFILES[app.customerClass].important
      ? s.draw.dualPlanHours()
      : s.draw.dedicatedPlanHours();
    yield staff.work(person, hours);
    staff.release(person);
  }
}

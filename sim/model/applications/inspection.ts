/**
 * Completion inspection (竣工检验, plan 三.(二).3) of HV and PV connections: on site or remotely
 * from uploaded video (云验收); a failed inspection sends the customer to fix the defects and
 * the inspection is repeated until it passes.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { ModelState } from "./state.ts";

/**
 * Whether the connection gets a completion inspection: 10 kV customer substations, and PV
 * systems of every size (grid-connection acceptance, 并网验收). LV load customers are checked
 * by the crew that installs the meter; so is an LV 5G station under the step cuts, but without
 * them (`inspectionWithEnergisation` off) the tower company's installation got an acceptance
 * visit of its own first (三.(十).2 allows an LV station one step more than other LV users).
 */
export function needsInspection(app: Application, levers: ApplicationParameters): boolean {
  if (app.voltage === "10kv") return true;
  const lvInspection = CLASS_PROFILES[app.customerClass].lvInspection;
  return lvInspection === "always" ||
    (lvInspection === "apart" && !levers.inspection.inspectionWithEnergisation);
}

/**
 * Whether metering and energisation happen in the inspection's visit (HV, and LV PV, the
 * connections inspected): when `inspectionWithEnergisation` is on (二.(三), the step cuts). A remote inspection has no
 * visit, so energisation is then a visit of its own (one step either way for the customer).
 */
export function energisedAtInspection(_app: Application, state: ModelState): boolean {
  return state.levers.inspection.inspectionWithEnergisation;
}

/**
 * Inspects until the inspection passes. Returns whether the passing visit also metered and
 * energised the connection. Time spent by the customer fixing defects is customer works, left
 * out of business handling time.
 */
export function* inspect(state: ModelState, app: Application): ProcessBody<boolean> {
  const { clock, draw } = state;
  const inspectors = state.staff.inspectors;
  for (;;) {
    const remote = draw.cloudInspection() === 1;
    const passes = draw.inspectionPasses() === 1;
    const energiseNow = passes && !remote && energisedAtInspection(app, state);
    let hours = remote ? draw.cloudInspectionHours() : draw.onsiteInspectionHours();
    if (energiseNow) {
      hours += app.voltage === "lv" ? draw.lvMeteringHours() : draw.hvEnergisationHours();
    }
    yield inspectors.job(app, hours);
    app.inspections++;
    if (app.inspections === 1) app.firstInspectionPassed = passes;
    if (passes) return energiseNow;
    app.customerBuildFrom = state.ctx.env.now;
    yield clock.days(draw.rectificationDays());
    app.constructionDays += clock.daysSince(app.customerBuildFrom);
    app.customerBuildFrom = NaN;
  }
}

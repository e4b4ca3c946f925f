/**
 * Every verdict of the application model can fail and can pass (issue: verdicts that can fail):
 * one county-year of the application model alone (with its warm-up and run-out) per scenario,
 * judged by the same checks as `summary.json`. The reliability and PV verdicts have theirs in
 * `reliability-verdict.test.ts` and `pv-verdict.test.ts`.
 */
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { runCountyYear } from "../sim/model/county-year.ts";
import { calendarForYear } from "../sim/model/setup-context.ts";
import { TARGET_CHECKS } from "../sim/runner/targets.ts";
import { readScenario, type Scenario, withSetting } from "../sim/scenario/scenario.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const calendar = await calendarForYear(2023);
const plan = await readScenario("plan-2023");

/** The application verdicts' ids (every check but reliability's and PV's). */
const APPLICATION_CHECKS = TARGET_CHECKS.filter((c) =>
  !c.id.startsWith("reliability.") && !c.id.startsWith("pv.")
);

/** A scenario's settings as `--set` gives them: dotted lever path → value. */
type Settings = Record<string, number | boolean | string>;

/** plan-2023 with `settings` applied, each checked against the spec as `--set` checks it. */
function planWith(...settings: Settings[]): Scenario {
  return settings.flatMap(Object.entries).reduce(
    (scenario, [path, value]) => withSetting(scenario, path, String(value)),
    plan,
  );
}

/** The verdicts of one county-year of the application model of `scenario`. */
function verdicts(scenario: Scenario, seed = 5) {
  const { kpis } = runCountyYear({
    parameters: scenario.parameters,
    county,
    calendar,
    year: 2023,
    seed,
    replication: 0,
    active: ["applications"],
  });
  return { kpis, met: new Map(APPLICATION_CHECKS.map((c) => [c.id, c.met(kpis)])) };
}

/** Every staff role's count scaled by `factor` (at least 1). */
function staffTimes(factor: number): Settings {
  return Object.fromEntries(
    Object.entries(plan.parameters.applications.staff).map(([role, { count }]) => [
      `applications.staff.${role}.count`,
      Math.max(1, Math.floor(count * factor)),
    ]),
  );
}

/** A well-run county: more staff, quick approvals, pushes and works. */
const WELL_RUN: Settings = {
  ...staffTimes(2),
  // The utility's crews build before the customer is done.
  "applications.staff.lvCrews.count": plan.parameters.applications.staff.lvCrews.count * 4,
  "applications.channels.pushContactDaysMedian": 0.3,
  "applications.channels.pushContactDaysP90": 0.6,
  "applications.approval.approvalDaysMedian": 0.2,
  "applications.approval.approvalDaysP90": 0.4,
  "applications.networkWorks.lvWorksDaysMedian": 0.1,
  "applications.networkWorks.lvWorksDaysP90": 0.2,
  "applications.networkWorks.mvWorksDaysMedian": 1,
  "applications.networkWorks.mvWorksDaysP90": 2,
  "applications.networkWorks.governmentPushDaysMedian": 0.1,
  "applications.networkWorks.governmentPushDaysP90": 0.2,
  "applications.networkWorks.governmentStartDaysMedian": 0.1,
  "applications.networkWorks.governmentStartDaysP90": 0.2,
};

/** The plan's reforms undone and the county short of staff. */
const BADLY_RUN: Settings = {
  ...staffTimes(1 / 3),
  "applications.approval.exemptions": false,
  "applications.approval.parallelApproval": false,
  "applications.investment.extendedInvestmentShare": 0.5,
  "applications.inspection.inspectionWithEnergisation": false,
  "applications.channels.pushContactDaysMedian": 2,
  "applications.channels.pushContactDaysP90": 4,
  "applications.networkWorks.lvWorksDaysMedian": 15,
  "applications.networkWorks.lvWorksDaysP90": 25,
  "applications.networkWorks.mvWorksDaysMedian": 40,
  "applications.networkWorks.mvWorksDaysP90": 60,
};

/** The step cuts undone (二.(三)): every channel takes one step more than the plan allows. */
const STEPS_UNDONE: Settings = {
  "applications.inspection.inspectionWithEnergisation": false,
  "applications.access.designReview": "all",
  "applications.designReview.reviewOnline": false,
  "applications.survey.lvPlanOnSite": false,
};

/** 5G stations are all LV in the default county: at a 5 kW threshold they are 10 kV (三.(十).2). */
const STATIONS_AT_HV: Settings = {
  "applications.access.lvThresholdKw": 5,
  "applications.access.lvThresholdTownKw": 5,
};

const good = verdicts(planWith(WELL_RUN));
const bad = verdicts(planWith(BADLY_RUN));
const goodHv = verdicts(planWith(WELL_RUN, STATIONS_AT_HV));
const stepsUndone = verdicts(planWith(STEPS_UNDONE, STATIONS_AT_HV));

const HV_STATIONS = "steps.baseStationHv";
const isStep = (id: string) => id.startsWith("steps.");

Deno.test("every application verdict passes in a well-run county", () => {
  const failed = [...good.met].filter(([id, ok]) => ok !== true && id !== HV_STATIONS);
  assert.deepEqual(failed, []);
  assert.equal(good.met.get(HV_STATIONS), undefined, "no 10 kV station in the default county");
  assert.equal(goodHv.met.get(HV_STATIONS), true);
});

Deno.test("every application verdict fails with the reforms undone and staff cut", () => {
  const passed = [...bad.met].filter(([id, ok]) => ok !== false && !isStep(id));
  assert.deepEqual(passed, []);
});

Deno.test("every step verdict fails with the step cuts undone", () => {
  const passed = [...stepsUndone.met].filter(([id, ok]) => ok !== false && isStep(id));
  assert.deepEqual(passed, []);
  const k = stepsUndone.kpis;
  // LV: application, supply plan drafted after the survey, energisation (PV: inspection and
  // energisation apart); 10 kV 5G station: application, plan, design review, inspection,
  // energisation.
  assert.equal(k["steps.lvPushed.max"], 2);
  assert.equal(k["steps.lv.max"], 4);
  assert.equal(k["steps.baseStationHv.max"], 5);
});

Deno.test("the verdicts are measured, not echoed: the failing county's measures say why", () => {
  const k = bad.kpis;
  assert.ok(k["approval.zeroApprovalShare"] < 1, "exempt works went through approval");
  assert.ok(k["cost.extendedInvestmentShare"] < 0.7, "eligible users paid for their works");
  assert.equal(k["steps.hv.max"], 4, "inspection and energisation in two visits");
  assert.ok(k["service.hv_single.meanDays"] > 22, `${k["service.hv_single.meanDays"]}`);
  // Every application of the cohort is accounted for (conservation).
  assert.equal(
    k["applications.arrived"],
    k["applications.energised"] + k["applications.open"] + k["applications.pausedByPlan"] +
      k["applications.awaitingCustomer"] + k["applications.refused"],
  );
});

/**
 * The Doing Business case followed through the county (sim/model/applications/doing-business.ts)
 * and the scorecard read off a replication (sim/scorecard/kpis.ts): counted by hand, and moved
 * the right way by the levers the method is sensitive to.
 */
import assert from "node:assert/strict";
import { type County, loadCounty } from "../../sim/data/county.ts";
import { runCountyYear } from "../../sim/model/county-year.ts";
import { calendarForYear } from "../../sim/model/setup-context.ts";
import { readScenario, type Scenario, withSetting } from "../../sim/scenario/scenario.ts";
import { scorecardKpis } from "../../sim/scorecard/kpis.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { SCORECARD_SPEC } from "../../sim/scorecard/parameters.ts";

const plan = await readScenario("plan-2023");
const county = await loadCounty(plan.dataDir, { onNote: () => {} });
const calendar = await calendarForYear(plan.year, county.calendarDir);
const REPS = 4;

/** The scorecard KPIs of replications 0 … REPS − 1 of `scenario` on `data`. */
function scorecards(scenario: Scenario, data: County = county): Record<string, number>[] {
  return Array.from({ length: REPS }, (_, replication) => {
    const { kpis } = runCountyYear({
      parameters: scenario.parameters,
      county: data,
      calendar,
      year: scenario.year,
      seed: scenario.seed,
      replication,
    });
    return kpis;
  });
}

const mean = (runs: Record<string, number>[], key: string) =>
  runs.reduce((sum, k) => sum + k[key], 0) / runs.length;

Deno.test("a replication's scorecard, counted by hand", () => {
  // China DB2020's components, as a replication could measure them.
  const kpis = scorecardKpis({
    caseMeasures: { procedures: 2, days: 32, costCny: 0, energised: 1 },
    kpis: {
      "reliability.saidiHours": 3.5, // < 4 with SAIFI < 4: 2 points
      "reliability.saifi": 1.5,
      "reliability.automation.remote": 10,
      "reliability.automation.self_healing": 0,
    },
    levers: defaultsOf(SCORECARD_SPEC),
    compensation: false, // no financial deterrent: 2 + monitoring + restoration + regulator + tariffs
  });
  assert.equal(kpis["scorecard.reliabilityIndex"], 6);
  assert.equal(kpis["scorecard.componentScore.days"], (100 * (248 - 32)) / 230);
  assert.equal(kpis["scorecard.score"], (100 + (100 * 216) / 230 + 100 + 75) / 4);
  assert.equal(kpis["scorecard.bReady.outagesPerMonth"], 1.5 / 12);
  assert.equal(kpis["scorecard.bReady.outageHours"], 3.5 / 1.5);
  // SAIDI above 100 h: the index is not scored, and its component scores 0.
  const dark = scorecardKpis({
    caseMeasures: { procedures: 2, days: 32, costCny: 0, energised: 1 },
    kpis: { "reliability.saidiHours": 120, "reliability.saifi": 30 },
    levers: defaultsOf(SCORECARD_SPEC),
    compensation: true,
  });
  assert.equal(dark["scorecard.indexScored"], 0);
  assert.equal(dark["scorecard.componentScore.reliabilityIndex"], 0);
});

Deno.test("the case in the plan: two procedures (二.(三): LV application and energisation), no cost", () => {
  const runs = scorecards(plan);
  for (const k of runs) {
    assert.equal(k["scorecard.caseEnergised"], 1);
    assert.equal(k["scorecard.procedures"], 2);
    assert.ok(k["scorecard.days"] >= 2, `${k["scorecard.days"]} days`);
    assert.equal(k["scorecard.costCny"], 0); // three-zero: zero investment for a small firm
    assert.ok(k["scorecard.score"] > 0 && k["scorecard.score"] <= 100);
  }
});

Deno.test("serial permits add procedures and time", () => {
  let base = withSetting(plan, "applications.access.threeZero", "false");
  base = withSetting(base, "applications.approval.exemptions", "false");
  const parallel = scorecards(base);
  const serial = scorecards(withSetting(base, "applications.approval.parallelApproval", "false"));
  const permits = plan.parameters.applications.approval.serialPermits;
  assert.ok(permits > 0);
  parallel.forEach((k, r) => {
    assert.equal(serial[r]["scorecard.procedures"], k["scorecard.procedures"] + permits);
  });
  assert.ok(
    mean(serial, "scorecard.days") > mean(parallel, "scorecard.days"),
    `${mean(serial, "scorecard.days")} vs ${mean(parallel, "scorecard.days")} days`,
  );
  assert.ok(mean(serial, "scorecard.score") < mean(parallel, "scorecard.score"));
});

Deno.test("a fee the customer pays raises the cost and lowers the cost score", () => {
  const costs = { ...county.costs };
  costs.meter_three_phase = { ...costs.meter_three_phase, payerDefault: "customer" };
  const withFee = scorecards(plan, { ...county, costs });
  const without = scorecards(plan);
  withFee.forEach((k, r) => {
    assert.equal(k["scorecard.costCny"], costs.meter_three_phase.costCny);
    assert.ok(k["scorecard.componentScore.costPercent"] < 100);
    assert.ok(k["scorecard.score"] < without[r]["scorecard.score"]);
  });
});

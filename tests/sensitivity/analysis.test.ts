/**
 * The sensitivity analysis on the county model, kept small (one replication per design point):
 * inputs the model cannot read rank at the bottom with μ* = 0, an input that loads the staff
 * every class shares ranks first for residential days, and the same seed gives byte-identical
 * results on the main thread and on two workers.
 */
import assert from "node:assert/strict";
import { readScenario } from "../../sim/scenario/scenario.ts";
import { runSensitivity } from "../../sim/sensitivity/analysis.ts";
import { sensitivityFiles } from "../../sim/sensitivity/files.ts";
import { planSensitivity } from "../../sim/sensitivity/plan.ts";

/**
 * Inert under plan-2023, by reading the model: `pv.hosting.pvOutputShare` is read only by the
 * dlt2041 hosting rule (plan-2023 uses plan80, sim/model/pv/hosting-rule.ts), and
 * `applications.survey.lvPlanHours` only when LV plans are not made on site
 * (`lvPlanOnSite: true`, sim/model/applications/survey.ts).
 */
const INERT = ["pv.hosting.pvOutputShare", "applications.survey.lvPlanHours"];
/** The reliability model does not feed the application model: inert for timelines. */
const OUTAGES = "reliability.faults.overheadPerKmYear";
/** Survey crews serve every LV class: doubling their time loads them heavily. */
const SURVEY = "applications.survey.lvSurveyHours";

Deno.test("sensitivity on plan-2023: inert inputs rank at the bottom with μ* = 0", async () => {
  const scenario = await readScenario("plan-2023");
  const plan = planSensitivity("morris", 3 * 6, [
    ...INERT,
    OUTAGES,
    SURVEY,
    "pv.adoption.imitationQ",
  ]);
  assert.equal(plan.trajectories, 3);
  const result = await runSensitivity(scenario, plan, { replications: 1, seed: 11, workers: 2 });
  const effects = result.morris!.effects;
  for (const [key, rows] of Object.entries(effects)) {
    for (const name of INERT) {
      const row = rows.find((r) => r.factor === name)!;
      if (Number.isFinite(row.muStar)) assert.equal(row.muStar, 0, `${name} for ${key}`);
    }
  }
  const days = effects["kpi:service.residential.meanDays"];
  assert.equal(days[0].factor, SURVEY);
  assert.ok(days[0].muStar > 1, `survey μ* ${days[0].muStar} working days`);
  const bottom = days.slice(-3).map((r) => r.factor).sort();
  assert.deepEqual(bottom, [...INERT, OUTAGES].sort());
  assert.equal(days.find((r) => r.factor === OUTAGES)!.muStar, 0);
  // Outages: fault rates drive SAIDI, the inert inputs do not.
  const saidi = effects["kpi:reliability.basis.lv.saidiHours"];
  assert.equal(saidi[0].factor, OUTAGES);
  // The ends of each input were run, and an inert input flips nothing.
  const flipped = Object.values(result.flips).flatMap((f) => f.flips.map((x) => x.factor));
  for (const name of INERT) assert.ok(!flipped.includes(name), name);
  assert.equal(result.runs.points, 3 * 6 + 1 + 2 * 5);
});

Deno.test("sensitivity: the same seed gives identical files at any worker count (Sobol)", async () => {
  const scenario = await readScenario("plan-2023");
  const plan = planSensitivity("sobol", 8 * 4, [SURVEY, OUTAGES]);
  assert.equal(plan.sobolN, 8);
  const options = { replications: 1, seed: 5 };
  const one = await runSensitivity(scenario, plan, { ...options, workers: 0 });
  const two = await runSensitivity(scenario, plan, { ...options, workers: 2 });
  assert.deepEqual(sensitivityFiles(two), sensitivityFiles(one));
  const saidi = one.sobol!.indices["kpi:reliability.basis.lv.saidiHours"];
  assert.equal(saidi[0].factor, OUTAGES);
  assert.ok(saidi[0].total > 0.5, `ST of fault rates for SAIDI: ${saidi[0].total}`);
  assert.ok(saidi[0].totalCi[0] <= saidi[0].total && saidi[0].total <= saidi[0].totalCi[1]);
  assert.equal(one.runs.points, 8 * 4 + 1 + 2 * 2);
});

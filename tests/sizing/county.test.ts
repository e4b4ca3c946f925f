/**
 * The county sizing's wiring: dimensions and costs from the scenario and costs.csv, and on the
 * whole county model (one role searched, few replications) a higher confidence never asks for
 * fewer design engineers, each answer passing its own Wilson rule when confirmed.
 */
import assert from "node:assert/strict";
import { loadCounty } from "../../sim/data/county.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";
import { countyDimensions, countyTargets, sizeCounty } from "../../sim/sizing/county.ts";
import { groupVerdict, wilsonLower } from "../../sim/sizing/search.ts";

Deno.test("county dimensions: every role and region-shift, costs from costs.csv, targets by group", async () => {
  const plan = await readScenario("plan-2023");
  const county = await loadCounty(plan.dataDir, { onNote: () => {} });
  const dims = await countyDimensions(plan, ["surveyCrews", "repairCrews"], ["rural"]);
  assert.equal(dims.length, 6 + 6);
  const survey = dims.find((d) => d.role === "surveyCrews")!;
  assert.equal(survey.base, plan.parameters.applications.staff.surveyCrews.count);
  assert.equal(survey.unitCost, county.costs.staff_survey_crew.costCny);
  assert.equal(survey.max, 2 * survey.base);
  assert.ok(survey.free);
  assert.deepEqual(
    dims.filter((d) => d.free).map((d) => d.label),
    ["surveyCrews", "repairCrews.rural.day", "repairCrews.rural.night"],
  );
  const ruralDay = dims.find((d) => d.label === "repairCrews.rural.day")!;
  assert.equal(ruralDay.base, plan.parameters.reliability.crews.dayShiftCrews.rural);
  assert.equal(ruralDay.unitCost, county.costs.staff_repair_crew_shift.costCny);
  // Each region's rows show that region's crews' utilisation, not the county's.
  assert.equal(ruralDay.utilisationKpi, "reliability.region.rural.crewUtilisation");
  assert.equal(
    dims.find((d) => d.label === "repairCrews.town.night")!.utilisationKpi,
    "reliability.region.town.crewUtilisation",
  );
  const targets = countyTargets(dims);
  assert.deepEqual(targets.filter((t) => t.group === "crews").map((t) => t.id), [
    "reliability.saidi",
  ]);
  assert.ok(targets.some((t) => t.id === "timeline.residential.share" && t.group === "staff"));
  // Crews held everywhere: no crew target to answer for.
  const staffOnly = countyTargets(await countyDimensions(plan, ["inspectors"]));
  assert.ok(staffOnly.every((t) => t.group === "staff"));
});

Deno.test("county, metamorphic: a higher confidence never asks for fewer design engineers", async () => {
  const plan = await readScenario("plan-2023");
  const counts: number[] = [];
  for (const confidence of [0.5, 0.75]) {
    const sizing = await sizeCounty(plan, {
      confidence,
      screenReps: 3,
      confirmReps: 12,
      roles: ["designReviewers"],
    });
    const answer = sizing.search.answer!;
    const i = sizing.dimensions.findIndex((d) => d.role === "designReviewers");
    counts.push(answer.counts[i]);
    if (sizing.search.confirmed) {
      const verdict = groupVerdict(answer, sizing.search.targets, "staff", 12);
      assert.ok(wilsonLower(verdict.met, verdict.n) >= confidence);
    }
    // Every other count held at the scenario's.
    sizing.dimensions.forEach((d, k) => {
      if (k !== i) assert.equal(answer.counts[k], d.base, d.label);
    });
  }
  assert.ok(counts[1] >= counts[0], `design engineers ${counts}`);
});

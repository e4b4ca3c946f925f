import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { sensitivityInputs, valueAt } from "../../sim/sensitivity/inputs.ts";
import { pointParameters } from "../../sim/sensitivity/design-point.ts";
import {
  allFactors,
  DEFAULT_TRAJECTORIES,
  MAX_SOBOL_FACTORS,
  planSensitivity,
} from "../../sim/sensitivity/plan.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";

Deno.test("inputs: a median and its p90, a figure's three regions and a triangle move as one", () => {
  const inputs = new Map(sensitivityInputs().map((i) => [i.name, i]));
  assert.deepEqual(
    inputs.get("applications.survey.lvSurveyHours")!.members.map((m) => m.path),
    ["applications.survey.lvSurveyHoursMedian", "applications.survey.lvSurveyHoursP90"],
  );
  assert.equal(inputs.get("reliability.crews.travelHours")!.members.length, 6);
  assert.equal(inputs.get("reliability.planned.cutOverHours")!.members.length, 3);
  assert.equal(
    inputs.get("reliability.faults.monthFactors.jul")!.group,
    "reliability.faults.monthFactors",
  );
  // 12 months of a profile are one Morris factor.
  const months = allFactors().find((f) => f.name === "reliability.storms.monthWeights")!;
  assert.equal(months.inputs.length, 12);
  assert.equal(months.shape, true); // its ends are the same shape: not run
  assert.equal(allFactors().filter((f) => f.shape).length, 3);
});

Deno.test("a design point keeps every set ordered and every value valid", async () => {
  const scenario = await readScenario("plan-2023");
  const inputs = sensitivityInputs();
  for (const u of [0, 0.37, 1]) {
    const p = pointParameters(scenario.parameters, inputs, inputs.map(() => u));
    const s = p.applications.survey;
    assert.ok(s.lvSurveyHoursMedian <= s.lvSurveyHoursP90);
    const c = p.reliability.planned;
    assert.ok(c.cutOverHoursMin <= c.cutOverHoursMode && c.cutOverHoursMode <= c.cutOverHoursMax);
    assert.ok(Number.isInteger(p.pv.hosting.yellowStudyDays));
  }
  const storms = inputs.find((i) => i.name === "reliability.storms.perYear")!.members[0];
  assert.equal(valueAt(storms, 0), 1);
  assert.equal(valueAt(storms, 1), 4);
  // The scenario's own parameters are not touched.
  assert.equal(scenario.parameters.reliability.storms.perYear, 2.5);
});

Deno.test("plan: default budgets, and each bad request a UserError", () => {
  const k = allFactors().length;
  assert.equal(planSensitivity("morris", undefined, undefined).trajectories, DEFAULT_TRAJECTORIES);
  assert.equal(planSensitivity("morris", 5 * (k + 1), undefined).trajectories, 5);
  const sobol = planSensitivity("sobol", undefined, undefined);
  assert.equal(sobol.trajectories, DEFAULT_TRAJECTORIES); // screening first
  assert.equal(planSensitivity("sobol", 16 * (MAX_SOBOL_FACTORS + 2), undefined).sobolN, 16);
  const bad: [() => unknown, RegExp][] = [
    [() => planSensitivity("morris", 2 * (k + 1) - 1, undefined), /too small for Morris/],
    [
      () => planSensitivity("sobol", 20, ["pv.adoption.innovationP", "pv.adoption.imitationQ"]),
      /too small for Sobol on 2 inputs: .* a budget of 32/,
    ],
    [() => planSensitivity("sobol", undefined, ["pv.adoption.innovationP"]), /at least 2 inputs/],
    [
      () => planSensitivity("sobol", undefined, allFactors().slice(40).map((f) => f.name)),
      /Sobol indices take at most 64 inputs .* names \d+/,
    ],
    [
      () => planSensitivity("morris", undefined, ["pv.adoption.inovationP"]),
      /did you mean "pv\.adoption\.innovationP"/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, ["pv.adoption.imitationQ", "pv.adoption.imitationQ"]),
      /twice/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, undefined, [{
          path: "pv.adoption.imitationQ",
          low: 0.5,
          high: 0.3,
        }]),
      /low ≤ high, found low > high/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, undefined, [{
          path: "pv.adoption.imitationQ",
          low: 0.1,
          high: 9,
        }]),
      /within the valid values 0–5/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, undefined, [{
          path: "pv.hosting.yellowStudyDays",
          low: 1.5,
          high: 9,
        }]),
      /whole numbers/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, undefined, [{
          path: "applications.survey.lvSurveyHoursP90",
          low: 0.5,
          high: 0.8,
        }]),
      /lvSurveyHoursMedian \(0\.5–2\) not below .*lvSurveyHoursP90/,
    ],
    [
      () =>
        planSensitivity("morris", undefined, undefined, [{
          path: "applications.staff.surveyCrews.count",
          low: 1,
          high: 3,
        }]),
      /not an assumed input/,
    ],
  ];
  for (const [f, pattern] of bad) {
    assert.throws(
      f,
      (e: Error) => e instanceof UserError && pattern.test(e.message),
      String(pattern),
    );
  }
  // A narrower range replaces the spec's, with its source.
  const narrowed = planSensitivity("morris", undefined, ["pv.adoption.imitationQ"], [{
    path: "pv.adoption.imitationQ",
    low: 0.35,
    high: 0.45,
  }]);
  assert.deepEqual(narrowed.factors[0].inputs[0].members[0].spec.range, {
    low: 0.35,
    high: 0.45,
    source: "--range",
  });
});

/**
 * Tests of sim/scenario/county-fit.ts: a scenario's levers that name the county's stations are
 * checked against its data, every problem in one error naming the file and the field.
 */
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import { UserError } from "../../sim/errors.ts";
import { checkScenarioFitsCounty } from "../../sim/scenario/county-fit.ts";
import { readScenario, withSetting } from "../../sim/scenario/scenario.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const plan = await readScenario("plan-2023");

function problemsOf(scenario: typeof plan): string[] {
  try {
    checkScenarioFitsCounty(scenario, county);
    return [];
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    assert.ok(error.problems.every((p) => p.file === scenario.file));
    return error.problems.map((p) => `${p.column}: ${p.found}`);
  }
}

Deno.test("the shipped scenarios fit the default county", async () => {
  for (const name of ["plan-2023", "baseline-2022", "dispatch-nearest-free"]) {
    assert.deepEqual(problemsOf(await readScenario(name)), [], name);
  }
});

Deno.test("unknown stations and a station without a day crew are all named at once", () => {
  let s = withSetting(plan, "applications.dispatch.stationStaff.nowhere.lvCrews", "2");
  s = withSetting(s, "reliability.crews.stationCrews.atlantis.day", "3");
  s = withSetting(s, "reliability.crews.dispatch", "station");
  s = withSetting(s, "reliability.crews.stationCrews.dafeng.day", "0");
  assert.deepEqual(problemsOf(s), [
    'applications.dispatch.stationStaff.nowhere: "nowhere"',
    'reliability.crews.stationCrews.atlantis: "atlantis"',
    "reliability.crews.stationCrews.dafeng.day: 0",
  ]);
  // By region, a station's crews are not used: no day crew there is no problem.
  const byRegion = withSetting(
    withSetting(plan, "reliability.crews.stationCrews.dafeng.day", "0"),
    "reliability.crews.dispatch",
    "region",
  );
  assert.deepEqual(problemsOf(byRegion), []);
});

/**
 * The checks of a scenario against its county that neither can make alone: a lever naming the
 * county's data (a station id in `applications.dispatch.stationStaff` or
 * `reliability.crews.stationCrews`) must name something the data has, and the counts that
 * dispatch by station uses must be workable (each model says what, see `dispatchProblems` and
 * `crewProblems`). Run wherever a scenario meets its county, before any replication.
 *
 * @module
 */
import type { County } from "../data/county.ts";
import { type Problem, UserError } from "../errors.ts";
import { dispatchProblems } from "../model/applications/dispatch.ts";
import { crewProblems } from "../model/reliability/crews.ts";
import type { Scenario } from "./scenario.ts";

/**
 * Throws one {@link UserError} listing every lever of `scenario` that does not fit `county`.
 *
 * @throws {UserError} naming the scenario file, the field, what was expected and what was found
 */
export function checkScenarioFitsCounty(scenario: Scenario, county: County): void {
  const { applications, reliability } = scenario.parameters;
  const problems: Problem[] = [
    ...dispatchProblems(applications, county),
    ...crewProblems(reliability.crews, county),
  ].map((p) => ({ file: scenario.file, column: p.field, expected: p.expected, found: p.found }));
  if (problems.length > 0) {
    throw UserError.fromProblems(
      `Scenario ${scenario.file} does not fit the county data in ${scenario.dataDir}:`,
      problems,
    );
  }
}

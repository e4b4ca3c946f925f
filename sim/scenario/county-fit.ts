/**
 * The checks of a scenario against its county that neither can make alone: a lever naming the
 * county's data (a station id in `applications.dispatch.stationStaff`) must name something the
 * data has. Run wherever a scenario meets its county, before any replication.
 *
 * @module
 */
import type { County } from "../data/county.ts";
import { type Problem, UserError } from "../errors.ts";
import { dispatchProblems } from "../model/applications/dispatch.ts";
import { stationCrews } from "../model/reliability/crews.ts";
import type { Scenario } from "./scenario.ts";

/**
 * Throws one {@link UserError} listing every lever of `scenario` that does not fit `county`.
 *
 * @throws {UserError} naming the scenario file, the field, what was expected and what was found
 */
export function checkScenarioFitsCounty(scenario: Scenario, county: County): void {
  const { applications, reliability } = scenario.parameters;
  const ids = county.stations.map((s) => s.id);
  const crewProblems = Object.keys(reliability.crews.stationCrews).filter((id) => !ids.includes(id))
    .map((id) => ({
      field: `reliability.crews.stationCrews.${id}`,
      expected: `a station of the county's grid/stations.csv (${ids.join(", ")})`,
      found: JSON.stringify(id),
    }));
  if (reliability.crews.dispatch !== "region") {
    // As a region's (`dayShiftCrews` ≥ 1): a station with no day crew would leave its faults
    // waiting to the end of the year.
    for (const station of county.stations) {
      const day = stationCrews(station, reliability.crews).day;
      if (day < 1) {
        crewProblems.push({
          field: `reliability.crews.stationCrews.${station.id}.day`,
          expected: "at least 1 day-shift repair crew at every station with crews dispatched by " +
            "station",
          found: String(day),
        });
      }
    }
  }
  const problems: Problem[] = [...dispatchProblems(applications, county), ...crewProblems].map((
    p,
  ) => ({ file: scenario.file, column: p.field, expected: p.expected, found: p.found }));
  if (problems.length > 0) {
    throw UserError.fromProblems(
      `Scenario ${scenario.file} does not fit the county data in ${scenario.dataDir}:`,
      problems,
    );
  }
}

/**
 * Checks of `grid/stations.csv` against itself as a whole and against `grid/feeders.csv`: every
 * `serves` entry names a region or a substation that exists, no region or substation is served by
 * two stations, every feeder has its station, and there is exactly one county station. Part of
 * {@link crossCheck} (sim/data/cross-checks.ts), which runs them only on files read without a
 * problem (a dropped row would otherwise leave a feeder unserved, or the county station missing,
 * for no real reason).
 *
 * @module
 */
import type { Problem } from "../errors.ts";
import { type Located, quote } from "./csv.ts";
import type { Feeder } from "./feeders.ts";
import { type Station, stationOfFeeders } from "./stations.ts";
import { REGIONS } from "./vocabulary.ts";

/** How many substation ids a message lists before "…" (a county has some 10–30). */
const SUBSTATIONS_LISTED = 30;

/** How many feeder or substation ids a message on unserved feeders lists before "…". */
const LISTED = 6;

/** The files the station checks read, by their names as messages show them. */
export interface StationFiles {
  stations: string;
  feeders: string;
}

/** The checks that need only the stations file (its `kind` column as a whole). */
export function checkCountyStation(
  stations: readonly Located<Station>[],
  file: string,
  problems: Problem[],
): void {
  const county = stations.filter(({ record }) => record.kind === "county");
  if (county.length === 0) {
    problems.push({
      file,
      column: "kind",
      expected: 'exactly one station of kind "county" (the county company\'s base)',
      found: "none",
    });
  }
  for (const { line, record } of county.slice(1)) {
    problems.push({
      file,
      line,
      column: "kind",
      expected: 'exactly one station of kind "county" (the county company\'s base)',
      found: `another one, station ${quote(record.id)}, after station ` +
        `${quote(county[0].record.id)} on line ${county[0].line}`,
    });
  }
}

/**
 * The checks against the feeders: entries exist, none served twice, and then (root causes first:
 * a misspelt entry leaves its feeders unserved) every feeder served. Feeders left without a
 * station are reported once per region, naming their substations.
 */
export function checkStationsServe(
  stations: readonly Located<Station>[],
  feeders: readonly Located<Feeder>[],
  files: StationFiles,
  problems: Problem[],
): void {
  const substations = [...new Set(feeders.map(({ record }) => record.substation))];
  const known = new Set<string>([...REGIONS, ...substations]);
  const listed = substations.length <= SUBSTATIONS_LISTED
    ? substations.join(", ")
    : `${list(substations, SUBSTATIONS_LISTED)} ${substations.length} in all`;
  const before = problems.length;
  const first = new Map<string, Located<Station>>();
  for (const located of stations) {
    const { line, record } = located;
    for (const entry of record.serves) {
      if (!known.has(entry)) {
        problems.push({
          file: files.stations,
          line,
          column: "serves",
          expected: `a region (${REGIONS.join(", ")}) or a substation of ${files.feeders} ` +
            `(${listed})`,
          found: quote(entry),
        });
        continue;
      }
      const earlier = first.get(entry);
      if (earlier === undefined) first.set(entry, located);
      else {
        problems.push({
          file: files.stations,
          line,
          column: "serves",
          expected: "regions and substations no other station serves",
          found: `${quote(entry)}, already served by station ${quote(earlier.record.id)} ` +
            `on line ${earlier.line}`,
        });
      }
    }
  }
  if (problems.length === before) checkEveryFeederServed(stations, feeders, files, problems);
}

function checkEveryFeederServed(
  stations: readonly Located<Station>[],
  feeders: readonly Located<Feeder>[],
  files: StationFiles,
  problems: Problem[],
): void {
  const served = stationOfFeeders(stations.map((s) => s.record), feeders.map((f) => f.record));
  const unserved = new Map<string, Feeder[]>();
  for (const { record: f } of feeders) {
    if (!served.has(f.id)) unserved.set(f.region, [...(unserved.get(f.region) ?? []), f]);
  }
  for (const [region, fs] of unserved) {
    const substations = [...new Set(fs.map((f) => f.substation))];
    const feederNoun = fs.length === 1 ? "feeder" : "feeders";
    const substationNoun = substations.length === 1 ? "substation" : "substations";
    problems.push({
      file: files.stations,
      column: "serves",
      expected: `a station serving region ${region}, or the substation of each of its feeders ` +
        `in ${files.feeders}`,
      found: `none for ${fs.length} ${feederNoun} (${list(fs.map((f) => f.id), LISTED)}) of ` +
        `${substations.length} ${substationNoun} (${list(substations, LISTED)})`,
    });
  }
}

/** `ids` joined with commas, the first `max` of them and "…" when there are more. */
function list(ids: readonly string[], max: number): string {
  return ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")}, …`;
}

/**
 * `grid/stations.csv`: where the county's staff and crews are based. The county company's own
 * base (kind `county`) and the township power-supply stations (乡镇供电所, kind `township`), each
 * with the regions or substations whose feeders it serves, a location on a county grid (for
 * travel between stations) and its staff by role.
 *
 * A data directory without this file gets {@link countyWideStation}: one station serving the
 * whole county with the scenario's county-wide counts (see sim/data/county.ts).
 *
 * @module
 */
import { type Region, REGIONS, REPAIR_SHIFTS, STATION_KINDS, STATION_ROLES } from "./vocabulary.ts";
import type { RepairShift, StationKind, StationRole } from "./vocabulary.ts";
import { checkUnique, type FileResult, quote, readTable } from "./csv.ts";

/** One supply station. */
export interface Station {
  id: string;
  /** Its name as the utility writes it; may be Chinese, e.g. "城关供电所". */
  name: string;
  /** Exactly one `county` station per file: the county company's base. */
  kind: StationKind;
  /** Regions (urban_core/town/rural) and/or substation ids whose feeders it serves, as written. */
  serves: readonly string[];
  /** Location on a county grid, km east of the grid's origin (for travel between stations). */
  xKm: number;
  /** Location on a county grid, km north of the grid's origin. */
  yKm: number;
  /**
   * Staff and crews based there, by role: whole numbers ≥ 0 from the file; NaN in the
   * {@link countyWideStation} fallback, meaning "the scenario's county-wide counts".
   */
  staff: Readonly<Record<StationRole, number>>;
  /**
   * Fault repair crews (抢修) on duty there on each shift: whole numbers ≥ 0 from the file; NaN
   * in the fallback ("the scenario's regional crews, county-wide").
   */
  repairCrews: Readonly<Record<RepairShift, number>>;
}

/** The CSV column of each staff role. */
export const STAFF_COLUMNS: Readonly<Record<StationRole, string>> = {
  customerManagers: "customer_managers",
  surveyCrews: "survey_crews",
  designReviewers: "design_reviewers",
  lvCrews: "lv_crews",
  mvCrews: "mv_crews",
  inspectors: "inspectors",
};

/** The CSV column of each repair shift. */
export const REPAIR_COLUMNS: Readonly<Record<RepairShift, string>> = {
  day: "repair_crews_day",
  night: "repair_crews_night",
};

/** Columns of `grid/stations.csv`, in the order the default file writes them. */
export const STATION_COLUMNS = [
  "id",
  "name",
  "kind",
  "serves",
  "x_km",
  "y_km",
  ...STATION_ROLES.map((role) => STAFF_COLUMNS[role]),
  ...REPAIR_SHIFTS.map((shift) => REPAIR_COLUMNS[shift]),
] as const;

/** What separates the entries of the `serves` column. */
export const SERVES_SEPARATOR = ";";

/**
 * The station a directory without `grid/stations.csv` gets: the county company serving every
 * region, with NaN staff counts ("the scenario's county-wide counts"), which is today's pooled
 * county.
 */
export function countyWideStation(): Station {
  return {
    id: "COUNTY",
    name: "county company",
    kind: "county",
    serves: [...REGIONS],
    xKm: 0,
    yKm: 0,
    staff: Object.fromEntries(STATION_ROLES.map((role) => [role, NaN])) as Record<
      StationRole,
      number
    >,
    repairCrews: { day: NaN, night: NaN },
  };
}

/**
 * Reads `grid/stations.csv`. Besides each cell's type it checks that ids are unique, that a
 * station serves something (each `serves` entry non-empty, none twice) and has a name. Whether
 * its entries exist, and whether every feeder has exactly one station, are checked across files
 * (sim/data/station-checks.ts).
 *
 * @param file the file's name as messages show it
 */
export function parseStations(text: string, file: string): FileResult<Station> {
  const result = readTable(text, file, STATION_COLUMNS, (row) => {
    const name = row.raw("name");
    if (name.trim() === "") row.problem("name", "a name", quote(name));
    const station: Station = {
      id: row.id("id"),
      name,
      kind: row.oneOf("kind", STATION_KINDS),
      serves: readServes(row.raw("serves"), (expected, found) => {
        row.problem("serves", expected, found);
      }),
      xKm: row.number("x_km"),
      yKm: row.number("y_km"),
      staff: Object.fromEntries(
        STATION_ROLES.map((
          role,
        ) => [role, row.number(STAFF_COLUMNS[role], { min: 0, integer: true })]),
      ) as Record<StationRole, number>,
      repairCrews: Object.fromEntries(
        REPAIR_SHIFTS.map((shift) => [
          shift,
          row.number(REPAIR_COLUMNS[shift], { min: 0, integer: true }),
        ]),
      ) as Record<RepairShift, number>,
    };
    return station;
  });
  checkUnique(result.records, (s) => s.id, file, "id", result.problems);
  return result;
}

/** The entries of a `serves` cell, trimmed; reports an empty cell or entry and a repeat. */
function readServes(cell: string, problem: (expected: string, found: string) => void): string[] {
  const what = `one or more regions or substation ids, separated by "${SERVES_SEPARATOR}"`;
  if (cell.trim() === "") {
    problem(what, quote(cell));
    return [];
  }
  const entries = cell.split(SERVES_SEPARATOR).map((e) => e.trim());
  if (entries.some((e) => e === "")) problem(`${what}, none empty`, quote(cell));
  const seen = new Set<string>();
  for (const entry of entries.filter((e) => e !== "")) {
    if (seen.has(entry)) problem(`${what}, each once`, `${quote(entry)} twice`);
    seen.add(entry);
  }
  return entries;
}

/**
 * The station serving each feeder: the one listing the feeder's substation, else the one listing
 * its region (a substation is the more specific). Feeders no station serves are left out (the
 * cross-checks report them). When two stations list the same entry the first in file order wins
 * here; the cross-checks report the second.
 *
 * @returns feeder id → index in `stations`
 */
export function stationOfFeeders(
  stations: readonly Pick<Station, "serves">[],
  feeders: readonly { id: string; substation: string; region: Region }[],
): Map<string, number> {
  const byEntry = new Map<string, number>();
  stations.forEach((s, i) => {
    for (const entry of s.serves) if (!byEntry.has(entry)) byEntry.set(entry, i);
  });
  const result = new Map<string, number>();
  for (const f of feeders) {
    const station = byEntry.get(f.substation) ?? byEntry.get(f.region);
    if (station !== undefined) result.set(f.id, station);
  }
  return result;
}

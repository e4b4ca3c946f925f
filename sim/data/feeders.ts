/**
 * `grid/feeders.csv`: the county's 10 kV feeders, one row each.
 *
 * @module
 */
import { type Automation, AUTOMATION_LEVELS, type Region, REGIONS } from "./vocabulary.ts";
import { checkUnique, type FileResult, readTable } from "./csv.ts";

/** One 10 kV feeder. */
export interface Feeder {
  id: string;
  /** Id of the 110 kV or 35 kV substation the feeder leaves from. */
  substation: string;
  region: Region;
  /** Overhead line length (trunk and laterals), km. */
  overheadKm: number;
  /** Underground cable length, km. */
  cableKm: number;
  /** Metered customers supplied (LV meters plus HV customers); IEEE 1366's N_T. */
  customers: number;
  automation: Automation;
  /** Whether the feeder is in the zero-planned-outage demonstration zone (plan 三.(五).5). */
  demoZone: boolean;
  /** Sections the trunk's sectionalising switches divide it into (1 = no switch). */
  sections: number;
  /** Normally-open tie switches to other feeders (0 = radial, no backfeed). */
  tieSwitches: number;
  /** Coincident peak load of the feeder, kW. */
  peakLoadKw: number;
  /** Thermal rating of the trunk (its weakest conductor or cable), kVA. */
  trunkCapacityKva: number;
}

/** Columns of `grid/feeders.csv`, in the order the default file writes them. */
export const FEEDER_COLUMNS = [
  "id",
  "substation",
  "region",
  "overhead_km",
  "cable_km",
  "customers",
  "automation",
  "demo_zone",
  "sections",
  "tie_switches",
  "peak_load_kw",
  "trunk_capacity_kva",
] as const;

/**
 * Reads `grid/feeders.csv`. Besides each cell's type it checks that ids are unique and that a
 * feeder has some line (overhead_km + cable_km > 0).
 *
 * @param file the file's name as messages show it
 */
export function parseFeeders(text: string, file: string): FileResult<Feeder> {
  const result = readTable(text, file, FEEDER_COLUMNS, (row) => {
    const feeder: Feeder = {
      id: row.id("id"),
      substation: row.id("substation"),
      region: row.oneOf("region", REGIONS),
      overheadKm: row.number("overhead_km", { min: 0 }),
      cableKm: row.number("cable_km", { min: 0 }),
      customers: row.number("customers", { min: 0, integer: true }),
      automation: row.oneOf("automation", AUTOMATION_LEVELS),
      demoZone: row.yesNo("demo_zone"),
      sections: row.number("sections", { min: 1, integer: true }),
      tieSwitches: row.number("tie_switches", { min: 0, integer: true }),
      peakLoadKw: row.number("peak_load_kw", { min: 0 }),
      trunkCapacityKva: row.number("trunk_capacity_kva", { above: 0 }),
    };
    if (feeder.overheadKm + feeder.cableKm === 0) {
      row.problem("cable_km", "overhead_km + cable_km > 0", "0 km of line in all");
    }
    return feeder;
  });
  checkUnique(result.records, (f) => f.id, file, "id", result.problems);
  return result;
}

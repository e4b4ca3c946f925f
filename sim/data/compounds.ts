/**
 * `grid/compounds.csv`: residential compounds (小区) and their parking, for the EV-charger
 * rules of plan 三.(七).
 *
 * @module
 */
import {
  COMPOUND_KINDS,
  type CompoundKind,
  type Region,
  REGIONS,
  SUPPLY_OWNERS,
  type SupplyOwner,
} from "./vocabulary.ts";
import { checkUnique, type FileResult, readTable } from "./csv.ts";

/** One residential compound. */
export interface Compound {
  id: string;
  /** Id of the feeder that supplies it. */
  feederId: string;
  region: Region;
  kind: CompoundKind;
  /** Owner of the compound's distribution facilities: where a charger application goes. */
  supplyOwner: SupplyOwner;
  households: number;
  /** Fixed (owned or long-leased) parking spaces. */
  parkingSpaces: number;
  /** Private chargers already connected. */
  chargersInstalled: number;
  /** Capacity set aside for chargers, kW; when chargers need more, new ones wait (三.(七).3). */
  reservedKw: number;
}

/** Columns of `grid/compounds.csv`, in the order the default file writes them. */
export const COMPOUND_COLUMNS = [
  "id",
  "feeder_id",
  "region",
  "kind",
  "supply_owner",
  "households",
  "parking_spaces",
  "chargers_installed",
  "reserved_kw",
] as const;

/**
 * Reads `grid/compounds.csv`. Besides each cell's type it checks that ids are unique and that
 * no compound has more chargers than parking spaces.
 *
 * @param file the file's name as messages show it
 */
export function parseCompounds(text: string, file: string): FileResult<Compound> {
  const result = readTable(text, file, COMPOUND_COLUMNS, (row) => {
    const c: Compound = {
      id: row.id("id"),
      feederId: row.id("feeder_id"),
      region: row.oneOf("region", REGIONS),
      kind: row.oneOf("kind", COMPOUND_KINDS),
      supplyOwner: row.oneOf("supply_owner", SUPPLY_OWNERS),
      households: row.number("households", { min: 0, integer: true }),
      parkingSpaces: row.number("parking_spaces", { min: 0, integer: true }),
      chargersInstalled: row.number("chargers_installed", { min: 0, integer: true }),
      reservedKw: row.number("reserved_kw", { min: 0 }),
    };
    if (c.chargersInstalled > c.parkingSpaces) {
      row.problem(
        "chargers_installed",
        `at most parking_spaces (${c.parkingSpaces})`,
        String(c.chargersInstalled),
      );
    }
    return c;
  });
  checkUnique(result.records, (c) => c.id, file, "id", result.problems);
  return result;
}

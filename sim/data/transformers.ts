/**
 * `grid/transformers.csv`: the county's 10/0.4 kV distribution transformers, public and
 * customer-owned, one row each.
 *
 * @module
 */
import { type Ownership, OWNERSHIPS } from "./vocabulary.ts";
import { checkUnique, type FileResult, readTable } from "./csv.ts";

/** One distribution transformer (a 台区 when public). */
export interface Transformer {
  id: string;
  /** Id of the feeder it hangs on. */
  feederId: string;
  ownership: Ownership;
  ratingKva: number;
  /** Metered customers it supplies (a private transformer: its owner, 1). */
  customers: number;
  /** Of those, residential households. */
  households: number;
  /** Yearly peak load, kW. */
  peakLoadKw: number;
  /**
   * Lowest load around solar noon over the year, kW: the load that PV output must exceed
   * before power flows back up the transformer (DL/T 2041's reverse load).
   */
  middayMinLoadKw: number;
  /** PV capacity connected below it, kW (AC). */
  pvConnectedKw: number;
  /** PV filed (备案) or under construction but not connected, kW; counts toward the 80 % rule. */
  pvFiledKw: number;
  /** Whether it was built for irrigation wells (机井通电), where 5G stations may connect. */
  irrigationWell: boolean;
}

/** Columns of `grid/transformers.csv`, in the order the default file writes them. */
export const TRANSFORMER_COLUMNS = [
  "id",
  "feeder_id",
  "ownership",
  "rating_kva",
  "customers",
  "households",
  "peak_load_kw",
  "midday_min_load_kw",
  "pv_connected_kw",
  "pv_filed_kw",
  "irrigation_well",
] as const;

/**
 * Reads `grid/transformers.csv`. Besides each cell's type it checks that ids are unique, that
 * households ≤ customers and that the midday minimum load ≤ the peak load.
 *
 * @param file the file's name as messages show it
 */
export function parseTransformers(text: string, file: string): FileResult<Transformer> {
  const result = readTable(text, file, TRANSFORMER_COLUMNS, (row) => {
    const t: Transformer = {
      id: row.id("id"),
      feederId: row.id("feeder_id"),
      ownership: row.oneOf("ownership", OWNERSHIPS),
      ratingKva: row.number("rating_kva", { above: 0 }),
      customers: row.number("customers", { min: 0, integer: true }),
      households: row.number("households", { min: 0, integer: true }),
      peakLoadKw: row.number("peak_load_kw", { min: 0 }),
      middayMinLoadKw: row.number("midday_min_load_kw", { min: 0 }),
      pvConnectedKw: row.number("pv_connected_kw", { min: 0 }),
      pvFiledKw: row.number("pv_filed_kw", { min: 0 }),
      irrigationWell: row.yesNo("irrigation_well"),
    };
    if (t.households > t.customers) {
      row.problem("households", `at most customers (${t.customers})`, String(t.households));
    }
    if (t.middayMinLoadKw > t.peakLoadKw) {
      row.problem(
        "midday_min_load_kw",
        `at most peak_load_kw (${t.peakLoadKw})`,
        String(t.middayMinLoadKw),
      );
    }
    return t;
  });
  checkUnique(result.records, (t) => t.id, file, "id", result.problems);
  return result;
}

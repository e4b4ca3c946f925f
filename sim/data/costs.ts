/**
 * `costs.csv`: unit costs (¥) of network works, customer works and per-connection items, so
 * that a scenario's investment and each party's spending can be counted.
 *
 * @module
 */
import {
  COST_CATEGORIES,
  COST_ITEMS,
  COST_UNITS,
  type CostCategory,
  type CostItem,
  type CostUnit,
  type Payer,
  PAYERS,
} from "./vocabulary.ts";
import { checkUnique, type FileResult, readTable } from "./csv.ts";

/** The unit cost of one item. */
export interface UnitCost {
  item: CostItem;
  category: CostCategory;
  unit: CostUnit;
  /** Cost per unit, yuan (2023 prices, VAT included). */
  costCny: number;
  /** Who pays when no policy says otherwise. */
  payerDefault: Payer;
  /** Source or reasoning (free text, may be empty). */
  note: string;
}

/** Columns of `costs.csv`, in the order the default file writes them. */
export const COST_COLUMNS = [
  "item",
  "category",
  "unit",
  "cost_cny",
  "payer_default",
  "note",
] as const;

/**
 * Reads `costs.csv` and checks that it has exactly one row for every item in
 * {@link COST_ITEMS}.
 *
 * @param file the file's name as messages show it
 */
export function parseCosts(text: string, file: string): FileResult<UnitCost> {
  const result = readTable(text, file, COST_COLUMNS, (row) => ({
    item: row.oneOf("item", COST_ITEMS),
    category: row.oneOf("category", COST_CATEGORIES),
    unit: row.oneOf("unit", COST_UNITS),
    costCny: row.number("cost_cny", { min: 0 }),
    payerDefault: row.oneOf("payer_default", PAYERS),
    note: row.raw("note"),
  }));
  checkUnique(result.records, (c) => c.item, file, "item", result.problems);
  if (result.problems.length > 0) return result;
  const present = new Set(result.records.map(({ record }) => record.item));
  for (const item of COST_ITEMS) {
    if (!present.has(item)) {
      result.problems.push({ file, column: "item", expected: `a row for ${item}`, found: "none" });
    }
  }
  return result;
}

/** The costs by item. Assumes a complete, checked file. */
export function costsByItem(costs: readonly UnitCost[]): Readonly<Record<CostItem, UnitCost>> {
  return Object.fromEntries(costs.map((c) => [c.item, c])) as Record<CostItem, UnitCost>;
}

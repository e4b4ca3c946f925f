/**
 * `demand/capacity.csv`: the distribution of applied capacity within each customer class, as
 * bins of equipment capacity in kW with the share of applications in each. The bins make
 * policy thresholds explicit: enterprises between 160 and 170 kW (plan 三.(一).3) have a bin of
 * their own in `hv_single`, since above 160 kW they are high-voltage today.
 *
 * @module
 */
import { CUSTOMER_CLASSES, type CustomerClass } from "./vocabulary.ts";
import { type FileResult, formatNumber, readTable } from "./csv.ts";

/**
 * A capacity bin: `share` of a class's applications have low < capacity ≤ high. Bins are closed
 * above so that a policy limit such as "≤ 160 kW" is a bin edge.
 */
export interface CapacityBin {
  customerClass: CustomerClass;
  /** Lower bound (exclusive), kW of equipment capacity. */
  lowKw: number;
  /** Upper bound (inclusive), kW. */
  highKw: number;
  /** Fraction of the class's applications in this bin. */
  share: number;
}

/** Columns of `demand/capacity.csv`, in the order the default file writes them. */
export const CAPACITY_COLUMNS = ["class", "low_kw", "high_kw", "share"] as const;

/** How far a class's shares may sum from 1 (rounding in a spreadsheet). */
export const SHARE_TOLERANCE = 0.001;

/**
 * Reads `demand/capacity.csv`. Besides each cell's type it checks that low_kw < high_kw, that
 * the bins of a class do not overlap, that every class has bins and that each class's shares
 * sum to 1 (± {@link SHARE_TOLERANCE}).
 *
 * @param file the file's name as messages show it
 */
export function parseCapacity(text: string, file: string): FileResult<CapacityBin> {
  const result = readTable(text, file, CAPACITY_COLUMNS, (row) => {
    const bin: CapacityBin = {
      customerClass: row.oneOf("class", CUSTOMER_CLASSES),
      lowKw: row.number("low_kw", { min: 0 }),
      highKw: row.number("high_kw", { above: 0 }),
      share: row.number("share", { min: 0, max: 1 }),
    };
    if (bin.highKw <= bin.lowKw) {
      row.problem("high_kw", `a number > low_kw (${bin.lowKw})`, row.raw("high_kw"));
    }
    return bin;
  });
  if (result.problems.length > 0) return result;
  for (const customerClass of CUSTOMER_CLASSES) {
    const bins = result.records.filter(({ record }) => record.customerClass === customerClass);
    if (bins.length === 0) {
      result.problems.push({
        file,
        column: "class",
        expected: `bins for ${customerClass}`,
        found: "none",
      });
      continue;
    }
    const sorted = [...bins].sort((a, b) => a.record.lowKw - b.record.lowKw || a.line - b.line);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const { line, record } = sorted[i];
      if (record.lowKw < prev.record.highKw) {
        result.problems.push({
          file,
          line,
          column: "low_kw",
          expected: `bins of ${customerClass} that do not overlap`,
          found: `${record.lowKw}–${record.highKw} kW overlapping ${prev.record.lowKw}–` +
            `${prev.record.highKw} kW on line ${prev.line}`,
        });
      }
    }
    const total = bins.reduce((s, { record }) => s + record.share, 0);
    if (Math.abs(total - 1) > SHARE_TOLERANCE) {
      result.problems.push({
        file,
        column: "share",
        expected: `shares of ${customerClass} summing to 1 (± ${SHARE_TOLERANCE})`,
        found: `a sum of ${formatNumber(total, 4)}`,
      });
    }
  }
  return result;
}

/** The bins by class, each class's sorted by capacity. Assumes a checked file. */
export function binsByClass(
  bins: readonly CapacityBin[],
): ReadonlyMap<CustomerClass, readonly CapacityBin[]> {
  const table = new Map<CustomerClass, CapacityBin[]>();
  for (const c of CUSTOMER_CLASSES) table.set(c, []);
  for (const b of bins) table.get(b.customerClass)!.push(b);
  for (const list of table.values()) list.sort((a, b) => a.lowKw - b.lowKw);
  return table;
}

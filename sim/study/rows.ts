/**
 * A cell's per-replication KPI rows as JSON that gives back the very same numbers: JSON writes a
 * finite number in its shortest round-trip form, so parsing it gives the same double; what JSON
 * cannot say (NaN, ±Infinity, −0) is written as a string, and a KPI a replication did not
 * report as null, so that `kpis[key]` reads exactly as it did in the process that ran it.
 *
 * @example
 * const rows = encodeRows([{ "a": 1, "b": NaN }, { "a": 0.1 }]);
 * // { columns: ["a", "b"], rows: [[1, "NaN"], [0.1, null]] }
 * decodeRows(rows); // the same two objects
 *
 * @module
 */
import { kpiKeys } from "../runner/aggregate.ts";

/** Encoded rows: the columns once, then one array of values per replication. */
export interface EncodedRows {
  columns: string[];
  rows: (number | string | null)[][];
}

function encodeValue(value: number | undefined): number | string | null {
  if (value === undefined) return null;
  if (Number.isFinite(value)) return Object.is(value, -0) ? "-0" : value;
  return String(value); // "NaN", "Infinity", "-Infinity"
}

const SPECIAL: Record<string, number> = {
  "NaN": NaN,
  "Infinity": Infinity,
  "-Infinity": -Infinity,
  "-0": -0,
};

/** Encodes rows of KPIs (columns: every key of any row, sorted). */
export function encodeRows(kpis: readonly Record<string, number>[]): EncodedRows {
  const columns = kpiKeys(kpis);
  return { columns, rows: kpis.map((row) => columns.map((c) => encodeValue(row[c]))) };
}

/**
 * Decodes {@link encodeRows}'s output.
 *
 * @throws Error when a value is not one encodeRows writes (the caller names the file)
 */
export function decodeRows(encoded: EncodedRows): Record<string, number>[] {
  return encoded.rows.map((row) => {
    if (row.length !== encoded.columns.length) {
      throw new Error(`a row of ${row.length} values for ${encoded.columns.length} columns`);
    }
    const out: Record<string, number> = {};
    row.forEach((value, i) => {
      if (value === null) return;
      if (typeof value === "number") out[encoded.columns[i]] = value;
      else if (typeof value === "string" && Object.hasOwn(SPECIAL, value)) {
        out[encoded.columns[i]] = SPECIAL[value];
      } else throw new Error(`the value ${JSON.stringify(value)} for ${encoded.columns[i]}`);
    });
    return out;
  });
}

/**
 * Writing results: CSV files that spreadsheets open correctly (UTF-8 with a byte-order mark, so
 * Chinese labels show), and single files written atomically (to a temporary name, then renamed),
 * so that an interrupted or failed run never leaves a half-written file behind. A command's whole
 * output directory is written by `writeOutputs` (../io/output-dir.ts). CSV text is written by
 * ../io/csv-text.ts, the same writer as the default data files'.
 */
import { csvText, type CsvValue } from "../io/csv-text.ts";

/**
 * CSV text of `rows` with the given columns (default: the keys of the rows, in order of first
 * appearance), with a byte-order mark; a missing or non-finite value is an empty cell.
 */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return csvText(
    cols,
    rows.map((row) => cols.map((c) => (row as Record<string, CsvValue>)[c])),
    { byteOrderMark: true },
  );
}

/** Writes `text` to `path` atomically: a temporary file in the same directory, then a rename. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${Deno.pid}`;
  try {
    await Deno.writeTextFile(temporary, text);
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}

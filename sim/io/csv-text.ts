/**
 * Writing CSV text: the one CSV writer of the repository, for the default data files
 * (data/generate.ts) and a run's results (sim/runner/output.ts). A header row, `\n` line ends
 * (also after the last row), fields quoted only when they hold a comma, a quote or a line end
 * (RFC 4180), numbers in JavaScript's shortest round-trip form; an empty field for a missing
 * value (`undefined`, `null`) and for a number that is not finite.
 *
 * @example
 * csvText(["id", "kw"], [["F01", 630], ["F02, new", undefined]]);
 * // 'id,kw\nF01,630\n"F02, new",\n'
 *
 * @module
 */

/** A value a cell can be written from. */
export type CsvValue = string | number | boolean | null | undefined;

/** How a file is written, besides its rows. */
export interface CsvOptions {
  /**
   * Start with a byte-order mark, so that spreadsheets read the file as UTF-8 (and show Chinese
   * labels). Default false.
   */
  byteOrderMark?: boolean;
  /** How `true` and `false` are written. Default `["true", "false"]`. */
  booleans?: readonly [string, string];
}

/** One field as written: its text, quoted when it needs it (RFC 4180). */
export function csvField(
  value: CsvValue,
  booleans: readonly [string, string] = ["true", "false"],
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  const text = typeof value === "boolean" ? booleans[value ? 0 : 1] : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows` under `header`; every row has one value per column. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const booleans = options.booleans;
  const lines = [header.map((name) => csvField(name)).join(",")];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`csvText: a row has ${row.length} cells, the header ${header.length}`);
    }
    lines.push(row.map((value) => csvField(value, booleans)).join(","));
  }
  return (options.byteOrderMark ? "\uFEFF" : "") + lines.join("\n") + "\n";
}

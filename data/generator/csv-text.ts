/**
 * Writes CSV text the way every default data file is written: a header row, `\n` line ends
 * (also after the last row), fields quoted only when they hold a comma, a quote or a line end
 * (RFC 4180), numbers in JavaScript's shortest round-trip form.
 *
 * @module
 */

/** One cell as written. */
export type Cell = string | number | boolean;

function field(cell: Cell): string {
  const text = typeof cell === "boolean" ? (cell ? "yes" : "no") : String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows` under `header`. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(field).join(",")];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`csvText: a row has ${row.length} cells, the header ${header.length}`);
    }
    lines.push(row.map(field).join(","));
  }
  return lines.join("\n") + "\n";
}

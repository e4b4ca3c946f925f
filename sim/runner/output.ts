/**
 * Writing results: CSV files that spreadsheets open correctly (UTF-8 with a byte-order mark, so
 * Chinese labels show), and single files written atomically (to a temporary name, then renamed),
 * so that an interrupted or failed run never leaves a half-written file behind. A command's whole
 * output directory is written by `writeOutputs` (../io/output-dir.ts).
 */

/** Quotes a CSV cell when it needs it (RFC 4180). */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text of `rows` with the given columns (default: the keys of the rows, in order of first
 * appearance), with a byte-order mark.
 */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [cols.map(cell).join(",")];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(cols.map((c) => cell(record[c])).join(","));
  }
  return "\uFEFF" + lines.join("\n") + "\n";
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

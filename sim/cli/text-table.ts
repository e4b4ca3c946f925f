/** A plain-text table for the terminal: columns padded to their widest cell. */

/** Display width of a string: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  }
  return w;
}

/** Renders rows under a header; the first column is left-aligned, the others right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ""))));
  const line = (row: string[]) =>
    row.map((cell, c) => {
      const pad = " ".repeat(widths[c] - width(cell));
      return c === 0 ? cell + pad : pad + cell;
    }).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

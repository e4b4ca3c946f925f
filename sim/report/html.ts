/**
 * The few HTML pieces the report and the comparison page are made of: escaped text, tables,
 * bilingual headings, and one self-contained page (inline CSS and SVG, no network).
 */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** A bilingual label: Chinese first, then English. */
export function bilingual(zh: string, en: string): string {
  return `${escapeHtml(zh)} <span class="en">${escapeHtml(en)}</span>`;
}

/** A cell: raw HTML when given `{ html }`, else escaped text. */
export type Cell = string | number | { html: string; className?: string };

function renderCell(cell: Cell, tag: "td" | "th"): string {
  if (typeof cell === "object") {
    const cls = cell.className ? ` class="${cell.className}"` : "";
    return `<${tag}${cls}>${cell.html}</${tag}>`;
  }
  const numeric = typeof cell === "number" ? ' class="num"' : "";
  return `<${tag}${numeric}>${escapeHtml(String(cell))}</${tag}>`;
}

/** A table with one header row. */
export function table(header: Cell[], rows: Cell[][], className = ""): string {
  const head = `<tr>${header.map((c) => renderCell(c, "th")).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((c) => renderCell(c, "td")).join("")}</tr>`);
  return `<table class="${className}"><thead>${head}</thead><tbody>${
    body.join("")
  }</tbody></table>`;
}

/** A section with a bilingual heading, an optional explanation and content. */
export function section(
  id: string,
  zh: string,
  en: string,
  intro: string,
  content: string,
): string {
  const p = intro ? `<p class="intro">${intro}</p>` : "";
  return `<section id="${id}"><h2>${bilingual(zh, en)}</h2>${p}${content}</section>`;
}

/** A chart figure with a caption. */
export function figure(svg: string, caption: string): string {
  return `<figure class="chart">${svg}<figcaption>${caption}</figcaption></figure>`;
}

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.5rem}
.en{color:#666;font-weight:normal;font-size:.85em}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.met{background:#e6f4ea}.missed{background:#fce8e6}.na{color:#888}
figure.chart{margin:1rem 0}figcaption{font-size:.85rem;color:#555}
.intro{color:#333;max-width:900px}.meta{color:#666;font-size:.85rem}
`;

/** A complete, self-contained HTML page. */
export function page(title: string, subtitle: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">${subtitle}</p>
${body}
</body>
</html>
`;
}

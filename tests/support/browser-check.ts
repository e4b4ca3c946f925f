/**
 * Opens an HTML page in Debian's chromium (driven by playwright-core) and prints, as JSON, what
 * each chart drew and every console or page error. Run by tests/report.test.ts in a subprocess
 * with `-A`: playwright probes the system (/proc/sys) in ways Deno grants only with all
 * permissions, which the test suite itself does not need.
 *
 * Usage: deno run -A tests/support/browser-check.ts <page.html>
 */
import { launchChromium } from "./chromium.ts";

/** What one chart of the page drew. */
export interface ChartCheck {
  /** Shapes inside Plot's mark groups (axes and grids excluded). */
  drawn: number;
  width: number;
  caption: string;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`file://${Deno.args[0]}`);
  const charts: ChartCheck[] = await page.$$eval("figure.chart", (figures) =>
    figures.map((f) => {
      // Plot gives each mark a <g aria-label="…">; axes and grids are labelled as such.
      const marks = [...f.querySelectorAll("svg g[aria-label]")].filter((g) =>
        !/axis|grid|tick label/i.test(g.getAttribute("aria-label") ?? "")
      );
      const drawn = marks.reduce(
        (n, g) => n + g.querySelectorAll("rect, circle, path, line").length,
        0,
      );
      // The widest SVG is the chart (a legend comes with small swatch SVGs of its own).
      const widths = [...f.querySelectorAll("svg")].map((s) => s.getBoundingClientRect().width);
      return {
        drawn,
        width: Math.max(0, ...widths),
        caption: f.querySelector("figcaption")?.textContent ?? "",
      };
    }));
  console.log(JSON.stringify({ charts, errors }));
} finally {
  await browser.close();
}

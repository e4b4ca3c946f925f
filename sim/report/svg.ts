/**
 * Observable Plot outside a browser: Plot draws into a DOM, so a jsdom document stands in for
 * the browser's, and each chart comes back as standalone SVG text (with `xmlns`, so it is valid
 * inline in HTML and as a `.svg` file). jsdom reads the environment: run with `--allow-env`.
 */
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";

/** The DOM document type Plot expects (Deno's type library has no DOM). */
type PlotDocument = NonNullable<Plot.PlotOptions["document"]>;

let document: PlotDocument | undefined;

/** The shared jsdom document (created on first use; creating one costs ~50 ms). */
function sharedDocument(): PlotDocument {
  document ??= new JSDOM("<!DOCTYPE html><body></body>").window.document as unknown as PlotDocument;
  return document;
}

/** Renders a Plot chart to SVG text. Legends, if any, are kept with the chart in a `<figure>`. */
export function plotToSvg(options: Plot.PlotOptions): string {
  const chart = Plot.plot({ ...options, document: sharedDocument() });
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    svg.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  }
  return chart.outerHTML;
}

export { Plot };

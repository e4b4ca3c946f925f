/**
 * The sensitivity analysis on a page (`deno task sensitivity`'s `sensitivity.html`, and a
 * section of the report when it is given a previous run's `sensitivity.json`): for each verdict
 * and headline KPI, the Morris plane (μ* against σ: far right matters, high up interacts or is
 * non-linear), the Sobol indices as bars with their bootstrap intervals, and the assumptions
 * whose low or high end flips each verdict. Observable Plot, as the rest of the report.
 */
import type { MorrisRow, SensitivityResult, SobolRow } from "../sensitivity/analysis.ts";
import { formatValue } from "../runner/headline.ts";
import { bilingual, escapeHtml, figure, section, table } from "./html.ts";
import { Plot, plotToSvg } from "./svg.ts";

/** Factors labelled on a chart, the strongest first. */
const LABELLED = 8;

/** The short name of a factor for a chart label: its last two parts. */
function shortName(factor: string): string {
  return factor.split(".").slice(-2).join(".");
}

/** μ* against σ, one dot per factor, the strongest labelled. */
export function morrisPlane(rows: readonly MorrisRow[], unit: string): string {
  const data = rows.filter((r) => Number.isFinite(r.muStar)).map((r, i) => ({
    ...r,
    sigma: Number.isFinite(r.sigma) ? r.sigma : 0,
    label: i < LABELLED && r.muStar > 0 ? shortName(r.factor) : "",
  }));
  return plotToSvg({
    width: 720,
    height: 320,
    marginRight: 40,
    x: { label: `μ* (${unit} over the range)`, grid: true, zero: true },
    y: { label: "σ", grid: true, zero: true },
    marks: [
      Plot.dot(data, { x: "muStar", y: "sigma", fill: "#1f77b4", r: 3.5 }),
      Plot.text(data, { x: "muStar", y: "sigma", text: "label", dx: 6, textAnchor: "start" }),
    ],
  });
}

/** S1 and ST of each factor as bars with their intervals. */
export function sobolBars(rows: readonly SobolRow[]): string {
  const data = rows.flatMap((r) => [
    {
      factor: shortName(r.factor),
      index: "S1",
      value: r.first,
      low: r.firstCi[0],
      high: r.firstCi[1],
    },
    {
      factor: shortName(r.factor),
      index: "ST",
      value: r.total,
      low: r.totalCi[0],
      high: r.totalCi[1],
    },
  ]).filter((d) => Number.isFinite(d.value));
  return plotToSvg({
    width: 720,
    marginLeft: 220,
    height: 60 + 34 * rows.length,
    x: { label: "Sobol index (share of the output's variance)", grid: true, domain: [0, 1] },
    y: { label: null, domain: rows.map((r) => shortName(r.factor)) },
    color: { legend: true, domain: ["S1", "ST"], range: ["#1f77b4", "#ff7f0e"] },
    marks: [
      Plot.barX(data, {
        x: (d: { value: number }) => Math.max(0, d.value),
        y: "factor",
        fill: "index",
        fillOpacity: 0.7,
        insetTop: 2,
        insetBottom: 2,
      }),
      Plot.ruleY(data.filter((d) => Number.isFinite(d.low)), {
        x1: (d: { low: number }) => Math.max(0, d.low),
        x2: (d: { high: number }) => Math.min(1, d.high),
        y: "factor",
        stroke: "index",
        strokeWidth: 2,
      }),
    ],
  });
}

/** The text of a number for a table. */
function num(value: number, unit: string): string {
  return formatValue(value, unit === "probability" ? "share" : unit);
}

/** The analysis as page content: a summary of flips, then one part per output. */
export function sensitivityContent(result: SensitivityResult): string {
  const flipRows = result.outputs.filter((o) => o.kind === "verdict").map((o) => {
    const f = result.flips[o.key];
    return [
      { html: bilingual(o.zh, o.en) },
      f ? num(f.base, "probability") : "–",
      f && f.flips.length > 0
        ? f.flips.map((x) =>
          `${x.factor} at its ${x.end} end (${num(x.probability, "probability")})`
        )
          .join("; ")
        : "none",
    ];
  });
  const flipsTable = table(
    ["Verdict", "Probability met (scenario)", "Assumptions whose end flips it (probability there)"],
    flipRows,
  );
  const parts = result.outputs.map((o) => {
    const morris = result.morris?.effects[o.key];
    const sobol = result.sobol?.indices[o.key];
    const pieces: string[] = [];
    if (morris) {
      pieces.push(figure(
        morrisPlane(morris, o.unit),
        `Morris: μ* (mean absolute elementary effect) against σ, ${result.morris!.trajectories} ` +
          "trajectories. Top: " +
          morris.slice(0, 5).map((r) => `${escapeHtml(r.factor)} ${num(r.muStar, o.unit)}`)
            .join(", "),
      ));
    }
    if (sobol) {
      pieces.push(figure(
        sobolBars(sobol),
        `Sobol first-order (S1) and total (ST) indices with bootstrap 95 % intervals, n = ${
          result.sobol!.n
        }.`,
      ));
    }
    return `<h3>${bilingual(o.zh, o.en)} <span class="en">(${escapeHtml(o.unit)}; scenario: ${
      escapeHtml(num(o.base, o.unit))
    })</span></h3>${pieces.join("")}`;
  });
  return flipsTable + parts.join("");
}

/** The report's section from a previous run's `sensitivity.json`. */
export function sensitivitySection(result: SensitivityResult): string {
  return section(
    "sensitivity",
    "假设的敏感性",
    "Which assumptions matter",
    `From <code>deno task sensitivity ${escapeHtml(result.scenario.name)}</code> (${
      escapeHtml(result.method)
    }, ${result.runs.points} design points of ${result.replications} replications, seed ${result.scenario.seed}): ` +
      "each assumed input varied over its plausible range (see the assumptions below). A verdict " +
      "flips when its probability crosses one half at an end of an input's range, the others at " +
      "the scenario's values.",
    sensitivityContent(result),
  );
}

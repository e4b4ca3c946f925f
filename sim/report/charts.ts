/**
 * The report's charts, each a thin function over Observable Plot returning SVG text: the spread
 * of a KPI across replications per scenario, a KPI against a swept lever, a distribution of
 * working days against a target, shares stacked over time, and grouped bars.
 */
import { Plot, plotToSvg } from "./svg.ts";

const WIDTH = 720;

/** One scenario's per-replication values of a KPI. */
export interface ScenarioValues {
  scenario: string;
  values: readonly number[];
}

/**
 * Each replication as a tick, one row per scenario, with the scenario's mean as a dot and the
 * target as a red rule: how likely each scenario is to land on the right side of the target.
 */
export function spreadChart(
  series: readonly ScenarioValues[],
  label: string,
  target?: number,
): string {
  const data = series.flatMap((s) =>
    s.values.filter(Number.isFinite).map((value) => ({ scenario: s.scenario, value }))
  );
  const means = series.map((s) => {
    const v = s.values.filter(Number.isFinite);
    return { scenario: s.scenario, value: v.reduce((a, b) => a + b, 0) / Math.max(1, v.length) };
  });
  return plotToSvg({
    width: WIDTH,
    marginLeft: 140,
    height: 40 + 36 * series.length,
    x: { label, grid: true },
    y: { label: null, domain: series.map((s) => s.scenario) },
    marks: [
      Plot.tickX(data, { x: "value", y: "scenario", strokeOpacity: 0.35 }),
      Plot.dot(means, { x: "value", y: "scenario", fill: "black", r: 4 }),
      ...(target === undefined
        ? []
        : [Plot.ruleX([target], { stroke: "#d62728", strokeWidth: 2 })]),
    ],
  });
}

/** A row of a sweep: the lever's value and a KPI's mean with its 95 % interval. */
export interface SweepPoint {
  value: number;
  mean: number;
  low: number;
  high: number;
}

/** A KPI against the swept lever: the mean as a line with dots, the 95 % interval as a band. */
export function sweepChart(
  points: readonly SweepPoint[],
  lever: string,
  label: string,
  target?: number,
): string {
  const finite = points.filter((p) => Number.isFinite(p.mean));
  return plotToSvg({
    width: WIDTH,
    height: 260,
    x: { label: lever, grid: true },
    y: { label, grid: true },
    marks: [
      Plot.areaY(finite.filter((p) => Number.isFinite(p.low)), {
        x: "value",
        y1: "low",
        y2: "high",
        fill: "#1f77b4",
        fillOpacity: 0.2,
      }),
      Plot.line(finite, { x: "value", y: "mean", stroke: "#1f77b4" }),
      Plot.dot(finite, { x: "value", y: "mean", fill: "#1f77b4" }),
      ...(target === undefined
        ? []
        : [Plot.ruleY([target], { stroke: "#d62728", strokeDasharray: "4 3" })]),
    ],
  });
}

/** Working days of individual applications, per scenario, against the target. */
export function daysChart(
  rows: readonly { scenario: string; days: number }[],
  label: string,
  target: number,
): string {
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  // Whole working days: one bin per day, counted here rather than by Plot's bin transform.
  const counts = new Map<string, { scenario: string; x1: number; x2: number; count: number }>();
  for (const { scenario, days } of rows) {
    const day = Math.round(days);
    const key = `${scenario}\u0000${day}`;
    const bin = counts.get(key) ?? { scenario, x1: day - 0.5, x2: day + 0.5, count: 0 };
    bin.count++;
    counts.set(key, bin);
  }
  return plotToSvg({
    width: WIDTH,
    height: 60 + 90 * scenarios.length,
    marginLeft: 60,
    marginRight: 120, // room for the scenario names of the facets
    x: { label, grid: true },
    fy: { label: null, domain: scenarios },
    y: { label: "applications" },
    marks: [
      Plot.rectY([...counts.values()], {
        x1: "x1",
        x2: "x2",
        y: "count",
        fy: "scenario",
        fill: "#4c78a8",
      }),
      Plot.ruleX([target], { stroke: "#d62728", strokeWidth: 2 }),
      Plot.ruleY([0]),
    ],
  });
}

/** Counts per category over time, stacked (e.g. PV zones green/yellow/red per quarter). */
export function stackedChart(
  rows: readonly { period: string; category: string; count: number; scenario: string }[],
  label: string,
  colors: Record<string, string>,
): string {
  const categories = Object.keys(colors);
  // Periods and facets in the order given (Plot would sort them alphabetically).
  const periods = [...new Set(rows.map((r) => r.period))];
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  return plotToSvg({
    width: WIDTH,
    height: 260,
    marginBottom: 40,
    x: { label: null, domain: periods },
    fx: { label: null, domain: scenarios },
    y: { label, grid: true },
    color: { domain: categories, range: categories.map((c) => colors[c]), legend: true },
    marks: [
      Plot.barY(rows, {
        x: "period",
        y: "count",
        // Through the colour scale even when the categories are colour names ("green"), which
        // Plot would otherwise paint literally.
        fill: { value: "category", scale: "color" },
        fx: "scenario",
        order: categories,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Grouped horizontal bars: a value per (group, scenario), e.g. utilisation per staff role. */
export function groupedBars(
  rows: readonly { group: string; scenario: string; value: number }[],
  label: string,
  reference?: number,
): string {
  const groups = [...new Set(rows.map((r) => r.group))];
  return plotToSvg({
    width: WIDTH,
    height: 40 + 26 * rows.length,
    marginLeft: 170,
    x: { label, grid: true },
    fy: { label: null, domain: groups, axis: "left" },
    y: { axis: null }, // the colour legend names the scenarios
    color: { legend: true },
    marks: [
      Plot.barX(rows, { x: "value", y: "scenario", fy: "group", fill: "scenario" }),
      ...(reference === undefined
        ? []
        : [Plot.ruleX([reference], { stroke: "#d62728", strokeDasharray: "4 3" })]),
      Plot.ruleX([0]),
    ],
  });
}

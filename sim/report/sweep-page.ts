/** The page of `deno task sweep`: each headline KPI against the swept lever. */
import { summarizeKpi } from "../runner/aggregate.ts";
import { presentHeadlines } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { sweepChart } from "./charts.ts";
import { escapeHtml, figure, page, section } from "./html.ts";
import { headlineTarget } from "./reference-lines.ts";

/** The whole sweep page; `values` are the lever's values as given, one per run. */
export function sweepPage(
  scenario: string,
  path: string,
  values: readonly string[],
  runs: readonly ScenarioRun[],
): string {
  const numeric = values.map(Number);
  const x = numeric.every(Number.isFinite) ? numeric : values.map((_, i) => i);
  const headlines = presentHeadlines(runs.flatMap((r) => r.results.map((k) => k.kpis)));
  const charts = headlines.map((h) => {
    const points = runs.map((run, i) => {
      const s = summarizeKpi(run.results.map((r) => r.kpis[h.key] ?? NaN));
      return { value: x[i], mean: s?.mean ?? NaN, low: s?.ci95[0] ?? NaN, high: s?.ci95[1] ?? NaN };
    });
    return figure(
      sweepChart(points, path, `${h.en} (${h.unit})`, headlineTarget(h.key)),
      `${escapeHtml(h.zh)} · ${escapeHtml(h.en)} against ${
        escapeHtml(path)
      }: mean and 95 % interval`,
    );
  });
  return page(
    `参数扫描 Sweep: ${escapeHtml(scenario)}, ${escapeHtml(path)}`,
    `${runs[0]?.results.length ?? 0} replications per value, seed ${
      runs[0]?.seed
    }, common random numbers.`,
    section("charts", "指标随参数变化", "KPIs against the lever", "", charts.join("")),
  );
}

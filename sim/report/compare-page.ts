/**
 * The comparison page of `deno task compare`: the headline KPIs of each scenario, each later
 * scenario's difference from the first with its 95 % interval, and the spread of every headline
 * KPI across replications.
 */
import type { KpiComparison } from "../runner/compare.ts";
import { presentHeadlines } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { spreadChart } from "./charts.ts";
import { escapeHtml, figure, page, section, table } from "./html.ts";
import { comparisonRows } from "./kpi-cells.ts";
import { headlineTarget } from "./reference-lines.ts";

/** The whole comparison page. */
export function comparisonPage(
  runs: readonly ScenarioRun[],
  comparisons: readonly KpiComparison[],
): string {
  const names = runs.map((r) => r.scenario.name);
  const rows = comparisonRows(runs, comparisons, { allMeans: true, withCi: true });
  const headlines = presentHeadlines(runs.flatMap((r) => r.results.map((x) => x.kpis)));
  const header = ["KPI", ...names, ...names.slice(1).map((n) => `${n} − ${names[0]}`)];
  const charts = headlines.map((h) =>
    figure(
      spreadChart(
        runs.map((run) => ({
          scenario: run.scenario.name,
          values: run.results.map((r) => r.kpis[h.key] ?? NaN),
        })),
        `${h.en} (${h.unit})`,
        headlineTarget(h.key),
      ),
      `${escapeHtml(h.zh)} · ${escapeHtml(h.en)}: one tick per replication, the dot is the mean` +
        (headlineTarget(h.key) === undefined ? "" : "; the red line is the plan's target"),
    )
  );
  const { replications, seed } = { replications: runs[0].results.length, seed: runs[0].seed };
  return page(
    `情景对比 Scenario comparison: ${escapeHtml(names.join(" · "))}`,
    `${replications} replications each, seed ${seed}, common random numbers (paired differences). ` +
      "* = significant at the 5 % level.",
    section("table", "关键指标", "Headline KPIs", "", table(header, rows)) +
      section("spread", "各次模拟的分布", "Spread across replications", "", charts.join("")),
  );
}

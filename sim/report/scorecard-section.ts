/**
 * The report's Getting Electricity scorecard: the county's four Doing Business components and
 * its score, baseline and plan, each a mean over replications with its 95 % interval, beside the
 * published Doing Business results of China and of the best economies; which component is
 * furthest from the frontier; and the B-READY operational measures. Labels and units are the
 * KPI catalogue's.
 *
 * @module
 */
import { kpiInfo, type KpiKey } from "../kpis/catalogue.ts";
import { KPI_PARTS } from "../kpis/parts.ts";
import { summarizeKpi } from "../runner/aggregate.ts";
import { formatValue } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { PUBLISHED, type PublishedResult } from "../scorecard/frontier.ts";
import { type Cell, escapeHtml, section, table } from "./html.ts";
import { kpiLabel } from "./kpi-cells.ts";

/** The rows of the components table, each with the published field it is set beside. */
const ROWS: readonly [KpiKey, keyof PublishedResult][] = [
  ["scorecard.procedures", "procedures"],
  ["scorecard.days", "days"],
  ["scorecard.costPercent", "costPercent"],
  ["scorecard.reliabilityIndex", "reliabilityIndex"],
  ["scorecard.score", "score"],
];

const B_READY: readonly KpiKey[] = [
  "scorecard.days",
  "scorecard.bReady.outagesPerMonth",
  "scorecard.bReady.outageHours",
];

/** A run's mean of `key` with its 95 % interval, in the KPI's unit; "n/a" when it has none. */
function meanCell(run: ScenarioRun, key: KpiKey): Cell {
  const s = summarizeKpi(run.results.map((r) => r.kpis[key] ?? NaN));
  if (s === null) return { html: "n/a", className: "na" };
  const unit = kpiInfo(key).unit;
  const [lo, hi] = s.ci95.map((x) => formatValue(x, unit));
  return escapeHtml(`${formatValue(s.mean, unit)} [${lo}, ${hi}]`);
}

/** The scorecard section, or "" when the runs did not follow the case. */
export function scorecardSection(baseline: ScenarioRun, plan: ScenarioRun): string {
  const runs = [baseline, plan];
  if (!runs.every((r) => r.results.some((x) => "scorecard.score" in x.kpis))) return "";
  const published = PUBLISHED.filter((p) => p.edition === "DB2020");
  const header = [
    "Component 指标",
    ...runs.map((r) => escapeHtml(r.scenario.name)),
    ...published.map((p) => `${escapeHtml(p.zh)} ${escapeHtml(p.economy)} (DB2020)`),
  ];
  const rows: Cell[][] = ROWS.map(([key, field]) => [
    kpiLabel(kpiInfo(key)),
    ...runs.map((r) => meanCell(r, key)),
    ...published.map((p) => field === "score" ? p.score.toFixed(1) : String(p[field])),
  ]);
  const component = KPI_PARTS.component;
  const weakest = component.values.map((value) => ({
    label: component.labels[value],
    score: summarizeKpi(plan.results.map((r) => r.kpis[`scorecard.componentScore.${value}`]))
      ?.mean ?? NaN,
  })).sort((a, b) => a.score - b.score)[0];
  const bReady = table(
    ["B-READY", ...runs.map((r) => escapeHtml(r.scenario.name))],
    B_READY.map((key) => [kpiLabel(kpiInfo(key)), ...runs.map((r) => meanCell(r, key))]),
  );
  const [zh, en] = weakest.label;
  const intro = "The Doing Business case, a warehouse in the county seat applying for a 140 kVA " +
    "connection 150 m long with its internal wiring done, followed through the county's queues " +
    "in every replication (its own random streams), and scored on the Doing Business 2020 scale " +
    "(procedures 3–9, time 18–248 days, cost 0–8,100 % of income per capita, index 8–0; the " +
    "score is the mean of the four). Means with 95 % intervals over the replications; published " +
    "values from Doing Business 2020. The index reads SAIDI and SAIFI of every customer with " +
    "every interruption, planned ones and major event days included. Furthest from the frontier " +
    `in the plan: <strong>${escapeHtml(zh)} · ${escapeHtml(en)}</strong> ` +
    `(${weakest.score.toFixed(1)} of 100). Levers that move it: approval (parallel, exemptions) ` +
    "and staffing for procedures and time; automation and compensation for the index.";
  return section(
    "scorecard",
    "获得电力评价（世界银行方法）",
    "Getting Electricity scorecard (World Bank method)",
    intro,
    table(header, rows) + bReady,
  );
}

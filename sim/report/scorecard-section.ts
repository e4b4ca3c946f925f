/**
 * The report's Getting Electricity scorecard: the county's four Doing Business components and
 * its score, baseline and plan, each a mean over replications with its 95 % interval, beside the
 * published Doing Business results of China and of the best economies; which component is
 * furthest from the frontier; and the B-READY operational measures.
 *
 * @module
 */
import { summarizeKpi } from "../runner/aggregate.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { PUBLISHED } from "../scorecard/frontier.ts";
import { bilingual, type Cell, escapeHtml, section, table } from "./html.ts";

const COMPONENTS = [
  ["procedures", "办电环节", "procedures", 0],
  ["days", "办电时间（日历日）", "time (calendar days)", 1],
  ["costPercent", "费用（占人均收入%）", "cost (% of income per capita)", 2],
  ["reliabilityIndex", "可靠性和电费透明度指数", "reliability and tariff index (0–8)", 1],
] as const;

/** A run's mean of `key` with its 95 % interval, or "n/a" when it has none. */
function meanCell(run: ScenarioRun, key: string, digits: number): Cell {
  const s = summarizeKpi(run.results.map((r) => r.kpis[key] ?? NaN));
  if (s === null) return { html: "n/a", className: "na" };
  const [lo, hi] = s.ci95;
  return `${s.mean.toFixed(digits)} [${lo.toFixed(digits)}, ${hi.toFixed(digits)}]`;
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
  const rows: Cell[][] = COMPONENTS.map(([key, zh, en, digits]) => [
    bilingual(zh, en),
    ...runs.map((r) => meanCell(r, `scorecard.${key}`, digits)),
    ...published.map((p) => String(p[key])),
  ]);
  rows.push([
    bilingual("获得电力得分", "score (0–100)"),
    ...runs.map((r) => meanCell(r, "scorecard.score", 1)),
    ...published.map((p) => p.score.toFixed(1)),
  ]);
  const weakest = COMPONENTS.map(([key, zh, en]) => ({
    zh,
    en,
    score: summarizeKpi(plan.results.map((r) => r.kpis[`scorecard.componentScore.${key}`]))
      ?.mean ?? NaN,
  })).sort((a, b) => a.score - b.score)[0];
  const bReady = table(
    ["B-READY", ...runs.map((r) => escapeHtml(r.scenario.name))],
    [
      [
        bilingual("接电时间（日历日）", "days to a connection"),
        ...runs.map((r) => meanCell(r, "scorecard.days", 1)),
      ],
      [
        bilingual("每月停电次数", "outages in a typical month"),
        ...runs.map((r) => meanCell(r, "scorecard.bReady.outagesPerMonth", 3)),
      ],
      [
        bilingual("平均停电时长（小时）", "mean outage duration (h)"),
        ...runs.map((r) => meanCell(r, "scorecard.bReady.outageHours", 2)),
      ],
    ],
  );
  const intro = "The Doing Business case, a warehouse in the county seat applying for a 140 kVA " +
    "connection 150 m long with its internal wiring done, followed through the county's queues " +
    "in every replication (its own random streams), and scored on the Doing Business 2020 scale " +
    "(procedures 3–9, time 18–248 days, cost 0–8,100 % of income per capita, index 8–0; the " +
    "score is the mean of the four). Means with 95 % intervals over the replications; published " +
    "values from Doing Business 2020. The index reads SAIDI and SAIFI of every customer with " +
    "every interruption, planned ones and major event days included. Furthest from the frontier " +
    `in the plan: <strong>${escapeHtml(weakest.zh)} · ${escapeHtml(weakest.en)}</strong> ` +
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

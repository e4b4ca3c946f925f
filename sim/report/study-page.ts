/**
 * The page of a study (`study.html`): for each headline KPI, every cell's replications as ticks
 * and its mean as a dot, one row per county × scenario × lever values, against the plan's target;
 * then the table of every cell's verdicts (the probability of meeting each plan target).
 */
import type { HeadlineKpi } from "../runner/headline.ts";
import type { TargetResult } from "../runner/targets.ts";
import type { StudyCell, StudyPlan } from "../study/plan.ts";
import { spreadChart } from "./charts.ts";
import { escapeHtml, figure, page, section, table } from "./html.ts";
import { headlineTarget } from "./reference-lines.ts";

/** What the page shows of one cell. */
export interface StudyPageCell {
  cell: StudyCell;
  headlines: { headline: HeadlineKpi; values: number[] }[];
  targets: TargetResult[];
}

/** A cell's row label: county · scenario · lever values. */
function label(cell: StudyCell): string {
  return [cell.county, cell.scenarioName, ...Object.values(cell.levers).map(String)].join(" · ");
}

/** The whole page. */
export function studyPage(plan: StudyPlan, cells: readonly StudyPageCell[]): string {
  const d = plan.definition;
  const charts = (cells[0]?.headlines ?? []).map(({ headline }, k) => {
    const series = cells.map((c) => ({ scenario: label(c.cell), values: c.headlines[k].values }));
    if (series.every((s) => !s.values.some(Number.isFinite))) return "";
    return figure(
      spreadChart(series, `${headline.en} (${headline.unit})`, headlineTarget(headline.key)),
      `${escapeHtml(headline.zh)} · ${escapeHtml(headline.en)}: each replication a tick, ` +
        "the mean a dot, the plan's target a red line",
    );
  });
  const targets = cells[0]?.targets ?? [];
  const verdicts = table(
    ["county · scenario · levers", ...targets.map((t) => t.id)],
    cells.map((c) => [
      label(c.cell),
      ...c.targets.map((t) => t.probability === null ? "–" : Number(t.probability.toFixed(3))),
    ]),
  );
  const levers = d.levers.map((l) => `${escapeHtml(l.path)} = ${l.values.join(", ")}`).join("; ");
  return page(
    `研究 Study: ${escapeHtml(d.name)}`,
    `${d.counties.length} counties × ${d.scenarios.length} scenarios${
      levers ? ` × ${levers}` : ""
    }; ${d.replications} replications per cell, study seed ${d.seed}` +
      `${d.commonRandomNumbers ? ", common random numbers within each county" : ""}. ` +
      `Digest ${plan.digest.slice(0, 16)}. ${escapeHtml(d.description)}`,
    section("charts", "各县指标", "Headline KPIs across counties", "", charts.join("")) +
      section(
        "verdicts",
        "达标概率",
        "Probability of meeting each plan target",
        "Share of replications meeting the target (study.csv has every column).",
        verdicts,
      ),
  );
}

/**
 * Table cells the report and the comparison page share: a KPI's bilingual label, a value, and a
 * scenario's difference from the reference scenario. Labels and units are the KPI catalogue's.
 */
import { kpiInfo, type KpiKey } from "../kpis/catalogue.ts";
import type { Difference, KpiComparison } from "../runner/compare.ts";
import { formatValue, type HeadlineKpi, presentHeadlines } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { bilingual, type Cell, escapeHtml, table } from "./html.ts";

/** A KPI's label: Chinese, English and unit (a headline's, or the catalogue's {@link kpiInfo}). */
export function kpiLabel(h: Pick<HeadlineKpi, "zh" | "en" | "unit">): Cell {
  return { html: `${bilingual(h.zh, h.en)} <span class="en">(${escapeHtml(h.unit)})</span>` };
}

/** A formatted number, right-aligned. */
export function valueCell(value: number, unit: string): Cell {
  return { html: formatValue(value, unit), className: "num" };
}

/** A difference from the reference: signed value, optionally its 95 % CI, and * when significant. */
export function differenceCell(d: Difference | null, unit: string, withCi: boolean): Cell {
  if (d === null) return { html: "–", className: "na" };
  const sign = d.difference > 0 ? "+" : "";
  const ci = withCi ? ` [${formatValue(d.ci95[0], unit)}, ${formatValue(d.ci95[1], unit)}]` : "";
  return {
    html: escapeHtml(`${sign}${formatValue(d.difference, unit)}${ci}`) +
      (d.significant ? " <b>*</b>" : ""),
    className: "num",
  };
}

/** Mean of a KPI over a run's replications (NaN where never defined). */
export function meanOf(run: ScenarioRun, key: KpiKey): number {
  const v = run.results.map((r) => r.kpis[key] ?? NaN).filter(Number.isFinite);
  return v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length;
}

/** A table of KPI means: one row per KPI, labelled from the catalogue, one column per run. */
export function kpiTable(
  runs: readonly ScenarioRun[],
  keys: readonly KpiKey[],
  first = "KPI",
): string {
  return table(
    [first, ...runs.map((r) => r.scenario.name)],
    keys.map((key) => {
      const info = kpiInfo(key);
      return [kpiLabel(info), ...runs.map((run) => valueCell(meanOf(run, key), info.unit))];
    }),
  );
}

/**
 * One row per headline KPI present in `runs`: its label, the mean of every run (or of the first
 * only, with `allMeans: false`), and each later run's difference from the first.
 */
export function comparisonRows(
  runs: readonly ScenarioRun[],
  comparisons: readonly KpiComparison[],
  options: { allMeans: boolean; withCi: boolean },
): Cell[][] {
  const byKey = new Map(comparisons.map((c) => [c.key, c]));
  const headlines = presentHeadlines(runs.flatMap((r) => r.results.map((x) => x.kpis)));
  return headlines.map((h) => {
    const c = byKey.get(h.key)!;
    const means = options.allMeans ? c.means : c.means.slice(0, 1);
    return [
      kpiLabel(h),
      ...means.map((m) => valueCell(m, h.unit)),
      ...c.differences.map((d) => differenceCell(d, h.unit, options.withCi)),
    ];
  });
}

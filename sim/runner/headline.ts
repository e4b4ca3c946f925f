/**
 * The KPIs shown first (in terminal tables, comparison pages and sweeps): one per plan target
 * and a few that planners ask for. Everything else is in the CSV files. Their labels and units
 * are the catalogue's (`sim/kpis/`).
 */
import { kpiInfo, type KpiKey } from "../kpis/catalogue.ts";
import { KPI_PARTS } from "../kpis/parts.ts";

/** A KPI worth showing first, with bilingual labels and a unit. */
export interface HeadlineKpi {
  key: KpiKey;
  zh: string;
  en: string;
  unit: string;
}

/** The headline KPIs' keys, in display order. */
export const HEADLINE_KEYS: readonly KpiKey[] = [
  // The plan's five classes, measured as the timeline verdicts measure them (the cohort).
  ...KPI_PARTS.service.values.flatMap((service) =>
    [`service.${service}.meanDays`, `service.${service}.withinShare`] as const
  ),
  "reliability.targetSaidiHours",
  "reliability.basis.lv.saidiHours",
  "reliability.saifi",
  "pv.connectedKw",
  "pv.deferredRed",
  "pv.overLimit.worst.count",
  "cost.customerCny",
  "cost.utilityCny",
  "cost.governmentCny",
  "scorecard.score",
];

/** The headline KPIs, in display order, labelled from the catalogue. */
export const HEADLINE_KPIS: readonly HeadlineKpi[] = HEADLINE_KEYS.map((key) => {
  const { zh, en, unit } = kpiInfo(key);
  return { key, zh, en, unit };
});

/** The headline KPIs present in at least one of the given KPI sets. */
export function presentHeadlines(kpis: readonly Record<string, number>[]): HeadlineKpi[] {
  return HEADLINE_KPIS.filter((h) => kpis.some((k) => h.key in k));
}

const SIGNIFICANT = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * A number for a table: shares (and 1/0 flags averaged over replications) as percentages, ratios near 1 with 5 decimals, large numbers
 * whole with grouped thousands, others to 3 significant digits.
 *
 * @example
 * formatValue(0.9543, "share"); // "95.4 %"
 * formatValue(123456.7, "¥"); // "123,457"
 * formatValue(4.8765, "h"); // "4.88"
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "share" || unit === "1/0") return `${(value * 100).toFixed(1)} %`;
  if (unit === "%") return `${SIGNIFICANT.format(value)} %`; // a percentage already
  if (unit === "ratio") return value.toFixed(5); // availability-like ratios close to 1 (ASAI)
  return Math.abs(value) >= 1000 ? WHOLE.format(value) : SIGNIFICANT.format(value);
}

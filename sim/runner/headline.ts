/**
 * The KPIs shown first (in terminal tables, comparison pages and sweeps): one per plan target
 * and a few that planners ask for. Everything else is in the CSV files.
 */
import { TIMELINE_TARGETS } from "../model/plan.ts";
import { SERVICE_PROFILES } from "../model/applications/class-profiles.ts";

/** A KPI worth showing first, with bilingual labels and a unit. */
export interface HeadlineKpi {
  key: string;
  zh: string;
  en: string;
  unit: string;
}

/** The headline KPIs, in display order. */
export const HEADLINE_KPIS: readonly HeadlineKpi[] = [
  // The plan's five classes, measured as the timeline verdicts measure them (the cohort).
  ...(Object.keys(SERVICE_PROFILES) as (keyof typeof TIMELINE_TARGETS)[]).flatMap((key) => {
    const [zh, en] = SERVICE_PROFILES[key].short;
    return [
      {
        key: `service.${key}.meanDays`,
        zh: `${zh}办电时间`,
        en: `${en} days`,
        unit: "working days",
      },
      {
        key: `service.${key}.withinShare`,
        zh: `${zh}达标率`,
        en: `${en} within target`,
        unit: "share",
      },
    ];
  }),
  {
    key: "reliability.targetSaidiHours",
    zh: "户均停电时间（10千伏用户）",
    en: "SAIDI (10 kV users)",
    unit: "h",
  },
  {
    key: "reliability.basis.lv.saidiHours",
    zh: "户均停电时间（全部用户）",
    en: "SAIDI (every customer)",
    unit: "h",
  },
  { key: "reliability.saifi", zh: "户均停电次数", en: "SAIFI", unit: "interruptions" },
  { key: "pv.connectedKw", zh: "新增并网光伏", en: "PV connected", unit: "kW" },
  { key: "pv.deferredRed", zh: "红区暂缓光伏申请", en: "PV deferred (red)", unit: "applications" },
  {
    key: "pv.overLimit.worst.count",
    zh: "光伏超80%台区",
    en: "areas with PV over 80 %",
    unit: "transformer areas",
  },
  { key: "cost.customerCny", zh: "用户办电成本", en: "customer cost", unit: "¥" },
  { key: "cost.utilityCny", zh: "供电公司投资", en: "utility investment", unit: "¥" },
  { key: "cost.governmentCny", zh: "政府投资", en: "government investment", unit: "¥" },
];

/** The headline KPIs present in at least one of the given KPI sets. */
export function presentHeadlines(kpis: readonly Record<string, number>[]): HeadlineKpi[] {
  return HEADLINE_KPIS.filter((h) => kpis.some((k) => h.key in k));
}

const SIGNIFICANT = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * A number for a table: shares as percentages, ratios near 1 with 5 decimals, large numbers
 * whole with grouped thousands, others to 3 significant digits.
 *
 * @example
 * formatValue(0.9543, "share"); // "95.4 %"
 * formatValue(123456.7, "¥"); // "123,457"
 * formatValue(4.8765, "h"); // "4.88"
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "share") return `${(value * 100).toFixed(1)} %`;
  if (unit === "ratio") return value.toFixed(5); // availability-like ratios close to 1 (ASAI)
  return Math.abs(value) >= 1000 ? WHOLE.format(value) : SIGNIFICANT.format(value);
}

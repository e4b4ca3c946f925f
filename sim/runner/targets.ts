/**
 * The plan's targets as checks on one replication's KPIs, and the probability of meeting each
 * across replications (with a Wilson interval). The report's headline table and the compare
 * command read these.
 */
import { proportionSummary } from "../engine/stats/proportion-summary.ts";
import {
  EXTENDED_INVESTMENT_SHARE,
  PV_TRANSFORMER_SHARE,
  RELIABILITY,
  TIMELINE_TARGETS,
} from "../model/targets.ts";

/** One target of the plan, checked on a replication's KPIs. */
export interface TargetCheck {
  id: string;
  zh: string;
  en: string;
  clause: string;
  /** The KPI shown beside the verdict (its mean across replications). */
  kpi: string;
  /** The target in words, e.g. "≤ 5 working days". */
  goal: string;
  /** True/false when the replication meets it; undefined when the KPI is not defined there. */
  met(kpis: Record<string, number>): boolean | undefined;
}

/** Chinese and English names of the classes with a timeline target: in full, and short. */
export const CLASS_LABELS: Record<
  keyof typeof TIMELINE_TARGETS,
  { full: [string, string]; short: [string, string] }
> = {
  residential: { full: ["居民用户", "residential"], short: ["居民", "residential"] },
  lv_small: {
    full: ["低压小微企业（三零）", "LV small/micro (three-zero)"],
    short: ["低压小微", "LV small/micro"],
  },
  lv_other: {
    full: ["其他低压非居民", "other LV non-residential"],
    short: ["其他低压", "other LV"],
  },
  hv_single: { full: ["高压单电源", "HV single source"], short: ["高压单电源", "HV single"] },
  hv_dual: { full: ["高压双电源", "HV dual source"], short: ["高压双电源", "HV dual"] },
};

function defined(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

/** Mean working days of a class within its limit (plan 二.(二)). */
function timelineCheck(key: keyof typeof TIMELINE_TARGETS): TargetCheck {
  const target = TIMELINE_TARGETS[key];
  const measure = target.measure === "whole" ? "wholeDays" : "businessDays";
  const kpi = `timeline.${key}.${measure}.mean`;
  const [zh, en] = CLASS_LABELS[key].full;
  const what = target.measure === "whole"
    ? ["全过程", "whole process"]
    : ["业务办理", "business handling"];
  return {
    id: `timeline.${key}`,
    zh: `${zh}${what[0]}时间`,
    en: `${en}: ${what[1]} time`,
    clause: target.clause,
    kpi,
    goal: `≤ ${target.days} working days (mean)`,
    met: (kpis) => defined(kpis[kpi]) ? kpis[kpi] <= target.days : undefined,
  };
}

/** Every target the models measure. */
export const TARGET_CHECKS: readonly TargetCheck[] = [
  ...(Object.keys(TIMELINE_TARGETS) as (keyof typeof TIMELINE_TARGETS)[]).map(timelineCheck),
  {
    id: "reliability.saidi",
    zh: "户均停电时间 ≤ 4.9 小时或同比压缩 8%",
    en: "SAIDI ≤ 4.9 h or −8 % on last year",
    clause: RELIABILITY.clause,
    kpi: "reliability.saidiHours",
    goal: `≤ ${RELIABILITY.saidiHours} h or ≥ ${RELIABILITY.yearOnYearCut * 100} % cut`,
    met: (kpis) =>
      defined(kpis["reliability.meetsTarget"]) ? kpis["reliability.meetsTarget"] === 1 : undefined,
  },
  {
    id: "pv.transformerShare",
    zh: "台区光伏容量 ≤ 配变容量 80%",
    en: "PV per transformer ≤ 80 % of rating",
    clause: "三.(九)",
    kpi: "pv.maxTransformerShare",
    goal: `≤ ${PV_TRANSFORMER_SHARE * 100} % on every transformer`,
    met: (kpis) =>
      defined(kpis["pv.maxTransformerShare"])
        ? kpis["pv.maxTransformerShare"] <= PV_TRANSFORMER_SHARE + 1e-9
        : undefined,
  },
  {
    id: "cost.extendedInvestment",
    zh: "延伸投资到位率 100%",
    en: "extended investment for 100 % of eligible users",
    clause: "二.(一)",
    kpi: "cost.extendedInvestmentShare",
    goal: "100 %",
    met: (kpis) =>
      defined(kpis["cost.extendedInvestmentShare"])
        ? kpis["cost.extendedInvestmentShare"] >= EXTENDED_INVESTMENT_SHARE - 1e-9
        : undefined,
  },
];

/** A target's verdict across replications. */
export interface TargetResult {
  id: string;
  zh: string;
  en: string;
  clause: string;
  goal: string;
  kpi: string;
  /** Mean of the KPI across replications (null when never defined). */
  value: number | null;
  /** Share of replications that meet the target (null when never defined). */
  probability: number | null;
  /** Wilson 95 % interval of that probability. */
  probabilityCi95: [number, number] | null;
  /** Replications in which the target could be checked. */
  n: number;
}

/** Evaluates every target over the replications' KPIs. */
export function evaluateTargets(replications: readonly Record<string, number>[]): TargetResult[] {
  return TARGET_CHECKS.map((check) => {
    const verdicts = replications.map((k) => check.met(k)).filter((v) => v !== undefined);
    const values = replications.map((k) => k[check.kpi]).filter(defined);
    const met = verdicts.filter((v) => v).length;
    const p = verdicts.length > 0 ? proportionSummary(met, verdicts.length) : null;
    return {
      id: check.id,
      zh: check.zh,
      en: check.en,
      clause: check.clause,
      goal: check.goal,
      kpi: check.kpi,
      value: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
      probability: p === null ? null : p.proportion,
      probabilityCi95: p === null ? null : [p.ci[0], p.ci[1]],
      n: verdicts.length,
    };
  });
}

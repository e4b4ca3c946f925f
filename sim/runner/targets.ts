/**
 * The plan's targets as verdicts: every check of `checks/` on each replication's KPIs, and the
 * probability of meeting each across replications (with a Wilson interval). The report's
 * headline table, `summary.json`, the notebooks and the compare command read these.
 *
 * @module
 */
import { proportionSummary } from "../engine/stats/proportion-summary.ts";
import { DEFAULT_LEVELS, type TargetCheck, type VerdictLevels } from "./checks/check.ts";
import { PROCESS_CHECKS } from "./checks/process.ts";
import { PV_CHECKS } from "./checks/pv.ts";
import { RELIABILITY_CHECKS } from "./checks/reliability.ts";
import { TIMELINE_CHECKS } from "./checks/timelines.ts";

export { DEFAULT_LEVELS, type TargetCheck, type VerdictLevels } from "./checks/check.ts";

/** Every target the models measure, in the plan's order. */
export const TARGET_CHECKS: readonly TargetCheck[] = [
  ...TIMELINE_CHECKS,
  ...PROCESS_CHECKS,
  ...RELIABILITY_CHECKS,
  ...PV_CHECKS,
];

/** A target's verdict across replications. */
export interface TargetResult {
  id: string;
  zh: string;
  en: string;
  clause: string;
  goal: string;
  /** How it is measured, in one sentence. */
  measure: string;
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
export function evaluateTargets(
  replications: readonly Record<string, number>[],
  levels: VerdictLevels = DEFAULT_LEVELS,
): TargetResult[] {
  return TARGET_CHECKS.map((check) => {
    const verdicts = replications.map((k) => check.met(k, levels)).filter((v) => v !== undefined);
    const values = replications.map((k) => k[check.kpi]).filter(Number.isFinite);
    const met = verdicts.filter((v) => v).length;
    const p = verdicts.length > 0 ? proportionSummary(met, verdicts.length) : null;
    return {
      id: check.id,
      zh: check.zh,
      en: check.en,
      clause: check.clause,
      goal: check.goal,
      measure: check.measure,
      kpi: check.kpi,
      value: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
      probability: p === null ? null : p.proportion,
      probabilityCi95: p === null ? null : [p.ci[0], p.ci[1]],
      n: verdicts.length,
    };
  });
}

/**
 * One verdict of the plan: a target checked on one replication's KPIs. The runner counts, across
 * replications, how often each is met (`evaluateTargets` in `../targets.ts`).
 *
 * A check reads the KPIs the models measured the way the plan words the target; it must be able
 * to fail (each has a test with a scenario that fails it and one that passes it).
 *
 * @module
 */
import type { KpiKey, Kpis } from "../../kpis/catalogue.ts";

/** One target of the plan, checked on a replication's KPIs. */
export interface TargetCheck {
  /** Stable id, e.g. `timeline.residential.mean`. */
  id: string;
  zh: string;
  en: string;
  /** The plan clause it implements, e.g. `二.(二)`. */
  clause: string;
  /** The KPI shown beside the verdict (its mean across replications). */
  kpi: KpiKey;
  /** The target in words, e.g. "≤ 5 working days". */
  goal: string;
  /** How it is measured, in one sentence (what is counted, over which applications or items). */
  measure: string;
  /**
   * True/false when the replication meets it; undefined when the KPI is not defined there.
   * `levels` default to {@link DEFAULT_LEVELS}.
   */
  met(kpis: Readonly<Kpis>, levels?: VerdictLevels): boolean | undefined;
}

/** The scenario's settings of how verdicts are read (`applications.verdicts`). */
export interface VerdictLevels {
  /** Share of cases that must be within a per-case limit (default 0.95). */
  complianceLevel: number;
}

/** The default reading of per-case limits (the `applications.verdicts` levers' defaults). */
export const DEFAULT_LEVELS: VerdictLevels = { complianceLevel: 0.95 };

/** Whether a KPI value is defined (a finite number). */
export function defined(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

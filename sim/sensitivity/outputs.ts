/**
 * What the analysis measures at each design point, from the point's replications: each plan
 * target's verdict probability (`sim/runner/targets.ts`: the share of replications meeting it)
 * and each headline KPI's mean (`sim/runner/headline.ts`).
 */
import type { VerdictLevels } from "../runner/checks/check.ts";
import { HEADLINE_KPIS } from "../runner/headline.ts";
import { evaluateTargets, TARGET_CHECKS } from "../runner/targets.ts";

/** One measured output. */
export interface SensitivityOutput {
  /** `verdict:<target id>` or `kpi:<key>`. */
  key: string;
  kind: "verdict" | "kpi";
  zh: string;
  en: string;
  unit: string;
}

/** Every output the analysis reports, verdicts first. */
export const SENSITIVITY_OUTPUTS: readonly SensitivityOutput[] = [
  ...TARGET_CHECKS.map((c) => ({
    key: `verdict:${c.id}`,
    kind: "verdict" as const,
    zh: c.zh,
    en: c.en,
    unit: "probability",
  })),
  ...HEADLINE_KPIS.map((h) => ({
    key: `kpi:${h.key}`,
    kind: "kpi" as const,
    zh: h.zh,
    en: h.en,
    unit: h.unit,
  })),
];

/** The outputs at one point (NaN where undefined), in {@link SENSITIVITY_OUTPUTS} order. */
export function pointOutputs(
  replications: readonly Record<string, number>[],
  levels: VerdictLevels,
): number[] {
  const verdicts = evaluateTargets(replications, levels).map((t) => t.probability ?? NaN);
  const kpis = HEADLINE_KPIS.map((h) => {
    const values = replications.map((k) => k[h.key]).filter(Number.isFinite);
    return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
  });
  return [...verdicts, ...kpis];
}

/**
 * The plan's target for a headline KPI, drawn as a reference line on its charts (undefined when
 * the KPI has no target of its own).
 */
import { PV_TRANSFORMER_SHARE, RELIABILITY, TIMELINE_TARGETS } from "../model/plan.ts";

export function headlineTarget(key: string): number | undefined {
  const timeline = /^service\.(\w+)\.meanDays$/.exec(key);
  if (timeline && timeline[1] in TIMELINE_TARGETS) {
    return TIMELINE_TARGETS[timeline[1] as keyof typeof TIMELINE_TARGETS].days;
  }
  if (key === "reliability.targetSaidiHours") return RELIABILITY.saidiHours;
  if (key === "pv.maxTransformerShare") return PV_TRANSFORMER_SHARE;
  return undefined;
}

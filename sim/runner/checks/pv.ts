/**
 * The plan's PV cap as verdicts (plan 三.(九).3: on transformers of every level, PV connected +
 * filed + under construction ≤ 80 % of the rating). Each reads the PV model's audit of the
 * county's actual state (`sim/model/pv/cap-audit.ts`), not the share right after an admission,
 * which the admission rule keeps under the cap by construction: a county with areas already over
 * the cap on 1 January, or a scenario that loosens the rule, fails.
 *
 * @module
 */
import type { KpiKey } from "../../kpis/catalogue.ts";
import { PV_CAP_CLAUSE, SUBSTATION_CAPACITY_LOAD_RATIO } from "../../model/pv/cap-audit.ts";
import { PV_TRANSFORMER_SHARE } from "../../model/plan.ts";
import { defined, type TargetCheck } from "./check.ts";

const PERCENT = `${PV_TRANSFORMER_SHARE * 100} %`;
const WHEN = "at every quarterly review (1 January, 1 April, 1 July, 1 October) and at year end";

/** Met when the worst count of areas above the cap, over the reviews (`kpi`), is 0. */
function noneOver(kpi: KpiKey): TargetCheck["met"] {
  return (kpis) => {
    const count = kpis[kpi];
    return defined(count) ? count === 0 : undefined;
  };
}

/** The plan's PV cap on distribution transformers and on substations. */
export const PV_CHECKS: TargetCheck[] = [
  {
    id: "pv.transformerShare",
    zh: "各台区光伏容量（含已备案在建）≤ 配变容量 80%",
    en: "PV on every transformer (filed and in progress included) ≤ 80 % of rating",
    clause: PV_CAP_CLAUSE,
    kpi: "pv.overLimit.worst.count",
    goal: `no transformer area above ${PERCENT} of its rating`,
    measure: `Transformer areas whose PV (connected + filed + under construction) exceeds ` +
      `${PERCENT} of the rating, counted ${WHEN}, including areas already over on 1 January; ` +
      `met when every count is 0.`,
    met: noneOver("pv.overLimit.worst.count"),
  },
  {
    id: "pv.substationShare",
    zh: "各变电站光伏容量（含已备案在建）≤ 主变容量 80%",
    en: "PV on every 110/35 kV substation (filed and in progress included) ≤ 80 % of rating",
    clause: PV_CAP_CLAUSE,
    kpi: "pv.substations.overLimit.worst.count",
    goal: `no substation above ${PERCENT} of its rating (rating assumed)`,
    measure: `110 kV and 35 kV substations whose PV (connected + filed + under construction, ` +
      `summed over the transformer areas of their feeders) exceeds ${PERCENT} of the rating ` +
      `(assumed: ${SUBSTATION_CAPACITY_LOAD_RATIO} × the summed peak loads of their feeders), counted ${WHEN}, including ` +
      `substations already over on 1 January; met when every count is 0.`,
    met: noneOver("pv.substations.overLimit.worst.count"),
  },
  {
    id: "pv.noNewBreach",
    zh: "新增光伏接入不致台区超过配变容量 80%",
    en: "no transformer area pushed over 80 % by the year's PV admissions",
    clause: PV_CAP_CLAUSE,
    kpi: "pv.overLimit.worst.causedByAdmissions",
    goal: "no area over the cap because of the year's admissions",
    measure: `Transformer areas over ${PERCENT} whose PV rose during the year (under the cap on ` +
      `1 January, or over by less), counted ${WHEN}; met when every count is 0. This is the ` +
      `admission rule's own record, apart from areas already over on 1 January.`,
    met: noneOver("pv.overLimit.worst.causedByAdmissions"),
  },
];

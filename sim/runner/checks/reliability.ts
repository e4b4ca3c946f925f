/**
 * The plan's reliability target (二.(四)): county average outage time per customer (户均停电时间,
 * SAIDI) ≤ 4.9 h a year, or cut by ≥ 8 % on last year; checked on one replication's KPIs from
 * the reliability model (`sim/model/reliability/kpis.ts`, which explains the rules).
 *
 * - `reliability.saidi`, the verdict: met when either limb is met, on the basis the target is
 *   judged on (`TARGET_BASIS`: DL/T 836's 10 kV users, each distribution transformer one user —
 *   the basis of the utility's reported 户均停电时间). The cut limb compares with year Y−1 of the
 *   county's record on the same basis (the record counts each day on both bases); when the
 *   record lacks that year it is not judged and the absolute limit decides (with the shipped
 *   2018–2022 record: for 2024 and later).
 * - `reliability.saidiAbsolute` and `reliability.saidiCut`: each limb alone, informative. The cut
 *   is undefined (not judged) where the verdict does not judge it, so the three always agree:
 *   the verdict is met exactly when one of the limbs is.
 *
 * @module
 */
import type { KpiKey, Kpis } from "../../kpis/catalogue.ts";
import type { CountBasis } from "../../model/reliability/ledger.ts";
import { TARGET_BASIS } from "../../model/reliability/kpis.ts";
import { RELIABILITY } from "../../model/plan.ts";
import { defined, type TargetCheck } from "./check.ts";

/** How each basis counts a "customer", in the report's words. */
const BASIS_TEXT: Record<CountBasis, { zh: string; en: string }> = {
  lv: { zh: "按全部用户", en: "every customer counted once" },
  mv: {
    zh: "按10千伏用户（每台配变为一户，DL/T 836）",
    en: "10 kV users of DL/T 836 (each distribution transformer one user)",
  },
};

const basis = BASIS_TEXT[TARGET_BASIS];
const limit = RELIABILITY.saidiHours;
const cut = RELIABILITY.yearOnYearCut * 100;
const counted =
  `SAIDI on ${basis.en}, every sustained interruption (> 5 min), planned and fault, ` +
  `major event days included`;
const lastYear = `year Y−1 of the county's record on the same basis (not judged when the ` +
  `record lacks that year)`;

/** 1 → true, 0 → false, NaN or missing → undefined. */
function flag(kpis: Readonly<Kpis>, key: KpiKey): boolean | undefined {
  const x = kpis[key];
  return defined(x) ? x === 1 : undefined;
}

/** The reliability checks: the verdict first, then its two limbs (informative). */
export const RELIABILITY_CHECKS: TargetCheck[] = [
  {
    id: "reliability.saidi",
    zh: `户均停电时间 ≤ ${limit} 小时或同比压缩 ${cut}%（${basis.zh}）`,
    en: `SAIDI ≤ ${limit} h or −${cut} % on last year (${basis.en})`,
    clause: RELIABILITY.clause,
    kpi: "reliability.targetSaidiHours",
    goal: `≤ ${limit} h, or ≥ ${cut} % below last year`,
    measure: `${counted}; met when ≤ ${limit} h or ≥ ${cut} % below ${lastYear}.`,
    met: (kpis) => flag(kpis, "reliability.meetsTarget"),
  },
  {
    id: "reliability.saidiAbsolute",
    zh: `户均停电时间 ≤ ${limit} 小时（${basis.zh}）`,
    en: `SAIDI ≤ ${limit} h (${basis.en})`,
    clause: RELIABILITY.clause,
    kpi: "reliability.targetSaidiHours",
    goal: `≤ ${limit} h`,
    measure: `${counted}; the absolute limb of the target alone (informative).`,
    met: (kpis) => flag(kpis, "reliability.meetsAbsolute"),
  },
  {
    id: "reliability.saidiCut",
    zh: `户均停电时间同比压缩 ≥ ${cut}%（${basis.zh}）`,
    en: `SAIDI −${cut} % on last year (${basis.en})`,
    clause: RELIABILITY.clause,
    kpi: "reliability.cutOnLastYear",
    goal: `≥ ${cut} % below last year`,
    measure: `${counted}, against ${lastYear}; the cut limb of the target alone (informative).`,
    met: (kpis) => flag(kpis, "reliability.meetsCut"),
  },
];

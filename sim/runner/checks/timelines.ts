/**
 * The plan's five timeline limits (二.(二)) as verdicts, each read two ways on the year's
 * cohort (every application filed in the year, followed to its end; one open at the end of the
 * run-out counts as outside the limit):
 * - **mean**: the class's mean working days ≤ the limit, as an evaluation averages; not met
 *   while any application is still open at the end (its days are only a lower bound);
 * - **share**: the share of the class's customers within the limit ≥ the compliance level
 *   (`applications.verdicts.complianceLevel`), since the plan's "不超过" applies to each customer.
 *
 * A class is the service the plan names (`service.<class>` KPIs): e.g. a 5G station at LV is
 * measured as "LV non-residential without three-zero". What is measured is the plan's measure:
 * the whole process for residential and three-zero users, business handling time (the whole
 * less construction) for the others; waits the plan itself imposes are left out of both.
 *
 * @module
 */
import { TIMELINE_TARGETS } from "../../model/plan.ts";
import { SERVICE_PROFILES } from "../../model/applications/class-profiles.ts";
import { DEFAULT_LEVELS, defined, type TargetCheck } from "./check.ts";

type Service = keyof typeof TIMELINE_TARGETS;

/** The two readings of one class's limit. */
function timelineChecks(service: Service): TargetCheck[] {
  const target = TIMELINE_TARGETS[service];
  const [zh, en] = SERVICE_PROFILES[service].label;
  const [whatZh, whatEn] = target.measure === "whole"
    ? ["全过程", "whole process"]
    : ["业务办理", "business handling"];
  const key = `service.${service}` as const;
  const measured = target.measure === "whole"
    ? "working days from filing to energisation, less the plan's own pauses"
    : "business handling working days (filing to energisation, less the construction of the " +
      "network and customer works and the plan's own pauses)";
  return [
    {
      id: `timeline.${service}.mean`,
      zh: `${zh}${whatZh}时间（平均）`,
      en: `${en}: ${whatEn} time (mean)`,
      clause: target.clause,
      kpi: `${key}.meanDays`,
      goal: `mean ≤ ${target.days} working days`,
      measure: `Mean of the ${measured}, over every application of the class filed in the ` +
        `year; not met while any is still open at the end of the run-out.`,
      met: (kpis) => {
        const mean = kpis[`${key}.meanDays`];
        if (!defined(mean)) return undefined;
        return kpis[`${key}.open`] === 0 && mean <= target.days;
      },
    },
    {
      id: `timeline.${service}.share`,
      zh: `${zh}${whatZh}时间（每户达标率）`,
      en: `${en}: ${whatEn} time (share of customers)`,
      clause: target.clause,
      kpi: `${key}.withinShare`,
      goal: `≤ ${target.days} working days for ≥ the compliance level of customers`,
      measure: `Share of the class's applications filed in the year whose ${measured} are ` +
        `within ${target.days}; one open at the end of the run-out counts as outside.`,
      met: (kpis, levels = DEFAULT_LEVELS) => {
        const share = kpis[`${key}.withinShare`];
        return defined(share) ? share >= levels.complianceLevel - 1e-12 : undefined;
      },
    },
  ];
}

/** Every timeline verdict, two per class. */
export const TIMELINE_CHECKS: TargetCheck[] = (Object.keys(TIMELINE_TARGETS) as Service[])
  .flatMap(timelineChecks);

/**
 * The plan's process targets as verdicts, each measured on the year's cohort from what the
 * model did to each application (never echoed from a lever): approval (二.(二)), network works
 * (二.(二)), the push contact (三.(三).3), steps per channel (二.(三), 三.(十).2), works in step
 * with the customer's (三.(二).2.(4)) and extended investment (二.(一)).
 *
 * Limits that apply to each case are met when the share within them reaches the compliance
 * level (`applications.verdicts.complianceLevel`); the zero-approval, step and extended-
 * investment targets, which the plan states for every case, must hold for all of them.
 *
 * @module
 */
import type { KpiKey } from "../../kpis/catalogue.ts";
import { KPI_PARTS } from "../../kpis/parts.ts";
import { STEP_CHANNELS, type StepChannel } from "../../model/applications/steps.ts";
import { APPROVAL, INFO_PUSH_DAYS, NETWORK_WORKS, STEP_TARGETS } from "../../model/plan.ts";
import { DEFAULT_LEVELS, defined, type TargetCheck } from "./check.ts";

/** Met when the share `kpi` reaches the compliance level. */
function shareAtLevel(kpi: KpiKey): TargetCheck["met"] {
  return (kpis, levels = DEFAULT_LEVELS) => {
    const share = kpis[kpi];
    return defined(share) ? share >= levels.complianceLevel - 1e-12 : undefined;
  };
}

/** Met when the share `kpi` is 1: every case. */
function every(kpi: KpiKey): TargetCheck["met"] {
  return (kpis) => {
    const share = kpis[kpi];
    return defined(share) ? share >= 1 - 1e-12 : undefined;
  };
}

function stepCheck(channel: StepChannel): TargetCheck {
  const limit = STEP_TARGETS[channel];
  const [zh, en] = KPI_PARTS.channel.labels[channel];
  return {
    id: `steps.${channel}`,
    zh: `${zh}办电环节 ≤ ${limit} 个`,
    en: `${en}: at most ${limit} step${limit > 1 ? "s" : ""}`,
    clause: channel.startsWith("baseStation") ? "三.(十).2" : "二.(三)",
    kpi: `steps.${channel}.withinShare`,
    goal: `≤ ${limit} steps for every customer`,
    measure: `Steps each energised application of the year's cohort in this channel took part ` +
      `in (application, supply-plan reply, inspection and energisation); met when none exceeds ` +
      `${limit}.`,
    met: every(`steps.${channel}.withinShare`),
  };
}

/** Every process verdict. */
export const PROCESS_CHECKS: TargetCheck[] = [
  {
    id: "approval.parallel",
    zh: `接电工程行政审批 ≤ ${APPROVAL.parallelDays} 个工作日`,
    en: `administrative approval of the works ≤ ${APPROVAL.parallelDays} working days`,
    clause: "二.(二)",
    kpi: "approval.withinTarget",
    goal: `≤ ${APPROVAL.parallelDays} working days for ≥ the compliance level of approvals`,
    measure: "Working days of each approval the cohort's network works went through (the " +
      "works the plan does not exempt), from request to decision.",
    met: shareAtLevel("approval.withinTarget"),
  },
  {
    id: "approval.zero",
    zh: "三零、非禁免批、小型低风险项目零审批",
    en: "zero approval for three-zero, exempt-scope and small low-risk works",
    clause: APPROVAL.clause,
    kpi: "approval.zeroApprovalShare",
    goal: "no approval for every exempt project",
    measure: "Of the cohort's network works that the plan's footnotes exempt (three-zero " +
      "users; ≤ 150 m line and ≤ 100 m excavation; small low-risk projects), the share that " +
      "went through no approval; met when all did.",
    met: every("approval.zeroApprovalShare"),
  },
  {
    id: "networkWorks.lv",
    zh: `低压非居民接网工程 ≤ ${NETWORK_WORKS.lvDays} 个工作日`,
    en: `LV non-residential network works ≤ ${NETWORK_WORKS.lvDays} working days`,
    clause: NETWORK_WORKS.clause,
    kpi: "networkWorks.lv.withinTarget",
    goal: `≤ ${NETWORK_WORKS.lvDays} working days for ≥ the compliance level`,
    measure: "Working days from the supply plan to the end of the network works, for each LV " +
      "non-residential application of the cohort with network works.",
    met: shareAtLevel("networkWorks.lv.withinTarget"),
  },
  {
    id: "networkWorks.mv",
    zh: `10千伏接网工程（供电方案确定后）≤ ${NETWORK_WORKS.mv10kvDays} 个工作日`,
    en: `10 kV network works ≤ ${NETWORK_WORKS.mv10kvDays} working days after the supply plan`,
    clause: NETWORK_WORKS.clause,
    kpi: "networkWorks.mv.withinTarget",
    goal: `≤ ${NETWORK_WORKS.mv10kvDays} working days for ≥ the compliance level`,
    measure: "Working days from the supply plan to the end of the network works, for each " +
      "10 kV application of the cohort with network works.",
    met: shareAtLevel("networkWorks.mv.withinTarget"),
  },
  {
    id: "push.contact",
    zh: `获取推送信息后 ${INFO_PUSH_DAYS} 个工作日内主动对接用户`,
    en: `pushed user contacted within ${INFO_PUSH_DAYS} working day`,
    clause: "三.(三).3",
    kpi: "push.contactWithinTarget",
    goal: `≤ ${INFO_PUSH_DAYS} working day for ≥ the compliance level`,
    measure: "Working days from a registration push to the utility's contact, for each pushed " +
      "application of the cohort.",
    met: shareAtLevel("push.contactWithinTarget"),
  },
  ...STEP_CHANNELS.map(stepCheck),
  {
    id: "networkWorks.inStep",
    zh: "政府和供电企业投资接网工程不晚于用户受电工程完工",
    en: "government- and utility-invested works done no later than the customer's works",
    clause: "三.(二).2.(4)",
    kpi: "networkWorks.inStepWithCustomer",
    goal: "in step for ≥ the compliance level",
    measure: "For each application of the cohort whose network works the government or the " +
      "utility paid (red, green), whether they were done no later than the customer's works.",
    met: shareAtLevel("networkWorks.inStepWithCustomer"),
  },
  {
    id: "cost.extendedInvestment",
    zh: "延伸投资覆盖 100% 符合条件用户",
    en: "extended investment for 100 % of eligible users",
    clause: "二.(一)",
    kpi: "cost.extendedInvestmentShare",
    goal: "100 % of eligible users",
    measure: "Of the cohort's eligible users (outside villages, not three-zero, not PV) whose " +
      "network works were built, the share whose works the government or the utility paid, " +
      "as priced at energisation.",
    met: every("cost.extendedInvestmentShare"),
  },
];

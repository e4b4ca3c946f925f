/**
 * The application model's KPIs (`sim/model/applications/kpis.ts`), measured on the year's
 * cohort: every application filed in the year, followed to its end however long after
 * 31 December that takes. Time measures are working days by the Civil Code count (the day of
 * filing not counted); a measure over no applications is NaN.
 *
 * @module
 */
import type { KpiEntry } from "./entry.ts";

/** A statistic over the measured applications (energised, or open and counted up to the end). */
const OVER_MEASURED = "over the class's measured applications (energised, or open at the end of " +
  "the run-out and counted up to then)";

/** Every application KPI, in the order the model writes them. */
export const APPLICATION_KPIS = [
  {
    key: "timeline.{class}.count",
    unit: "count",
    zh: "{class}：已接电",
    en: "{class}: energised",
    meaning: "Applications of the class filed in the year and energised by the end of the " +
      "run-out (the same count as `energised`).",
  },
  {
    key: "timeline.{class}.measured",
    unit: "count",
    zh: "{class}：计入时限考核",
    en: "{class}: measured",
    meaning: "Applications of the class measured against a timeline limit: energised, or open " +
      "at the end of the run-out for want of service.",
  },
  {
    key: "timeline.{class}.withinTarget",
    unit: "share",
    zh: "{class}：时限达标率",
    en: "{class}: within the limit",
    meaning: "Share of the class's measured applications whose days by the plan's measure are " +
      "within the limit of the service they get; one open at the end counts as outside.",
  },
  {
    key: "timeline.{class}.wholeDays.{stat}",
    unit: "working days",
    zh: "{class}：全过程时间（{stat}）",
    en: "{class}: whole-process days ({stat})",
    meaning: `Working days from filing to energisation, plan waits included, ${OVER_MEASURED}.`,
  },
  {
    key: "timeline.{class}.businessDays.{stat}",
    unit: "working days",
    zh: "{class}：业务办理时间（{stat}）",
    en: "{class}: business handling days ({stat})",
    meaning: "Business handling working days (the whole process less the construction of the " +
      `network and customer works and the plan's own waits), ${OVER_MEASURED}.`,
  },
  {
    key: "timeline.{class}.serviceDays.{stat}",
    unit: "working days",
    zh: "{class}：考核口径时间（{stat}）",
    en: "{class}: days by the plan's measure ({stat})",
    meaning: "Working days by the measure the plan sets for the service each application gets " +
      `(whole process less plan waits, or business handling time), ${OVER_MEASURED}.`,
  },
  {
    key: "timeline.{class}.steps.mean",
    unit: "steps",
    zh: "{class}：平均办电环节",
    en: "{class}: steps, mean",
    meaning: "Mean number of steps the class's energised applications took part in " +
      "(application, supply-plan reply, design review, inspection and energisation).",
  },
  {
    key: "timeline.{class}.stepsWithinTarget",
    unit: "share",
    zh: "{class}：办电环节达标率",
    en: "{class}: steps within the limit",
    meaning: "Share of the class's energised applications whose steps are within the plan's " +
      "limit for their channel.",
  },
  {
    key: "timeline.{class}.approvalsSkipped",
    unit: "count",
    zh: "{class}：免审批工程",
    en: "{class}: approvals skipped",
    meaning: "Applications of the class whose utility-planned network works went without an " +
      "administrative approval.",
  },
  {
    key: "timeline.{anyClass}.open",
    unit: "count",
    zh: "{anyClass}：未办结（服务原因）",
    en: "{anyClass}: open for want of service",
    meaning: "Applications of the class still open at the end of the run-out for want of " +
      "service (measured up to then, outside every limit).",
  },
  {
    key: "timeline.{class}.pausedByPlan",
    unit: "count",
    zh: "{class}：因规划规则暂停",
    en: "{class}: paused by the plan",
    meaning: "Applications of the class open at the end in a wait the plan's own rules impose " +
      "(三.(七).3, 三.(九).1); not measured against a limit.",
  },
  {
    key: "timeline.{class}.awaitingCustomer",
    unit: "count",
    zh: "{class}：等待用户工程",
    en: "{class}: awaiting the customer's works",
    meaning: "Applications of the class open at the end whose customer's own works end after " +
      "the run-out's cap; not measured against a limit.",
  },
  {
    key: "timeline.{anyClass}.refused",
    unit: "count",
    zh: "{anyClass}：不予受理",
    en: "{anyClass}: refused",
    meaning: "Applications of the class filed in the year and refused.",
  },
  {
    key: "timeline.{anyClass}.arrived",
    unit: "count",
    zh: "{anyClass}：申请数",
    en: "{anyClass}: filed",
    meaning: "Applications of the class filed in the simulated year (the cohort).",
  },
  {
    key: "timeline.{anyClass}.energised",
    unit: "count",
    zh: "{anyClass}：已接电",
    en: "{anyClass}: energised",
    meaning: "Applications of the class filed in the year and energised by the end of the " +
      "run-out.",
  },
  {
    key: "timeline.{class}.customerCostCny",
    unit: "¥",
    zh: "{class}：用户办电成本",
    en: "{class}: customer cost",
    meaning: "What the class's energised customers paid for their connections, as priced at " +
      "energisation.",
  },
  {
    key: "timeline.{class}.investmentCny",
    unit: "¥",
    zh: "{class}：供电公司和政府投资",
    en: "{class}: utility and government investment",
    meaning: "What the utility and the government paid for the class's energised connections " +
      "(the chargers' compound upgrades included).",
  },
  {
    key: "applications.arrived",
    unit: "count",
    zh: "申请数",
    en: "applications filed",
    meaning: "Applications filed in the simulated year, every class.",
  },
  {
    key: "applications.energised",
    unit: "count",
    zh: "已接电",
    en: "energised",
    meaning: "Applications of the cohort energised by the end of the run-out.",
  },
  {
    key: "applications.open",
    unit: "count",
    zh: "未办结（服务原因）",
    en: "open for want of service",
    meaning: "Applications of the cohort still open at the end of the run-out for want of " +
      "service.",
  },
  {
    key: "applications.pausedByPlan",
    unit: "count",
    zh: "因规划规则暂停",
    en: "open, paused by the plan's own rules",
    meaning: "Applications of the cohort open at the end in a wait the plan's own rules impose " +
      "(三.(七).3, 三.(九).1).",
  },
  {
    key: "applications.awaitingCustomer",
    unit: "count",
    zh: "等待用户工程",
    en: "open, the customer's own works ending later",
    meaning: "Applications of the cohort open at the end whose customer's own works end after " +
      "the run-out's cap.",
  },
  {
    key: "applications.refused",
    unit: "count",
    zh: "不予受理",
    en: "refused",
    meaning: "Applications of the cohort refused.",
  },
  {
    key: "applications.openAtYearEnd",
    unit: "count",
    zh: "年末在途",
    en: "filed in the year, still open on 31 December",
    meaning: "Applications of the cohort still open on 31 December of the simulated year.",
  },
  {
    key: "applications.runOutDays",
    unit: "days",
    zh: "年后续跑天数",
    en: "run-out after 31 December",
    meaning: "Calendar days after 31 December until the last application of the cohort was " +
      "energised or refused (or the cap).",
  },
  {
    key: "applications.movedToLvByThreshold",
    unit: "count",
    zh: "因低压接入门槛改为低压",
    en: "moved to LV by the threshold",
    meaning: "Applications of the cohort connected at LV that would have been 10 kV without the " +
      "scenario's LV threshold.",
  },
  {
    key: "applications.movedToHvByThreshold",
    unit: "count",
    zh: "因低压接入门槛改为高压",
    en: "moved to 10 kV by the threshold",
    meaning: "Applications of the cohort connected at 10 kV that would have been LV without the " +
      "scenario's LV threshold.",
  },
  {
    key: "cost.customerCny",
    unit: "¥",
    zh: "用户办电成本",
    en: "customer cost",
    meaning: "What the cohort's energised customers paid for their connections, as priced at " +
      "energisation.",
  },
  {
    key: "cost.utilityCny",
    unit: "¥",
    zh: "供电公司投资",
    en: "utility investment",
    meaning: "What the utility paid for the cohort's energised connections, the chargers' " +
      "compound upgrades included.",
  },
  {
    key: "cost.governmentCny",
    unit: "¥",
    zh: "政府投资",
    en: "government investment",
    meaning: "What the government paid for the cohort's energised connections.",
  },
  {
    key: "cost.extendedEligible",
    unit: "count",
    zh: "延伸投资符合条件用户",
    en: "users eligible for extended investment",
    meaning: "The cohort's users eligible for extended investment (二.(一)) whose network works " +
      "were built.",
  },
  {
    key: "cost.extendedInvestmentShare",
    unit: "share",
    zh: "延伸投资覆盖率",
    en: "extended investment share",
    meaning: "Of the cohort's eligible users whose network works were built, the share whose " +
      "works the government or the utility paid, as priced at energisation (二.(一)).",
  },
  {
    key: "planWait.{planWait}.count",
    unit: "count",
    zh: "{planWait}：户数",
    en: "{planWait}: count",
    meaning: "Applications of the cohort that waited on the plan's own rule: a charger for its " +
      "compound's capacity (三.(七).3), a PV system in a red zone (三.(九).1).",
  },
  {
    key: "planWait.{planWait}.meanDays",
    unit: "working days",
    zh: "{planWait}：平均等待",
    en: "{planWait}: mean wait",
    meaning: "Mean working days those applications waited on the plan's rule (left out of " +
      "every timeline measure).",
  },
  {
    key: "ev.capacityWaits",
    unit: "count",
    zh: "充电桩等待小区扩容",
    en: "chargers waiting for capacity",
    meaning: "Chargers of the cohort paused until their compound's capacity was upgraded " +
      "(三.(七).3; the same count as `planWait.ev.count`).",
  },
  {
    key: "ev.meanCapacityWaitDays",
    unit: "working days",
    zh: "充电桩平均等待扩容时间",
    en: "chargers' capacity wait, mean",
    meaning: "Mean working days those chargers waited (the same as `planWait.ev.meanDays`).",
  },
  {
    key: "ev.upgrades",
    unit: "count",
    zh: "小区配电扩容",
    en: "compound upgrades",
    meaning: "Residential compounds whose supply the utility upgraded for the year's chargers: " +
      "upgrades started because a charger of the cohort found its compound full (三.(七).3), " +
      "whenever they finish. One started for a charger of the warm-up or the run-out is " +
      "another year's investment and is not counted.",
  },
  {
    key: "ev.upgradeCny",
    unit: "¥",
    zh: "小区扩容投资",
    en: "compound upgrade cost",
    meaning: "What the utility paid for those compound upgrades (also in " +
      "`timeline.ev_charger.investmentCny` and the utility's costs).",
  },
  {
    key: "staff.{role}.utilisation",
    unit: "share",
    zh: "{role}利用率",
    en: "{role}: utilisation",
    meaning: "Busy working hours of the role over its available working hours in the year " +
      "(office hours on the official calendar).",
  },
  {
    key: "staff.{role}.meanWaitDays",
    unit: "working days",
    zh: "{role}：平均排队时间",
    en: "{role}: mean wait",
    meaning: "Mean working days a request waited for someone of the role, over the requests " +
      "granted in the year.",
  },
  {
    key: "station.{station}.{role}.count",
    unit: "count",
    zh: "{station}供电所{role}人数",
    en: "{station}: {role}",
    meaning: "People or crews of the role based at the station on 1 January (written when " +
      "dispatch is by station: `station` or `nearest free`).",
  },
  {
    key: "station.{station}.{role}.utilisation",
    unit: "share",
    zh: "{station}供电所{role}利用率",
    en: "{station}: {role} utilisation",
    meaning: "Busy working hours of the station's people of the role (their own jobs, jobs " +
      "borrowed from other stations and the drives to them) over their available working " +
      "hours in the year (dispatch by station only).",
  },
  {
    key: "station.{station}.{role}.meanWaitDays",
    unit: "working days",
    zh: "{station}供电所{role}：平均排队时间",
    en: "{station}: {role} mean wait",
    meaning: "Mean working days a request to the station's people of the role waited, over " +
      "the requests granted in the year (dispatch by station only).",
  },
  {
    key: "station.{station}.{role}.borrowedShare",
    unit: "share",
    zh: "{station}供电所{role}：支援他所比例",
    en: "{station}: {role} share of jobs for other stations",
    meaning: "Of the jobs the station's people of the role took in the year, the share that " +
      "belonged to another station's area (`nearest free`: their own were busy). NaN when " +
      "they took none.",
  },
  {
    key: "station.{station}.{role}.driveHours",
    unit: "h",
    zh: "{station}供电所{role}：跨所行车时间",
    en: "{station}: {role} hours driven for other stations",
    meaning: "Hours the station's field crews of the role drove, there and back, to jobs of " +
      "other stations' areas in the year (road distance over road speed; office roles work " +
      "remotely and drive none).",
  },
  {
    key: "service.{service}.measured",
    unit: "count",
    zh: "{service}：计入时限考核",
    en: "{service}: measured",
    meaning: "Applications of the cohort getting the service (二.(二)) measured against its " +
      "limit: energised, or open at the end of the run-out for want of service.",
  },
  {
    key: "service.{service}.open",
    unit: "count",
    zh: "{service}：未办结",
    en: "{service}: open",
    meaning: "Of those, the applications still open at the end of the run-out (their days " +
      "only a lower bound).",
  },
  {
    key: "service.{service}.withinShare",
    unit: "share",
    zh: "{service}达标率",
    en: "{service} within target",
    meaning: "Share of the service's measured applications whose days by the plan's measure are " +
      "within its limit; one open at the end counts as outside.",
  },
  {
    key: "service.{service}.meanDays",
    unit: "working days",
    zh: "{service}办电时间",
    en: "{service} days",
    meaning: "Mean working days by the plan's measure (whole process or business handling, " +
      "less plan waits) over the service's measured applications.",
  },
  {
    key: "service.{service}.p95Days",
    unit: "working days",
    zh: "{service}办电时间（95%分位）",
    en: "{service} days (p95)",
    meaning: "95th percentile of the same working days over the service's measured " +
      "applications.",
  },
  {
    key: "approval.count",
    unit: "count",
    zh: "行政审批数",
    en: "approvals",
    meaning: "Administrative approvals the cohort's network works went through.",
  },
  {
    key: "approval.meanDays",
    unit: "working days",
    zh: "行政审批平均时间",
    en: "approval days, mean",
    meaning: "Mean working days of those approvals, from request to decision.",
  },
  {
    key: "approval.withinTarget",
    unit: "share",
    zh: "行政审批时限达标率",
    en: "approvals within the limit",
    meaning: "Share of those approvals decided within the plan's limit (二.(二)).",
  },
  {
    key: "approval.exemptEligible",
    unit: "count",
    zh: "符合免审批条件的工程",
    en: "works exempt from approval",
    meaning: "The cohort's utility-planned network works that the plan's footnotes exempt from " +
      "approval (three-zero users, short lines and excavation, small low-risk projects).",
  },
  {
    key: "approval.zeroApprovalShare",
    unit: "share",
    zh: "零审批率",
    en: "zero-approval share",
    meaning: "Of those exempt works, the share that went through no approval (二.(二)).",
  },
  {
    key: "networkWorks.{works}.count",
    unit: "count",
    zh: "{works}接网工程数",
    en: "{works} network works",
    meaning: "The cohort's network works, of LV non-residential (`lv`) or 10 kV (`mv`) " +
      "applications.",
  },
  {
    key: "networkWorks.{works}.meanDays",
    unit: "working days",
    zh: "{works}接网工程平均时间",
    en: "{works} network works, mean days",
    meaning: "Mean working days from the supply plan to the end of those network works.",
  },
  {
    key: "networkWorks.{works}.withinTarget",
    unit: "share",
    zh: "{works}接网工程时限达标率",
    en: "{works} network works within the limit",
    meaning: "Share of those network works done within the plan's limit (二.(二)).",
  },
  {
    key: "networkWorks.inStepWithCustomer",
    unit: "share",
    zh: "接网工程不晚于用户受电工程",
    en: "network works in step with the customer's",
    meaning: "Of the cohort's network works the government or the utility paid, the share done " +
      "no later than the customer's works (三.(二).2.(4)).",
  },
  {
    key: "push.count",
    unit: "count",
    zh: "数据推送户数",
    en: "pushed applications",
    meaning: "Applications of the cohort pushed to the utility from registration data.",
  },
  {
    key: "push.contactWithinTarget",
    unit: "share",
    zh: "推送后主动对接及时率",
    en: "pushed users contacted in time",
    meaning: "Share of pushed applications the utility contacted within the plan's limit after " +
      "the push (三.(三).3).",
  },
  {
    key: "push.governmentWithinTarget",
    unit: "share",
    zh: "政府推送及时率",
    en: "government pushes in time",
    meaning: "Share of the government's pushes of registration data made within the same limit.",
  },
  {
    key: "steps.{channel}.count",
    unit: "count",
    zh: "{channel}：已接电户数",
    en: "{channel}: energised",
    meaning: "Energised applications of the cohort counted in the channel.",
  },
  {
    key: "steps.{channel}.withinShare",
    unit: "share",
    zh: "{channel}：办电环节达标率",
    en: "{channel}: steps within the limit",
    meaning: "Share of the channel's energised applications whose steps are within the plan's " +
      "limit (二.(三), 三.(十).2).",
  },
  {
    key: "steps.{channel}.max",
    unit: "steps",
    zh: "{channel}：最多办电环节",
    en: "{channel}: most steps",
    meaning: "The most steps any energised application of the channel took part in.",
  },
  {
    key: "inspection.count",
    unit: "count",
    zh: "验收户数",
    en: "inspected applications",
    meaning: "Applications of the cohort inspected at least once.",
  },
  {
    key: "inspection.firstPassShare",
    unit: "share",
    zh: "一次验收通过率",
    en: "first-inspection pass share",
    meaning: "Share of inspected applications that passed their first inspection.",
  },
  {
    key: "inspection.meanVisits",
    unit: "visits",
    zh: "平均验收次数",
    en: "inspection visits, mean",
    meaning: "Mean inspection visits per inspected application.",
  },
] as const satisfies readonly KpiEntry[];

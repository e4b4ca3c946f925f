/**
 * The numbers of Wuzhi County's 2023 "Getting Electricity" plan (武发改能源〔2023〕114号), each
 * with the clause it comes from (English digest: shared/docs/policy-targets.md). Models,
 * reports and tests read targets from here, never from literals of their own.
 */

/** How a timeline is measured (plan 二.(二)). */
export type TimelineMeasure =
  /** Whole process: application accepted → energised. */
  | "whole"
  /** Business handling: the whole process minus network (grid-side) works and customer works. */
  | "business";

/** A working-day limit on a customer class's timeline. */
export interface TimelineTarget {
  /** Working days, counted by the Civil Code rule (the day of filing not counted). */
  days: number;
  measure: TimelineMeasure;
  clause: string;
}

/**
 * Working-day limits per customer class, plan 二.(二). `base_station`, `ev_charger` and `pv` have
 * no limit of their own in the plan; the application model measures them against the limit of
 * the voltage and service they get (see its documentation).
 */
export const TIMELINE_TARGETS = {
  /** 居民用户 全过程 ≤ 5 个工作日. */
  residential: { days: 5, measure: "whole", clause: "二.(二)" },
  /** 实行"三零"服务的低压非居民用户 全过程 ≤ 15 个工作日. */
  lv_small: { days: 15, measure: "whole", clause: "二.(二)" },
  /** 未实行"三零"服务的低压非居民用户 业务办理时间 ≤ 5 个工作日. */
  lv_other: { days: 5, measure: "business", clause: "二.(二)" },
  /** 高压单电源用户 业务办理时间 ≤ 22 个工作日. */
  hv_single: { days: 22, measure: "business", clause: "二.(二)" },
  /** 高压双电源用户 业务办理时间 ≤ 32 个工作日. */
  hv_dual: { days: 32, measure: "business", clause: "二.(二)" },
} as const satisfies Record<string, TimelineTarget>;

/** Administrative approval of the connection works, plan 二.(二). */
export const APPROVAL = {
  /** Three-zero users, "non-prohibited exempt" scope, small low-risk projects: no approval. */
  exemptDays: 0,
  /** Everything else: parallel approval within 2 working days. */
  parallelDays: 2,
  /** 非禁免批: ≤ 35 kV, line ≤ 150 m (cable wells excluded), excavation/green space ≤ 100 m. */
  exemptMaxLineM: 150,
  exemptMaxExcavationM: 100,
  /** 社会投资小型低风险项目: floor area ≤ 10,000 m², height ≤ 24 m, ≤ 1 basement level. */
  smallLowRiskMaxFloorM2: 10_000,
  clause: "二.(二) footnotes 1–3",
} as const;

/** Network (grid-side) works, plan 二.(二). */
export const NETWORK_WORKS = {
  /** 低压非居民接网工程 ≤ 10 个工作日. */
  lvDays: 10,
  /** 10 千伏接网工程 确定供电方案后 ≤ 30 个工作日 (or as agreed with the customer). */
  mv10kvDays: 30,
  clause: "二.(二)",
} as const;

/** Information pushes, plan 二.(二): each within 1 working day. */
export const INFO_PUSH_DAYS = 1;

/** Maximum steps (环节) a customer takes part in, plan 二.(三) and 三.(十). */
export const STEP_TARGETS = {
  hvPushed: 2,
  hv: 3,
  lvPushed: 1,
  lv: 2,
  baseStationLv: 3,
  baseStationHv: 4,
  clause: "二.(三), 三.(十)",
} as const;

/** Low-voltage access threshold for enterprises, plan 三.(一): ≤ 160 kW; explore 170 kW in towns. */
export const LV_THRESHOLD_KW = { now: 160, explored: 170, clause: "三.(一)" } as const;

/** 10(20) kV single source ≤ 1250 kVA: supply plan answered at the survey (勘查立答), plan 三.(一). */
export const SURVEY_ANSWER_MAX_KVA = 1250;

/** Extended investment to the property red line for eligible users: 100 %, plan 二.(一). */
export const EXTENDED_INVESTMENT_SHARE = 1;

/** County SAIDI ≤ 4.9 h per customer-year, or a year-on-year cut of ≥ 8 %, plan 二.(四). */
export const RELIABILITY = { saidiHours: 4.9, yearOnYearCut: 0.08, clause: "二.(四)" } as const;

/** PV on a transformer (connected + filed + new) ≤ 80 % of its rating, plan 三.(九). */
export const PV_TRANSFORMER_SHARE = 0.8;

/** New compounds reserve charger capacity for 20 % of spaces at 8 kW each, plan 三.(七). */
export const EV_RESERVE = { shareOfSpaces: 0.2, kwPerSpace: 8, clause: "三.(七)" } as const;

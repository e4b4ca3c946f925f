/**
 * The PV model's KPIs at the horizon (`sim/model/pv/kpis.ts`, `cap-audit.ts`): growth, hosting
 * decisions and waits, connections, upgrades, the same by quarter, the zones at each review, and
 * the plan's 80 % cap (三.(九).3) audited on the county's actual state.
 *
 * @module
 */
import type { KpiEntry } from "./entry.ts";

/** What the cap counts on a transformer or substation (plan 三.(九).3). */
const CAP = "PV connected + filed + under construction above 80 % of the rating";

/** Every PV KPI, in the order the model writes them. */
export const PV_KPIS = [
  {
    key: "pv.applications",
    unit: "applications",
    zh: "光伏申请数",
    en: "PV applications",
    meaning: "PV applications filed in the year, household and commercial.",
  },
  {
    key: "pv.applicationsKw",
    unit: "kW",
    zh: "光伏申请容量",
    en: "PV applied for",
    meaning: "Capacity of the PV applications filed in the year.",
  },
  {
    key: "pv.householdApplications",
    unit: "applications",
    zh: "户用光伏申请数",
    en: "household PV applications",
    meaning: "Household PV applications filed in the year.",
  },
  {
    key: "pv.commercialApplications",
    unit: "applications",
    zh: "工商业光伏申请数",
    en: "commercial PV applications",
    meaning: "Commercial PV applications filed in the year.",
  },
  {
    key: "pv.expectedHouseholdApplications",
    unit: "applications",
    zh: "户用光伏申请期望数",
    en: "household PV applications expected",
    meaning: "Household applications the Bass diffusion's closed form expects in the year.",
  },
  {
    key: "pv.accepted",
    unit: "applications",
    zh: "光伏准予接入",
    en: "PV accepted",
    meaning: "Applications filed by the horizon and admitted, deferred ones released included.",
  },
  {
    key: "pv.acceptedKw",
    unit: "kW",
    zh: "光伏准予接入容量",
    en: "PV accepted",
    meaning: "Capacity of those admitted applications.",
  },
  {
    key: "pv.acceptedGreen",
    unit: "applications",
    zh: "绿区直接接入",
    en: "accepted in a green zone",
    meaning: "Applications accepted at the decision without a study.",
  },
  {
    key: "pv.delayedYellow",
    unit: "applications",
    zh: "黄区专项研究后接入",
    en: "delayed by a yellow-zone study",
    meaning: "Applications accepted after a special study (a yellow zone).",
  },
  {
    key: "pv.deferredRed",
    unit: "applications",
    zh: "红区暂缓光伏申请",
    en: "PV deferred (red)",
    meaning: "Applications deferred at the decision: no room under the rule, a red area, or " +
      "others waiting.",
  },
  {
    key: "pv.deferredInRedZone",
    unit: "applications",
    zh: "红区内暂缓",
    en: "deferred in a red zone",
    meaning: "Deferred applications whose area was red at the decision.",
  },
  {
    key: "pv.deferredReleased",
    unit: "applications",
    zh: "暂缓后放行",
    en: "deferred, then admitted",
    meaning: "Deferred applications admitted by the horizon (room freed by upgrades or reviews).",
  },
  {
    key: "pv.stillWaiting",
    unit: "applications",
    zh: "年末仍在等待",
    en: "still waiting at year end",
    meaning: "Deferred applications still waiting at the horizon.",
  },
  {
    key: "pv.stillWaitingKw",
    unit: "kW",
    zh: "年末仍在等待容量",
    en: "still waiting at year end",
    meaning: "Capacity of the deferred applications still waiting at the horizon.",
  },
  {
    key: "pv.pendingDecision",
    unit: "applications",
    zh: "待决定",
    en: "pending a decision",
    meaning: "Applications with no hosting decision yet at the horizon.",
  },
  {
    key: "pv.deferredWaitingDays.mean",
    unit: "working days",
    zh: "暂缓后放行平均等待",
    en: "deferral wait of the admitted, mean",
    meaning: "Mean working days from the decision to admission of the deferred applications " +
      "released by the horizon.",
  },
  {
    key: "pv.deferredWaitingDays.max",
    unit: "working days",
    zh: "暂缓后放行最长等待",
    en: "deferral wait of the admitted, max",
    meaning: "The longest of those waits.",
  },
  {
    key: "pv.stillWaitingDays.mean",
    unit: "working days",
    zh: "仍在等待的平均等待",
    en: "wait of those still waiting, mean",
    meaning: "Mean working days from the decision to the horizon of the deferred applications " +
      "still waiting.",
  },
  {
    key: "pv.connectedKw",
    unit: "kW",
    zh: "新增并网光伏",
    en: "PV connected",
    meaning: "Capacity of the PV systems connected in the year.",
  },
  {
    key: "pv.connectedCount",
    unit: "count",
    zh: "新增并网光伏户数",
    en: "PV systems connected",
    meaning: "PV systems connected in the year.",
  },
  {
    key: "pv.installedKwEnd",
    unit: "kW",
    zh: "年末光伏装机",
    en: "PV installed at year end",
    meaning: "PV connected on 1 January plus that connected in the year.",
  },
  {
    key: "pv.maxTransformerShare",
    unit: "share",
    zh: "接入后最高台区占比",
    en: "highest (connected + filed) / rating after an admission",
    meaning: "Max over admissions of (connected + filed) / rating of the area right after it: " +
      "under the limit by construction and blind to areas no admission touched, so no verdict " +
      "on the cap (see `pv.overLimit.*`).",
  },
  {
    key: "pv.upgrades",
    unit: "count",
    zh: "配变增容",
    en: "transformer upgrades",
    meaning: "Transformer upgrades decided in the year for PV hosting (三.(九).2).",
  },
  {
    key: "pv.upgradesCompleted",
    unit: "count",
    zh: "已完成配变增容",
    en: "transformer upgrades completed",
    meaning: "Of those upgrades, the ones in service by the horizon.",
  },
  {
    key: "pv.upgradeCostCny",
    unit: "¥",
    zh: "增容投资",
    en: "upgrade cost",
    meaning: "What the year's upgrades cost.",
  },
  {
    key: "pv.upgradedKva",
    unit: "kVA",
    zh: "增容容量",
    en: "kVA added by upgrades",
    meaning: "Rating added by the upgrades in service by the horizon.",
  },
  {
    key: "pv.{quarter}.applications",
    unit: "applications",
    zh: "{quarter}光伏申请数",
    en: "PV applications in {quarter}",
    meaning: "PV applications filed in the quarter.",
  },
  {
    key: "pv.{quarter}.accepted",
    unit: "applications",
    zh: "{quarter}准予接入",
    en: "PV accepted in {quarter}",
    meaning: "PV applications admitted in the quarter.",
  },
  {
    key: "pv.{quarter}.deferred",
    unit: "applications",
    zh: "{quarter}暂缓",
    en: "PV deferred in {quarter}",
    meaning: "PV applications deferred at a decision taken in the quarter.",
  },
  {
    key: "pv.{quarter}.connectedKw",
    unit: "kW",
    zh: "{quarter}并网容量",
    en: "PV connected in {quarter}",
    meaning: "Capacity of the PV systems connected in the quarter.",
  },
  {
    key: "pv.{quarter}.connectedCount",
    unit: "count",
    zh: "{quarter}并网户数",
    en: "PV systems connected in {quarter}",
    meaning: "PV systems connected in the quarter.",
  },
  {
    key: "pv.zones.{review}.{zone}",
    unit: "transformer areas",
    zh: "{review}：{zone}台区数",
    en: "{zone} transformer areas, {review}",
    meaning: "Transformer areas published in the zone at the review (plan 三.(九).1).",
  },
  {
    key: "pv.feederZones.{review}.{zone}",
    unit: "feeders",
    zh: "{review}：{zone}线路数",
    en: "{zone} feeders, {review}",
    meaning: "Feeders published in the zone at the review (plan 三.(九).1).",
  },
  {
    key: "pv.{quarter}.headroomKw",
    unit: "kW",
    zh: "{quarter}初可开放容量",
    en: "PV headroom at the start of {quarter}",
    meaning: "PV the hosting rule still allows, summed over the transformer areas, at the " +
      "quarter's review.",
  },
  {
    key: "pv.overLimit.{review}.count",
    unit: "transformer areas",
    zh: "{review}光伏超80%台区",
    en: "areas with PV over 80 %, {review}",
    meaning: `Transformer areas with ${CAP}, at the review (三.(九).3).`,
  },
  {
    key: "pv.overLimit.{review}.preexisting",
    unit: "transformer areas",
    zh: "{review}超限台区中年初已超限",
    en: "of them over since 1 January, {review}",
    meaning: "Of those areas, the ones already over on 1 January.",
  },
  {
    key: "pv.overLimit.{review}.causedByAdmissions",
    unit: "transformer areas",
    zh: "{review}因新增接入超限台区",
    en: "of them pushed over by admissions, {review}",
    meaning: "Of those areas, the ones the year's admissions pushed (further) over.",
  },
  {
    key: "pv.overLimit.{review}.share",
    unit: "share",
    zh: "{review}超限台区占比",
    en: "share of areas over 80 %, {review}",
    meaning: "Those areas as a share of every transformer area.",
  },
  {
    key: "pv.maxShare.{review}",
    unit: "share",
    zh: "{review}最高台区光伏占比",
    en: "largest PV share of a rating, {review}",
    meaning: "The largest (connected + filed + under construction) / rating of any transformer " +
      "area at the review.",
  },
  {
    key: "pv.substations.overLimit.{review}.count",
    unit: "substations",
    zh: "{review}光伏超80%变电站",
    en: "substations with PV over 80 %, {review}",
    meaning: `110 and 35 kV substations with ${CAP} (summed over their feeders' areas; rating ` +
      "assumed), at the review.",
  },
  {
    key: "pv.substations.maxShare.{review}",
    unit: "share",
    zh: "{review}最高变电站光伏占比",
    en: "largest PV share of a substation, {review}",
    meaning: "The largest PV / rating of any 110 or 35 kV substation at the review (rating " +
      "assumed).",
  },
  {
    key: "pv.overLimit.worst.count",
    unit: "transformer areas",
    zh: "光伏超80%台区",
    en: "areas with PV over 80 %",
    meaning: `The largest count over the reviews of transformer areas with ${CAP}; what the ` +
      "plan's cap verdict reads.",
  },
  {
    key: "pv.overLimit.worst.causedByAdmissions",
    unit: "transformer areas",
    zh: "因新增接入超80%台区",
    en: "areas pushed over 80 % by admissions",
    meaning: "The largest count over the reviews of the areas the year's admissions pushed " +
      "(further) over the cap.",
  },
  {
    key: "pv.substations.overLimit.worst.count",
    unit: "substations",
    zh: "光伏超80%变电站",
    en: "substations with PV over 80 %",
    meaning: `The largest count over the reviews of 110 and 35 kV substations with ${CAP}.`,
  },
] as const satisfies readonly KpiEntry[];

/**
 * The named parts of KPI key patterns (`timeline.{class}.wholeDays.{stat}`): each part's allowed
 * values, taken from the models' own vocabularies so that a new class, role or region is a new
 * key without a second list to update, and each value's Chinese and English label, which fills
 * the `{part}` placeholders of the catalogue's labels.
 *
 * @module
 */
import {
  AUTOMATION_LEVELS,
  CUSTOMER_CLASSES,
  type CustomerClass,
  REGIONS,
} from "../data/vocabulary.ts";
import { CLASS_PROFILES, SERVICE_PROFILES } from "../model/applications/class-profiles.ts";
import type { Service } from "../model/applications/classes.ts";
import { TIMELINE_CLASSES } from "../model/applications/classes.ts";
import { STAFF_ROLES } from "../model/applications/parameters.ts";
import { STEP_CHANNELS } from "../model/applications/steps.ts";
import { OUTAGE_KINDS } from "../model/reliability/parameters.ts";
import { ZONE_NAMES } from "../model/pv/zone.ts";

/** A Chinese and an English label. */
export type Label = readonly [zh: string, en: string];

/**
 * One named part: its values in the vocabulary's order, and a label for each. An **open** part
 * takes its values from the county's data (station ids): any id, labelled by itself, and
 * described by `open`.
 */
export interface Part<V extends string> {
  values: readonly V[];
  labels: Readonly<Record<V, Label>>;
  /** For an open part: what its values are. */
  open?: string;
}

/** The form of an open part's values (the data's ids). */
export const OPEN_VALUE = "[A-Za-z0-9_-]+";

/** A part whose values are `values` (a model's vocabulary), labelled by `labels`. */
function part<V extends string>(values: readonly V[], labels: Record<V, Label>): Part<V> {
  return { values, labels };
}

const QUARTERS = ["q1", "q2", "q3", "q4"] as const;

/** The classes' names, from the class table (`class-profiles.ts`): written once, there. */
function classLabels<C extends CustomerClass>(classes: readonly C[]): Record<C, Label> {
  return Object.fromEntries(classes.map((c) => [c, CLASS_PROFILES[c].label])) as Record<C, Label>;
}

/** Every named part a key pattern may use. */
export const KPI_PARTS = {
  /** The classes with a timeline (every customer class but `mining`). */
  class: part(TIMELINE_CLASSES, classLabels(TIMELINE_CLASSES)),
  /** Every customer class, `mining` (refused at intake) included. */
  anyClass: part(CUSTOMER_CLASSES, classLabels(CUSTOMER_CLASSES)),
  /** A statistic over a class's applications. */
  stat: part(["mean", "median", "p90", "p95", "max"] as const, {
    mean: ["平均", "mean"],
    median: ["中位数", "median"],
    p90: ["90%分位", "p90"],
    p95: ["95%分位", "p95"],
    max: ["最大", "max"],
  }),
  /** The plan's five services with a timeline limit (二.(二)). */
  service: part(
    Object.keys(SERVICE_PROFILES) as Service[],
    Object.fromEntries(
      Object.entries(SERVICE_PROFILES).map(([service, profile]) => [service, profile.short]),
    ) as Record<Service, Label>,
  ),
  /** The application model's staff roles. */
  role: part(STAFF_ROLES, {
    customerManagers: ["客户经理", "customer managers"],
    surveyCrews: ["勘察人员", "survey crews"],
    designReviewers: ["设计审查人员", "design reviewers"],
    lvCrews: ["低压施工班组", "LV crews"],
    mvCrews: ["10千伏施工班组", "10 kV crews"],
    inspectors: ["验收人员", "inspectors"],
  }),
  /** A supply station of the county's grid/stations.csv (its id): an open part. */
  station: { values: [], labels: {}, open: "a station id of grid/stations.csv" } as Part<string>,
  /** The channels the plan limits the steps of (二.(三), 三.(十).2). */
  channel: part(STEP_CHANNELS, {
    hvPushed: ["高压（数据推送）", "HV, pushed from registration data"],
    hv: ["高压", "HV"],
    lvPushed: ["低压（数据推送）", "LV, pushed from registration data"],
    lv: ["低压", "LV"],
    baseStationLv: ["5G基站（低压）", "5G station, LV"],
    baseStationHv: ["5G基站（高压）", "5G station, HV"],
  }),
  /** Network works by voltage: LV non-residential, and 10 kV. */
  works: part(["lv", "mv"] as const, {
    lv: ["低压非居民", "LV non-residential"],
    mv: ["10千伏", "10 kV"],
  }),
  /** The waits the plan itself imposes: a charger on its compound's capacity, PV in a red zone. */
  planWait: part(["ev", "pv"] as const, {
    ev: ["充电桩等待小区扩容", "chargers waiting for their compound's capacity"],
    pv: ["红区光伏暂停", "PV paused in a red zone"],
  }),
  /** The reliability model's counting bases: every customer, and DL/T 836's 10 kV users. */
  basis: part(["lv", "mv"] as const, {
    lv: ["全部用户", "every customer"],
    mv: ["10千伏用户", "10 kV users"],
  }),
  /** The cause of an interruption. */
  cause: part(["fault", "planned"] as const, {
    fault: ["故障", "fault"],
    planned: ["计划", "planned"],
  }),
  /** The county's regions. */
  region: part(REGIONS, {
    urban_core: ["城区", "urban core"],
    town: ["镇区", "towns"],
    rural: ["农村", "rural"],
  }),
  /** The kind of outage event. */
  outageKind: part(OUTAGE_KINDS, {
    trunk: ["主干线故障", "trunk faults"],
    branch: ["分支线故障", "branch faults"],
    transformer: ["配变故障", "transformer failures"],
    lv: ["0.4千伏故障", "0.4 kV faults"],
    transient: ["瞬时故障", "transient faults"],
    maintenance10kv: ["10千伏检修", "10 kV maintenance"],
    maintenance04kv: ["0.4千伏检修", "0.4 kV maintenance"],
    cutover: ["接火割接", "cut-overs"],
  }),
  /** A feeder's distribution automation. */
  automation: part(AUTOMATION_LEVELS, {
    none: ["无配电自动化", "no automation"],
    remote: ["遥控", "remote control"],
    self_healing: ["自愈", "self-healing"],
  }),
  /** A quarter of the simulated year. */
  quarter: part(QUARTERS, {
    q1: ["一季度", "Q1"],
    q2: ["二季度", "Q2"],
    q3: ["三季度", "Q3"],
    q4: ["四季度", "Q4"],
  }),
  /** A PV review: the quarterly ones (1 January, 1 April, 1 July, 1 October) and the year end. */
  /** The four components of the Doing Business Getting Electricity topic. */
  component: part(["procedures", "days", "costPercent", "reliabilityIndex"] as const, {
    procedures: ["办电环节", "procedures"],
    days: ["办电时间", "time"],
    costPercent: ["办电费用", "cost"],
    reliabilityIndex: ["可靠性和电费透明度指数", "reliability and tariff index"],
  }),
  review: part([...QUARTERS, "end" as const], {
    q1: ["1月1日", "1 January"],
    q2: ["4月1日", "1 April"],
    q3: ["7月1日", "1 July"],
    q4: ["10月1日", "1 October"],
    end: ["年末", "year end"],
  }),
  /** A PV hosting zone (plan 三.(九).1). */
  zone: part(ZONE_NAMES, {
    green: ["绿区", "green"],
    yellow: ["黄区", "yellow"],
    red: ["红区", "red"],
  }),
};

/** The name of a part. */
export type PartName = keyof typeof KPI_PARTS;

/** The values part `N` takes. */
export type PartValue<N extends PartName> = typeof KPI_PARTS[N] extends Part<infer V> ? V : never;

/**
 * The keys a pattern stands for: each `{part}` replaced by each of its values.
 *
 * @example
 * type K = ExpandPattern<"staff.{role}.utilisation">; // "staff.customerManagers.utilisation" | …
 */
export type ExpandPattern<P extends string> = P extends `${infer Head}{${infer Name}}${infer Tail}`
  ? Name extends PartName ? `${Head}${PartValue<Name>}${ExpandPattern<Tail>}` : never
  : P;

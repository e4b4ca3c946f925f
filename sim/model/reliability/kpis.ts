/**
 * The reliability model's results at the end of the year (issue §3): IEEE 1366 indices county-
 * wide, by region and by cause, with and without major event days, on two counting bases; the
 * plan's target (二.(四): SAIDI ≤ 4.9 h, or a cut of ≥ 8 % on last year); customer-hours lost
 * by kind of event; compensation; crew figures; and the outage records, flagged MED or not.
 *
 * What is counted: every sustained interruption, planned and fault, major events included — as
 * Chinese statistics count 户均停电时间. `…ExMed` variants are IEEE 1366's "normal" indices,
 * without the interruptions that began on major event days.
 *
 * Two counting bases (what one "customer" N_i, N_T is):
 *
 * - `lv`, the customer basis: every customer the feeders serve is one — every LV customer
 *   (households, shops, irrigation-well meters) and each 10 kV customer once (273,470 in the
 *   default data). This is what the model always counted, what `reliability.saidiHours`,
 *   `…saifi`, `…caidiHours` and every regional and cause index still count, and one of the two
 *   bases of the county's record (history.csv's `customers_…` columns). It is DL/T 836's low-voltage user
 *   basis (一个接受供电企业计量收费的低压用电单位 is one user), 10 kV customers added one each.
 * - `mv`, the 10 kV user basis of DL/T 836 (供电系统用户供电可靠性评价规程): "a 10 kV customer
 *   metered by the utility is one medium-voltage user; until low-voltage reliability statistics
 *   are generalised, each public distribution transformer of the 10(6, 20) kV system counts as
 *   one medium-voltage user" (DL/T 836's 用户统计单位 definitions, as quoted in the utility's
 *   reliability training material, https://m.274949.com/1847/t29182719.html, which adds that
 *   LV statistics were still a pilot). So every distribution transformer — public (irrigation
 *   wells included) or customer-owned (one 10 kV customer each in this data) — is one user
 *   (4,150 in the default data). An interruption counts the transformers that lost 10 kV
 *   supply: 0.4 kV faults and 0.4 kV jobs (the transformer stays energised) count on the
 *   customer basis only, a failed transformer is one user, a branch fault its share of the
 *   feeder's transformers. The record's `users_…` columns count on this basis. The National
 *   Energy Administration's reliability figures are on this
 *   basis, in hours "per user" (小时/户: e.g. its 2018 H1 report on 52 major cities, 3.58 h/户,
 *   https://xny365.com/news/article-125401.html).
 *
 * Which basis judges the plan's target (`TARGET_BASIS`): the 10 kV user basis. The plan's
 * 户均停电时间 is the 用户平均停电时间 (h/户) of the reliability statistics, whose 户 is DL/T
 * 836's user statistical unit; the county utility reports it to the NEA through the reliability
 * management system (供电可靠性管理系统) on that basis, and the county's evaluation of 获得电力
 * takes the reported figure rather than a per-household recount (our reading of how the figure
 * reaches the evaluation; the plan itself does not name a basis). The customer basis is kept
 * beside it: it is what a household feels (0.4 kV faults and jobs count).
 *
 * The "−8 % on last year" limb compares with the simulated year's previous year Y−1 of the
 * record, counted on the same basis (`yearSaidi` in history.ts: for 2023 the record's 2022, for
 * 2022 its 2021). The record (history.csv) holds each day on both bases: its `users_served` and
 * `…_user_minutes` columns give the 10 kV users' SAIDI of Y−1, its `customers_…` columns the
 * customers'. So the judged cut (`meetsCut`, `basis.mv.meetsCut`) compares 10 kV users with
 * 10 kV users, and the customer-basis cut (`basis.lv.meetsCut`, reported beside it, with 0.4 kV
 * work and faults in it) customers with customers; neither stands in for the other. When there
 * is no such figure — the record lacks year Y−1 or holds only part of it (e.g. simulating 2024
 * on the shipped 2018–2022 record) — the cut limb is not judged: `meetsCut` is NaN and
 * `meetsTarget` is the absolute limit alone.
 *
 * Major event days are classified on the customer basis (T_MED comes from the record's
 * customer-basis daily SAIDI, as IEEE 1366 defines it), and the same days are left out of both
 * bases' `…ExMed` indices.
 *
 * KPI keys (all under `reliability.`; hours per customer unless named otherwise):
 * - county, customer basis: `saidiHours`, `saifi`, `caidiHours`, `maifi`, `asai`, each also
 *   `…ExMed`
 * - by basis (`basis.lv.` customer basis, `basis.mv.` 10 kV users, DL/T 836): `saidiHours`,
 *   `saifi`, `caidiHours`, `saidiHoursExMed`, `served` (N_T: customers or transformers), and
 *   the target on that basis: `lastYearSaidiHours` (Y−1 on that basis, NaN when not recorded),
 *   `cutOnLastYear` (share), `meetsAbsolute`, `meetsCut` (NaN when not judged), `meetsTarget`
 * - by cause: `fault.` and `planned.` + `saidiHours`, `saifi`, `caidiHours`, `saidiHoursExMed`
 * - by region: `region.<urban_core|town|rural>.` + `customers`, `saidiHours`, `saifi`,
 *   `caidiHours`, `maifi`, `asai`, `saidiHoursExMed`, `faultSaidiHours`, `plannedSaidiHours`
 * - `customerHoursLost.<fault|planned|trunk|branch|transformer|lv|transient|maintenance10kv|
 *   maintenance04kv|cutover>` (customer-hours; a bundled outage counts under its widest job)
 * - MED: `medThresholdMinutes` (T_MED, customer-minutes per customer and day), `medAlpha`,
 *   `medBeta`, `medDays`
 * - the plan's target (二.(四)), on the judging basis: `targetBasis` (0 = customer basis `lv`,
 *   1 = 10 kV users `mv`), `targetSaidiHours` (SAIDI judged), `lastYear` (Y−1),
 *   `lastYearSaidiHours`, `cutOnLastYear`, `meetsAbsolute`, `meetsCut` (1/0, NaN when not
 *   judged), `meetsTarget` (1/0)
 * - `compensationCny`
 * - faults and crews: `fault.sustainedFaults`, `fault.transientFaults`, `crews.utilisation`,
 *   `crews.waitHoursMean`, `crews.waitHoursP90`, `crews.waitHoursMax`
 * - planned work: `planned.` + `maintenance10kvJobs`, `maintenance04kvJobs`, `cutOverJobs`,
 *   `liveLineJobs`, `zoneJobs`, `outageJobs`, `outages`, `bundledJobs`, `cutOversNextYear`,
 *   `cutOverWaitDaysMean`
 * - feeders after the year's upgrades: `automation.<none|remote|self_healing>`,
 *   `automation.demoZoneFeeders`
 *
 * @module
 */
import type { Kpis } from "../../kpis/catalogue.ts";
import { lazyRecords } from "../lazy-records.ts";
import { RELIABILITY } from "../plan.ts";
import type { ModelResult } from "../context.ts";
import { type Automation, AUTOMATION_LEVELS, REGIONS } from "../../data/vocabulary.ts";
import type { CrewPool } from "./crews.ts";
import type { FaultSummary } from "./faults.ts";
import type { SaidiBasis, YearSaidi } from "./history.ts";
import { type InterruptionTotals, reliabilityIndices } from "./indices.ts";
import type { CountBasis, Ledger } from "./ledger.ts";
import { majorEventDays, type MedThreshold } from "./med.ts";
import type { Network } from "./network.ts";
import {
  OUTAGE_KINDS,
  type OutageCause,
  type OutageRecord,
  type ReliabilityRecords,
} from "./parameters.ts";
import type { PlannedSummary } from "./planned.ts";

/** What the results are computed from. */
export interface ResultInput {
  /** Which interruptions classify major event days (`med.basis`). */
  medBasis: SaidiBasis;
  network: Network;
  ledger: Ledger;
  med: MedThreshold;
  lastYear: YearSaidi;
  faults: FaultSummary;
  planned: PlannedSummary;
  crews: CrewPool;
  /** The time at which the results are taken (the horizon). */
  now: number;
}

const ALL_CAUSES: readonly OutageCause[] = ["fault", "planned"];

/** The basis the plan's SAIDI target (二.(四)) is judged on: 10 kV users (see the module note). */
export const TARGET_BASIS: CountBasis = "mv";

/** `reliability.targetBasis`: the code of each basis. */
export const BASIS_CODE: Readonly<Record<CountBasis, number>> = { lv: 0, mv: 1 };

/** The bases the indices are reported on. */
export const BASES: readonly CountBasis[] = ["lv", "mv"];

/** The plan's target (二.(四)) judged on one basis. */
export interface TargetVerdict {
  saidiHours: number;
  /** SAIDI of year Y−1 on the same basis; NaN when there is none. */
  lastYearSaidiHours: number;
  /** 1 − SAIDI / last year's; NaN when last year's is NaN. */
  cutOnLastYear: number;
  /** 1 when SAIDI ≤ 4.9 h. */
  meetsAbsolute: number;
  /**
   * 1 when SAIDI ≤ 92 % of last year's; NaN when last year's (or this year's) is NaN (not
   * judged).
   */
  meetsCut: number;
  /** 1 when either limb is met (a limb not judged does not count). */
  meetsTarget: number;
}

/**
 * The plan's rule (二.(四)): 户均停电时间 ≤ 4.9 h, or cut by ≥ 8 % on last year. Without last
 * year's figure (NaN) the cut is not judged and the absolute limit alone decides.
 *
 * @example
 * targetVerdict(5.1, 5.643).meetsTarget; // 1: 5.1 ≤ 0.92 × 5.643 = 5.19
 * targetVerdict(5.1, NaN).meetsTarget; // 0: cut not judged, 5.1 > 4.9
 */
export function targetVerdict(saidiHours: number, lastYearSaidiHours: number): TargetVerdict {
  const meetsAbsolute = saidiHours <= RELIABILITY.saidiHours ? 1 : 0;
  const judged = Number.isFinite(lastYearSaidiHours) && Number.isFinite(saidiHours);
  const meetsCut = judged
    ? (saidiHours <= (1 - RELIABILITY.yearOnYearCut) * lastYearSaidiHours ? 1 : 0)
    : NaN;
  return {
    saidiHours,
    lastYearSaidiHours,
    cutOnLastYear: judged ? 1 - saidiHours / lastYearSaidiHours : NaN,
    meetsAbsolute,
    meetsCut,
    meetsTarget: meetsAbsolute === 1 || meetsCut === 1 ? 1 : 0,
  };
}

/** KPIs and records of the year. */
export function reliabilityResult(input: ResultInput): ModelResult<ReliabilityRecords> {
  const { ledger, network, med } = input;
  // Major event days of this year: daily SAIDI above the history's T_MED (IEEE 1366 §4.5).
  const medCauses: readonly OutageCause[] = input.medBasis === "all" ? ALL_CAUSES : ["fault"];
  const daily = Array.from(
    { length: ledger.days },
    (_, d) => ledger.dayMinutes(d, medCauses) / network.customers,
  );
  const isMed = majorEventDays(daily, med.thresholdMinutes);
  const kpis: Record<string, number> = {};
  indexKpis(kpis, ledger, network, isMed);
  const typed: Kpis = kpis;
  targetKpis(typed, med, isMed, input.lastYear);
  typed["reliability.compensationCny"] = ledger.compensationCny;
  workKpis(typed, input);
  // Built on first read (lazy-records.ts): most replications' records are never read, and
  // sorting them was 0.15 % of a county-year of plan-2023.
  const booked = ledger.records.length;
  return {
    kpis,
    records: lazyRecords({ outages: () => outageRecords(ledger, isMed, booked) }),
  };
}

/** Index names: all, and those of sustained interruptions. */
type IndexKey = "saidiHours" | "saifi" | "caidiHours" | "maifi" | "asai";
const ALL_INDICES: readonly IndexKey[] = ["saidiHours", "saifi", "caidiHours", "maifi", "asai"];
const SUSTAINED: readonly IndexKey[] = ["saidiHours", "saifi", "caidiHours"];

/**
 * The IEEE 1366 indices county-wide, on both bases, by cause and by region, each with and
 * without major event days; customer-hours lost by cause and kind. The index keys are built as
 * prefix × index × suffix, so `kpis` is untyped here (tests/kpis.test.ts checks every key a run
 * writes against the catalogue).
 */
function indexKpis(
  kpis: Record<string, number>,
  ledger: Ledger,
  network: Network,
  isMed: readonly boolean[],
): void {
  const periodHours = ledger.days * 24;
  const any = () => true;
  const normal = (d: number) => !isMed[d];
  const allRegions = REGIONS.map((_, i) => i);
  const index = (
    prefix: string,
    totals: InterruptionTotals,
    customers: number,
    keys: readonly IndexKey[],
    suffix = "",
  ) => {
    const indices = reliabilityIndices(totals, customers, periodHours);
    for (const key of keys) kpis[`${prefix}.${key}${suffix}`] = indices[key];
  };

  const county = ledger.sum(any, allRegions, ALL_CAUSES);
  index("reliability", county, network.customers, ALL_INDICES);
  const countyNormal = ledger.sum(normal, allRegions, ALL_CAUSES);
  index("reliability", countyNormal, network.customers, ALL_INDICES, "ExMed");
  // Both counting bases (module note); a network without listed transformers has no 10 kV
  // users, and its indices on that basis are undefined (NaN).
  for (const basis of BASES) {
    const prefix = `reliability.basis.${basis}`;
    const served = basis === "mv" ? network.users : network.customers;
    kpis[`${prefix}.served`] = served;
    if (served > 0) {
      index(prefix, ledger.sum(any, allRegions, ALL_CAUSES, basis), served, SUSTAINED);
      index(
        prefix,
        ledger.sum(normal, allRegions, ALL_CAUSES, basis),
        served,
        ["saidiHours"],
        "ExMed",
      );
    } else {
      for (const key of [...SUSTAINED, "saidiHoursExMed"]) kpis[`${prefix}.${key}`] = NaN;
    }
  }
  for (const cause of ALL_CAUSES) {
    const prefix = `reliability.${cause}`;
    const totals = ledger.sum(any, allRegions, [cause]);
    index(prefix, totals, network.customers, SUSTAINED);
    index(
      prefix,
      ledger.sum(normal, allRegions, [cause]),
      network.customers,
      ["saidiHours"],
      "ExMed",
    );
    kpis[`reliability.customerHoursLost.${cause}`] = totals.customerMinutes / 60;
  }
  REGIONS.forEach((region, r) => {
    const prefix = `reliability.region.${region}`;
    const customers = network.regions[r].customers;
    kpis[`${prefix}.customers`] = customers;
    if (customers === 0) return;
    index(prefix, ledger.sum(any, [r], ALL_CAUSES), customers, ALL_INDICES);
    index(prefix, ledger.sum(normal, [r], ALL_CAUSES), customers, ["saidiHours"], "ExMed");
    for (const cause of ALL_CAUSES) {
      const totals = ledger.sum(any, [r], [cause]);
      kpis[`${prefix}.${cause}SaidiHours`] = reliabilityIndices(totals, customers, periodHours)
        .saidiHours;
    }
  });
  OUTAGE_KINDS.forEach((kind, k) => {
    kpis[`reliability.customerHoursLost.${kind}`] = ledger.kindMinutes[k] / 60;
  });
}

/** The target's measures written on each basis and, for the judging basis, under plain keys. */
const TARGET_KEYS = [
  "lastYearSaidiHours",
  "cutOnLastYear",
  "meetsAbsolute",
  "meetsCut",
  "meetsTarget",
] as const;

/**
 * Major event days and the plan's target (二.(四)) on each basis, then on the judging basis
 * under the plain keys. Reads the SAIDI that {@link indexKpis} wrote.
 */
function targetKpis(
  kpis: Kpis,
  med: MedThreshold,
  isMed: readonly boolean[],
  lastYear: YearSaidi,
): void {
  kpis["reliability.medThresholdMinutes"] = med.thresholdMinutes;
  kpis["reliability.medAlpha"] = med.alpha;
  kpis["reliability.medBeta"] = med.beta;
  kpis["reliability.medDays"] = isMed.filter((x) => x).length;
  // Y−1 of the record on each basis (history.ts; NaN when the record lacks it: not judged).
  const lastYearOn: Record<CountBasis, number> = {
    lv: lastYear.saidiHours,
    mv: lastYear.userSaidiHours,
  };
  for (const basis of BASES) {
    const prefix = `reliability.basis.${basis}` as const;
    const verdict = targetVerdict(kpis[`${prefix}.saidiHours`] ?? NaN, lastYearOn[basis]);
    kpis[`${prefix}.lastYearSaidiHours`] = verdict.lastYearSaidiHours;
    kpis[`${prefix}.cutOnLastYear`] = verdict.cutOnLastYear;
    kpis[`${prefix}.meetsAbsolute`] = verdict.meetsAbsolute;
    kpis[`${prefix}.meetsCut`] = verdict.meetsCut;
    kpis[`${prefix}.meetsTarget`] = verdict.meetsTarget;
  }
  const judged = `reliability.basis.${TARGET_BASIS}` as const;
  kpis["reliability.targetBasis"] = BASIS_CODE[TARGET_BASIS];
  kpis["reliability.targetSaidiHours"] = kpis[`${judged}.saidiHours`];
  kpis["reliability.lastYear"] = lastYear.year;
  for (const key of TARGET_KEYS) kpis[`reliability.${key}`] = kpis[`${judged}.${key}`];
}

/** Faults and crews, planned work, and the feeders after the year's upgrades. */
function workKpis(kpis: Kpis, input: ResultInput): void {
  const { faults, planned, crews, network } = input;
  kpis["reliability.fault.sustainedFaults"] = faults.sustained;
  kpis["reliability.fault.transientFaults"] = faults.transient;
  kpis["reliability.crews.utilisation"] = crews.utilisation(input.now);
  kpis["reliability.crews.waitHoursMean"] = faults.crewWaits.mean;
  kpis["reliability.crews.waitHoursP90"] = faults.crewWaits.quantile(0.9);
  kpis["reliability.crews.waitHoursMax"] = faults.crewWaits.max;
  if (!crews.byStation) {
    REGIONS.forEach((region, i) => {
      kpis[`reliability.region.${region}.crewUtilisation`] = crews.poolUtilisation(i, input.now);
    });
  } else {
    crews.names.forEach((station, i) => {
      const key = `station.${station}.repairCrews` as const;
      kpis[`${key}.utilisation`] = crews.poolUtilisation(i, input.now);
      kpis[`${key}.borrowedShare`] = crews.sent[i] > 0 ? crews.borrowed[i] / crews.sent[i] : NaN;
      kpis[`${key}.driveHours`] = crews.driveHours[i];
    });
  }

  const prefix = "reliability.planned";
  kpis[`${prefix}.maintenance10kvJobs`] = planned.maintenance10kvJobs;
  kpis[`${prefix}.maintenance04kvJobs`] = planned.maintenance04kvJobs;
  kpis[`${prefix}.cutOverJobs`] = planned.cutOverJobs;
  kpis[`${prefix}.liveLineJobs`] = planned.liveLineJobs;
  kpis[`${prefix}.zoneJobs`] = planned.zoneJobs;
  kpis[`${prefix}.outageJobs`] = planned.outageJobs;
  kpis[`${prefix}.outages`] = planned.outages;
  kpis[`${prefix}.bundledJobs`] = planned.outageJobs - planned.outages;
  kpis[`${prefix}.cutOversNextYear`] = planned.cutOversNextYear;
  kpis[`${prefix}.cutOverWaitDaysMean`] = planned.cutOverWaitDays.mean;

  const byLevel = new Map<Automation, number>(AUTOMATION_LEVELS.map((a) => [a, 0]));
  for (const f of network.feeders) byLevel.set(f.automation, byLevel.get(f.automation)! + 1);
  for (const [level, n] of byLevel) kpis[`reliability.automation.${level}`] = n;
  kpis["reliability.automation.demoZoneFeeders"] = network.feeders.filter((f) => f.demoZone).length;
}

/**
 * The ledger's records in order of start, numbered and flagged on major event days: the first
 * `booked`, those of the year's results. Any booked later (while the application model runs
 * out the cohort) follow as they came, unnumbered, as when this ran at the horizon.
 */
function outageRecords(ledger: Ledger, isMed: readonly boolean[], booked: number): OutageRecord[] {
  const outages = ledger.records;
  const late = outages.splice(booked);
  outages.sort((a, b) => a.startHours - b.startHours);
  outages.forEach((outage, i) => {
    outage.id = i + 1;
    outage.med = isMed[Math.min(ledger.days - 1, Math.floor(outage.startHours / 24))];
  });
  for (const outage of late) outages.push(outage);
  return outages;
}

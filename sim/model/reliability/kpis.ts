/**
 * The reliability model's results at the end of the year (issue §3): IEEE 1366 indices county-
 * wide, by region and by cause, with and without major event days; the plan's target
 * (二.(四): SAIDI ≤ 4.9 h, or a cut of ≥ 8 % on last year); customer-hours lost by kind of
 * event; compensation; crew figures; and the outage records, flagged MED or not.
 *
 * The plan's 4.9 h is read as Chinese statistics count 户均停电时间: every sustained
 * interruption, planned and fault, major events included. So `reliability.saidiHours` counts
 * all of them, and the target is judged on it, against last year's SAIDI counted the same way
 * from the record; `reliability.saidiHoursExMed` is IEEE 1366's "normal" SAIDI, without the
 * interruptions that began on major event days.
 *
 * KPI keys (all under `reliability.`; hours per customer unless named otherwise):
 * - county: `saidiHours`, `saifi`, `caidiHours`, `maifi`, `asai`, each also `…ExMed`
 * - by cause: `fault.` and `planned.` + `saidiHours`, `saifi`, `caidiHours`, `saidiHoursExMed`
 * - by region: `region.<urban_core|town|rural>.` + `customers`, `saidiHours`, `saifi`,
 *   `caidiHours`, `maifi`, `asai`, `saidiHoursExMed`, `faultSaidiHours`, `plannedSaidiHours`
 * - `customerHoursLost.<fault|planned|trunk|branch|transformer|lv|transient|maintenance10kv|
 *   maintenance04kv|cutover>` (customer-hours; a bundled outage counts under its widest job)
 * - MED: `medThresholdMinutes` (T_MED, customer-minutes per customer and day), `medAlpha`,
 *   `medBeta`, `medDays`
 * - target (二.(四)): `lastYear`, `lastYearSaidiHours`, `cutOnLastYear` (share), `meetsAbsolute`,
 *   `meetsCut`, `meetsTarget` (1/0)
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
import { RELIABILITY } from "../targets.ts";
import type { ModelResult } from "../context.ts";
import { type Automation, AUTOMATION_LEVELS, REGIONS } from "../../data/vocabulary.ts";
import type { CrewPool } from "./crews.ts";
import type { FaultSummary } from "./faults.ts";
import type { YearSaidi } from "./history.ts";
import { type InterruptionTotals, reliabilityIndices } from "./indices.ts";
import type { Ledger } from "./ledger.ts";
import { majorEventDays, type MedThreshold } from "./med.ts";
import type { Network } from "./network.ts";
import {
  OUTAGE_KINDS,
  type OutageCause,
  type ReliabilityParameters,
  type ReliabilityRecords,
} from "./parameters.ts";
import type { PlannedSummary } from "./planned.ts";

/** What the results are computed from. */
export interface ResultInput {
  p: ReliabilityParameters;
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

/** KPIs and records of the year. */
export function reliabilityResult(input: ResultInput): ModelResult<ReliabilityRecords> {
  const { p, network, ledger, med, lastYear, faults, planned, crews } = input;
  const days = ledger.days;
  const periodHours = days * 24;
  const kpis: Record<string, number> = {};

  // Major event days of this year: daily SAIDI above the history's T_MED (IEEE 1366 §4.5).
  const basis: readonly OutageCause[] = p.med.basis === "all" ? ALL_CAUSES : ["fault"];
  const daily = Array.from(
    { length: days },
    (_, d) => ledger.dayMinutes(d, basis) / network.customers,
  );
  const isMed = majorEventDays(daily, med.thresholdMinutes);
  const any = () => true;
  const normal = (d: number) => !isMed[d];
  const allRegions = REGIONS.map((_, i) => i);

  const index = (
    prefix: string,
    totals: InterruptionTotals,
    customers: number,
    keys: readonly ("saidiHours" | "saifi" | "caidiHours" | "maifi" | "asai")[],
    suffix = "",
  ) => {
    const x = reliabilityIndices(totals, customers, periodHours);
    for (const key of keys) kpis[`${prefix}.${key}${suffix}`] = x[key];
  };
  const ALL = ["saidiHours", "saifi", "caidiHours", "maifi", "asai"] as const;
  const SUSTAINED = ["saidiHours", "saifi", "caidiHours"] as const;

  const county = ledger.sum(any, allRegions, ALL_CAUSES);
  index("reliability", county, network.customers, ALL);
  index("reliability", ledger.sum(normal, allRegions, ALL_CAUSES), network.customers, ALL, "ExMed");
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
    index(prefix, ledger.sum(any, [r], ALL_CAUSES), customers, ALL);
    index(prefix, ledger.sum(normal, [r], ALL_CAUSES), customers, ["saidiHours"], "ExMed");
    for (const cause of ALL_CAUSES) {
      const x = reliabilityIndices(ledger.sum(any, [r], [cause]), customers, periodHours);
      kpis[`${prefix}.${cause}SaidiHours`] = x.saidiHours;
    }
  });
  OUTAGE_KINDS.forEach((kind, k) => {
    kpis[`reliability.customerHoursLost.${kind}`] = ledger.kindMinutes[k] / 60;
  });

  // Major event days and the plan's target (二.(四)).
  kpis["reliability.medThresholdMinutes"] = med.thresholdMinutes;
  kpis["reliability.medAlpha"] = med.alpha;
  kpis["reliability.medBeta"] = med.beta;
  kpis["reliability.medDays"] = isMed.filter((x) => x).length;
  const saidi = kpis["reliability.saidiHours"];
  const cutLimit = (1 - RELIABILITY.yearOnYearCut) * lastYear.saidiHours;
  const meetsAbsolute = saidi <= RELIABILITY.saidiHours;
  const meetsCut = saidi <= cutLimit;
  kpis["reliability.lastYear"] = lastYear.year;
  kpis["reliability.lastYearSaidiHours"] = lastYear.saidiHours;
  kpis["reliability.cutOnLastYear"] = 1 - saidi / lastYear.saidiHours;
  kpis["reliability.meetsAbsolute"] = meetsAbsolute ? 1 : 0;
  kpis["reliability.meetsCut"] = meetsCut ? 1 : 0;
  kpis["reliability.meetsTarget"] = meetsAbsolute || meetsCut ? 1 : 0;

  kpis["reliability.compensationCny"] = ledger.compensationCny;

  // Faults and crews.
  kpis["reliability.fault.sustainedFaults"] = faults.sustained;
  kpis["reliability.fault.transientFaults"] = faults.transient;
  kpis["reliability.crews.utilisation"] = crews.utilisation(input.now);
  kpis["reliability.crews.waitHoursMean"] = faults.crewWaits.mean;
  kpis["reliability.crews.waitHoursP90"] = faults.crewWaits.quantile(0.9);
  kpis["reliability.crews.waitHoursMax"] = faults.crewWaits.max;

  // Planned work.
  const pl = "reliability.planned";
  kpis[`${pl}.maintenance10kvJobs`] = planned.maintenance10kvJobs;
  kpis[`${pl}.maintenance04kvJobs`] = planned.maintenance04kvJobs;
  kpis[`${pl}.cutOverJobs`] = planned.cutOverJobs;
  kpis[`${pl}.liveLineJobs`] = planned.liveLineJobs;
  kpis[`${pl}.zoneJobs`] = planned.zoneJobs;
  kpis[`${pl}.outageJobs`] = planned.outageJobs;
  kpis[`${pl}.outages`] = planned.outages;
  kpis[`${pl}.bundledJobs`] = planned.outageJobs - planned.outages;
  kpis[`${pl}.cutOversNextYear`] = planned.cutOversNextYear;
  kpis[`${pl}.cutOverWaitDaysMean`] = planned.cutOverWaitDays.mean;

  // Feeders by automation after the year's upgrades.
  const byLevel = new Map<Automation, number>(AUTOMATION_LEVELS.map((a) => [a, 0]));
  for (const f of network.feeders) byLevel.set(f.automation, byLevel.get(f.automation)! + 1);
  for (const [level, n] of byLevel) kpis[`reliability.automation.${level}`] = n;
  kpis["reliability.automation.demoZoneFeeders"] = network.feeders.filter((f) => f.demoZone).length;

  // Records in order of start, flagged on major event days.
  const outages = ledger.records;
  outages.sort((a, b) => a.startHours - b.startHours);
  outages.forEach((o, i) => {
    o.id = i + 1;
    o.med = isMed[Math.min(days - 1, Math.floor(o.startHours / 24))];
  });
  return { kpis, records: { outages } };
}

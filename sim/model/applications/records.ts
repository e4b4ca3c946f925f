/**
 * The per-application record: one flat row per application, for CSV export, the report and
 * notebooks.
 *
 * @module
 */
import type { WorkCalendar } from "../../engine/calendar.ts";
import type { Application } from "./application.ts";
import { targetOf } from "./classes.ts";
import { stepTargetOfApplication } from "./steps.ts";

/**
 * One application of the year's cohort, flat. Numbers are NaN where not reached; dates "" where
 * not reached. The parts of its time add up: `wholeDays = businessDays + constructionDays +
 * planWaitDays` (working days, Civil Code count); an application open at the end of the run-out
 * is measured up to then.
 */
export interface ApplicationRecord {
  id: number;
  /** Class counted in (after the access rules). */
  class: string;
  /** Class applied in (the data's, by the 160 kW rule). */
  appliedClass: string;
  channel: string;
  voltage: string;
  capacityKw: number;
  /**
   * +1: connected at LV above 160 kW (moved to LV by a higher threshold); -1: connected at
   * 10 kV at or below 160 kW (moved to HV by a lower one); 0 otherwise.
   */
  movedByThreshold: number;
  region: string;
  feederId: string;
  /** Date it entered the model (for a proactive project, when it became known). */
  arrived: string;
  filed: string;
  planned: string;
  energised: string;
  /** Working days from filing to energisation (Civil Code count), or to the end if open. */
  wholeDays: number;
  /** Business handling time (plan 二.(二)): whole less construction and plan waits. */
  businessDays: number;
  /** Working days in which the network or the customer's works were being built. */
  constructionDays: number;
  /** Working days in the plan's own pauses (三.(七).3 charger capacity, 三.(九).1 red-zone PV). */
  planWaitDays: number;
  /** The measure the service's target is checked on (whole less plan waits, or business). */
  serviceDays: number;
  /** Network works: construction started, done; the customer's works done. */
  networkBuildStart: string;
  networkDone: string;
  customerDone: string;
  /** The service whose target applies, and that target. */
  service: string;
  targetDays: number;
  targetMeasure: string;
  withinTarget: boolean;
  steps: number;
  stepTarget: number;
  networkWorks: boolean;
  networkWorksDays: number;
  lineLengthM: number;
  approval: string;
  approvalDays: number;
  /** Investor of the network works: red (government), green (utility), yellow (customer). */
  investor: string;
  inspections: number;
  capacityWaitDays: number;
  customerCostCny: number;
  utilityCostCny: number;
  governmentCostCny: number;
  /**
   * energised, refused, or open at the end of the run-out: in_progress (for want of service),
   * paused_by_plan or awaiting_customer (its own works end after the cap).
   */
  status: string;
}

/** The records of `apps`, in order. */
export function recordsOf(
  apps: readonly Application[],
  calendar: WorkCalendar,
): ApplicationRecord[] {
  // Dates repeat (a year has 365 of them): format each day once.
  const labels = new Map<number, string>();
  const date = (t: number) => {
    if (Number.isNaN(t)) return "";
    const day = calendar.dayIndex(t);
    let label = labels.get(day);
    if (label === undefined) labels.set(day, label = calendar.dateOf(t));
    return label;
  };
  return apps.map((app) => recordOf(app, date));
}

/** The record of `app`; `date` formats a simulation time as YYYY-MM-DD ("" for NaN). */
export function recordOf(app: Application, date: (t: number) => string): ApplicationRecord {
  const target = targetOf(app.service);
  const planned = !Number.isNaN(app.planAt);
  return {
    id: app.id,
    class: app.customerClass,
    appliedClass: app.appliedClass,
    channel: app.channel,
    voltage: app.voltage,
    capacityKw: app.capacityKw,
    movedByThreshold: app.moved,
    region: app.site.region,
    feederId: app.site.feederId,
    arrived: date(app.arrivedAt),
    filed: date(app.filedAt),
    planned: date(app.planAt),
    energised: date(app.energisedAt),
    wholeDays: app.wholeDays,
    businessDays: app.businessDays,
    constructionDays: app.constructionDays,
    planWaitDays: app.planWaitDays,
    serviceDays: app.serviceDays,
    networkBuildStart: date(app.networkBuildAt),
    networkDone: date(app.networkDoneAt),
    customerDone: date(app.customerDoneAt),
    service: app.service,
    targetDays: target.days,
    targetMeasure: target.measure,
    withinTarget: app.withinTarget,
    steps: app.status === "energised" ? app.steps : NaN,
    stepTarget: stepTargetOfApplication(app),
    networkWorks: app.needsNetworkWorks,
    networkWorksDays: app.networkWorksDays,
    lineLengthM: app.needsNetworkWorks ? app.lineLengthM : NaN,
    approval: planned && !app.thirdParty ? app.approval : "",
    approvalDays: app.approvalDays,
    investor: planned && !app.thirdParty ? app.investor : "",
    inspections: app.inspections,
    capacityWaitDays: app.capacityWaitDays,
    customerCostCny: app.customerCny,
    utilityCostCny: app.utilityCny,
    governmentCostCny: app.governmentCny,
    status: openStatusOf(app) ?? app.status,
  };
}

/** How an application open at the end of the run-out waits, or undefined when it is not open. */
export function openStatusOf(
  app: Application,
): "in_progress" | "paused_by_plan" | "awaiting_customer" | undefined {
  if (app.status !== "in_progress") return undefined;
  if (app.inPlanWait) return "paused_by_plan";
  return app.awaitingCustomer ? "awaiting_customer" : "in_progress";
}

/**
 * The application model's KPIs of one replication, as flat dotted keys (see the module
 * documentation of `model.ts` for the list). Time measures are working days by the Civil Code
 * count; shares are in [0, 1]; money in ¥. A measure over no applications is NaN.
 *
 * @module
 */
import { APPROVAL, INFO_PUSH_DAYS, NETWORK_WORKS } from "../targets.ts";
import type { Application } from "./application.ts";
import { isSkippedApproval, TIMELINE_CLASSES, type TimelineClass } from "./classes.ts";
import { STAFF_ROLES } from "./parameters.ts";
import type { ModelState } from "./state.ts";

/**
 * The p-quantile of sorted values, type 7 of Hyndman & Fan (1996, "Sample quantiles in
 * statistical packages", The American Statistician 50(4)): linear interpolation between order
 * statistics at h = (n − 1)p, the default of R and NumPy.
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < n ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/** A share, NaN over nothing. */
function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : NaN;
}

/** Writes mean, median, p90, p95 and max of `values` under `key`. */
function describe(kpis: Record<string, number>, key: string, values: number[]): void {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  kpis[`${key}.mean`] = ratio(sum, sorted.length);
  kpis[`${key}.median`] = quantileSorted(sorted, 0.5);
  kpis[`${key}.p90`] = quantileSorted(sorted, 0.9);
  kpis[`${key}.p95`] = quantileSorted(sorted, 0.95);
  kpis[`${key}.max`] = sorted.length > 0 ? sorted[sorted.length - 1] : NaN;
}

class ClassTotals {
  arrived = 0;
  energised = 0;
  refused = 0;
  backlog = 0;
  within = 0;
  steps = 0;
  stepsWithin = 0;
  approvalsSkipped = 0;
  customerCny = 0;
  investmentCny = 0;
  readonly whole: number[] = [];
  readonly business: number[] = [];
}

/** Counters of the measures that are not per class. */
class Totals {
  moved = { toLv: 0, toHv: 0 };
  customerCny = 0;
  utilityCny = 0;
  governmentCny = 0;
  eligible = 0;
  extended = 0;
  approvals: number[] = [];
  approvalsWithin = 0;
  lvWorks: number[] = [];
  lvWorksWithin = 0;
  mvWorks: number[] = [];
  mvWorksWithin = 0;
  investedWorksDone = 0;
  investedWorksInStep = 0;
  pushes = 0;
  pushesWithin = 0;
  governmentPushes = 0;
  governmentPushesWithin = 0;
  inspected = 0;
  firstPass = 0;
  inspections = 0;
  capacityWaits: number[] = [];
}

/** Adds one application to the totals. */
function tally(app: Application, c: ClassTotals, t: Totals): void {
  c.arrived++;
  if (app.moved === 1) t.moved.toLv++;
  else if (app.moved === -1) t.moved.toHv++;
  if (!Number.isNaN(app.pushDays)) {
    t.pushes++;
    if (app.pushDays <= INFO_PUSH_DAYS) t.pushesWithin++;
  }
  if (!Number.isNaN(app.governmentPushDays)) {
    t.governmentPushes++;
    if (app.governmentPushDays <= INFO_PUSH_DAYS) t.governmentPushesWithin++;
  }
  const planned = !Number.isNaN(app.planAt) && !app.thirdParty;
  if (planned && app.needsNetworkWorks) {
    if (isSkippedApproval(app.approval)) c.approvalsSkipped++;
    if (app.eligibleForExtension) {
      t.eligible++;
      if (app.investor !== "yellow") t.extended++;
    }
  }
  if (!Number.isNaN(app.approvalDays)) {
    t.approvals.push(app.approvalDays);
    if (app.approvalDays <= APPROVAL.parallelDays) t.approvalsWithin++;
  }
  if (!Number.isNaN(app.networkWorksDays)) {
    if (app.voltage === "lv") {
      t.lvWorks.push(app.networkWorksDays);
      if (app.networkWorksDays <= NETWORK_WORKS.lvDays) t.lvWorksWithin++;
    } else {
      t.mvWorks.push(app.networkWorksDays);
      if (app.networkWorksDays <= NETWORK_WORKS.mv10kvDays) t.mvWorksWithin++;
    }
    // 三.(二).2.(4): 政府和供电公司投资接网工程建设不得晚于用户受电工程完工.
    if (app.investor !== "yellow" && !Number.isNaN(app.customerDoneAt)) {
      t.investedWorksDone++;
      if (app.networkDoneAt <= app.customerDoneAt) t.investedWorksInStep++;
    }
  }
  if (app.inspections > 0) {
    t.inspected++;
    t.inspections += app.inspections;
    if (app.firstInspectionPassed) t.firstPass++;
  }
  if (app.capacityWaitDays > 0) t.capacityWaits.push(app.capacityWaitDays);
  switch (app.status) {
    case "refused":
      c.refused++;
      return;
    case "in_progress":
      c.backlog++;
      return;
    case "energised":
      c.energised++;
      c.whole.push(app.wholeDays);
      c.business.push(app.businessDays);
      if (app.withinTarget) c.within++;
      c.steps += app.steps;
      if (app.steps <= app.stepTarget) c.stepsWithin++;
      c.customerCny += app.customerCny;
      c.investmentCny += app.utilityCny + app.governmentCny;
      t.customerCny += app.customerCny;
      t.utilityCny += app.utilityCny;
      t.governmentCny += app.governmentCny;
  }
}

/** The KPIs of the replication that `s` ran. */
export function applicationKpis(s: ModelState): Record<string, number> {
  const byClass = new Map<string, ClassTotals>();
  for (const k of [...TIMELINE_CLASSES, "mining"]) byClass.set(k, new ClassTotals());
  const t = new Totals();
  for (const app of s.applications) tally(app, byClass.get(app.customerClass)!, t);
  byClass.get("ev_charger")!.investmentCny += s.evUpgradeCny;
  t.utilityCny += s.evUpgradeCny;

  const kpis: Record<string, number> = {};
  let arrived = 0, energised = 0, refused = 0, inProgress = 0;
  for (const k of TIMELINE_CLASSES) {
    const c = byClass.get(k)!;
    writeClass(kpis, k, c);
    arrived += c.arrived;
    energised += c.energised;
    refused += c.refused;
    inProgress += c.backlog;
  }
  const mining = byClass.get("mining")!;
  kpis["timeline.mining.arrived"] = mining.arrived;
  kpis["timeline.mining.refused"] = mining.refused;
  kpis["timeline.mining.energised"] = mining.energised;
  kpis["timeline.mining.backlog"] = mining.backlog;
  arrived += mining.arrived;
  energised += mining.energised;
  refused += mining.refused;
  inProgress += mining.backlog;

  kpis["applications.arrived"] = arrived;
  kpis["applications.energised"] = energised;
  kpis["applications.inProgress"] = inProgress;
  kpis["applications.refused"] = refused;
  kpis["applications.movedToLvByThreshold"] = t.moved.toLv;
  kpis["applications.movedToHvByThreshold"] = t.moved.toHv;

  for (const role of STAFF_ROLES) {
    kpis[`staff.${role}.utilisation`] = s.staff[role].utilisation();
    kpis[`staff.${role}.meanWaitDays`] = s.staff[role].meanWaitDays();
  }

  kpis["cost.customerCny"] = t.customerCny;
  kpis["cost.utilityCny"] = t.utilityCny;
  kpis["cost.governmentCny"] = t.governmentCny;
  kpis["cost.extendedInvestmentShare"] = ratio(t.extended, t.eligible);

  kpis["approval.count"] = t.approvals.length;
  kpis["approval.meanDays"] = mean(t.approvals);
  kpis["approval.withinTarget"] = ratio(t.approvalsWithin, t.approvals.length);
  kpis["networkWorks.lv.count"] = t.lvWorks.length;
  kpis["networkWorks.lv.meanDays"] = mean(t.lvWorks);
  kpis["networkWorks.lv.withinTarget"] = ratio(t.lvWorksWithin, t.lvWorks.length);
  kpis["networkWorks.mv.count"] = t.mvWorks.length;
  kpis["networkWorks.mv.meanDays"] = mean(t.mvWorks);
  kpis["networkWorks.mv.withinTarget"] = ratio(t.mvWorksWithin, t.mvWorks.length);
  kpis["networkWorks.inStepWithCustomer"] = ratio(t.investedWorksInStep, t.investedWorksDone);
  kpis["push.contactWithinTarget"] = ratio(t.pushesWithin, t.pushes);
  kpis["push.governmentWithinTarget"] = ratio(t.governmentPushesWithin, t.governmentPushes);
  kpis["inspection.count"] = t.inspected;
  kpis["inspection.firstPassShare"] = ratio(t.firstPass, t.inspected);
  kpis["inspection.meanVisits"] = ratio(t.inspections, t.inspected);
  kpis["ev.capacityWaits"] = t.capacityWaits.length;
  kpis["ev.meanCapacityWaitDays"] = mean(t.capacityWaits);
  kpis["ev.upgrades"] = s.evUpgrades;
  kpis["ev.upgradeCny"] = s.evUpgradeCny;
  return kpis;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return ratio(sum, values.length);
}

function writeClass(kpis: Record<string, number>, k: TimelineClass, c: ClassTotals): void {
  const key = `timeline.${k}`;
  kpis[`${key}.count`] = c.energised;
  kpis[`${key}.withinTarget`] = ratio(c.within, c.energised);
  describe(kpis, `${key}.wholeDays`, c.whole);
  describe(kpis, `${key}.businessDays`, c.business);
  kpis[`${key}.steps.mean`] = ratio(c.steps, c.energised);
  kpis[`${key}.stepsWithinTarget`] = ratio(c.stepsWithin, c.energised);
  kpis[`${key}.approvalsSkipped`] = c.approvalsSkipped;
  kpis[`${key}.backlog`] = c.backlog;
  kpis[`${key}.refused`] = c.refused;
  kpis[`${key}.arrived`] = c.arrived;
  kpis[`${key}.energised`] = c.energised;
  kpis[`${key}.customerCostCny`] = c.customerCny;
  kpis[`${key}.investmentCny`] = c.investmentCny;
}

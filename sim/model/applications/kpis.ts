/**
 * The application model's KPIs of one replication, as flat dotted keys (see the module
 * documentation of `model.ts` for the list). Every measure is taken on the year's **cohort**,
 * the applications filed in the simulated year, each followed to its end however long after
 * 31 December that takes; none is dropped for being still open: an application open at the end
 * of the run-out for want of service is measured up to then and counts as outside every limit.
 * Two kinds of open applications wait on something other than the service and are counted
 * apart, not against a limit: those paused by the plan's own rules (三.(七).3, 三.(九).1) and
 * those whose customer's own works end after the run-out's cap (the plan's measure leaves the
 * customer's works out, so their service time cannot be known yet). Time measures are
 * working days by the Civil Code count; shares are in [0, 1]; money in ¥. A measure over no
 * applications is NaN. Keys are typed (`Kpis`, from the KPI catalogue `sim/kpis/`): a misspelt
 * one fails `deno check`.
 *
 * @module
 */
import type { Kpis } from "../../kpis/catalogue.ts";
import { sampleQuantiles } from "../../engine/stats/sample-quantiles.ts";
import { APPROVAL, INFO_PUSH_DAYS, NETWORK_WORKS, TIMELINE_TARGETS } from "../plan.ts";
import type { Application } from "./application.ts";
import { planExemptionOf } from "./approval.ts";
import {
  isSkippedApproval,
  type Service,
  TIMELINE_CLASSES,
  type TimelineClass,
} from "./classes.ts";
import { STAFF_ROLES } from "./parameters.ts";
import { stationCount } from "./dispatch.ts";
import type { ModelState } from "./state.ts";
import { openStatusOf } from "./records.ts";
import { STEP_CHANNELS, stepChannelOf } from "./steps.ts";

/** A share, NaN over nothing. */
function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : NaN;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return ratio(sum, values.length);
}

/** Writes mean, median, p90, p95 and max of `values` under `key`. */
function describe(
  kpis: Kpis,
  key: `timeline.${TimelineClass}.${"wholeDays" | "businessDays" | "serviceDays"}`,
  values: number[],
): void {
  // By selection, not a sort (sample-quantiles.ts): the same values, faster.
  const [median, p90, p95, max] = sampleQuantiles(values, [0.5, 0.9, 0.95, 1]);
  kpis[`${key}.mean`] = mean(values);
  kpis[`${key}.median`] = median;
  kpis[`${key}.p90`] = p90;
  kpis[`${key}.p95`] = p95;
  kpis[`${key}.max`] = max;
}

/** A count and how many of it are within a limit. */
class Within {
  n = 0;
  within = 0;
  add(ok: boolean): void {
    this.n++;
    if (ok) this.within++;
  }
  get share(): number {
    return ratio(this.within, this.n);
  }
}

/**
 * The applications measured against one timeline limit: energised ones and those open at the
 * end of the run-out (measured up to then, outside the limit).
 */
class Measured {
  /** Energised, plus open at the end for want of service. */
  n = 0;
  open = 0;
  within = 0;
  readonly whole: number[] = [];
  readonly business: number[] = [];
  readonly service: number[] = [];

  add(app: Application): void {
    this.n++;
    if (app.status !== "energised") this.open++;
    if (app.withinTarget) this.within++;
    this.whole.push(app.wholeDays);
    this.business.push(app.businessDays);
    this.service.push(app.serviceDays);
  }
}

class ClassTotals {
  arrived = 0;
  energised = 0;
  refused = 0;
  /** Open at the end in a plan-imposed wait (not measured against the limit). */
  paused = 0;
  /** Open at the end, its customer's works ending after the cap (not measured either). */
  awaitingCustomer = 0;
  readonly measured = new Measured();
  steps = 0;
  stepsWithin = 0;
  approvalsSkipped = 0;
  customerCny = 0;
  investmentCny = 0;
}

/** Counters of the measures that are not per class. */
class Totals {
  moved = { toLv: 0, toHv: 0 };
  customerCny = 0;
  utilityCny = 0;
  governmentCny = 0;
  /** Eligible users whose network works were built, and of them those the customer did not pay. */
  readonly extended = new Within();
  readonly approvals: number[] = [];
  readonly approvalsWithin = new Within();
  /** Works the plan exempts from approval, and whether they went without one. */
  readonly zeroApproval = new Within();
  readonly lvWorks: number[] = [];
  readonly lvWorksWithin = new Within();
  readonly mvWorks: number[] = [];
  readonly mvWorksWithin = new Within();
  readonly inStep = new Within();
  readonly pushes = new Within();
  readonly governmentPushes = new Within();
  readonly steps = new Map(STEP_CHANNELS.map((c) => [c, { within: new Within(), max: 0 }]));
  readonly services = new Map<Service, Measured>(
    (Object.keys(TIMELINE_TARGETS) as Service[]).map((k) => [k, new Measured()]),
  );
  inspected = 0;
  firstPass = 0;
  inspections = 0;
  readonly capacityWaits: number[] = [];
  readonly pvPauses: number[] = [];
}

/** Adds one application's process measures (approval, works, push, investment) to the totals. */
function tallyProcess(app: Application, c: ClassTotals, t: Totals, s: ModelState): void {
  if (!Number.isNaN(app.pushDays)) t.pushes.add(app.pushDays <= INFO_PUSH_DAYS);
  if (!Number.isNaN(app.governmentPushDays)) {
    t.governmentPushes.add(app.governmentPushDays <= INFO_PUSH_DAYS);
  }
  const planned = !Number.isNaN(app.planAt) && !app.thirdParty;
  if (planned && app.needsNetworkWorks) {
    if (isSkippedApproval(app.approval)) c.approvalsSkipped++;
    // 二.(二): 零审批 for the works the plan exempts, whether or not the county applies it.
    if (planExemptionOf(app, s.levers) !== null) {
      t.zeroApproval.add(isSkippedApproval(app.approval));
    }
    // 二.(一): extended investment, measured from who paid for the works actually built.
    if (app.eligibleForExtension && app.networkPaidBy !== "") {
      t.extended.add(app.networkPaidBy !== "customer");
    }
  }
  if (!Number.isNaN(app.approvalDays)) {
    t.approvals.push(app.approvalDays);
    t.approvalsWithin.add(app.approvalDays <= APPROVAL.parallelDays);
  }
  if (!Number.isNaN(app.networkWorksDays)) {
    // 二.(二): 低压非居民用户接网工程 ≤ 10 working days; 10 kV ≤ 30 after the supply plan.
    if (app.voltage === "10kv") {
      t.mvWorks.push(app.networkWorksDays);
      t.mvWorksWithin.add(app.networkWorksDays <= NETWORK_WORKS.mv10kvDays);
    } else if (app.service !== "residential") {
      t.lvWorks.push(app.networkWorksDays);
      t.lvWorksWithin.add(app.networkWorksDays <= NETWORK_WORKS.lvDays);
    }
    // 三.(二).2.(4): 政府和供电公司投资接网工程建设不得晚于用户受电工程完工.
    if (app.investor !== "yellow" && !Number.isNaN(app.customerDoneAt)) {
      t.inStep.add(app.networkDoneAt <= app.customerDoneAt);
    }
  }
  if (app.inspections > 0) {
    t.inspected++;
    t.inspections += app.inspections;
    if (app.firstInspectionPassed) t.firstPass++;
  }
  if (app.capacityWaitDays > 0) t.capacityWaits.push(app.capacityWaitDays);
  if (app.pvPauseDays >= 0) t.pvPauses.push(app.pvPauseDays);
}

/** Adds one application to the totals. */
function tally(app: Application, c: ClassTotals, t: Totals, s: ModelState): void {
  c.arrived++;
  if (app.moved === 1) t.moved.toLv++;
  else if (app.moved === -1) t.moved.toHv++;
  tallyProcess(app, c, t, s);
  if (app.status === "refused") {
    c.refused++;
    return;
  }
  const open = openStatusOf(app);
  if (open === "paused_by_plan") {
    c.paused++;
    return;
  }
  if (open === "awaiting_customer") {
    c.awaitingCustomer++;
    return;
  }
  c.measured.add(app);
  t.services.get(app.service)!.add(app);
  if (app.status !== "energised") return;
  c.energised++;
  c.steps += app.steps;
  const ok = app.steps <= app.stepTarget;
  if (ok) c.stepsWithin++;
  const channel = t.steps.get(stepChannelOf(app))!;
  channel.within.add(ok);
  channel.max = Math.max(channel.max, app.steps);
  c.customerCny += app.customerCny;
  c.investmentCny += app.utilityCny + app.governmentCny;
  t.customerCny += app.customerCny;
  t.utilityCny += app.utilityCny;
  t.governmentCny += app.governmentCny;
}

/** The KPIs of the replication that `s` ran, measured on `cohort`. */
export function applicationKpis(
  s: ModelState,
  cohort: readonly Application[],
): Record<string, number> {
  const byClass = new Map<string, ClassTotals>();
  for (const k of [...TIMELINE_CLASSES, "mining"]) byClass.set(k, new ClassTotals());
  const t = new Totals();
  for (const app of cohort) tally(app, byClass.get(app.customerClass)!, t, s);
  byClass.get("ev_charger")!.investmentCny += s.evUpgradeCny;
  t.utilityCny += s.evUpgradeCny;

  const kpis: Kpis = {};
  const all = new ClassTotals();
  for (const k of [...TIMELINE_CLASSES, "mining"] as const) {
    const c = byClass.get(k)!;
    if (k === "mining") writeMining(kpis, c);
    else writeClass(kpis, k, c);
    all.arrived += c.arrived;
    all.energised += c.energised;
    all.refused += c.refused;
    all.paused += c.paused;
    all.awaitingCustomer += c.awaitingCustomer;
    all.measured.open += c.measured.open;
  }
  writeCohort(kpis, s, all, t);
  for (const role of STAFF_ROLES) {
    kpis[`staff.${role}.utilisation`] = s.staff[role].utilisation();
    kpis[`staff.${role}.meanWaitDays`] = s.staff[role].meanWaitDays();
  }
  if (s.levers.dispatch.mode !== "county pool") writeStations(kpis, s);
  writeServices(kpis, t);
  writeProcess(kpis, t);
  return kpis as Record<string, number>;
}

/** Each station's people of each role: count, load, waits and help given to other stations. */
function writeStations(kpis: Kpis, s: ModelState) {
  const stations = s.county.stations;
  for (const role of STAFF_ROLES) {
    const staff = s.staff[role];
    stations.forEach((station, i) => {
      const at = staff.stations[i];
      const key = `station.${station.id}.${role}` as const;
      kpis[`${key}.count`] = stationCount(station, role, s.levers);
      kpis[`${key}.utilisation`] = at.utilisation();
      kpis[`${key}.meanWaitDays`] = at.meanWaitDays();
      kpis[`${key}.borrowedShare`] = staff.served[i] > 0
        ? staff.borrowed[i] / staff.served[i]
        : NaN;
      kpis[`${key}.driveHours`] = staff.driveHours[i];
    });
  }
}

/** The cohort as a whole, the run-out, the plan waits and the costs. */
function writeCohort(kpis: Kpis, s: ModelState, all: ClassTotals, t: Totals) {
  kpis["applications.arrived"] = all.arrived;
  kpis["applications.energised"] = all.energised;
  kpis["applications.open"] = all.measured.open;
  kpis["applications.pausedByPlan"] = all.paused;
  kpis["applications.awaitingCustomer"] = all.awaitingCustomer;
  kpis["applications.refused"] = all.refused;
  kpis["applications.openAtYearEnd"] = s.cohort.openAtYearEnd;
  kpis["applications.runOutDays"] = (s.ctx.env.now - s.ctx.horizon) / 24;
  kpis["applications.movedToLvByThreshold"] = t.moved.toLv;
  kpis["applications.movedToHvByThreshold"] = t.moved.toHv;
  kpis["cost.customerCny"] = t.customerCny;
  kpis["cost.utilityCny"] = t.utilityCny;
  kpis["cost.governmentCny"] = t.governmentCny;
  kpis["cost.extendedEligible"] = t.extended.n;
  kpis["cost.extendedInvestmentShare"] = t.extended.share;
  kpis["planWait.ev.count"] = t.capacityWaits.length;
  kpis["planWait.ev.meanDays"] = mean(t.capacityWaits);
  kpis["planWait.pv.count"] = t.pvPauses.length;
  kpis["planWait.pv.meanDays"] = mean(t.pvPauses);
  kpis["ev.capacityWaits"] = t.capacityWaits.length;
  kpis["ev.meanCapacityWaitDays"] = mean(t.capacityWaits);
  kpis["ev.upgrades"] = s.evUpgrades;
  kpis["ev.upgradeCny"] = s.evUpgradeCny;
}

/** Per service (the plan's five customer classes of 二.(二)): the timeline verdicts' measures. */
function writeServices(kpis: Kpis, t: Totals): void {
  for (const [service, m] of t.services) {
    const key = `service.${service}` as const;
    kpis[`${key}.measured`] = m.n;
    kpis[`${key}.open`] = m.open;
    kpis[`${key}.withinShare`] = ratio(m.within, m.n);
    kpis[`${key}.meanDays`] = mean(m.service);
    kpis[`${key}.p95Days`] = sampleQuantiles(m.service, [0.95])[0];
  }
}

/** Approval, network works, pushes, steps per channel, inspection. */
function writeProcess(kpis: Kpis, t: Totals): void {
  kpis["approval.count"] = t.approvals.length;
  kpis["approval.meanDays"] = mean(t.approvals);
  kpis["approval.withinTarget"] = t.approvalsWithin.share;
  kpis["approval.exemptEligible"] = t.zeroApproval.n;
  kpis["approval.zeroApprovalShare"] = t.zeroApproval.share;
  kpis["networkWorks.lv.count"] = t.lvWorks.length;
  kpis["networkWorks.lv.meanDays"] = mean(t.lvWorks);
  kpis["networkWorks.lv.withinTarget"] = t.lvWorksWithin.share;
  kpis["networkWorks.mv.count"] = t.mvWorks.length;
  kpis["networkWorks.mv.meanDays"] = mean(t.mvWorks);
  kpis["networkWorks.mv.withinTarget"] = t.mvWorksWithin.share;
  kpis["networkWorks.inStepWithCustomer"] = t.inStep.share;
  kpis["push.count"] = t.pushes.n;
  kpis["push.contactWithinTarget"] = t.pushes.share;
  kpis["push.governmentWithinTarget"] = t.governmentPushes.share;
  for (const [channel, c] of t.steps) {
    kpis[`steps.${channel}.count`] = c.within.n;
    kpis[`steps.${channel}.withinShare`] = c.within.share;
    kpis[`steps.${channel}.max`] = c.within.n > 0 ? c.max : NaN;
  }
  kpis["inspection.count"] = t.inspected;
  kpis["inspection.firstPassShare"] = ratio(t.firstPass, t.inspected);
  kpis["inspection.meanVisits"] = ratio(t.inspections, t.inspected);
}

function writeMining(kpis: Kpis, c: ClassTotals): void {
  kpis["timeline.mining.arrived"] = c.arrived;
  kpis["timeline.mining.refused"] = c.refused;
  kpis["timeline.mining.energised"] = c.energised;
  kpis["timeline.mining.open"] = c.measured.open;
}

function writeClass(kpis: Kpis, k: TimelineClass, c: ClassTotals): void {
  const key = `timeline.${k}` as const;
  const m = c.measured;
  kpis[`${key}.count`] = c.energised;
  kpis[`${key}.measured`] = m.n;
  kpis[`${key}.withinTarget`] = ratio(m.within, m.n);
  describe(kpis, `${key}.wholeDays`, m.whole);
  describe(kpis, `${key}.businessDays`, m.business);
  describe(kpis, `${key}.serviceDays`, m.service);
  kpis[`${key}.steps.mean`] = ratio(c.steps, c.energised);
  kpis[`${key}.stepsWithinTarget`] = ratio(c.stepsWithin, c.energised);
  kpis[`${key}.approvalsSkipped`] = c.approvalsSkipped;
  kpis[`${key}.open`] = m.open;
  kpis[`${key}.pausedByPlan`] = c.paused;
  kpis[`${key}.awaitingCustomer`] = c.awaitingCustomer;
  kpis[`${key}.refused`] = c.refused;
  kpis[`${key}.arrived`] = c.arrived;
  kpis[`${key}.energised`] = c.energised;
  kpis[`${key}.customerCostCny`] = c.customerCny;
  kpis[`${key}.investmentCny`] = c.investmentCny;
}

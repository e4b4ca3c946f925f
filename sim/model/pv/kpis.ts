/**
 * The PV model's KPIs at the horizon: growth, decisions and waits, connections, upgrades, the
 * same by quarter, the zones at each review and the plan's cap audited on the actual state
 * (cap-audit.ts). Every key is under `pv.`; see {@link pvKpis}.
 *
 * @module
 */
import type { Kpis } from "../../kpis/catalogue.ts";
import type { ModelContext } from "../context.ts";
import { ACCEPTED, DEFERRED, PENDING, STUDIED, type TrackedApplication } from "./application.ts";
import { capAuditKpis } from "./cap-audit.ts";
import { deferredDays, isStillWaiting, type UpgradeRecord, type ZoneSnapshot } from "./records.ts";
import { RED, ZONE_NAMES } from "./zone.ts";

/** What {@link pvKpis} summarises. */
export interface PvKpiInput {
  ctx: ModelContext;
  applications: readonly TrackedApplication[];
  snapshots: readonly ZoneSnapshot[];
  upgrades: readonly UpgradeRecord[];
  /** Start of each quarter, simulation hours. */
  quarterStarts: readonly number[];
  expectedHouseholdApplications: number;
  initialConnectedKw: number;
  maxShareAfterAdmission: number;
  upgradeSpentCny: number;
}

/** Counts of the applications of one quarter (by when each event happened). */
interface QuarterTally {
  applications: number;
  accepted: number;
  deferred: number;
  connectedKw: number;
  connectedCount: number;
}

/** Counts and sums over every application, for the KPIs. */
interface ApplicationTally {
  applied: number;
  appliedKw: number;
  households: number;
  accepted: number;
  acceptedKw: number;
  green: number;
  yellow: number;
  deferred: number;
  deferredInRed: number;
  released: number;
  releasedDays: number;
  releasedMaxDays: number;
  waitingCount: number;
  waitingKw: number;
  waitingDays: number;
  pending: number;
  connectedKw: number;
  connectedCount: number;
  byQuarter: QuarterTally[];
}

/**
 * The KPIs of the PV model at the horizon (all under `pv.`):
 *
 * - growth: `applications`, `applicationsKw`, `householdApplications`,
 *   `commercialApplications`, `expectedHouseholdApplications` (the Bass closed form);
 * - decisions: `accepted` (+`Kw`: filed by the horizon, deferred ones released included),
 *   `acceptedGreen`, `delayedYellow` (accepted after a study), `deferredRed` (deferred at the
 *   decision: no room under the rule, a red area, or others waiting), `deferredInRedZone`,
 *   `deferredReleased`, `stillWaiting` (+`Kw`), `pendingDecision`,
 *   `deferredWaitingDays.mean|max` (released ones, working days), `stillWaitingDays.mean`;
 * - connections: `connectedKw`, `connectedCount`, `installedKwEnd`, `maxTransformerShare`
 *   (max over admissions of (connected + filed) / rating right after it: ≤ the limit under the
 *   plan's rule by construction, and blind to areas no admission touched, so NOT the county's
 *   largest share and no verdict on the cap: see `maxShare.*` and `overLimit.*`);
 * - upgrades: `upgrades`, `upgradesCompleted`, `upgradeCostCny`, `upgradedKva`;
 * - by quarter k = 1…4: `q<k>.applications|accepted|deferred|connectedKw|connectedCount|
 *   headroomKw`, `zones.q<k>.green|yellow|red` (transformers), `feederZones.q<k>.…`, and
 *   `zones.end.…`, `feederZones.end.…` at the horizon;
 * - the plan's 80 % cap audited on the actual state (plan 三.(九).3, {@link capAuditKpis}), at each
 *   review `<s>` = `q1`…`q4` (1 January, 1 April, 1 July, 1 October) and `end`: transformer
 *   areas above 80 % of the rating `overLimit.<s>.count`, of which over on 1 January
 *   `.preexisting` and pushed (further) over by the year's admissions `.causedByAdmissions`,
 *   `.share` (count / transformers); the largest share `maxShare.<s>`; the same count and largest
 *   share for the 110 / 35 kV substations, `substations.overLimit.<s>.count` and
 *   `substations.maxShare.<s>` (rating assumed: cap-audit.ts); and the largest counts over the
 *   reviews, `overLimit.worst.count` and `substations.overLimit.worst.count`.
 */
export function pvKpis(input: PvKpiInput): Record<string, number> {
  const kpis: Record<string, number> = {};
  const tally = tallyApplications(input.applications, input.quarterStarts, input.ctx);
  applicationKpis(kpis, tally, input);
  upgradeKpis(kpis, input);
  quarterKpis(kpis, tally.byQuarter);
  zoneKpis(kpis, input.snapshots);
  Object.assign(kpis, capAuditKpis(input.snapshots, input.ctx.county));
  return kpis;
}

/** Quarter (0–3) of time `t`. */
function quarterOf(t: number, starts: readonly number[]): number {
  return t < starts[1] ? 0 : t < starts[2] ? 1 : t < starts[3] ? 2 : 3;
}

/** One pass over the applications: every count and sum the KPIs read. */
function tallyApplications(
  applications: readonly TrackedApplication[],
  quarterStarts: readonly number[],
  ctx: ModelContext,
): ApplicationTally {
  const tally = emptyTally();
  const byQuarter = tally.byQuarter;
  for (let k = 0; k < applications.length; k++) {
    const app = applications[k];
    const kw = app.request.capacityKw;
    tally.applied++;
    tally.appliedKw += kw;
    if (app.request.kind === "household") tally.households++;
    byQuarter[quarterOf(app.appliedAt, quarterStarts)].applications++;
    if (app.decision === PENDING) tally.pending++;
    if (app.decision === ACCEPTED) tally.green++;
    if (app.decision === STUDIED) tally.yellow++;
    if (app.decision === DEFERRED) {
      byQuarter[quarterOf(app.decidedAt, quarterStarts)].deferred++;
      tallyDeferred(tally, app, deferredDays(app, ctx));
    }
    if (app.admittedAt === app.admittedAt) {
      tally.accepted++;
      tally.acceptedKw += kw;
      byQuarter[quarterOf(app.admittedAt, quarterStarts)].accepted++;
    }
    if (app.connectedAt === app.connectedAt) {
      tally.connectedCount++;
      tally.connectedKw += kw;
      const quarter = byQuarter[quarterOf(app.connectedAt, quarterStarts)];
      quarter.connectedCount++;
      quarter.connectedKw += kw;
    }
  }
  return tally;
}

/** Counts a deferred application: released by the horizon, or still waiting. */
function tallyDeferred(tally: ApplicationTally, app: TrackedApplication, days: number): void {
  tally.deferred++;
  if (app.zoneAtDecision === RED) tally.deferredInRed++;
  if (isStillWaiting(app)) {
    tally.waitingCount++;
    tally.waitingKw += app.request.capacityKw;
    tally.waitingDays += days;
  } else {
    tally.released++;
    tally.releasedDays += days;
    if (!(days <= tally.releasedMaxDays)) tally.releasedMaxDays = days;
  }
}

/** A tally of no application. */
function emptyTally(): ApplicationTally {
  return {
    applied: 0,
    appliedKw: 0,
    households: 0,
    accepted: 0,
    acceptedKw: 0,
    green: 0,
    yellow: 0,
    deferred: 0,
    deferredInRed: 0,
    released: 0,
    releasedDays: 0,
    releasedMaxDays: NaN,
    waitingCount: 0,
    waitingKw: 0,
    waitingDays: 0,
    pending: 0,
    connectedKw: 0,
    connectedCount: 0,
    byQuarter: Array.from({ length: 4 }, () => ({
      applications: 0,
      accepted: 0,
      deferred: 0,
      connectedKw: 0,
      connectedCount: 0,
    })),
  };
}

/** Growth, decisions and connections over the year. */
function applicationKpis(
  kpis: Kpis,
  tally: ApplicationTally,
  input: PvKpiInput,
): void {
  kpis["pv.applications"] = tally.applied;
  kpis["pv.applicationsKw"] = tally.appliedKw;
  kpis["pv.householdApplications"] = tally.households;
  kpis["pv.commercialApplications"] = tally.applied - tally.households;
  kpis["pv.expectedHouseholdApplications"] = input.expectedHouseholdApplications;
  kpis["pv.accepted"] = tally.accepted;
  kpis["pv.acceptedKw"] = tally.acceptedKw;
  kpis["pv.acceptedGreen"] = tally.green;
  kpis["pv.delayedYellow"] = tally.yellow;
  kpis["pv.deferredRed"] = tally.deferred;
  kpis["pv.deferredInRedZone"] = tally.deferredInRed;
  kpis["pv.deferredReleased"] = tally.released;
  kpis["pv.stillWaiting"] = tally.waitingCount;
  kpis["pv.stillWaitingKw"] = tally.waitingKw;
  kpis["pv.pendingDecision"] = tally.pending;
  kpis["pv.deferredWaitingDays.mean"] = tally.released > 0
    ? tally.releasedDays / tally.released
    : NaN;
  kpis["pv.deferredWaitingDays.max"] = tally.releasedMaxDays;
  kpis["pv.stillWaitingDays.mean"] = tally.waitingCount > 0
    ? tally.waitingDays / tally.waitingCount
    : NaN;
  kpis["pv.connectedKw"] = tally.connectedKw;
  kpis["pv.connectedCount"] = tally.connectedCount;
  kpis["pv.installedKwEnd"] = input.initialConnectedKw + tally.connectedKw;
  kpis["pv.maxTransformerShare"] = input.maxShareAfterAdmission;
}

/** The upgrades decided, completed, their cost and the kVA they added (plan 三.(九).2). */
function upgradeKpis(kpis: Kpis, input: PvKpiInput): void {
  kpis["pv.upgrades"] = input.upgrades.length;
  let completed = 0;
  let addedKva = 0;
  for (const upgrade of input.upgrades) {
    if (upgrade.inServiceAt === upgrade.inServiceAt) {
      completed++;
      addedKva += upgrade.toKva - upgrade.fromKva;
    }
  }
  kpis["pv.upgradesCompleted"] = completed;
  kpis["pv.upgradeCostCny"] = input.upgradeSpentCny;
  kpis["pv.upgradedKva"] = addedKva;
}

const QUARTERS = ["q1", "q2", "q3", "q4"] as const;

/** Applications, admissions, deferrals and connections of each quarter. */
function quarterKpis(kpis: Kpis, byQuarter: readonly QuarterTally[]): void {
  for (let k = 0; k < 4; k++) {
    const quarter = byQuarter[k];
    const key = `pv.${QUARTERS[k]}` as const;
    kpis[`${key}.applications`] = quarter.applications;
    kpis[`${key}.accepted`] = quarter.accepted;
    kpis[`${key}.deferred`] = quarter.deferred;
    kpis[`${key}.connectedKw`] = quarter.connectedKw;
    kpis[`${key}.connectedCount`] = quarter.connectedCount;
  }
}

/**
 * The published zones counted at each review and at the horizon, transformers and feeders
 * (plan 三.(九).1), and the headroom left under the rule at each review. Keyed by the
 * snapshots' labels (strings), so untyped: tests/kpis.test.ts checks the keys a run writes.
 */
function zoneKpis(kpis: Record<string, number>, snapshots: readonly ZoneSnapshot[]): void {
  for (const snapshot of snapshots) {
    const counts = [0, 0, 0];
    const feederCounts = [0, 0, 0];
    let headroom = 0;
    for (let i = 0; i < snapshot.zones.length; i++) {
      counts[snapshot.zones[i]]++;
      headroom += Math.max(0, snapshot.capacityKw[i] - snapshot.usedKw[i]);
    }
    for (let f = 0; f < snapshot.feederZones.length; f++) feederCounts[snapshot.feederZones[f]]++;
    for (let z = 0; z < 3; z++) {
      kpis[`pv.zones.${snapshot.label}.${ZONE_NAMES[z]}`] = counts[z];
      kpis[`pv.feederZones.${snapshot.label}.${ZONE_NAMES[z]}`] = feederCounts[z];
    }
    if (snapshot.label !== "end") kpis[`pv.${snapshot.label}.headroomKw`] = headroom;
  }
}

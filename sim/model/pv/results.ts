import type { ModelContext, ModelResult } from "../context.ts";
import {
  ACCEPTED,
  DECISION_NAMES,
  DEFERRED,
  PENDING,
  STUDIED,
  type TrackedApplication,
} from "./application.ts";
import { lazyRecords } from "../lazy-records.ts";
import { capAuditKpis } from "./cap-audit.ts";
import type { HostingState } from "./hosting-state.ts";
import { RED, ZONE_NAMES } from "./zone.ts";

/** One PV application, as a CSV row. Times are simulation hours (NaN: did not happen). */
export interface PvApplicationRecord {
  id: number;
  kind: "household" | "commercial";
  transformerId: string;
  feederId: string;
  capacityKw: number;
  appliedAt: number;
  appliedDate: string;
  /** green (accepted), yellow (accepted after a study), deferred, or pending (not decided). */
  decision: string;
  /** The published zone of the transformer when the admission was decided ("" if pending). */
  zoneAtDecision: string;
  decidedAt: number;
  /** When its kW were accepted (filed); for a deferred one, when capacity freed up. */
  admittedAt: number;
  /**
   * Deferred applications: working days from the deferral to admission, or to the horizon
   * when still waiting (then `stillWaiting` is true). NaN for the others.
   */
  waitingDays: number;
  stillWaiting: boolean;
  connectedAt: number;
  connectedDate: string;
}

/** The published zone of one transformer or feeder at one review. */
export interface ZoneRecord {
  /** q1 … q4 (published at the quarter's start) or end (at the horizon). */
  quarter: string;
  level: "transformer" | "feeder";
  id: string;
  zone: string;
  /** PV connected + filed, kW. */
  pvKw: number;
  /** PV the rule allows, kW. */
  hostingCapacityKw: number;
  /** Rating (a feeder: the sum of its transformers'), kVA. */
  ratingKva: number;
}

/** One transformer upgrade for PV. */
export interface UpgradeRecord {
  transformerId: string;
  feederId: string;
  fromKva: number;
  toKva: number;
  costCny: number;
  decidedAt: number;
  /** When the new unit entered service; NaN when still under construction at the horizon. */
  inServiceAt: number;
}

/** The PV model's records. */
export type PvRecords = {
  pvApplications: PvApplicationRecord[];
  zones: ZoneRecord[];
  pvUpgrades: UpgradeRecord[];
};

/** The zones and PV of every transformer and feeder at one review. */
export interface ZoneSnapshot {
  label: string;
  zones: Uint8Array;
  usedKw: Float64Array;
  capacityKw: Float64Array;
  ratingKva: Float64Array;
  feederZones: Uint8Array;
  feederUsedKw: Float64Array;
  feederCapacityKw: Float64Array;
}

/** What {@link pvResults} summarises. */
export interface PvResultsInput {
  ctx: ModelContext;
  applications: readonly TrackedApplication[];
  snapshots: readonly ZoneSnapshot[];
  upgrades: readonly UpgradeRecord[];
  /** Start of each quarter, simulation hours. */
  quarterStarts: readonly number[];
  expectedHouseholdApplications: number;
  initialConnectedKw: number;
  hosting: HostingState;
  maxShareAfterAdmission: number;
  upgradeSpentCny: number;
  feederIds: readonly string[];
}

/** Quarter (0–3) of time `t`. */
function quarterOf(t: number, starts: readonly number[]): number {
  return t < starts[1] ? 0 : t < starts[2] ? 1 : t < starts[3] ? 2 : 3;
}

/**
 * The KPIs and records of the PV model at the horizon. KPI keys (all under `pv.`):
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
export function pvResults(input: PvResultsInput): ModelResult<PvRecords> {
  const { ctx, applications, snapshots, quarterStarts } = input;
  const kpis: Record<string, number> = {};
  const q = (k: number, key: string) => `pv.q${k + 1}.${key}`;

  let applied = 0;
  let appliedKw = 0;
  let households = 0;
  let accepted = 0;
  let acceptedKw = 0;
  let green = 0;
  let yellow = 0;
  let deferred = 0;
  let deferredInRed = 0;
  let released = 0;
  let releasedDays = 0;
  let releasedMaxDays = NaN;
  let waitingCount = 0;
  let waitingKw = 0;
  let waitingDays = 0;
  let pending = 0;
  let connectedKw = 0;
  let connectedCount = 0;
  const byQuarter = Array.from({ length: 4 }, () => ({
    applications: 0,
    accepted: 0,
    deferred: 0,
    connectedKw: 0,
    connectedCount: 0,
  }));
  for (let k = 0; k < applications.length; k++) {
    const app = applications[k];
    const kw = app.request.capacityKw;
    applied++;
    appliedKw += kw;
    if (app.request.kind === "household") households++;
    byQuarter[quarterOf(app.appliedAt, quarterStarts)].applications++;
    if (app.decision === PENDING) pending++;
    if (app.decision === ACCEPTED) green++;
    if (app.decision === STUDIED) yellow++;
    if (app.decision === DEFERRED) {
      deferred++;
      byQuarter[quarterOf(app.decidedAt, quarterStarts)].deferred++;
      if (app.zoneAtDecision === RED) deferredInRed++;
      const days = deferredDays(app, ctx);
      if (isStillWaiting(app)) {
        waitingCount++;
        waitingKw += kw;
        waitingDays += days;
      } else {
        released++;
        releasedDays += days;
        if (!(days <= releasedMaxDays)) releasedMaxDays = days;
      }
    }
    if (app.admittedAt === app.admittedAt) {
      accepted++;
      acceptedKw += kw;
      byQuarter[quarterOf(app.admittedAt, quarterStarts)].accepted++;
    }
    if (app.connectedAt === app.connectedAt) {
      connectedCount++;
      connectedKw += kw;
      const b = byQuarter[quarterOf(app.connectedAt, quarterStarts)];
      b.connectedCount++;
      b.connectedKw += kw;
    }
  }

  kpis["pv.applications"] = applied;
  kpis["pv.applicationsKw"] = appliedKw;
  kpis["pv.householdApplications"] = households;
  kpis["pv.commercialApplications"] = applied - households;
  kpis["pv.expectedHouseholdApplications"] = input.expectedHouseholdApplications;
  kpis["pv.accepted"] = accepted;
  kpis["pv.acceptedKw"] = acceptedKw;
  kpis["pv.acceptedGreen"] = green;
  kpis["pv.delayedYellow"] = yellow;
  kpis["pv.deferredRed"] = deferred;
  kpis["pv.deferredInRedZone"] = deferredInRed;
  kpis["pv.deferredReleased"] = released;
  kpis["pv.stillWaiting"] = waitingCount;
  kpis["pv.stillWaitingKw"] = waitingKw;
  kpis["pv.pendingDecision"] = pending;
  kpis["pv.deferredWaitingDays.mean"] = released > 0 ? releasedDays / released : NaN;
  kpis["pv.deferredWaitingDays.max"] = releasedMaxDays;
  kpis["pv.stillWaitingDays.mean"] = waitingCount > 0 ? waitingDays / waitingCount : NaN;
  kpis["pv.connectedKw"] = connectedKw;
  kpis["pv.connectedCount"] = connectedCount;
  kpis["pv.installedKwEnd"] = input.initialConnectedKw + connectedKw;
  kpis["pv.maxTransformerShare"] = input.maxShareAfterAdmission;
  kpis["pv.upgrades"] = input.upgrades.length;
  let completed = 0;
  let addedKva = 0;
  for (const u of input.upgrades) {
    if (u.inServiceAt === u.inServiceAt) {
      completed++;
      addedKva += u.toKva - u.fromKva;
    }
  }
  kpis["pv.upgradesCompleted"] = completed;
  kpis["pv.upgradeCostCny"] = input.upgradeSpentCny;
  kpis["pv.upgradedKva"] = addedKva;
  for (let k = 0; k < 4; k++) {
    const b = byQuarter[k];
    kpis[q(k, "applications")] = b.applications;
    kpis[q(k, "accepted")] = b.accepted;
    kpis[q(k, "deferred")] = b.deferred;
    kpis[q(k, "connectedKw")] = b.connectedKw;
    kpis[q(k, "connectedCount")] = b.connectedCount;
  }

  for (const s of snapshots) {
    const counts = [0, 0, 0];
    const feederCounts = [0, 0, 0];
    let headroom = 0;
    for (let i = 0; i < s.zones.length; i++) {
      counts[s.zones[i]]++;
      headroom += Math.max(0, s.capacityKw[i] - s.usedKw[i]);
    }
    for (let f = 0; f < s.feederZones.length; f++) feederCounts[s.feederZones[f]]++;
    for (let z = 0; z < 3; z++) {
      kpis[`pv.zones.${s.label}.${ZONE_NAMES[z]}`] = counts[z];
      kpis[`pv.feederZones.${s.label}.${ZONE_NAMES[z]}`] = feederCounts[z];
    }
    if (s.label !== "end") kpis[`pv.${s.label}.headroomKw`] = headroom;
  }
  Object.assign(kpis, capAuditKpis(snapshots, ctx.county));

  const upgrades = input.upgrades.slice();
  const records = lazyRecords<PvRecords>({
    pvApplications: () => applicationRecords(applications, ctx),
    zones: () => zoneRecords(input),
    pvUpgrades: () => upgrades,
  });
  return { kpis, records };
}

/** Whether a deferred application was still waiting for capacity at the horizon. */
function isStillWaiting(app: TrackedApplication): boolean {
  return app.decision === DEFERRED && app.admittedAt !== app.admittedAt;
}

/**
 * A deferred application's wait in working days: from the deferral to its admission, or to the
 * horizon when still waiting. NaN for the others.
 */
function deferredDays(app: TrackedApplication, ctx: ModelContext): number {
  if (app.decision !== DEFERRED) return NaN;
  const end = isStillWaiting(app) ? ctx.horizon : app.admittedAt;
  return ctx.calendar.workingDaysBetween(app.decidedAt, end);
}

/** One record per PV application, in application order. */
function applicationRecords(
  applications: readonly TrackedApplication[],
  ctx: ModelContext,
): PvApplicationRecord[] {
  const { calendar, county } = ctx;
  return applications.map((app) => {
    const t = county.transformers[app.transformer];
    const zone = app.zoneAtDecision;
    return {
      id: app.id,
      kind: app.request.kind,
      transformerId: t.id,
      feederId: t.feederId,
      capacityKw: app.request.capacityKw,
      appliedAt: app.appliedAt,
      appliedDate: calendar.dateOf(app.appliedAt),
      decision: DECISION_NAMES[app.decision],
      zoneAtDecision: zone === -1 ? "" : ZONE_NAMES[zone],
      decidedAt: app.decidedAt,
      admittedAt: app.admittedAt,
      waitingDays: deferredDays(app, ctx),
      stillWaiting: isStillWaiting(app),
      connectedAt: app.connectedAt,
      connectedDate: app.connectedAt === app.connectedAt ? calendar.dateOf(app.connectedAt) : "",
    };
  });
}

/** Every transformer's and feeder's zone at every review, review by review. */
function zoneRecords(input: PvResultsInput): ZoneRecord[] {
  const { county } = input.ctx;
  const feederOf = input.hosting.feeder;
  const zones: ZoneRecord[] = [];
  for (const s of input.snapshots) {
    const feederRating = new Float64Array(s.feederZones.length);
    for (let i = 0; i < s.zones.length; i++) {
      feederRating[feederOf[i]] += s.ratingKva[i];
      zones.push({
        quarter: s.label,
        level: "transformer",
        id: county.transformers[i].id,
        zone: ZONE_NAMES[s.zones[i]],
        pvKw: s.usedKw[i],
        hostingCapacityKw: s.capacityKw[i],
        ratingKva: s.ratingKva[i],
      });
    }
    for (let f = 0; f < s.feederZones.length; f++) {
      zones.push({
        quarter: s.label,
        level: "feeder",
        id: input.feederIds[f],
        zone: ZONE_NAMES[s.feederZones[f]],
        pvKw: s.feederUsedKw[f],
        hostingCapacityKw: s.feederCapacityKw[f],
        ratingKva: feederRating[f],
      });
    }
  }
  return zones;
}

/**
 * The PV model's records: one row per application, per transformer and feeder at each review,
 * per upgrade, for CSV export, the report and notebooks; and the snapshot of the zones a review
 * keeps, which the zone records, the zone counts and the cap audit read.
 *
 * @module
 */
import type { Transformer } from "../../data/transformers.ts";
import type { ModelContext } from "../context.ts";
import { DECISION_NAMES, DEFERRED, type TrackedApplication } from "./application.ts";
import { ZONE_NAMES } from "./zone.ts";

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

/** Whether a deferred application was still waiting for capacity at the horizon. */
export function isStillWaiting(app: TrackedApplication): boolean {
  return app.decision === DEFERRED && app.admittedAt !== app.admittedAt;
}

/**
 * A deferred application's wait in working days: from the deferral to its admission, or to the
 * horizon when still waiting. NaN for the others.
 */
export function deferredDays(app: TrackedApplication, ctx: ModelContext): number {
  if (app.decision !== DEFERRED) return NaN;
  const end = isStillWaiting(app) ? ctx.horizon : app.admittedAt;
  return ctx.calendar.workingDaysBetween(app.decidedAt, end);
}

/** One record per PV application, in application order. */
export function applicationRecords(
  applications: readonly TrackedApplication[],
  ctx: ModelContext,
): PvApplicationRecord[] {
  const { calendar, county } = ctx;
  return applications.map((app) => {
    const transformer = county.transformers[app.transformer];
    const zone = app.zoneAtDecision;
    return {
      id: app.id,
      kind: app.request.kind,
      transformerId: transformer.id,
      feederId: transformer.feederId,
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
export function zoneRecords(
  snapshots: readonly ZoneSnapshot[],
  transformers: readonly Transformer[],
  feederOf: Int32Array,
  feederIds: readonly string[],
): ZoneRecord[] {
  const zones: ZoneRecord[] = [];
  for (const snapshot of snapshots) {
    const feederRating = new Float64Array(snapshot.feederZones.length);
    for (let i = 0; i < snapshot.zones.length; i++) {
      feederRating[feederOf[i]] += snapshot.ratingKva[i];
      zones.push({
        quarter: snapshot.label,
        level: "transformer",
        id: transformers[i].id,
        zone: ZONE_NAMES[snapshot.zones[i]],
        pvKw: snapshot.usedKw[i],
        hostingCapacityKw: snapshot.capacityKw[i],
        ratingKva: snapshot.ratingKva[i],
      });
    }
    for (let f = 0; f < snapshot.feederZones.length; f++) {
      zones.push({
        quarter: snapshot.label,
        level: "feeder",
        id: feederIds[f],
        zone: ZONE_NAMES[snapshot.feederZones[f]],
        pvKw: snapshot.feederUsedKw[f],
        hostingCapacityKw: snapshot.feederCapacityKw[f],
        ratingKva: feederRating[f],
      });
    }
  }
  return zones;
}

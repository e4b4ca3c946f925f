import type { Signal } from "../../engine/waitable.ts";
import type { PvApplication } from "../context.ts";
import type { Zone } from "./zone.ts";

/** Decision codes of a PV application. */
export const PENDING = 0;
/** Accepted in a green area: the normal process. */
export const ACCEPTED = 1;
/** Accepted in a yellow area after a special absorption study (plan 三.(九).1). */
export const STUDIED = 2;
/** Deferred: no room under the rule, or others already waiting; waits for capacity. */
export const DEFERRED = 3;
/** A decision code. */
export type Decision = typeof PENDING | typeof ACCEPTED | typeof STUDIED | typeof DEFERRED;

/** Names of the decisions, indexed by code, as the records write them. */
export const DECISION_NAMES = ["pending", "green", "yellow", "deferred"] as const;

/** One PV application as the PV model follows it, from filing to energising. */
export interface TrackedApplication {
  /** Index in the model's list (time order of filing). */
  id: number;
  /** The object handed to (and back from) the application model. */
  request: PvApplication;
  /** Index of its transformer in `county.transformers`. */
  transformer: number;
  /** When it was filed (submitted), simulation hours. */
  appliedAt: number;
  /** When the admission was decided (ready to connect); NaN while pending. */
  decidedAt: number;
  /** The published zone of its transformer at the decision; −1 while pending. */
  zoneAtDecision: Zone | -1;
  decision: Decision;
  /** When its kW were accepted (filed against the limit); NaN while not accepted. */
  admittedAt: number;
  /** When it was energised; NaN while not connected. */
  connectedAt: number;
  /** Triggered when a deferred application is admitted; null unless deferred. */
  release: Signal | null;
}

/** A new application, pending, filed at `appliedAt` on transformer `transformer` (an index). */
export function trackedApplication(
  id: number,
  transformer: number,
  request: PvApplication,
  appliedAt: number,
): TrackedApplication {
  return {
    id,
    request,
    transformer,
    appliedAt,
    decidedAt: NaN,
    zoneAtDecision: -1,
    decision: PENDING,
    admittedAt: NaN,
    connectedAt: NaN,
    release: null,
  };
}

/**
 * Nothing is lost: every application that arrived is energised, still in progress or refused
 * (the model has no withdrawals), and every application of the year's cohort ends energised,
 * refused, or open at the end of the run-out (in a plan-imposed wait, or for want of service).
 * A violation is a bug in the model, never a user error.
 *
 * @module
 */
import type { Application } from "./application.ts";

/** Counts at the horizon: events counted as they happened, and statuses counted at the end. */
export interface ConservationCounts {
  /** Applications that entered the model (counted on arrival). */
  arrived: number;
  /** Energisations (counted when they happened). */
  energised: number;
  /** Refusals (counted when they happened). */
  refused: number;
  /** Applications whose status at the horizon is "in progress". */
  inProgress: number;
  /** Applications whose status at the horizon is "energised". */
  energisedStatus: number;
  /** Applications whose status at the horizon is "refused". */
  refusedStatus: number;
}

/**
 * Checks arrived = energised + in progress + refused, and that the event counts agree with the
 * statuses.
 *
 * @throws Error describing the mismatch
 */
export function checkConservation(c: ConservationCounts): void {
  const accounted = c.energised + c.inProgress + c.refused;
  if (
    c.arrived !== accounted || c.energised !== c.energisedStatus || c.refused !== c.refusedStatus
  ) {
    throw new Error(
      `application model: conservation violated (a bug): arrived ${c.arrived} ≠ energised ` +
        `${c.energised} + in progress ${c.inProgress} + refused ${c.refused} = ${accounted}, ` +
        `or statuses disagree (energised ${c.energisedStatus}, refused ${c.refusedStatus})`,
    );
  }
}

/**
 * Checks that the cohort's open applications are those the run-out's counter saw open, and that
 * each open one is either in a plan-imposed wait or not.
 *
 * @throws Error describing the mismatch
 */
export function checkCohort(cohort: readonly Application[], openCounted: number): void {
  let energised = 0, refused = 0, open = 0;
  for (const app of cohort) {
    if (app.period !== "cohort") throw new Error(`application ${app.id} is not of the cohort`);
    if (app.status === "energised") energised++;
    else if (app.status === "refused") refused++;
    else open++;
  }
  if (open !== openCounted || energised + refused + open !== cohort.length) {
    throw new Error(
      `application model: cohort conservation violated (a bug): ${cohort.length} filed ≠ ` +
        `energised ${energised} + refused ${refused} + open ${open}, or the run-out counted ` +
        `${openCounted} open`,
    );
  }
}

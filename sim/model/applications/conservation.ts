/**
 * Nothing is lost: every application that arrived is energised, still in progress or refused
 * (the model has no withdrawals). A violation is a bug in the model, never a user error.
 *
 * @module
 */

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

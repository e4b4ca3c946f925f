/**
 * Red / yellow / green zones of distributed PV (plan 三.(九).1, after DL/T 2041-2019): green
 * areas are preferred and connect normally; yellow areas connect after a special study shows
 * the PV can be absorbed; red areas take no new PV until their capacity improves.
 *
 * Zones are small integers so that a whole county's zones fit a `Uint8Array`.
 *
 * @module
 */

/** Zone codes, in order of severity. */
export const GREEN = 0;
export const YELLOW = 1;
export const RED = 2;
/** A zone code. */
export type Zone = typeof GREEN | typeof YELLOW | typeof RED;

/** Names of the zones, indexed by code. */
export const ZONE_NAMES = ["green", "yellow", "red"] as const;
/** One of {@link ZONE_NAMES}. */
export type ZoneName = typeof ZONE_NAMES[number];

/**
 * Amounts of PV closer than this, kW (one milliwatt), are equal: a transformer filled to its
 * limit by sums of application sizes is at the limit despite floating-point rounding.
 */
export const KW_TOLERANCE = 1e-6;

/**
 * The zone of an area holding `usedKw` of PV (connected + filed) under a rule that allows
 * `capacityKw` and turns yellow above `yellowFromKw`: red once no headroom is left
 * (used ≥ capacity), yellow above the yellow threshold, green otherwise.
 *
 * @example
 * // plan rule on a 200 kVA transformer: capacity 0.8 × 200 = 160 kW, yellow from 120 kW
 * classifyZone(100, 160, 120); // GREEN
 * classifyZone(130, 160, 120); // YELLOW
 * classifyZone(160, 160, 120); // RED
 */
export function classifyZone(usedKw: number, capacityKw: number, yellowFromKw: number): Zone {
  if (usedKw >= capacityKw - KW_TOLERANCE) return RED;
  if (usedKw > yellowFromKw + KW_TOLERANCE) return YELLOW;
  return GREEN;
}

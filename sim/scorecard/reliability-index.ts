/**
 * The Doing Business "reliability of supply and transparency of tariffs" index, 0–8 (DB2020,
 * Getting Electricity methodology): only economies whose SAIDI and SAIFI are each below 100
 * (hours, interruptions per customer a year; every interruption, planned included, nothing
 * excluded) and that record their outages are scored; then
 * - 0–3 points for SAIDI and SAIFI: 3 when both are below 1, 2 below 4, 1 below 12;
 * - 1 point for automated tools that monitor outages;
 * - 1 point for automated tools that restore service;
 * - 1 point for a regulator that monitors the utility's reliability;
 * - 1 point for financial deterrents limiting outages (compensation of customers, or fines);
 * - 1 point for tariffs published online, a change announced a full billing cycle ahead.
 *
 * @example
 * reliabilityIndex({ saidiHours: 5, saifi: 1.2, monitoring: true, restoration: true,
 *   regulator: true, deterrent: false, tariffs: true }); // { scored: true, index: 5 }
 *
 * @module
 */

/** What the index reads: the year's indices and the county's facts. */
export interface IndexInput {
  /** Hours of interruption per customer in the year, every interruption included. */
  saidiHours: number;
  /** Interruptions per customer in the year. */
  saifi: number;
  monitoring: boolean;
  restoration: boolean;
  regulator: boolean;
  deterrent: boolean;
  tariffs: boolean;
}

/** The eligibility threshold: SAIDI and SAIFI each below it, or no point at all. */
export const INDEX_ELIGIBLE_BELOW = 100;

/** The SAIDI/SAIFI points: the highest rank whose bound both are below. */
const OUTAGE_RANKS: readonly [bound: number, points: number][] = [[1, 3], [4, 2], [12, 1]];

/** The index, and whether the economy was scored at all (when not, the index is 0). */
export function reliabilityIndex(input: IndexInput): { scored: boolean; index: number } {
  const { saidiHours, saifi } = input;
  if (!(saidiHours < INDEX_ELIGIBLE_BELOW && saifi < INDEX_ELIGIBLE_BELOW)) {
    return { scored: false, index: 0 };
  }
  const rank = OUTAGE_RANKS.find(([bound]) => saidiHours < bound && saifi < bound);
  const facts = [
    input.monitoring,
    input.restoration,
    input.regulator,
    input.deterrent,
    input.tariffs,
  ];
  return { scored: true, index: (rank?.[1] ?? 0) + facts.filter(Boolean).length };
}

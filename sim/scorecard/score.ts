/**
 * The Doing Business score of Getting Electricity from its four components (DB2020 scale,
 * `frontier.ts`).
 *
 * @example
 * gettingElectricityScore({ procedures: 2, days: 32, costPercent: 0, reliabilityIndex: 7 });
 * // { procedures: 100, days: 93.9…, costPercent: 100, reliabilityIndex: 87.5, score: 95.35… }
 *
 * @module
 */
import { DB2020_SCALE, type IndicatorScale } from "./frontier.ts";

/** An indicator's score, 0–100: `(worst − y) / (worst − best)`, clipped. NaN stays NaN. */
export function indicatorScore(y: number, scale: IndicatorScale): number {
  const score = (100 * (scale.worst - y)) / (scale.worst - scale.best);
  return Number.isNaN(score) ? NaN : Math.min(100, Math.max(0, score));
}

/** The four components of Getting Electricity. */
export interface Components {
  procedures: number;
  days: number;
  costPercent: number;
  reliabilityIndex: number;
}

/** Each component's score and the topic score (their mean), 0–100. */
export type Scores = Components & { score: number };

/** The component scores and the topic score of `c`. */
export function gettingElectricityScore(c: Components): Scores {
  const procedures = indicatorScore(c.procedures, DB2020_SCALE.procedures);
  const days = indicatorScore(c.days, DB2020_SCALE.days);
  const costPercent = indicatorScore(c.costPercent, DB2020_SCALE.costPercent);
  const reliabilityIndex = indicatorScore(c.reliabilityIndex, DB2020_SCALE.reliabilityIndex);
  return {
    procedures,
    days,
    costPercent,
    reliabilityIndex,
    score: (procedures + days + costPercent + reliabilityIndex) / 4,
  };
}

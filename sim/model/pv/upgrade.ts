import type { UnitCost } from "../../data/costs.ts";
import type { CostItem } from "../../data/vocabulary.ts";
import type { HostingRule } from "./hosting-rule.ts";
import { classifyZone, GREEN, RED } from "./zone.ts";

/**
 * Standard ratings of 10 kV oil-immersed distribution transformers, kVA: the R10 series of
 * GB/T 6451-2015 (《油浸式电力变压器技术参数和要求》), 30 kVA to 2,500 kVA.
 */
export const STANDARD_RATINGS_KVA = [
  30,
  50,
  63,
  80,
  100,
  125,
  160,
  200,
  250,
  315,
  400,
  500,
  630,
  800,
  1000,
  1250,
  1600,
  2000,
  2500,
] as const;

/**
 * The rating a PV-driven upgrade installs: the smallest standard rating above `ratingKva`, and
 * at most `maxKva`, under which the transformer is green with `pvKw` of PV (connected, filed
 * and the applications waiting for it); failing that, the smallest under which it is no
 * longer red; failing that, the largest allowed. NaN when no standard rating lies in
 * (`ratingKva`, `maxKva`]: the transformer cannot be upgraded.
 *
 * Under DL/T 2041 a transformer with reverse flow never turns green by a larger rating (green
 * means no reverse flow), so the upgrade aims at yellow.
 *
 * @example
 * // plan rule (80 %, yellow from 60 %), 200 kVA holding 170 kW: 315 kVA is the first green
 * upgradeRating(200, 630, 170, 0, plan80Rule(0.8, 0.75)); // 315
 */
export function upgradeRating(
  ratingKva: number,
  maxKva: number,
  pvKw: number,
  middayMinLoadKw: number,
  rule: HostingRule,
): number {
  let notRed = NaN;
  let largest = NaN;
  for (const kva of STANDARD_RATINGS_KVA) {
    if (kva <= ratingKva || kva > maxKva) continue;
    const zone = classifyZone(
      pvKw,
      rule.capacityKw(kva, middayMinLoadKw),
      rule.yellowFromKw(kva, middayMinLoadKw),
    );
    if (zone === GREEN) return kva;
    if (zone !== RED && notRed !== notRed) notRed = kva;
    largest = kva;
  }
  return notRed === notRed ? notRed : largest;
}

/**
 * Cost of replacing a public transformer by a unit of `ratingKva`, yuan: the fixed cost of the
 * replacement plus the new unit priced per kVA (costs.csv: `transformer_upgrade_fixed`,
 * `public_transformer_per_kva`; the old unit is reused elsewhere).
 *
 * @example
 * upgradeCost(county.costs, 315); // 25,000 + 260 × 315 = 106,900 with the default costs
 */
export function upgradeCost(
  costs: Readonly<Record<CostItem, UnitCost>>,
  ratingKva: number,
): number {
  return costs.transformer_upgrade_fixed.costCny +
    costs.public_transformer_per_kva.costCny * ratingKva;
}

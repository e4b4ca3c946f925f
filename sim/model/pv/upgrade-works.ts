/**
 * One transformer upgrade for PV (plan 三.(九).2), as a process: construction (a 10 kV network
 * work, plan 二.(二)), then the new unit in service, re-zoned and published at once, and the
 * applications waiting on it admitted while they fit.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { admitWaiting } from "./admission.ts";
import type { UpgradeRecord } from "./records.ts";
import type { PvState } from "./state.ts";

/**
 * Replaces `transformer` by a unit of `toKva` costing `cost` yuan, `constructionDays` working
 * days from now (`pv.upgrades.constructionDays`).
 */
export function* upgradeWorks(
  state: PvState,
  transformer: number,
  toKva: number,
  cost: number,
  constructionDays: number,
): ProcessBody<void> {
  const { env, county } = state.ctx;
  const record: UpgradeRecord = {
    transformerId: county.transformers[transformer].id,
    feederId: county.transformers[transformer].feederId,
    fromKva: state.hosting.ratingKva[transformer],
    toKva,
    costCny: cost,
    decidedAt: env.now,
    inServiceAt: NaN,
  };
  state.upgradeRecords.push(record);
  yield state.clock.workingDaysLater(constructionDays);
  state.hosting.setRating(transformer, toKva);
  // 三.(九).1: the area's zone is published anew when its capacity changes.
  state.publishedZones[transformer] = state.hosting.zone(transformer);
  state.underUpgrade[transformer] = 0;
  record.inServiceAt = env.now;
  admitWaiting(state, transformer);
}

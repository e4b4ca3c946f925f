/**
 * The quarterly reviews: at the start of every quarter the zones of every transformer are
 * assessed and published (plan 三.(九).1: 定期评估、按季度发布), a snapshot is kept for the
 * records and the cap audit, and upgrades are planned where capacity is worst (三.(九).2).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { planUpgrades, type UpgradeLevers } from "./upgrade-plan.ts";
import type { PvState } from "./state.ts";

/** Every quarter: assess and publish the zones (三.(九).1), then plan upgrades (三.(九).2). */
export function* quarterlyReviews(state: PvState, upgrades: UpgradeLevers): ProcessBody<void> {
  const env = state.ctx.env;
  for (let quarter = 0; quarter < 4; quarter++) {
    yield state.quarterStarts[quarter] - env.now;
    state.hosting.zonesInto(state.publishedZones);
    snapshotZones(state, `q${quarter + 1}`);
    planUpgrades(state, upgrades, quarter + 1);
  }
}

/**
 * Keeps a snapshot of the published zones with every transformer's and feeder's PV and limits,
 * for the records, the zone counts and the cap audit (cap-audit.ts).
 *
 * @param label `q1` … `q4` at the reviews, `end` at the horizon
 */
export function snapshotZones(state: PvState, label: string): void {
  const { hosting } = state;
  const feederZones = new Uint8Array(hosting.feederCount);
  const feederUsed = new Float64Array(hosting.feederCount);
  const feederCapacity = new Float64Array(hosting.feederCount);
  hosting.feederZonesInto(feederZones, feederUsed, feederCapacity);
  const used = new Float64Array(hosting.size);
  for (let i = 0; i < hosting.size; i++) used[i] = hosting.usedKw(i);
  state.zoneSnapshots.push({
    label,
    zones: state.publishedZones.slice(),
    usedKw: used,
    capacityKw: hosting.capacityKw.slice(),
    ratingKva: hosting.ratingKva.slice(),
    feederZones,
    feederUsedKw: feederUsed,
    feederCapacityKw: feederCapacity,
  });
}

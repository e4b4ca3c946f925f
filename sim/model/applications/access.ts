/**
 * How an applicant is connected (plan 三.(一).3, 三.(九), 三.(七), 三.(十)): at which voltage,
 * as which class, with which service (and so which target), and whether the three-zero service
 * applies. The LV access threshold is the lever here.
 *
 * @module
 */
import type { CustomerClass, Region } from "../../data/vocabulary.ts";
import { LV_THRESHOLD_KW } from "../plan.ts";
import { type Access, CLASS_PROFILES } from "./class-profiles.ts";
import type { ApplicationParameters } from "./parameters.ts";

export type { Access } from "./class-profiles.ts";

/** The LV threshold where the application is (the town threshold in county and township seats). */
export function lvThresholdAt(region: Region, access: ApplicationParameters["access"]): number {
  // 三.(一).3: 在县城镇范围内…探索实施170千瓦及以下企业实行低压接入.
  return region === "rural" ? access.lvThresholdKw : access.lvThresholdTownKw;
}

/**
 * The access rule of the applicant's class (`class-profiles.ts`). The data classify
 * enterprises by the 160 kW rule (`lv_small`, `lv_other` ≤ 160 kW, `hv_single` above), so an
 * LV firm above the threshold is connected at 10 kV and counted as `hv_single`, and an
 * `hv_single` firm at or below it is connected LV and counted as `lv_small`. 5G stations and
 * EV chargers are LV or 10 kV by the same threshold (三.(十).1 "可选择低压或高压"); PV by
 * `pvLvMaxKw`; dual-source users are always 10 kV.
 */
export function accessFor(
  applied: CustomerClass,
  capacityKw: number,
  region: Region,
  levers: ApplicationParameters,
): Access {
  const threshold = lvThresholdAt(region, levers.access);
  const underThreshold = capacityKw <= threshold;
  const moved = underThreshold && capacityKw > LV_THRESHOLD_KW.now
    ? 1
    : !underThreshold && capacityKw <= LV_THRESHOLD_KW.now
    ? -1
    : 0;
  return CLASS_PROFILES[applied].access({
    applied,
    capacityKw,
    underThreshold,
    moved,
    threeZeroOn: levers.access.threeZero,
    levers,
  });
}

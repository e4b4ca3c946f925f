/**
 * How an applicant is connected (plan 三.(一).3, 三.(九), 三.(七), 三.(十)): at which voltage,
 * as which class, with which service (and so which target), and whether the three-zero service
 * applies. The LV access threshold is the lever here.
 *
 * @module
 */
import type { CustomerClass, Region } from "../../data/vocabulary.ts";
import { LV_THRESHOLD_KW } from "../plan.ts";
import type { Service, Voltage } from "./classes.ts";
import type { ApplicationParameters } from "./parameters.ts";

/** The outcome of the access rules for one application. */
export interface Access {
  /** The class the application is counted in (may differ from the class it applied in). */
  customerClass: CustomerClass;
  voltage: Voltage;
  service: Service;
  /** Zero visit, zero approval, zero investment (二.(二) footnote 1). */
  threeZero: boolean;
  /**
   * Whether the LV threshold decided the voltage, and how it compares with the 160 kW rule:
   * `+1` connected LV above 160 kW (moved to LV by a higher threshold), `-1` connected at
   * 10 kV at or below 160 kW (moved to HV by a lower one), `0` otherwise.
   */
  moved: -1 | 0 | 1;
}

/** The LV threshold where the application is (the town threshold in county and township seats). */
export function lvThresholdAt(region: Region, access: ApplicationParameters["access"]): number {
  // 三.(一).3: 在县城镇范围内…探索实施170千瓦及以下企业实行低压接入.
  return region === "rural" ? access.lvThresholdKw : access.lvThresholdTownKw;
}

/**
 * The access rules. The data classify enterprises by the 160 kW rule (`lv_small`, `lv_other`
 * ≤ 160 kW, `hv_single` above), so:
 * - an LV firm above the threshold is connected at 10 kV and counted as `hv_single`;
 * - an `hv_single` firm at or below the threshold is connected LV and counted as `lv_small`: the
 *   threshold was raised so that such firms get the LV small-firm service (三.(一).3 sits under
 *   "lower the cost of getting electricity"), three-zero included when it is on.
 * 5G stations and EV chargers are LV or 10 kV by the same threshold (三.(十).1 "可选择低压或高压");
 * PV by `pvLvMaxKw`; dual-source users are always 10 kV.
 */
export function accessFor(
  applied: CustomerClass,
  capacityKw: number,
  region: Region,
  p: ApplicationParameters,
): Access {
  const threeZeroOn = p.access.threeZero;
  const threshold = lvThresholdAt(region, p.access);
  const lv = capacityKw <= threshold;
  const moved = lv && capacityKw > LV_THRESHOLD_KW.now
    ? 1
    : !lv && capacityKw <= LV_THRESHOLD_KW.now
    ? -1
    : 0;
  switch (applied) {
    case "residential":
      return {
        customerClass: applied,
        voltage: "lv",
        service: "residential",
        threeZero: threeZeroOn,
        moved: 0,
      };
    case "lv_small":
    case "lv_other":
    case "hv_single": {
      if (!lv) {
        return {
          customerClass: "hv_single",
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved,
        };
      }
      const small = applied !== "lv_other";
      const threeZero = small && threeZeroOn;
      return {
        customerClass: small ? "lv_small" : "lv_other",
        voltage: "lv",
        service: threeZero ? "lv_small" : "lv_other",
        threeZero,
        moved,
      };
    }
    case "hv_dual":
      return {
        customerClass: applied,
        voltage: "10kv",
        service: "hv_dual",
        threeZero: false,
        moved: 0,
      };
    case "base_station":
      return lv
        ? { customerClass: applied, voltage: "lv", service: "lv_other", threeZero: false, moved }
        : {
          customerClass: applied,
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved,
        };
    case "ev_charger": {
      if (!lv) {
        return {
          customerClass: applied,
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved,
        };
      }
      const privateCharger = capacityKw <= p.evCharging.evPrivateMaxKw;
      return {
        customerClass: applied,
        voltage: "lv",
        service: privateCharger ? "residential" : "lv_other",
        threeZero: privateCharger && threeZeroOn,
        moved,
      };
    }
    case "pv":
      return capacityKw <= p.access.pvLvMaxKw
        ? { customerClass: applied, voltage: "lv", service: "lv_other", threeZero: false, moved: 0 }
        : {
          customerClass: applied,
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved: 0,
        };
    case "mining":
      return {
        customerClass: applied,
        voltage: "10kv",
        service: "hv_single",
        threeZero: false,
        moved: 0,
      };
  }
}

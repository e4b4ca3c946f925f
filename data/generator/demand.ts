/**
 * The demand files: expected applications per class and month, the weekday profile, and the
 * capacity bins. These are written from the assumptions as they stand (no random draws): they
 * are rates and shares, which a model samples from.
 *
 * @module
 */
import type { ApplicationRate } from "../../sim/data/applications.ts";
import type { CapacityBin } from "../../sim/data/capacity.ts";
import type { WeekdayFactor } from "../../sim/data/weekday-profile.ts";
import { CUSTOMER_CLASSES } from "../../sim/data/vocabulary.ts";
import { APPLICATIONS, CAPACITY_BINS, WEEKDAY_PROFILE } from "./assumptions.ts";
import { round } from "./grid.ts";

/**
 * Monthly expected applications: a class's yearly volume (times `size` for a county of another
 * size than the default's 1) spread over the months by its seasonal factors (normalised so the
 * months add up to the yearly volume), to 2 decimals.
 */
export function applicationRates(size = 1): ApplicationRate[] {
  const out: ApplicationRate[] = [];
  for (const customerClass of CUSTOMER_CLASSES) {
    const { perYear, season } = APPLICATIONS[customerClass];
    const total = season.reduce((s, x) => s + x, 0);
    season.forEach((factor, i) => {
      out.push({
        customerClass,
        month: i + 1,
        expectedApplications: round((perYear * size * factor) / total, 2),
      });
    });
  }
  return out;
}

/** The weekday profile, Monday = 1. */
export function weekdayProfile(): WeekdayFactor[] {
  return WEEKDAY_PROFILE.map((factor, i) => ({ weekday: i + 1, factor }));
}

/** The capacity bins of every class. */
export function capacityBins(): CapacityBin[] {
  return CUSTOMER_CLASSES.flatMap((customerClass) =>
    CAPACITY_BINS[customerClass].map(([lowKw, highKw, share]) => ({
      customerClass,
      lowKw,
      highKw,
      share,
    }))
  );
}

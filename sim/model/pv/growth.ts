/**
 * The year's PV applications, drawn up front: household adopters of every area's Bass
 * diffusion (households.ts) and commercial arrivals (commercial.ts), sized from
 * data/demand/capacity.csv's pv bins split at `adoption.householdMaxKw`, in filing order.
 * Household adoptions follow the seasons of the data's monthly PV applications when
 * `adoption.seasonal` is on (seasonal-year.ts).
 *
 * @module
 */
import type { ModelContext } from "../context.ts";
import { stableOrder } from "../../engine/stable-order.ts";
import { UserError } from "../../errors.ts";
import type { TrackedApplication } from "./application.ts";
import type { BassAreas } from "./bass-areas.ts";
import { addCommercialApplications } from "./commercial.ts";
import { addHouseholdApplications, householdAdoption } from "./households.ts";
import type { PvParameters } from "./parameters.ts";
import { SeasonalYear } from "./seasonal-year.ts";
import { sizeSlice } from "./size-distribution.ts";

/** The year's applications and the household diffusion they come from. */
export interface Growth {
  /** Every application of the year, by filing time; `id` is the index. */
  applications: TrackedApplication[];
  bass: BassAreas;
}

/**
 * Draws the year's applications (streams `pv.adoption`, `pv.household.size`,
 * `pv.commercial.*`).
 *
 * @param monthStarts the start of each month and the horizon (months.ts)
 * @throws UserError when `adoption.seasonal` is on but the data have no monthly PV rates, or
 *   when households may adopt but the data have no household PV sizes
 */
export function drawGrowth(
  ctx: ModelContext,
  levers: Pick<PvParameters, "adoption" | "commercial">,
  monthStarts: readonly number[],
): Growth {
  const { county, streams } = ctx;
  const { adoption, commercial } = levers;
  const pvRates = county.monthlyApplications.get("pv") ?? new Array(12).fill(0);
  const clock = adoptionClock(ctx, adoption.seasonal, monthStarts, pvRates);
  const pvBins = county.capacityBins.get("pv") ?? [];
  const householdSizes = sizeSlice(pvBins, 0, adoption.householdMaxKw);
  const commercialSizes = sizeSlice(pvBins, adoption.householdMaxKw, commercial.maxKw);
  const bass = householdAdoption(county, adoption, householdSizes);
  const drawn: TrackedApplication[] = [];
  addHouseholdApplications(drawn, county, streams, bass, clock, householdSizes);
  addCommercialApplications(
    drawn,
    county,
    streams,
    monthStarts,
    pvRates,
    commercialSizes,
    commercial.rateFactor,
  );
  return { applications: byFilingTime(drawn), bass };
}

/**
 * The applications in order of filing time, ties in the order drawn (a stable sort), each
 * `id` its index. By the engine's merge sort on the times (stable-order.ts) rather than
 * `Array.prototype.sort` with a comparator (0.7 % of a county-year of plan-2023, 3 500
 * applications): the commercial ones come in time order, the households' in runs; on such
 * data it took 0.25 ms against 0.55 ms.
 */
function byFilingTime(drawn: readonly TrackedApplication[]): TrackedApplication[] {
  const times = new Float64Array(drawn.length);
  for (let k = 0; k < drawn.length; k++) times[k] = drawn[k].appliedAt;
  const order = stableOrder(times);
  const applications: TrackedApplication[] = [];
  for (let k = 0; k < order.length; k++) {
    const app = drawn[order[k]];
    app.id = k;
    applications.push(app);
  }
  return applications;
}

/**
 * The clock that turns a Bass fraction of the year into a time: by the data's monthly PV
 * rates when `seasonal`, else plain time.
 *
 * @throws UserError when `seasonal` but every month's PV rate is 0
 */
function adoptionClock(
  ctx: ModelContext,
  seasonal: boolean,
  monthStarts: readonly number[],
  pvRates: readonly number[],
): SeasonalYear {
  if (!seasonal) return SeasonalYear.even(monthStarts);
  if (!(pvRates.reduce((sum, rate) => sum + rate, 0) > 0)) {
    throw new UserError(
      `PV parameter adoption.seasonal: expected ${ctx.county.sources.applications} to have a ` +
        `pv rate > 0 in some month to shape the seasons, found none (set adoption.seasonal ` +
        `to false)`,
    );
  }
  return new SeasonalYear(monthStarts, pvRates);
}

/**
 * Commercial and industrial rooftop PV: a Poisson process at the data's monthly PV rates times
 * the commercial share of the sizes, each system behind a customer-owned transformer
 * (commercial-sites.ts; plan 三.(九).3 asks such PV to be self-consumed).
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import { empiricalContinuous } from "../../engine/random/empirical-continuous.ts";
import { nhppArrivals } from "../../engine/random/nhpp.ts";
import { PiecewiseRate } from "../../engine/random/piecewise-rate.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { memo } from "../memo.ts";
import { type TrackedApplication, trackedApplication } from "./application.ts";
import { CommercialSites } from "./commercial-sites.ts";
import type { SizeSlice } from "./size-distribution.ts";

/**
 * Draws the year's commercial applications and appends them to `applications`, in time order:
 * arrival times (stream `pv.commercial.arrivals`), then for each its size
 * (`pv.commercial.size`) and site (`pv.commercial.site`). None when the slice is empty, the
 * rate is zero or the county has no transformer.
 *
 * @param pvRates the data's PV applications of each month (12 values)
 * @param rateFactor the `pv.commercial.rateFactor` lever
 */
export function addCommercialApplications(
  applications: TrackedApplication[],
  county: County,
  streams: RandomStreams,
  monthStarts: readonly number[],
  pvRates: readonly number[],
  commercialSizes: SizeSlice,
  rateFactor: number,
): void {
  const sites = memo(county, "pv.commercialSites", () => new CommercialSites(county.transformers));
  const commercialFactor = commercialSizes.share * rateFactor;
  const pvRateSum = pvRates.reduce((sum, rate) => sum + rate, 0);
  if (commercialSizes.points === null || !(commercialFactor > 0) || !(pvRateSum > 0)) return;
  if (sites.size === 0) return;
  // Poisson arrivals at the data's monthly pv rates × the commercial share of sizes.
  const rate = new PiecewiseRate(
    monthStarts,
    [
      ...pvRates.map((monthRate, month) =>
        monthRate * commercialFactor / (monthStarts[month + 1] - monthStarts[month])
      ),
      0,
    ],
  );
  const next = nhppArrivals(streams.stream("pv.commercial.arrivals"), rate);
  const size = empiricalContinuous(streams.stream("pv.commercial.size"), commercialSizes.points);
  const site = streams.stream("pv.commercial.site");
  const horizon = monthStarts[monthStarts.length - 1];
  for (let t = next(monthStarts[0]); t < horizon; t = next(t)) {
    const kw = size();
    const transformer = sites.pick(kw, site());
    const request = {
      capacityKw: kw,
      transformerId: county.transformers[transformer].id,
      kind: "commercial" as const,
    };
    applications.push(trackedApplication(0, transformer, request, t));
  }
}

/**
 * Household rooftop PV: in every public transformer area with households, a Bass diffusion
 * started where the area's existing PV puts it (bass-areas.ts: Bass 1969, NREL dGen's
 * "equivalent time"); each adopter of the year becomes an application.
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import { empiricalContinuous } from "../../engine/random/empirical-continuous.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { UserError } from "../../errors.ts";
import { memo } from "../memo.ts";
import { type TrackedApplication, trackedApplication } from "./application.ts";
import { type AdoptionArea, BassAreas } from "./bass-areas.ts";
import type { PvParameters } from "./parameters.ts";
import type { SeasonalYear } from "./seasonal-year.ts";
import type { SizeSlice } from "./size-distribution.ts";

/** The adoption levers (`pv.adoption`). */
export type AdoptionLevers = PvParameters["adoption"];

/**
 * The household diffusion of every area. It depends on the data and the adoption levers only,
 * so a run computes it once for all its replications (memo.ts).
 *
 * @throws UserError when there is a market but no household PV sizes in the data
 */
export function householdAdoption(
  county: County,
  adoption: AdoptionLevers,
  householdSizes: SizeSlice,
): BassAreas {
  return memo(
    county,
    `pv.bass:${JSON.stringify(adoption)}`,
    () => bassAreasOf(county, adoption, householdSizes),
  );
}

/**
 * Draws the year's household adopters (stream `pv.adoption`, one uniform per household yet to
 * adopt) and appends one application per adopter to `applications`, sized from the household
 * slice of the data's PV sizes (stream `pv.household.size`), at the time `clock` gives its
 * fraction of the year.
 */
export function addHouseholdApplications(
  applications: TrackedApplication[],
  county: County,
  streams: RandomStreams,
  bass: BassAreas,
  clock: SeasonalYear,
  householdSizes: SizeSlice,
): void {
  const adopters = bass.draw(streams.stream("pv.adoption"));
  if (adopters.transformer.length === 0) return;
  const size = empiricalContinuous(streams.stream("pv.household.size"), householdSizes.points!);
  for (let k = 0; k < adopters.transformer.length; k++) {
    const at = clock.hoursAt(adopters.yearFraction[k]);
    const transformer = adopters.transformer[k];
    const request = {
      capacityKw: size(),
      transformerId: county.transformers[transformer].id,
      kind: "household" as const,
    };
    applications.push(trackedApplication(0, transformer, request, at));
  }
}

/**
 * The household adoption areas, one per public transformer with households: its market is
 * households × the ceiling share of its feeder's region, its start the existing PV (connected
 * + filed) in household systems of the mean size.
 *
 * @throws UserError when there is a market but no household PV sizes in the data
 */
function bassAreasOf(
  county: County,
  adoption: AdoptionLevers,
  householdSizes: SizeSlice,
): BassAreas {
  const areas: AdoptionArea[] = [];
  county.transformers.forEach((t, i) => {
    if (t.ownership !== "public" || t.households === 0) return;
    const region = county.feederById.get(t.feederId)!.region;
    areas.push({
      transformer: i,
      households: t.households,
      ceilingShare: adoption.ceilingShare[region],
      existingKw: t.pvConnectedKw + t.pvFiledKw,
    });
  });
  const hasMarket = areas.some((a) => Math.round(a.households * a.ceilingShare) > 0);
  if (hasMarket && householdSizes.points === null) {
    throw new UserError(
      `PV parameter adoption.householdMaxKw = ${adoption.householdMaxKw}: expected the pv ` +
        `bins of ${county.sources.capacity} to hold some household sizes up to it, found none`,
    );
  }
  return new BassAreas(
    areas,
    adoption.innovationP,
    adoption.imitationQ,
    householdSizes.points === null ? 1 : householdSizes.meanKw,
  );
}

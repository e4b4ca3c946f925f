/**
 * Sustained faults of 10 kV lines: each region's feeders fail as a Poisson process with a rate
 * per km-year of overhead line and of cable (RBTS, calibrated to the county's record), shaped by
 * the season and multiplied on storm days. A fault falls on a feeder in proportion to its rate
 * × length, on a lateral behind a branch switch or fuse (分支开关: only that branch is out) or
 * on the trunk (the feeder breaker trips), and waits for a crew (`repair.ts`).
 *
 * @module
 */
import type { Rng } from "../../engine/random/rng.ts";
import { startArrivals } from "./arrivals.ts";
import type { FeederState, RegionState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import type { Repairs } from "./repair.ts";
import type { LineFaultPlace } from "./restoration.ts";
import { WeightedPick } from "../../engine/random/weighted-pick.ts";
import type { ReliabilityYear } from "./year.ts";

/** The levers of line faults. */
export type LineFaultLevers = Pick<
  ReliabilityParameters["faults"],
  | "overheadPerKmYear"
  | "cablePerKmYear"
  | "branchShare"
  | "branchCustomerShareMin"
  | "branchCustomerShareMax"
>;

/**
 * Starts the sustained line faults of `region`. Its arrival stream also picks the feeder;
 * `placeRng` draws where on it.
 */
export function startLineFaults(
  year: ReliabilityYear,
  region: RegionState,
  levers: LineFaultLevers,
  placeRng: Rng,
  repairs: Repairs,
): void {
  const feeders = region.feeders.map((i) => year.network.feeders[i]);
  const overheadRate = levers.overheadPerKmYear[region.region];
  const cableRate = levers.cablePerKmYear[region.region];
  // RBTS: faults per km-year of overhead line and of cable.
  const lineWeights = new WeightedPick(
    feeders.map((f) => f.overheadKm * overheadRate + f.cableKm * cableRate),
  );
  const lineRng = year.streams.stream(`reliability.faults.line.${region.region}`);
  startArrivals(year.env, lineRng, year.origin, lineWeights.total, year.weather.line, (t) => {
    const feeder = feeders[lineWeights.pick(lineRng())];
    const place = drawPlace(feeder, levers, placeRng);
    repairs.start(place.branch ? "branch" : "trunk", feeder, t, { place, customers: 0, users: 0 });
  });
}

/** Where on `feeder` a line fault is: four uniforms of `placeRng`, whatever the fault. */
function drawPlace(feeder: FeederState, levers: LineFaultLevers, placeRng: Rng): LineFaultPlace {
  const branch = placeRng() < levers.branchShare;
  const sectionU = placeRng();
  const shareU = placeRng();
  const patrolPoint = placeRng();
  const share = levers.branchCustomerShareMin +
    (levers.branchCustomerShareMax - levers.branchCustomerShareMin) * shareU;
  const sections = feeder.sectionCustomers.length;
  return {
    branch,
    section: Math.min(sections - 1, Math.floor(sectionU * sections)),
    branchCustomers: share * feeder.customers,
    patrolPoint,
  };
}

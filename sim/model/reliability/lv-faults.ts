/**
 * Faults of the 0.4 kV network behind public transformers (cables, meter boxes, service
 * drops): a rate per public transformer area and year, shaped by the season, that takes a
 * share of the area's customers out until a crew has repaired it. The transformer stays
 * energised, so no 10 kV user is out (DL/T 836's statistics stop at the transformer).
 *
 * @module
 */
import type { Rng } from "../../engine/random/rng.ts";
import { startArrivals } from "./arrivals.ts";
import type { RegionState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import type { Repairs } from "./repair.ts";
import type { ReliabilityYear } from "./year.ts";

/** The levers of 0.4 kV faults. */
export type LvFaultLevers = Pick<
  ReliabilityParameters["faults"],
  "lvPerPublicTransformerYear" | "lvCustomerShareMin" | "lvCustomerShareMax"
>;

/**
 * Starts the 0.4 kV faults of `region`; its stream picks the area, `placeRng` the share of
 * its customers out.
 */
export function startLvFaults(
  year: ReliabilityYear,
  region: RegionState,
  levers: LvFaultLevers,
  placeRng: Rng,
  repairs: Repairs,
): void {
  const { network } = year;
  const areas = region.publicTransformers;
  const rng = year.streams.stream(`reliability.faults.lv.${region.region}`);
  const perYear = areas.length * levers.lvPerPublicTransformerYear;
  startArrivals(year.env, rng, year.origin, perYear, year.weather.season, (t) => {
    const area = network.transformers[areas[Math.floor(rng() * areas.length)]];
    const feeder = network.feeders[area.feeder];
    const share = levers.lvCustomerShareMin +
      (levers.lvCustomerShareMax - levers.lvCustomerShareMin) * placeRng();
    // DL/T 836: the transformer stays energised, so no 10 kV user is out.
    repairs.start("lv", feeder, t, { place: null, customers: area.customers * share, users: 0 });
  });
}

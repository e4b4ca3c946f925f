/**
 * Distribution transformer failures (RBTS): each transformer area of a region fails at a rate
 * per transformer-year, shaped by the season only (heat overload, not wind), and its customers
 * are out until a crew has replaced it. A failed transformer is one 10 kV user out (DL/T 836).
 *
 * @module
 */
import { startArrivals } from "./arrivals.ts";
import type { RegionState } from "./network.ts";
import type { Repairs } from "./repair.ts";
import type { ReliabilityYear } from "./year.ts";

/** Starts the transformer failures of `region`; its stream also picks the area. */
export function startTransformerFaults(
  year: ReliabilityYear,
  region: RegionState,
  perTransformerYear: number,
  repairs: Repairs,
): void {
  const { network } = year;
  const areas = region.transformers;
  const rng = year.streams.stream(`reliability.faults.transformer.${region.region}`);
  const perYear = areas.length * perTransformerYear;
  startArrivals(year.env, rng, year.origin, perYear, year.weather.season, (t) => {
    const area = network.transformers[areas[Math.floor(rng() * areas.length)]];
    const feeder = network.feeders[area.feeder];
    // DL/T 836: the failed transformer is one 10 kV user out.
    repairs.start("transformer", feeder, t, { place: null, customers: area.customers, users: 1 });
  });
}

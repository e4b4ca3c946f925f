/**
 * Transient faults of overhead line (lightning, wind, birds): automatic reclosing clears them,
 * and the whole feeder sees a momentary interruption (IEEE 1366's MAIFI). They come at a number
 * per sustained overhead fault, on the same season and storm days, and need no crew.
 *
 * @module
 */
import { startArrivals } from "./arrivals.ts";
import type { RegionState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import { WeightedPick } from "../../engine/random/weighted-pick.ts";
import { onStormDay, type ReliabilityYear } from "./year.ts";

/** The levers of transient faults. */
export type TransientFaultLevers = Pick<
  ReliabilityParameters["faults"],
  "overheadPerKmYear" | "transientPerSustainedOverhead"
>;

/**
 * Starts the transient faults of `region`, on feeders in proportion to their overhead line;
 * counts each in `counts.transient`.
 */
export function startTransientFaults(
  year: ReliabilityYear,
  region: RegionState,
  levers: TransientFaultLevers,
  counts: { transient: number },
): void {
  const { network, ledger, origin } = year;
  const feeders = region.feeders.map((i) => network.feeders[i]);
  const overheadRate = levers.overheadPerKmYear[region.region];
  const weights = new WeightedPick(feeders.map((f) => f.overheadKm * overheadRate));
  const perYear = weights.total * levers.transientPerSustainedOverhead;
  const rng = year.streams.stream(`reliability.faults.transient.${region.region}`);
  startArrivals(year.env, rng, origin, perYear, year.weather.line, (t) => {
    const feeder = feeders[weights.pick(rng())];
    counts.transient++;
    ledger.begin(feeder, "fault", "transient", t - origin, onStormDay(year, t));
    // IEEE 1366 §3: the whole feeder, for less than the sustained threshold (MAIFI).
    ledger.add(feeder.customers, 0, feeder.users);
    ledger.end({ crewWaitHours: 0, jobs: 0, censored: false });
  });
}

/**
 * The year's faults (issue §1), kind by kind in each region, in this order:
 *
 * 1. sustained faults of 10 kV lines, on the trunk or a branch (`line-faults.ts`);
 * 2. transient faults, cleared by reclosing: a momentary interruption (`transient-faults.ts`);
 * 3. distribution transformer failures (`transformer-faults.ts`);
 * 4. 0.4 kV faults behind public transformers (`lv-faults.ts`).
 *
 * A sustained fault draws its times (`fault-times.ts`), waits for a repair crew of its region
 * (`crews.ts`) and its customers are restored as `restoration.ts` describes (`repair.ts`).
 *
 * Randomness: each region and fault kind has its own arrival stream (which also picks the
 * feeder or area), and the details of every fault (where it is, travel and repair times) are
 * drawn when it happens from streams of their own, whatever the automation or crews. A scenario
 * that changes automation, crews or planned work therefore sees the very same faults
 * (common random numbers); only their consequences differ.
 *
 * @module
 */
import type { Tally } from "../../engine/stats/tally.ts";
import type { CrewPool } from "./crews.ts";
import { FaultTimeDraws, type FaultTimeLevers } from "./fault-times.ts";
import { startLineFaults } from "./line-faults.ts";
import { startLvFaults } from "./lv-faults.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import { Repairs } from "./repair.ts";
import { startTransformerFaults } from "./transformer-faults.ts";
import { startTransientFaults } from "./transient-faults.ts";
import type { ReliabilityYear } from "./year.ts";

/** What the fault processes report at the end. */
export interface FaultSummary {
  sustained: number;
  transient: number;
  /** Hours each sustained fault waited for a crew. */
  crewWaits: Tally;
}

/** The levers the faults read. */
export type FaultLevers = FaultTimeLevers & Pick<ReliabilityParameters, "faults">;

/**
 * Starts the year's faults. Returns `finish(horizon)`, which books the faults still waiting for
 * a crew at the horizon as if a crew came then (a lower bound, flagged `censored`).
 */
export function startFaults(
  year: ReliabilityYear,
  levers: FaultLevers,
  crews: CrewPool,
): (horizon: number) => FaultSummary {
  const { faults } = levers;
  // Where each fault is, shared by the kinds that draw a place, and the remote switching time.
  const placeRng = year.streams.stream("reliability.faults.place");
  const times = new FaultTimeDraws(year.streams, placeRng, levers);
  const repairs = new Repairs(year, crews, times, levers.restoration);
  const counts = { transient: 0 };
  for (const region of year.network.regions) {
    startLineFaults(year, region, faults, placeRng, repairs);
    startTransientFaults(year, region, faults, counts);
    startTransformerFaults(year, region, faults.transformerPerYear, repairs);
    startLvFaults(year, region, faults, placeRng, repairs);
  }
  return (horizon) => {
    repairs.finish(horizon);
    return { sustained: repairs.count, transient: counts.transient, crewWaits: repairs.crewWaits };
  };
}

/**
 * The times of a sustained fault, drawn when it happens: the crew's travel (by region), the
 * repair (by kind of fault, longer on a storm day) and the dispatcher's remote switching. They
 * are drawn from streams of their own whatever the automation or crews, so a scenario that
 * changes those sees the same times (common random numbers); only their use differs.
 *
 * @module
 */
import type { Rng } from "../../engine/random/rng.ts";
import { standardNormal } from "../../engine/random/standard-normal.ts";
import { lognormalAtScore } from "../../engine/random/lognormal-from-median-p90.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { REGIONS } from "../../data/vocabulary.ts";
import type { OutageKind, ReliabilityParameters } from "./parameters.ts";

/** The kinds of sustained fault: they wait for a crew. */
export type SustainedKind = Extract<OutageKind, "trunk" | "branch" | "transformer" | "lv">;

/** The drawn times of one sustained fault, hours. */
export interface FaultTimes {
  travelHours: number;
  repairHours: number;
  /** What remote switching would take on this feeder (三遥; used when it has remote control). */
  remoteSwitchingHours: number;
}

/** The levers the times are drawn with. */
export type FaultTimeLevers = Pick<ReliabilityParameters, "restoration" | "crews" | "storms">;

/** A lognormal duration as the levers give it: its median and 90th percentile, hours. */
interface MedianP90 {
  median: number;
  p90: number;
}

function atScore({ median, p90 }: MedianP90, z: number): number {
  return lognormalAtScore(z, median, p90);
}

/** Draws the times of sustained faults. */
export class FaultTimeDraws {
  readonly #placeRng: Rng;
  readonly #travelZ: () => number;
  readonly #repairZ: () => number;
  readonly #travel: MedianP90[];
  readonly #lineRepair: MedianP90;
  readonly #transformerRepair: MedianP90;
  readonly #lvRepair: MedianP90;
  readonly #stormRepairFactor: number;
  readonly #remoteMinutesMin: number;
  readonly #remoteMinutesMax: number;

  /**
   * @param placeRng the stream of the faults' places, which also draws the remote switching
   * time (one uniform per sustained fault, before its travel and repair)
   */
  constructor(streams: RandomStreams, placeRng: Rng, levers: FaultTimeLevers) {
    const { restoration, crews } = levers;
    this.#placeRng = placeRng;
    this.#travelZ = standardNormal(streams.stream("reliability.faults.travel"));
    this.#repairZ = standardNormal(streams.stream("reliability.faults.repair"));
    this.#travel = REGIONS.map((region) => ({
      median: crews.travelHoursMedian[region],
      p90: crews.travelHoursP90[region],
    }));
    this.#lineRepair = {
      median: restoration.lineRepairHoursMedian,
      p90: restoration.lineRepairHoursP90,
    };
    this.#transformerRepair = {
      median: restoration.transformerHoursMedian,
      p90: restoration.transformerHoursP90,
    };
    this.#lvRepair = {
      median: restoration.lvRepairHoursMedian,
      p90: restoration.lvRepairHoursP90,
    };
    this.#stormRepairFactor = levers.storms.repairFactor;
    this.#remoteMinutesMin = restoration.remoteSwitchingMinutesMin;
    this.#remoteMinutesMax = restoration.remoteSwitchingMinutesMax;
  }

  /** The times of a fault of `kind` in region `regionIndex` (index in REGIONS). */
  draw(kind: SustainedKind, regionIndex: number, storm: boolean): FaultTimes {
    const remoteU = this.#placeRng();
    const repair = kind === "transformer"
      ? this.#transformerRepair
      : kind === "lv"
      ? this.#lvRepair
      : this.#lineRepair;
    const min = this.#remoteMinutesMin;
    return {
      // State Grid service commitments: on site within 45 min in towns, 90 in the countryside.
      travelHours: atScore(this.#travel[regionIndex], this.#travelZ()),
      // Storm damage and access make repairs longer (storms.repairFactor).
      repairHours: atScore(repair, this.#repairZ()) *
        (storm ? this.#stormRepairFactor : 1),
      remoteSwitchingHours: (min + (this.#remoteMinutesMax - min) * remoteU) / 60,
    };
  }
}

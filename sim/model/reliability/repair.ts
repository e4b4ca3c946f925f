/**
 * A sustained fault's life after it happens: it waits for a repair crew of its region or station
 * (`crews.ts`), first come first served, and when one is free its customers are restored as
 * `restoration.ts` lays out (by the feeder's automation, plan 三.(五)) and booked in the ledger,
 * with the hours it waited. A fault still waiting at the end of the year is booked as if a crew
 * came then: a lower bound, flagged `censored`, so that no fault of the year goes uncounted.
 *
 * @module
 */
import { Tally } from "../../engine/stats/tally.ts";
import type { CrewPool } from "./crews.ts";
import type { FaultTimeDraws, FaultTimes, SustainedKind } from "./fault-times.ts";
import type { FeederState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import {
  type LineFaultPlace,
  type Restoration,
  restoreEquipmentFault,
  restoreLineFault,
} from "./restoration.ts";
import { onStormDay, type ReliabilityYear } from "./year.ts";

/** Whom a sustained fault interrupts. */
export interface FaultReach {
  /** Line faults: where; null for an equipment fault. */
  place: LineFaultPlace | null;
  /** Equipment faults: customers out. */
  customers: number;
  /** Equipment faults: 10 kV users out (1 for a transformer, 0 for a 0.4 kV fault). */
  users: number;
}

/** A sustained fault waiting for, or being repaired by, a crew. */
interface SustainedFault extends FaultReach, FaultTimes {
  kind: SustainedKind;
  feeder: FeederState;
  /** Time of the fault. */
  start: number;
  storm: boolean;
  granted: boolean;
}

/** The switching times of the restoration levers. */
type Switching = { manualSwitchingHours: number; selfHealingHours: number };

/** The sustained faults of the year and their repairs. */
export class Repairs {
  /** Sustained faults so far. */
  count = 0;
  /** Hours each sustained fault waited for a crew. */
  readonly crewWaits = new Tally({ quantiles: [0.9] });
  readonly #year: ReliabilityYear;
  readonly #crews: CrewPool;
  readonly #times: FaultTimeDraws;
  readonly #switching: Switching;
  readonly #pending: SustainedFault[] = [];

  constructor(
    year: ReliabilityYear,
    crews: CrewPool,
    times: FaultTimeDraws,
    restoration: ReliabilityParameters["restoration"],
  ) {
    this.#year = year;
    this.#crews = crews;
    this.#times = times;
    this.#switching = {
      manualSwitchingHours: restoration.manualSwitchingHours,
      // Self-healing switches within seconds (三.(五) 自愈).
      selfHealingHours: restoration.selfHealingSeconds / 3600,
    };
  }

  /** A sustained fault of `kind` on `feeder` at `t`: draws its times, then waits for a crew. */
  start(kind: SustainedKind, feeder: FeederState, t: number, reach: FaultReach): void {
    const storm = onStormDay(this.#year, t);
    const times = this.#times.draw(kind, feeder.regionIndex, storm);
    const fault: SustainedFault = {
      kind,
      feeder,
      start: t,
      storm,
      place: reach.place,
      customers: reach.customers,
      users: reach.users,
      travelHours: times.travelHours,
      repairHours: times.repairHours,
      remoteSwitchingHours: times.remoteSwitchingHours,
      granted: false,
    };
    this.count++;
    this.#pending.push(fault);
    this.#year.env.process(this.#repair(fault), "reliability.repair");
  }

  /** Books the faults still waiting for a crew at `horizon` as if a crew came then. */
  finish(horizon: number): void {
    for (const fault of this.#pending) {
      if (!fault.granted) this.#book(fault, horizon - fault.start, true);
    }
  }

  /**
   * Waits for a crew of the fault's region or station (plan 三.(五): 抢修), then restores and
   * repairs. A crew of another station (`nearest free`) drives over first, so the customers wait
   * for the drive too, and drives back after.
   */
  *#repair(fault: SustainedFault) {
    const crew = this.#crews.request(fault.feeder);
    yield crew;
    fault.granted = true;
    const drive = this.#crews.driveOf(crew);
    if (drive > 0) fault.travelHours += drive;
    const waitHours = this.#year.env.now - fault.start;
    this.crewWaits.add(waitHours);
    const { crewHours } = this.#book(fault, waitHours, false);
    yield crewHours;
    if (drive > 0) yield drive;
    this.#crews.release(crew);
  }

  /** Books the fault's interruptions once its crew is known to start `waitHours` after it. */
  #book(fault: SustainedFault, waitHours: number, censored: boolean): Restoration {
    const { ledger, origin } = this.#year;
    ledger.begin(fault.feeder, "fault", fault.kind, fault.start - origin, fault.storm);
    const restoration = fault.place !== null
      ? restoreLineFault(fault.feeder, fault.place, {
        waitHours,
        travelHours: fault.travelHours,
        repairHours: fault.repairHours,
        remoteSwitchingHours: fault.remoteSwitchingHours,
        ...this.#switching,
      }, ledger.add)
      : restoreEquipmentFault(
        fault.customers,
        fault.users,
        waitHours,
        fault.travelHours,
        fault.repairHours,
        ledger.add,
      );
    ledger.end({ crewWaitHours: waitHours, jobs: 0, censored });
    return restoration;
  }
}

/**
 * Fault repair crews (抢修班): one pool per region (a township supply station's crew does not
 * drive to the county seat), on duty round the clock in two 12-hour shifts, 08:00–20:00 and
 * 20:00–08:00, each with its own number of crews. A fault takes the first free crew of its
 * region, first come first served; when all are out, it waits, and its customers with it — so
 * too few crews, or a storm that brings many faults at once, make outages longer.
 *
 * At a shift change to a smaller shift, crews still on a job finish it (the engine's resource
 * lets units in use exceed a cut capacity until they are released).
 *
 * @module
 */
import type { Environment } from "../../engine/environment.ts";
import { type Request, Resource } from "../../engine/resource.ts";
import { REGIONS } from "../../data/vocabulary.ts";
import type { ReliabilityParameters } from "./parameters.ts";

/** Start of the day shift, clock hour. */
export const DAY_SHIFT_START = 8;
/** Start of the night shift, clock hour. */
export const NIGHT_SHIFT_START = 20;

/** The crews of every region. */
export class CrewPool {
  readonly #resources: Resource[];

  /**
   * Creates the pools at the environment's current time (00:00 on 1 January: the night shift)
   * and schedules every shift change until `horizon`.
   */
  constructor(env: Environment, crews: ReliabilityParameters["crews"], horizon: number) {
    const day = REGIONS.map((r) => crews.dayShiftCrews[r]);
    const night = REGIONS.map((r) => crews.nightShiftCrews[r]);
    const dayAt = (t: number) => {
      const hour = t - Math.floor(t / 24) * 24;
      return hour >= DAY_SHIFT_START && hour < NIGHT_SHIFT_START;
    };
    const first = dayAt(env.now) ? day : night;
    this.#resources = REGIONS.map((region, i) =>
      new Resource(env, first[i], { name: `reliability.crews.${region}`, waitQuantiles: [0.9] })
    );
    if (day.every((d, i) => d === night[i])) return;
    // Shift changes, chained one at a time so the event list stays short.
    const nextChange = (t: number) => {
      const d = Math.floor(t / 24) * 24;
      if (t < d + DAY_SHIFT_START) return d + DAY_SHIFT_START;
      if (t < d + NIGHT_SHIFT_START) return d + NIGHT_SHIFT_START;
      return d + 24 + DAY_SHIFT_START;
    };
    const change = () => {
      const counts = dayAt(env.now) ? day : night;
      this.#resources.forEach((r, i) => r.setCapacity(counts[i]));
      const next = nextChange(env.now);
      if (next < horizon) env.schedule(next - env.now, change);
    };
    const next = nextChange(env.now);
    if (next < horizon) env.schedule(next - env.now, change);
  }

  /** Asks for a crew of region `regionIndex` (index in REGIONS). */
  request(regionIndex: number): Request {
    return this.#resources[regionIndex].request();
  }

  /** Gives the crew back. */
  release(request: Request): void {
    request.resource.release(request);
  }

  /** Busy crew-hours over crew-hours on duty, all regions together, up to now. */
  utilisation(now: number): number {
    let busy = 0;
    let onDuty = 0;
    for (const r of this.#resources) {
      busy += r.busy.integral(now);
      onDuty += r.capacityMonitor.integral(now);
    }
    return onDuty > 0 ? busy / onDuty : NaN;
  }
}

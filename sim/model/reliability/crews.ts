/**
 * Fault repair crews (抢修班): one pool per region (`crews.dispatch` `region`: a township supply
 * station's crew does not drive to the county seat) or per supply station of grid/stations.csv
 * (`station`, `nearest free`), on duty round the clock in two 12-hour shifts, 08:00–20:00 and
 * 20:00–08:00, each with its own number of crews. A fault takes the first free crew of its
 * region or station, first come first served; when all are out, it waits, and its customers
 * with it — so too few crews, or a storm that brings many faults at once, make outages longer.
 * Under `nearest free` a fault whose own crews are all out takes a free crew of the nearest
 * other station instead, which drives over (`driveOf`) and back.
 *
 * At a shift change to a smaller shift, crews still on a job finish it (the engine's resource
 * lets units in use exceed a cut capacity until they are released).
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import type { Station } from "../../data/stations.ts";
import type { Environment } from "../../engine/environment.ts";
import { type Request, Resource } from "../../engine/resource.ts";
import { REGIONS } from "../../data/vocabulary.ts";
import {
  type FieldProblem,
  nearestFirst,
  pickPool,
  roadHours,
  unknownStations,
} from "../stations.ts";
import type { FeederState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";

/** Start of the day shift, clock hour. */
export const DAY_SHIFT_START = 8;
/** Start of the night shift, clock hour. */
export const NIGHT_SHIFT_START = 20;

/** A station's crews on each shift under the levers: the override, the file's, or the regions'. */
export function stationCrews(
  station: Station,
  crews: ReliabilityParameters["crews"],
): { day: number; night: number } {
  const count = (shift: "day" | "night", regional: Record<string, number>) => {
    const override = crews.stationCrews[station.id]?.[shift];
    if (override !== undefined) return override;
    const data = station.repairCrews[shift];
    // A county without grid/stations.csv: one station with the regions' crews together.
    return Number.isNaN(data) ? REGIONS.reduce((n, r) => n + regional[r], 0) : data;
  };
  return { day: count("day", crews.dayShiftCrews), night: count("night", crews.nightShiftCrews) };
}

/**
 * What is wrong with the crew levers for this county: a station id it does not have, and, with
 * crews dispatched by station, a station without a day-shift crew (as a region's `dayShiftCrews`
 * ≥ 1: its faults would wait to the end of the year). Empty when the levers fit.
 */
export function crewProblems(
  crews: ReliabilityParameters["crews"],
  county: County,
): FieldProblem[] {
  const problems = unknownStations(
    "reliability.crews.stationCrews",
    crews.stationCrews,
    county.stations,
  );
  if (crews.dispatch === "region") return problems;
  for (const station of county.stations) {
    const day = stationCrews(station, crews).day;
    if (day < 1) {
      problems.push({
        field: `reliability.crews.stationCrews.${station.id}.day`,
        expected: "at least 1 day-shift repair crew at every station with crews dispatched by " +
          "station",
        found: String(day),
      });
    }
  }
  return problems;
}

/** The crews of every region or station. */
export class CrewPool {
  readonly #resources: Resource[];
  /** The pool of each feeder (by id) under station dispatch; null: by region. */
  readonly #poolOfFeeder: ReadonlyMap<string, number> | null;
  readonly #nearest: readonly (readonly number[])[];
  readonly #hours: readonly (readonly number[])[];
  readonly #borrowing: boolean;
  /** The drive (one way) of each request served by another station's crew. */
  readonly #drive = new Map<Request, number>();
  /** Per pool, over the faults of the run: crews sent, of them to other stations, hours driven. */
  readonly sent: number[];
  readonly borrowed: number[];
  readonly driveHours: number[];
  /** The pools' names: the regions, or the stations' ids. */
  readonly names: readonly string[];
  /** Whether the pools are the stations' (`station`, `nearest free`) rather than the regions'. */
  readonly byStation: boolean;

  /**
   * Creates the pools at the environment's current time (00:00 on 1 January: the night shift)
   * and schedules every shift change until `horizon`.
   *
   * @param county its stations serve under station dispatch
   */
  constructor(
    env: Environment,
    crews: ReliabilityParameters["crews"],
    horizon: number,
    county?: County,
  ) {
    const byStation = crews.dispatch !== "region";
    this.byStation = byStation;
    if (byStation && county === undefined) {
      throw new Error(`CrewPool: dispatch "${crews.dispatch}" needs the county's stations`);
    }
    const stations = byStation ? county!.stations : [];
    const perStation = stations.map((s) => stationCrews(s, crews));
    const day = byStation
      ? perStation.map((c) => c.day)
      : REGIONS.map((r) => crews.dayShiftCrews[r]);
    const night = byStation
      ? perStation.map((c) => c.night)
      : REGIONS.map((r) => crews.nightShiftCrews[r]);
    this.names = byStation ? stations.map((s) => s.id) : REGIONS;
    this.#poolOfFeeder = byStation ? county!.stationOfFeeder : null;
    this.#hours = byStation ? roadHours(stations, crews) : [];
    this.#nearest = nearestFirst(this.#hours);
    this.#borrowing = crews.dispatch === "nearest free";
    this.sent = this.names.map(() => 0);
    this.borrowed = this.names.map(() => 0);
    this.driveHours = this.names.map(() => 0);
    const dayAt = (t: number) => {
      const hour = t - Math.floor(t / 24) * 24;
      return hour >= DAY_SHIFT_START && hour < NIGHT_SHIFT_START;
    };
    const first = dayAt(env.now) ? day : night;
    this.#resources = this.names.map((name, i) =>
      new Resource(env, first[i], { name: `reliability.crews.${name}`, waitQuantiles: [0.9] })
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

  /**
   * Asks for a crew for a fault on `feeder`: its region's, or its station's; under `nearest
   * free`, when those are all out, a free one of the nearest other station.
   */
  request(feeder: FeederState): Request {
    const stationOf = this.#poolOfFeeder;
    if (stationOf === null) return this.#send(feeder.regionIndex, 0, false);
    const own = stationOf.get(feeder.id)!;
    const pool = pickPool(this.#resources, own, this.#nearest[own], this.#borrowing);
    if (pool === own) return this.#send(own, 0, false);
    return this.#send(pool, this.#hours[pool][own], true);
  }

  #send(pool: number, drive: number, borrowed: boolean): Request {
    const request = this.#resources[pool].request();
    this.sent[pool]++;
    if (borrowed) this.borrowed[pool]++;
    if (drive > 0) {
      this.driveHours[pool] += 2 * drive;
      this.#drive.set(request, drive);
    }
    return request;
  }

  /** The one-way drive of a crew sent from another station (0 for its own). */
  driveOf(request: Request): number {
    return this.#drive.get(request) ?? 0;
  }

  /** Busy crew-hours over crew-hours on duty of pool `i`, up to `now`. */
  poolUtilisation(i: number, now: number): number {
    const r = this.#resources[i];
    const onDuty = r.capacityMonitor.integral(now);
    return onDuty > 0 ? r.busy.integral(now) / onDuty : NaN;
  }

  /** Gives the crew back. */
  release(request: Request): void {
    this.#drive.delete(request);
    request.resource.release(request);
  }

  /** Busy crew-hours over crew-hours on duty, all pools together, up to now. */
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

/**
 * Who serves a job: the staff of one role across the county's supply stations (the county
 * company and the township stations, 供电所, of `grid/stations.csv`), under the scenario's
 * dispatch mode (`dispatch.mode`):
 *
 * - `county pool` — one pool of the county-wide count, any person serves any job, no travel: the
 *   behaviour before stations were modelled, and the idealised bound of pooling.
 * - `station` — a job waits for the staff of its home station: the station serving its feeder,
 *   or the county company when that station has none of the role (an HV plan, a 10 kV works), or
 *   else the nearest station that has some.
 * - `nearest free` — as `station`, but when nobody at home is free, a free person of the nearest
 *   other station takes the job; a field crew (survey, construction, inspection) drives to the
 *   job's station area and back (road distance over road speed) and is held for the drive too;
 *   office staff (customer managers, design engineers) work remotely. Only when nobody anywhere
 *   is free does the job queue at home.
 *
 * Durations of the workflow already include the trip from a job's home station to the site
 * (they are calibrated on the county's typical times, when crews were based as they are), so
 * only a borrowed crew adds travel; `county pool` and `station` differ by pooling alone.
 *
 * @example
 * const surveyors = RoleStaff.create(env, clock, year, "surveyCrews", levers, county);
 * // in a workflow step: 3 working hours of survey (+ the drive, if borrowed), at the
 * // application's home station
 * yield surveyors.job(app, 3);
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import type { Station } from "../../data/stations.ts";
import type { Environment } from "../../engine/environment.ts";
import type { Request, Resource } from "../../engine/resource.ts";
import type { WorkClock } from "../../engine/work-clock.ts";
import type { Application } from "./application.ts";
import type { ApplicationParameters, StaffRole } from "./parameters.ts";
import { Staff } from "./staff.ts";
import { type JobHours, StaffJob } from "./staff-job.ts";
import {
  type FieldProblem,
  nearestFirst,
  pickPool,
  roadHours,
  unknownStations,
} from "../stations.ts";

/** The roles that work on site, and drive when borrowed by another station's job. */
const FIELD_ROLES: ReadonlySet<StaffRole> = new Set([
  "surveyCrews",
  "lvCrews",
  "mvCrews",
  "inspectors",
]);

/** A station's counts by role under `levers`: the scenario's override, else the data's. */
export function stationCount(
  station: Station,
  role: StaffRole,
  levers: ApplicationParameters,
): number {
  const override = levers.dispatch.stationStaff[station.id]?.[role];
  if (override !== undefined) return override;
  const data = station.staff[role];
  // A county without grid/stations.csv has one station with the scenario's county-wide counts.
  return Number.isNaN(data) ? levers.staff[role].count : data;
}

/**
 * What is wrong with the dispatch levers for this county, as field and message pairs: a
 * station id the county does not have, dated staffing changes that cannot say which station
 * changes. Empty when the levers fit.
 */
export function dispatchProblems(levers: ApplicationParameters, county: County): FieldProblem[] {
  const problems = unknownStations(
    "applications.dispatch.stationStaff",
    levers.dispatch.stationStaff,
    county.stations,
  );
  if (levers.dispatch.mode !== "county pool" && county.stations.length > 1) {
    for (const [role, { changes }] of Object.entries(levers.staff)) {
      if (changes.length > 0) {
        problems.push({
          field: `applications.staff.${role}.changes`,
          expected: `no dated changes with dispatch by station (they are county-wide: set the ` +
            `stations' counts in applications.dispatch.stationStaff, or use "county pool")`,
          found: `${changes.length} change${changes.length === 1 ? "" : "s"}`,
        });
      }
    }
  }
  return problems;
}

/** The staff of one role at every station, and the dispatch rule that picks one for a job. */
export class RoleStaff {
  readonly role: StaffRole;
  readonly #env: Environment;
  /** One pool per station (one in all for `county pool`), in the stations' order. */
  readonly stations: readonly Staff[];
  /** Each station's resource, for {@link pickPool}. */
  readonly #resources: readonly Resource[];
  /** `nearest free`: a busy station's job may go to another's. */
  readonly #borrowing: boolean;
  /** `county pool`: one pool, nothing to choose or count (the hot path stays as before). */
  readonly #pooled: boolean;
  /** Whether the role works on site (a borrowed person drives). */
  readonly #field: boolean;
  /** The home station of each station's jobs (itself, or where the role is when it has none). */
  readonly #home: readonly number[];
  /** Other stations by road time from each station, nearest first. */
  readonly #nearest: readonly (readonly number[])[];
  readonly #hours: readonly (readonly number[])[];
  readonly #stationOfFeeder: ReadonlyMap<string, number>;
  /** The drive (both ways) of each request served away from home, until its work starts. */
  readonly #drive = new Map<Request, number>();
  /**
   * Per station, over the jobs asked for in the year: jobs taken, of them for another station's
   * jobs, and hours driven for those.
   */
  readonly served: number[];
  readonly borrowed: number[];
  readonly driveHours: number[];

  private constructor(
    env: Environment,
    role: StaffRole,
    stations: Staff[],
    mode: ApplicationParameters["dispatch"]["mode"],
    home: number[],
    hours: number[][],
    stationOfFeeder: ReadonlyMap<string, number>,
  ) {
    this.#env = env;
    this.role = role;
    this.stations = stations;
    this.#resources = stations.map((s) => s.resource);
    this.#borrowing = mode === "nearest free";
    this.#pooled = mode === "county pool";
    this.#field = FIELD_ROLES.has(role);
    this.#home = home;
    this.#hours = hours;
    this.#nearest = nearestFirst(hours);
    this.#stationOfFeeder = stationOfFeeder;
    this.served = stations.map(() => 0);
    this.borrowed = stations.map(() => 0);
    this.driveHours = stations.map(() => 0);
  }

  /**
   * The staff of `role` for a replication: one county-wide pool under `county pool` (the
   * scenario's count and dated changes), one per station otherwise.
   *
   * @param window the period measured (the simulated year)
   */
  static create(
    env: Environment,
    clock: WorkClock,
    window: Readonly<{ from: number; to: number }>,
    role: StaffRole,
    levers: ApplicationParameters,
    county: County,
  ): RoleStaff {
    const { count, changes } = levers.staff[role];
    const mode = levers.dispatch.mode;
    if (mode === "county pool") {
      const pool = new Staff(env, clock, window, role, count, changes);
      return new RoleStaff(env, role, [pool], mode, [0], [[0]], new Map());
    }
    const stations = county.stations;
    const counts = stations.map((s) => stationCount(s, role, levers));
    const single = stations.length === 1;
    const staff = stations.map((s, i) =>
      new Staff(env, clock, window, `${role}@${s.id}`, counts[i], single ? changes : [])
    );
    const hours = roadHours(stations, levers.dispatch);
    const home = stations.map((_, i) => homeOf(i, counts, county.countyStation, hours[i]));
    return new RoleStaff(env, role, staff, mode, home, hours, county.stationOfFeeder);
  }

  /**
   * A job for `app` of `hours` working hours (or drawn when the person is granted): yield it to
   * wait until the person is free again. The usual way to use the staff; `request`, `work` and
   * `release` are its parts.
   */
  job(
    app: Application,
    hours: JobHours,
    onStart: ((app: Application, now: number) => void) | null = null,
  ): StaffJob {
    return new StaffJob(this.#env, this, app, hours, onStart);
  }

  /** Asks for a person for `app`'s job; yield the request to wait until one is free. */
  request(app: Application): Request {
    if (this.#pooled) return this.stations[0].request();
    const site = this.#stationOfFeeder.get(app.site.feederId)!;
    const home = this.#home[site];
    const pool = pickPool(this.#resources, home, this.#nearest[home], this.#borrowing);
    if (pool === home) return this.#grantAt(home, 0, false);
    return this.#grantAt(pool, this.#field ? 2 * this.#hours[pool][site] : 0, true);
  }

  #grantAt(station: number, drive: number, borrowed: boolean): Request {
    const staff = this.stations[station];
    const request = staff.request();
    if (drive > 0) this.#drive.set(request, drive);
    if (staff.inWindow(request.requestedAt)) {
      this.served[station]++;
      if (borrowed) this.borrowed[station]++;
      this.driveHours[station] += drive;
    }
    return request;
  }

  /**
   * Called when `request` has been granted: the plain delay to yield for `hours` of working
   * time, plus the drive of a borrowed person (who is held for it too).
   */
  work(request: Request, hours: number): number {
    if (this.#pooled) return this.stations[0].work(request, hours);
    const drive = this.#drive.get(request);
    if (drive === undefined) return this.#staffOf(request).work(request, hours);
    this.#drive.delete(request);
    return this.#staffOf(request).work(request, hours + drive);
  }

  /** Gives the person back to their station. */
  release(request: Request): void {
    this.#staffOf(request).release(request);
  }

  #staffOf(request: Request): Staff {
    const stations = this.stations;
    if (stations.length === 1) return stations[0];
    for (const s of stations) if (s.resource === request.resource) return s;
    throw new Error(`${this.role}: a request made to ${request.resource.name}, not to this role`);
  }

  /** Busy over available working hours in the year, all stations together. */
  utilisation(): number {
    if (this.stations.length === 1) return this.stations[0].utilisation();
    let busy = 0;
    let available = 0;
    for (const s of this.stations) {
      busy += s.busyHours;
      available += s.availableHours();
    }
    return available > 0 ? busy / available : NaN;
  }

  /** Mean wait for a person, working days, over the requests granted in the year. */
  meanWaitDays(): number {
    if (this.stations.length === 1) return this.stations[0].meanWaitDays();
    let wait = 0;
    let granted = 0;
    for (const s of this.stations) {
      if (s.granted === 0) continue;
      wait += s.meanWaitDays() * s.granted;
      granted += s.granted;
    }
    return granted > 0 ? wait / granted : NaN;
  }
}

/**
 * The station whose staff serve station `i`'s jobs: itself when it has the role, else the
 * county company when it has, else the nearest that has (by road time from `i`).
 */
function homeOf(
  i: number,
  counts: readonly number[],
  countyStation: number,
  hoursFromI: readonly number[],
): number {
  if (counts[i] > 0) return i;
  if (counts[countyStation] > 0) return countyStation;
  let best = i;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] > 0 && (best === i || hoursFromI[j] < hoursFromI[best])) best = j;
  }
  return best;
}

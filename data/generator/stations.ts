/**
 * Generates `grid/stations.csv`: the station layout of assumptions.ts with its staff. The staff
 * totals per role are the default scenario's county-wide counts (read from the application
 * model's defaults, so the two cannot drift apart), whatever the county's size; the roles of
 * {@link COUNTY_ONLY_ROLES} sit at the county station, the others are spread over all stations
 * in proportion to the customers of the feeders each serves ({@link apportion}). No random draw.
 *
 * @module
 */
import type { Feeder } from "../../sim/data/feeders.ts";
import { type Station, stationOfFeeders } from "../../sim/data/stations.ts";
import {
  REGIONS,
  REPAIR_SHIFTS,
  type RepairShift,
  STATION_ROLES,
  type StationRole,
} from "../../sim/data/vocabulary.ts";
import { APPLICATIONS_SPEC } from "../../sim/model/applications/parameters.ts";
import { RELIABILITY_SPEC } from "../../sim/model/reliability/parameters.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { COUNTY_ONLY_ROLES, MIN_PER_STATION, STATIONS } from "./assumptions.ts";

/** The default scenario's county-wide count of each role (its staff on 1 January). */
export function scenarioStaffTotals(): Record<StationRole, number> {
  const staff = defaultsOf(APPLICATIONS_SPEC).staff;
  return Object.fromEntries(STATION_ROLES.map((role) => [role, staff[role].count])) as Record<
    StationRole,
    number
  >;
}

/**
 * The default scenario's repair crews of each region on each shift (the reliability model's
 * `crews.dayShiftCrews` and `nightShiftCrews`).
 */
export function scenarioRepairCrews(): Record<RepairShift, Record<string, number>> {
  const crews = defaultsOf(RELIABILITY_SPEC).crews;
  return { day: { ...crews.dayShiftCrews }, night: { ...crews.nightShiftCrews } };
}

/**
 * Splits `total` whole units over shares proportional to `weights`, each at least `min`, by the
 * largest-remainder (Hamilton) method: parts whose proportional quota is below `min` get `min`
 * and leave the split (repeatedly, as the others' quotas fall); the rest get the whole part of
 * their quota, and the units left over go to the largest fractional parts (ties: the larger
 * weight, then the earlier part). Equal weights are used when all are 0.
 *
 * @example
 * apportion(17, [78, 53, 54, 42, 46], 1); // [5, 3, 3, 3, 3]
 * @throws {RangeError} when `total` < `min` × the number of parts
 */
export function apportion(total: number, weights: readonly number[], min: number): number[] {
  if (total < min * weights.length) {
    throw new RangeError(`cannot give ${weights.length} parts at least ${min} of ${total}`);
  }
  const parts: (number | undefined)[] = weights.map(() => undefined);
  let quotas: number[] = [];
  for (;;) {
    const open = weights.map((_, i) => i).filter((i) => parts[i] === undefined);
    const left = total - parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    const weight = open.reduce((s, i) => s + weights[i], 0);
    quotas = weights.map((w, i) =>
      parts[i] !== undefined ? 0 : left * (weight > 0 ? w / weight : 1 / open.length)
    );
    const below = open.filter((i) => quotas[i] < min);
    if (below.length === 0) break;
    for (const i of below) parts[i] = min;
  }
  const result = parts.map((p, i) => p ?? Math.floor(quotas[i]));
  const leftover = total - result.reduce((s, x) => s + x, 0);
  const order = weights.map((_, i) => i)
    .filter((i) => parts[i] === undefined)
    .sort((a, b) =>
      (quotas[b] - Math.floor(quotas[b])) - (quotas[a] - Math.floor(quotas[a])) ||
      weights[b] - weights[a] || a - b
    );
  for (const i of order.slice(0, leftover)) result[i]++;
  return result;
}

/**
 * The stations of a county whose feeders are `feeders`, with `totals` staff of each role.
 *
 * @throws {Error} when a feeder has no station in the layout (a change of the substations in
 *   assumptions.ts without one of {@link STATIONS})
 */
export function generateStations(
  feeders: readonly Feeder[],
  totals: Readonly<Record<StationRole, number>> = scenarioStaffTotals(),
  repairTotals: Readonly<Record<RepairShift, Record<string, number>>> = scenarioRepairCrews(),
): Station[] {
  const stationOf = stationOfFeeders(STATIONS, feeders);
  const customers = STATIONS.map(() => 0);
  for (const f of feeders) {
    const i = stationOf.get(f.id);
    if (i === undefined) throw new Error(`feeder ${f.id} (${f.substation}) has no station`);
    customers[i] += f.customers;
  }
  const county = STATIONS.findIndex((s) => s.kind === "county");
  const staff = STATIONS.map(() => ({}) as Record<StationRole, number>);
  for (const role of STATION_ROLES) {
    const counts = COUNTY_ONLY_ROLES.includes(role)
      ? STATIONS.map((_, i) => i === county ? totals[role] : 0)
      : apportion(totals[role], customers, MIN_PER_STATION);
    counts.forEach((n, i) => staff[i][role] = n);
  }
  const repairCrews = splitRepairCrews(feeders, stationOf, repairTotals);
  return STATIONS.map((s, i) => ({
    ...s,
    serves: [...s.serves],
    staff: staff[i],
    repairCrews: repairCrews[i],
  }));
}

/**
 * Each station's repair crews on each shift: every region's crews (the scenario's) shared out over
 * the stations serving its feeders in proportion to the line length (overhead + cable km) each
 * serves there, since faults come with line length; then summed over the regions. A station
 * serving none of a region gets none of its crews.
 */
function splitRepairCrews(
  feeders: readonly Feeder[],
  stationOf: ReadonlyMap<string, number>,
  totals: Readonly<Record<RepairShift, Record<string, number>>>,
): Record<RepairShift, number>[] {
  const result = STATIONS.map(() => ({ day: 0, night: 0 }));
  for (const region of REGIONS) {
    const km = STATIONS.map(() => 0);
    for (const f of feeders) {
      if (f.region === region) km[stationOf.get(f.id)!] += f.overheadKm + f.cableKm;
    }
    for (const shift of REPAIR_SHIFTS) {
      apportion(totals[shift][region], km, 0).forEach((n, i) => result[i][shift] += n);
    }
  }
  return result;
}

/**
 * The county's supply stations as both models see them (`grid/stations.csv`): road hours between
 * stations, the other stations in order of road time from each, the pool that takes a job under
 * `nearest free`, and the check of a lever's station ids. The application model's staff dispatch
 * (`applications/dispatch.ts`) and the reliability model's repair crews (`reliability/crews.ts`)
 * both use them.
 *
 * @example
 * const hours = roadHours(county.stations, { roadKmh: 40, detourFactor: 1.3 });
 * nearestFirst(hours)[0]; // the other stations, nearest to station 0 first
 *
 * @module
 */
import type { Station } from "../data/stations.ts";
import type { Resource } from "../engine/resource.ts";

/** How fast a crew gets from one station to another. */
export interface Road {
  /** Average road speed, km/h. */
  roadKmh: number;
  /** Road distance over straight-line distance. */
  detourFactor: number;
}

/**
 * Road hours between every two stations, one way: straight-line distance × detour factor / road
 * speed (the stations' coordinates are in km on a county grid).
 */
export function roadHours(stations: readonly Station[], road: Road): number[][] {
  return stations.map((a) =>
    stations.map((b) => Math.hypot(a.xKm - b.xKm, a.yKm - b.yKm) * road.detourFactor / road.roadKmh)
  );
}

/** For each station, the other stations by road time from it, nearest first (ties: file order). */
export function nearestFirst(hours: readonly (readonly number[])[]): number[][] {
  return hours.map((row, i) =>
    row.map((_, j) => j).filter((j) => j !== i).sort((a, b) => row[a] - row[b] || a - b)
  );
}

/**
 * The pool that takes a job whose home pool is `home`: home when it grants at once or when not
 * `borrowing`; else the first of `nearest` (nearest first) that grants at once; else home, where
 * the job queues.
 */
export function pickPool(
  pools: readonly Resource[],
  home: number,
  nearest: readonly number[],
  borrowing: boolean,
): number {
  if (!borrowing || pools[home].grantsNow) return home;
  for (const other of nearest) if (pools[other].grantsNow) return other;
  return home;
}

/** A lever that does not fit the county: its dotted field, what was expected, what was found. */
export interface FieldProblem {
  field: string;
  expected: string;
  found: string;
}

/** The ids of a keyed-counts lever at `field` that are not stations of the county. */
export function unknownStations(
  field: string,
  keyed: Readonly<Record<string, unknown>>,
  stations: readonly Station[],
): FieldProblem[] {
  const ids = stations.map((s) => s.id);
  return Object.keys(keyed).filter((id) => !ids.includes(id)).map((id) => ({
    field: `${field}.${id}`,
    expected: `a station of the county's grid/stations.csv (${ids.join(", ")})`,
    found: JSON.stringify(id),
  }));
}

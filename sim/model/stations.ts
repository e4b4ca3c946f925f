/**
 * The county's supply stations as both models see them (`grid/stations.csv`): road hours between
 * stations, and the other stations in order of road time from each. The application model's
 * staff dispatch (`applications/dispatch.ts`) and the reliability model's repair crews
 * (`reliability/crews.ts`) send a free crew of the nearest station when a station's own are busy.
 *
 * @example
 * const hours = roadHours(county.stations, { roadKmh: 40, detourFactor: 1.3 });
 * nearestFirst(hours)[0]; // the other stations, nearest to station 0 first
 *
 * @module
 */
import type { Station } from "../data/stations.ts";

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

/**
 * The simulated year's months and quarters in simulation hours: growth follows the months
 * (seasons, commercial rates), the zones are reviewed at the start of each quarter.
 *
 * @module
 */
import type { ModelContext } from "../context.ts";

/** The start of each month of the year and the horizon: 13 increasing times. */
export function monthStartsOf(ctx: ModelContext): number[] {
  const { calendar, year, horizon } = ctx;
  const monthStarts: number[] = [];
  for (let month = 1; month <= 12; month++) {
    monthStarts.push(calendar.timeOf(`${year}-${String(month).padStart(2, "0")}-01`));
  }
  monthStarts.push(horizon);
  return monthStarts;
}

/** The start of each quarter (1 January, 1 April, 1 July, 1 October), from the month starts. */
export function quarterStartsOf(monthStarts: readonly number[]): number[] {
  return [monthStarts[0], monthStarts[3], monthStarts[6], monthStarts[9]];
}

/**
 * What the reliability model reads from the county's daily record (data/reliability/
 * history.csv): the daily SAIDI series behind the major-event-day threshold, and the SAIDI of
 * the last recorded year, against which the plan's "−8 % on last year" rule is judged
 * (plan 二.(四)).
 *
 * @module
 */
import { UserError } from "../../errors.ts";
import type { ReliabilityDay } from "../../data/history.ts";
import { civilFromDays } from "../../engine/calendar/civil.ts";

/** Which interruptions a daily SAIDI counts. */
export type SaidiBasis = "unplanned" | "all";

/** Daily SAIDI, customer-minutes per customer served that day. */
export function dailySaidiMinutes(days: readonly ReliabilityDay[], basis: SaidiBasis): number[] {
  return days.map((d) =>
    (basis === "all"
      ? d.plannedCustomerMinutes + d.unplannedCustomerMinutes
      : d.unplannedCustomerMinutes) /
    d.customersServed
  );
}

/**
 * The record's days of the `years` calendar years before `year` (or as many as it has: IEEE
 * 1366-2012 §4.5 uses five years, or all there are when fewer exist).
 *
 * @throws UserError when the record has no day before `year`.
 */
export function historyBefore(
  days: readonly ReliabilityDay[],
  year: number,
  years: number,
): ReliabilityDay[] {
  const before = days.filter((d) => civilFromDays(d.day).year < year);
  if (before.length === 0) {
    const first = days.length > 0 ? civilFromDays(days[0].day).year : NaN;
    throw new UserError(
      `reliability/history.csv must cover years before the simulated year ${year} ` +
        `(for the major-event-day threshold and last year's SAIDI), found ` +
        (days.length > 0 ? `a record starting in ${first}` : "no days"),
    );
  }
  const lastYear = civilFromDays(before[before.length - 1].day).year;
  return before.filter((d) => civilFromDays(d.day).year > lastYear - years);
}

/** SAIDI of one recorded year. */
export interface YearSaidi {
  year: number;
  /** Σ over the year's days of (planned + unplanned customer-minutes) / customers served, h. */
  saidiHours: number;
}

/**
 * SAIDI of the last calendar year in `days`, all interruptions (planned and unplanned, major
 * events included, as Chinese statistics count the plan's 4.9 h). Each day's customer-minutes
 * are divided by that day's customers served, so growth during the year is accounted for.
 */
export function lastYearSaidi(days: readonly ReliabilityDay[]): YearSaidi {
  if (days.length === 0) throw new RangeError("lastYearSaidi: days must not be empty");
  const year = civilFromDays(days[days.length - 1].day).year;
  let minutes = 0;
  for (let i = days.length - 1; i >= 0 && civilFromDays(days[i].day).year === year; i--) {
    const d = days[i];
    minutes += (d.plannedCustomerMinutes + d.unplannedCustomerMinutes) / d.customersServed;
  }
  return { year, saidiHours: minutes / 60 };
}

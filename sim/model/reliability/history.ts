/**
 * What the reliability model reads from the county's daily record (data/reliability/
 * history.csv): the daily SAIDI series behind the major-event-day threshold, and the SAIDI of
 * the year before the simulated one, against which the plan's "−8 % on last year" rule is
 * judged (plan 二.(四)).
 *
 * @module
 */
import { UserError } from "../../errors.ts";
import type { County } from "../../data/county.ts";
import type { ReliabilityDay } from "../../data/history.ts";
import { civilFromDays, daysFromCivil } from "../../engine/calendar/civil.ts";
import { memo } from "../memo.ts";
import { type MedThreshold, medThreshold } from "./med.ts";

/** What the record before the simulated year sets. */
export interface PastRecord {
  /** T_MED of the history before the year (IEEE 1366 §4.5). */
  med: MedThreshold;
  /**
   * SAIDI of the year before the simulated one (plan 二.(四): "−8 % on last year"; NaN when
   * the record lacks that year, see {@link yearSaidi}).
   */
  lastYear: YearSaidi;
}

/**
 * The record before `year`: the major-event-day threshold from `historyYears` of it, on
 * `basis`, and last year's SAIDI. It does not change between replications, so it is computed
 * once per data and levers (memo.ts).
 */
export function pastRecord(
  county: County,
  year: number,
  levers: { historyYears: number; basis: SaidiBasis },
): PastRecord {
  return memo(county, `history:${year}:${levers.historyYears}:${levers.basis}`, () => {
    const history = historyBefore(county.history, year, levers.historyYears);
    return {
      med: medThreshold(dailySaidiMinutes(history, levers.basis)),
      lastYear: yearSaidi(county.history, year - 1),
    };
  });
}

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

/**
 * SAIDI of one calendar year of the record, on both of `kpis.ts`'s counting bases: every
 * customer (`lv`: `customers_served`, the feeders' customer total, 10 kV customers one each) and
 * DL/T 836's 10 kV users (`mv`: `users_served`, every distribution transformer one user), the
 * basis the plan's target is judged on.
 */
export interface YearSaidi {
  year: number;
  /**
   * Customer basis: Σ over the year's days of (planned + unplanned customer-minutes) /
   * customers served, h; NaN when the record does not hold every day of the year.
   */
  saidiHours: number;
  /**
   * 10 kV-user basis: Σ over the year's days of (planned + unplanned user-minutes) / users
   * served, h; NaN when the record does not hold every day of the year.
   */
  userSaidiHours: number;
  /** Days of the year found in the record. */
  days: number;
}

/**
 * SAIDI of calendar year `year` in the record, all interruptions (planned and unplanned, major
 * events included, as Chinese statistics count the plan's 户均停电时间), on both bases. Each
 * day's customer-minutes (user-minutes) are divided by that day's customers (users) served, so
 * growth during the year is accounted for.
 *
 * The plan's "−8 % on last year" (二.(四)) compares the simulated year with the year before
 * it, so the model asks for `year − 1` of the simulated year, never for "the last year the
 * record has": for 2023 the record's 2022, for 2022 its 2021, and for 2024 (whose 2023 the
 * shipped record lacks) nothing. A year the record lacks, or holds only in part, gives NaN on
 * both bases: a part-year SAIDI is not comparable with a whole year's, and a guess from another
 * year would judge the cut against a number nobody recorded.
 */
export function yearSaidi(days: readonly ReliabilityDay[], year: number): YearSaidi {
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year + 1, 1, 1) - 1;
  let minutes = 0;
  let userMinutes = 0;
  let found = 0;
  for (const d of days) {
    if (d.day < first || d.day > last) continue;
    minutes += (d.plannedCustomerMinutes + d.unplannedCustomerMinutes) / d.customersServed;
    userMinutes += (d.plannedUserMinutes + d.unplannedUserMinutes) / d.usersServed;
    found++;
  }
  const whole = found === last - first + 1;
  return {
    year,
    saidiHours: whole ? minutes / 60 : NaN,
    userSaidiHours: whole ? userMinutes / 60 : NaN,
    days: found,
  };
}

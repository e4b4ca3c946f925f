/**
 * When applications arrive: a non-homogeneous Poisson process per class whose rate follows
 * `data/demand` — the expected count of each calendar month, spread over its days by the
 * weekday profile.
 *
 * @module
 */
import type { WorkCalendar } from "../../engine/calendar.ts";
import { nhppArrivals } from "../../engine/random/nhpp.ts";
import { PiecewiseRate } from "../../engine/random/piecewise-rate.ts";
import type { Rng } from "../../engine/random/rng.ts";

/**
 * The arrival rate (per hour) of one class over [start, horizon): on day d of month m it is
 * `monthly[m] · w[weekday(d)] / Σ_{days d' of m} w[weekday(d')] / 24`, constant over the day, so
 * the expected count of each month is exactly the data's `monthly[m]` (a month with more
 * Mondays is not given more applications) and the days within it follow the weekday profile.
 * The sum runs over the whole calendar month even when [start, horizon) covers only part of it
 * (a warm-up that starts mid-month gets that part's share of the month, not the whole month).
 * Arrivals are spread over the whole day: online applications come at any hour, and a step
 * that needs staff waits for office hours anyway.
 *
 * @param monthly expected applications per calendar month, January first
 * @param weekdayFactors relative intensity Monday … Sunday
 */
export function dailyRate(
  calendar: WorkCalendar,
  start: number,
  horizon: number,
  monthly: readonly number[],
  weekdayFactors: readonly number[],
): PiecewiseRate {
  const days = Math.round((horizon - start) / 24);
  const breakpoints: number[] = [];
  const rates: number[] = [];
  // Σ of the weekday weights over each whole calendar month met, by the month's first day.
  const monthWeights = new Map<number, number>();
  const monthWeightOf = (t: number) => {
    const first = t - 24 * (Number(calendar.dateOf(t).slice(8)) - 1);
    let sum = monthWeights.get(first);
    if (sum === undefined) {
      sum = 0;
      for (let u = first; calendar.month(u) === calendar.month(first); u += 24) {
        sum += weekdayFactors[calendar.weekday(u)];
      }
      monthWeights.set(first, sum);
    }
    return sum;
  };
  for (let d = 0; d < days; d++) {
    const t = start + d * 24;
    const monthWeight = monthWeightOf(t);
    const weight = weekdayFactors[calendar.weekday(t)];
    breakpoints.push(t);
    rates.push(monthWeight > 0 ? (monthly[calendar.month(t) - 1] * weight) / monthWeight / 24 : 0);
  }
  breakpoints.push(horizon);
  rates.push(0);
  return new PiecewiseRate(breakpoints, rates);
}

/** The arrival times in [start, horizon) of a Poisson process with this rate, in order. */
export function arrivalTimes(
  rng: Rng,
  rate: PiecewiseRate,
  start: number,
  horizon: number,
): number[] {
  const next = nhppArrivals(rng, rate);
  const times: number[] = [];
  for (let t = next(start); t < horizon; t = next(t)) times.push(t);
  return times;
}

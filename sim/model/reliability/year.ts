/**
 * The simulated year as the reliability model's steps share it: the clock and the random
 * streams, the year's days, the feeders, the weather and the ledger every interruption is
 * booked in. One object instead of seven arguments: each step takes it and the levers it reads.
 *
 * @module
 */
import type { WorkCalendar } from "../../engine/calendar.ts";
import type { Environment } from "../../engine/environment.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { memo } from "../memo.ts";
import type { Ledger } from "./ledger.ts";
import type { Network } from "./network.ts";
import type { Weather } from "./weather.ts";

/** The days of the simulated year. */
export interface YearDays {
  /** 00:00 on 1 January, engine hours. */
  origin: number;
  /** Month (1–12) of each day of the year. */
  monthOfDay: Uint8Array;
  /** 1 for each working day of the year. */
  working: Uint8Array;
  /** `YYYY-MM-DD` of each day of the year (the date of every outage record). */
  dateOfDay: readonly string[];
}

/** What every step of the reliability model reads of the year. */
export interface ReliabilityYear extends YearDays {
  env: Environment;
  streams: RandomStreams;
  network: Network;
  weather: Weather;
  ledger: Ledger;
}

/**
 * The days of `year` up to `horizon` from the calendar. They do not change between
 * replications, so they are computed once (memo.ts).
 */
export function daysOfYear(calendar: WorkCalendar, year: number, horizon: number): YearDays {
  const origin = calendar.timeOf(`${year}-01-01`);
  const days = Math.round((horizon - origin) / 24);
  const memoKey = `year:${year}:${origin}:${days}`;
  const { monthOfDay, working, dateOfDay } = memo(calendar, memoKey, () => {
    const month = new Uint8Array(days);
    const work = new Uint8Array(days);
    const dates: string[] = [];
    for (let d = 0; d < days; d++) {
      month[d] = calendar.month(origin + d * 24 + 12);
      work[d] = calendar.isWorkingDay(origin + d * 24 + 12) ? 1 : 0;
      dates.push(calendar.dateOf(origin + d * 24));
    }
    return { monthOfDay: month, working: work, dateOfDay: dates };
  });
  return { origin, monthOfDay, working, dateOfDay };
}

/** Whether time `t` falls on a storm day: the outage record's `storm` flag. */
export function onStormDay(year: ReliabilityYear, t: number): boolean {
  const storm = year.weather.storm;
  return storm[Math.min(storm.length - 1, Math.floor((t - year.origin) / 24))] > 1;
}

import { PiecewiseRate } from "./piecewise-rate.ts";
import { describe, fail, failText, finite, nonNegative, numberArray } from "./validate.ts";

/** Options of {@link profileRate}. */
export interface ProfileRateOptions {
  /** First hour with arrivals, in hours since 00:00 of `epoch`. */
  start: number;
  /** Hour at which arrivals stop (exclusive), in hours since 00:00 of `epoch`. */
  end: number;
  /** Arrivals per hour before the factors are applied, ≥ 0. */
  baseRatePerHour: number;
  /** Multipliers for January … December (12 numbers ≥ 0). Default all 1. */
  monthFactors?: readonly number[];
  /** Multipliers for Monday … Sunday (7 numbers ≥ 0). Default all 1. */
  weekdayFactors?: readonly number[];
  /** Multipliers for the hours 00:00–01:00 … 23:00–24:00 (24 numbers ≥ 0). Default all 1. */
  hourFactors?: readonly number[];
  /** The calendar date at simulation time 0, ISO `YYYY-MM-DD`. */
  epoch: string;
}

const KEYS = new Set([
  "start",
  "end",
  "baseRatePerHour",
  "monthFactors",
  "weekdayFactors",
  "hourFactors",
  "epoch",
]);

/**
 * Longest profile built, in hours (about 114 years). A year of hours is 8,760 segments at
 * most; a time given in seconds or minutes by mistake would be millions, so it fails here
 * with a clear message instead of exhausting memory.
 */
const MAX_HOURS = 1_000_000;

const MS_PER_HOUR = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The arrival rate of a calendar profile, as a {@link PiecewiseRate} for `nhppArrivals`:
 * in each clock hour of [start, end) the rate is
 *
 * `baseRatePerHour × monthFactors[month] × weekdayFactors[weekday] × hourFactors[hour]`,
 *
 * and 0 from `end` on. Simulation time is hours since 00:00 of `epoch`, read as naive local
 * time: every day has 24 hours (no daylight saving; China has had none since 1991), so the
 * calendar is computed with UTC `Date` arithmetic. Weekday 0 is Monday … 6 is Sunday (ISO
 * 8601 order); month 0 is January; hour h is [h:00, h+1:00). `start` and `end` may fall
 * inside an hour. Adjacent hours with the same rate are merged into one segment, so a
 * profile without hour factors has at most one segment per day.
 *
 * @example
 * // A service window Monday–Friday 8:00–17:00, busier in the morning, quiet in February.
 * const rate = profileRate({
 *   start: 0, end: 24 * 365, baseRatePerHour: 2, epoch: "2024-01-01",
 *   monthFactors: [1, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2],
 *   weekdayFactors: [1, 1, 1, 1, 1, 0, 0],
 *   hourFactors: [0, 0, 0, 0, 0, 0, 0, 0, 1.5, 1.5, 1.2, 1, 0, 1, 1, 1, 0.8, 0, 0, 0, 0, 0, 0, 0],
 * });
 */
export function profileRate(options: ProfileRateOptions): PiecewiseRate {
  const fn = "profileRate";
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail(fn, "options", "an object", options);
  }
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key)) {
      failText(
        fn,
        "options",
        `an object with keys among ${[...KEYS].join(", ")}`,
        `key ${describe(key)}`,
      );
    }
  }
  const start = finite(fn, "start", options.start);
  const end = finite(fn, "end", options.end);
  if (!(end > start)) fail(fn, "end", `a finite number > start (${start})`, end);
  if (end - start > MAX_HOURS) {
    fail(fn, "end − start", `at most ${MAX_HOURS} hours (times are in hours)`, end - start);
  }
  const base = nonNegative(fn, "baseRatePerHour", options.baseRatePerHour);
  const month = factors(fn, "monthFactors", options.monthFactors, 12);
  const weekday = factors(fn, "weekdayFactors", options.weekdayFactors, 7);
  const hour = factors(fn, "hourFactors", options.hourFactors, 24);
  const epochMs = parseEpoch(fn, options.epoch);

  const breakpoints: number[] = [];
  const rates: number[] = [];
  const firstHour = Math.floor(start);
  for (let h = firstHour; h < end; h++) {
    const date = new Date(epochMs + h * MS_PER_HOUR);
    const wd = (date.getUTCDay() + 6) % 7; // getUTCDay: 0 = Sunday; ours: 0 = Monday
    const r = base * month[date.getUTCMonth()] * weekday[wd] * hour[date.getUTCHours()];
    if (rates.length === 0 || rates[rates.length - 1] !== r) {
      breakpoints.push(h === firstHour ? start : h);
      rates.push(r);
    }
  }
  // Closed from `end` on (unless the last hours already have rate 0: then merged with them).
  if (rates[rates.length - 1] !== 0) {
    breakpoints.push(end);
    rates.push(0);
  }
  return new PiecewiseRate(breakpoints, rates);
}

function factors(fn: string, param: string, xs: unknown, length: number): readonly number[] {
  if (xs === undefined) return new Array<number>(length).fill(1);
  return numberArray(fn, param, xs, { length, nonNegative: true });
}

/** Milliseconds since 1970 (UTC) of 00:00 on an ISO date, or a RangeError. */
function parseEpoch(fn: string, epoch: unknown): number {
  const expected = 'an existing calendar date "YYYY-MM-DD"';
  if (typeof epoch !== "string") return fail(fn, "epoch", expected, epoch);
  const m = ISO_DATE.exec(epoch);
  if (m === null) return fail(fn, "epoch", expected, epoch);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // not Date.UTC, which maps years 0–99 to 1900–1999
  date.setUTCHours(0, 0, 0, 0);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    fail(fn, "epoch", expected, epoch);
  }
  return date.getTime();
}

/**
 * Builds the shared {@link ModelContext} of one replication: an environment starting at 00:00
 * on 1 January of the year, the working calendar with that epoch, and the replication's random
 * streams (derived from the scenario seed and the replication index only).
 */
import { DEFAULT_CALENDAR_DIR, WorkCalendar } from "../engine/calendar.ts";
import { Environment } from "../engine/environment.ts";
import { RandomStreams } from "../engine/random/streams.ts";
import type { County } from "../data/county.ts";
import { UserError } from "../errors.ts";
import type { ModelContext, ModelName } from "./context.ts";
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";

/** Calendars loaded so far, by source, then by year and directory. */
const calendarsBySource = new WeakMap<TextSource, Map<string, Promise<WorkCalendar>>>();

/**
 * The working calendar with its epoch at 00:00 on 1 January of `year` (loaded once per
 * directory, year and process), from `dir` (default the toolkit's `data/calendar/`; a county's
 * own is `County.calendarDir`), read through `source`. The year after must be covered too, because applications filed
 * in December finish in January.
 *
 * @throws UserError when the calendar data does not cover `year` and the year after.
 */
export function calendarForYear(
  year: number,
  dir: string = DEFAULT_CALENDAR_DIR,
  source: TextSource = FILE_SOURCE,
): Promise<WorkCalendar> {
  const key = `${year}:${dir}`;
  let calendars = calendarsBySource.get(source);
  if (calendars === undefined) calendarsBySource.set(source, calendars = new Map());
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = WorkCalendar.load(dir, { epoch: `${year}-01-01`, source }).catch((error) => {
      calendars!.delete(key);
      if (error instanceof RangeError) {
        throw new UserError(`year ${year} cannot be simulated: ${error.message}`);
      }
      throw error;
    }).then((loaded) => {
      if (year + 1 > loaded.lastYear) {
        calendars!.delete(key);
        throw new UserError(
          `year ${year} cannot be simulated: the working calendar must also cover ${year + 1} ` +
            `(it covers ${loaded.firstYear}–${loaded.lastYear}; add ${dir}/${year + 1}.csv)`,
        );
      }
      return loaded;
    });
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Options of {@link createContext}. */
export interface ContextOptions {
  county: County;
  /** From {@link calendarForYear}. */
  calendar: WorkCalendar;
  year: number;
  /** Scenario seed. */
  seed: number | string;
  /** Replication index (0-based). */
  replication: number;
  /** Sub-models taking part; default all three. */
  active?: readonly ModelName[];
  /** Calendar days of warm-up before 1 January (default 0); see {@link ModelContext.warmupStart}. */
  warmupDays?: number;
  /** Calendar days of run-out cap after 31 December (default 0); see {@link ModelContext.runOutCap}. */
  runOutDays?: number;
}

/**
 * A fresh context for one replication.
 *
 * @throws UserError when the warm-up reaches before the calendar's coverage
 */
export function createContext(options: ContextOptions): ModelContext {
  const { county, calendar, year } = options;
  const start = calendar.timeOf(`${year}-01-01`);
  const horizon = calendar.timeOf(`${year + 1}-01-01`);
  const warmupStart = start - 24 * (options.warmupDays ?? 0);
  if (warmupStart < calendar.timeOf(calendar.firstDate)) {
    throw new UserError(
      `year ${year} cannot be simulated with a warm-up of ${options.warmupDays} days: it starts ` +
        `on ${calendar.dateOf(warmupStart)}, before the working calendar's first year ` +
        `${calendar.firstYear} (add data/calendar/${calendar.firstYear - 1}.csv)`,
    );
  }
  // The run-out ends at its cap, or at the end of the calendar's coverage if that comes first
  // (working days cannot be counted beyond it).
  const coverageEnd = calendar.timeOf(calendar.lastDate, 23);
  const runOutCap = Math.max(
    horizon,
    Math.min(horizon + 24 * (options.runOutDays ?? 0), coverageEnd),
  );
  return {
    env: new Environment(warmupStart),
    calendar,
    streams: RandomStreams.forReplication(options.seed, options.replication),
    county,
    year,
    start,
    horizon,
    warmupStart,
    runOutCap,
    hooks: {},
    active: new Set(options.active ?? ["applications", "reliability", "pv"]),
  };
}

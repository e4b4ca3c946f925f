/**
 * A context for one county-year (2023) of the application model alone, with the warm-up and the
 * run-out cap the application parameters' `cohort` group sets (or others given).
 */
import type { County } from "../../sim/data/county.ts";
import type { WorkCalendar } from "../../sim/engine/calendar.ts";
import type { ApplicationParameters } from "../../sim/model/applications/parameters.ts";
import type { ModelContext } from "../../sim/model/context.ts";
import { createContext } from "../../sim/model/setup-context.ts";

export function applicationContext(
  county: County,
  calendar: WorkCalendar,
  seed: number | string,
  cohort: Partial<ApplicationParameters["cohort"]> = {},
): ModelContext {
  return createContext({
    county,
    calendar,
    year: 2023,
    seed,
    replication: 0,
    active: ["applications"],
    warmupDays: cohort.warmupDays ?? 0,
    runOutDays: cohort.runOutCapDays ?? 0,
  });
}

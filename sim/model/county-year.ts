/**
 * One replication of one county-year: the application, reliability and PV models on one shared
 * environment, calendar and family of random streams, run from 1 January to the horizon.
 *
 * @example
 * const county = await loadCounty(DEFAULT_DATA_DIR);
 * const calendar = await calendarForYear(2023);
 * const result = runCountyYear({ parameters, county, calendar, year: 2023, seed: 7, replication: 0 });
 * result.kpis["timeline.residential.withinTarget"];
 */
import { type ApplicationRecords, setupApplications } from "./applications/model.ts";
import type { ApplicationParameters } from "./applications/parameters.ts";
import { type PvRecords, setupPv } from "./pv/model.ts";
import type { PvParameters } from "./pv/parameters.ts";
import { setupReliability } from "./reliability/model.ts";
import type { ReliabilityParameters, ReliabilityRecords } from "./reliability/parameters.ts";
import { type ContextOptions, createContext } from "./setup-context.ts";

/** The levers of every model, as a scenario sets them. */
export interface CountyParameters {
  applications: ApplicationParameters;
  reliability: ReliabilityParameters;
  pv: PvParameters;
}

/** The per-item records of a replication, by kind. */
export type CountyRecords = ApplicationRecords & ReliabilityRecords & PvRecords;

/** What one replication returns. */
export interface CountyYearResult {
  /** Flat KPIs of every model (dotted keys). */
  kpis: Record<string, number>;
  records: CountyRecords;
  /** Events the environment fired (for benchmarks). */
  events: number;
}

/** Options of {@link runCountyYear}: the replication's context, and every model's levers. */
export interface CountyYearOptions extends ContextOptions {
  parameters: CountyParameters;
}

/** Runs one county-year and collects every model's KPIs and records. */
export function runCountyYear(options: CountyYearOptions): CountyYearResult {
  const ctx = createContext(options);
  const { parameters } = options;
  const finishers = [
    ctx.active.has("pv") ? setupPv(ctx, parameters.pv) : null,
    ctx.active.has("reliability") ? setupReliability(ctx, parameters.reliability) : null,
    ctx.active.has("applications") ? setupApplications(ctx, parameters.applications) : null,
  ];
  ctx.env.run(ctx.horizon);
  const kpis: Record<string, number> = {};
  const records = {} as Record<string, readonly object[]>;
  for (const finish of finishers) {
    if (finish === null) continue;
    const result = finish();
    Object.assign(kpis, result.kpis);
    // Copy property descriptors, not values: a model may build its records lazily, on first read.
    Object.defineProperties(records, Object.getOwnPropertyDescriptors(result.records));
  }
  return { kpis, records: records as CountyRecords, events: ctx.env.eventsFired };
}

/**
 * What a worker (or the main thread) needs to run replications of one scenario: the job, the
 * county and calendar it loads once, and the function that runs replication `r`.
 */
import { type County, loadCounty } from "../data/county.ts";
import type { WorkCalendar } from "../engine/calendar.ts";
import type { ModelName } from "../model/context.ts";
import { type CountyParameters, type CountyRecords, runCountyYear } from "../model/county-year.ts";
import { calendarForYear } from "../model/setup-context.ts";
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";

/** Everything that defines a scenario's replications; plain data, sent to workers as is. */
export interface ReplicationJob {
  parameters: CountyParameters;
  /** County data directory. */
  dataDir: string;
  year: number;
  seed: number | string;
  /** Replications 0 … recordReplications − 1 also return their per-item records. */
  recordReplications: number;
  active?: ModelName[];
}

/** The outcome of one replication. */
export interface ReplicationResult {
  replication: number;
  kpis: Record<string, number>;
  /** Only for the first `recordReplications` replications. */
  records?: CountyRecords;
}

/** A job with its county and calendar loaded, ready to run replications. */
export interface PreparedJob {
  job: ReplicationJob;
  county: County;
  calendar: WorkCalendar;
}

/**
 * Loads what a job needs (once per worker) from `source` (default the file system). Notes
 * about fallback files are not repeated here.
 */
export async function prepare(
  job: ReplicationJob,
  source: TextSource = FILE_SOURCE,
): Promise<PreparedJob> {
  const county = await loadCounty(job.dataDir, { onNote: () => {}, source });
  const calendar = await calendarForYear(job.year, county.calendarDir, source);
  return { job, county, calendar };
}

/** Loaded counties and calendars by year and data directory, as {@link preparer} keeps them. */
export type LoadedCounties = Map<string, Promise<PreparedJob>>;

/**
 * The prepared job of each of `jobs` by index, prepared when first asked for; jobs on the same
 * county data and year share one loaded county and calendar (kept in `loaded`: a worker that
 * serves one run after another passes the same map, and loads each county once in its life).
 */
export function preparer(
  jobs: readonly ReplicationJob[],
  source: TextSource = FILE_SOURCE,
  loaded: LoadedCounties = new Map(),
): (index: number) => Promise<PreparedJob> {
  const prepared = new Map<number, Promise<PreparedJob>>();
  return (index) => {
    let job = prepared.get(index);
    if (job === undefined) {
      const key = `${jobs[index].year}\u0000${jobs[index].dataDir}`;
      let base = loaded.get(key);
      if (base === undefined) loaded.set(key, base = prepare(jobs[index], source));
      job = base.then((p) => ({ ...p, job: jobs[index] }));
      prepared.set(index, job);
    }
    return job;
  };
}

/** Runs replication `replication` of a prepared job. */
export function replicate(prepared: PreparedJob, replication: number): ReplicationResult {
  const { job, county, calendar } = prepared;
  const result = runCountyYear({
    parameters: job.parameters,
    county,
    calendar,
    year: job.year,
    seed: job.seed,
    replication,
    active: job.active,
  });
  return replication < job.recordReplications
    ? { replication, kpis: result.kpis, records: result.records }
    : { replication, kpis: result.kpis };
}

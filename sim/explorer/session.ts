/**
 * The explorer's runs: the reference scenario and the scenario being explored, on the same seed
 * and replications (common random numbers), on the runner's worker pool. Results are shown as
 * replications finish, always over the first k replications of both runs (so what is shown
 * after k replications is what `deno task sim --reps k` gives), both runs' replications
 * interleaved on one pool. A new request cancels the running one at once; replications already
 * finished (the reference's, or a scenario's the analyst returns to) are kept and not rerun.
 *
 * @module
 */
import { type ReplicationTask, runTasks } from "../runner/pool.ts";
import type { ReplicationJob, ReplicationResult } from "../runner/replicate.ts";
import { type ScenarioRun, summarizeRun } from "../runner/run-scenario.ts";
import type { Scenario } from "../scenario/scenario.ts";

/** What the page shows: both runs over their common finished replications. */
export interface Progress {
  reference: ScenarioRun;
  scenario: ScenarioRun;
  /** Replications in both runs so far, and asked for. */
  done: number;
  total: number;
}

/** Options of a {@link Session}. */
export interface SessionOptions {
  /** Parallel workers in all. */
  workers: number;
  /** Starts one replication worker (the bundled `worker.js` in the browser). */
  createWorker: () => Worker;
  /** Called (at most every `throttleMs`) as replications finish, and once when all are done. */
  onProgress: (progress: Progress) => void;
  /** A run failed (a problem of the scenario found by the model, or a bug). */
  onError: (error: Error) => void;
  throttleMs?: number;
}

/** Results by run key, kept for the last few scenarios so that undoing a change is instant. */
const KEPT_RUNS = 8;

function jobOf(scenario: Scenario): ReplicationJob {
  return {
    parameters: scenario.parameters,
    dataDir: scenario.dataDir,
    year: scenario.year,
    seed: scenario.seed,
    // The first replication's records: the distribution of each class's working days.
    recordReplications: 1,
  };
}

/** What defines a run's numbers (its replications are its first N, whatever N). */
function keyOf(scenario: Scenario): string {
  return JSON.stringify(jobOf(scenario));
}

/** How many of `results` are finished from index 0 on, without a gap. */
function prefix(results: readonly ReplicationResult[], total: number): number {
  let k = 0;
  while (k < total && results[k] !== undefined) k++;
  return k;
}

/** Runs the reference and the explored scenario and reports their progress. */
export class Session {
  #options: SessionOptions;
  /** Finished replications by run key (most recently used last). */
  #results = new Map<string, ReplicationResult[]>();
  #current?: { reference: Scenario; scenario: Scenario; controller: AbortController };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  #resultsOf(scenario: Scenario): ReplicationResult[] {
    const key = keyOf(scenario);
    const results = this.#results.get(key) ?? [];
    this.#results.delete(key);
    this.#results.set(key, results);
    while (this.#results.size > KEPT_RUNS) this.#results.delete(this.#results.keys().next().value!);
    return results;
  }

  /**
   * Runs `scenario` against `reference` (given the scenario's seed and replications here),
   * cancelling what ran for an earlier request; replications already run for either (in this
   * or an earlier request) are not run again.
   */
  request(reference: Scenario, scenario: Scenario): void {
    this.cancel();
    const ref = { ...reference, seed: scenario.seed, replications: scenario.replications };
    const controller = new AbortController();
    this.#current = { reference: ref, scenario, controller };
    const runs = [this.#resultsOf(ref), this.#resultsOf(scenario)];
    const jobs = [jobOf(ref), jobOf(scenario)];
    // Interleaved, so that both runs advance together and paired differences come early.
    const tasks: ReplicationTask[] = [];
    for (let r = 0; r < scenario.replications; r++) {
      if (runs[0][r] === undefined) tasks.push({ job: 0, replication: r });
      if (runs[1][r] === undefined && runs[1] !== runs[0]) tasks.push({ job: 1, replication: r });
    }
    this.#report();
    if (tasks.length === 0) return;
    runTasks(jobs, tasks, {
      workers: this.#options.workers,
      createWorker: this.#options.createWorker,
      signal: controller.signal,
      onResult: (result, task) => {
        runs[tasks[task].job][result.replication] = result;
        this.#schedule();
      },
    }).then(() => {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#report();
    }, (error: Error) => {
      if (error.name !== "AbortError") this.#options.onError(error);
    });
  }

  /** Stops the current run (what it finished is kept). */
  cancel(): void {
    this.#current?.controller.abort();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#report();
    }, this.#options.throttleMs ?? 150);
  }

  #report(): void {
    if (this.#current === undefined) return;
    const { reference, scenario } = this.#current;
    const total = scenario.replications;
    const [a, b] = [this.#resultsOf(reference), this.#resultsOf(scenario)];
    const done = Math.min(prefix(a, total), prefix(b, total));
    if (done === 0) return;
    const runOf = (s: Scenario, all: ReplicationResult[]): ScenarioRun => {
      const results = all.slice(0, done);
      return { scenario: s, seed: s.seed, results, summary: summarizeRun(s, s.seed, results) };
    };
    this.#options.onProgress({
      reference: runOf(reference, a),
      scenario: runOf(scenario, b),
      done,
      total,
    });
  }
}

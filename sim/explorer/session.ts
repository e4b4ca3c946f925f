/**
 * The explorer's runs: the reference scenario and the scenario being explored, on the same seed
 * and replications (common random numbers), on the runner's worker pool. Results are shown as
 * replications finish, always over the first k replications of both runs (so what is shown
 * after k replications is exactly what `deno task sim --reps k` gives); a new request cancels
 * the scenario's run at once, and the reference's only when it changed (it is kept otherwise).
 *
 * @module
 */
import { runReplications } from "../runner/pool.ts";
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

/** One run of a scenario: its results so far (by index) and a way to stop it. */
interface Run {
  key: string;
  scenario: Scenario;
  results: ReplicationResult[];
  controller: AbortController;
  finished: boolean;
}

function jobOf(scenario: Scenario): ReplicationJob {
  return {
    parameters: scenario.parameters,
    dataDir: scenario.dataDir,
    year: scenario.year,
    seed: scenario.seed,
    recordReplications: 0,
  };
}

/** What defines a run's numbers. */
function keyOf(scenario: Scenario): string {
  return JSON.stringify([jobOf(scenario), scenario.replications]);
}

/** How many of `results` are finished from index 0 on, without a gap. */
function prefix(results: readonly ReplicationResult[], total: number): number {
  let k = 0;
  while (k < total && results[k] !== undefined) k++;
  return k;
}

/** Runs the reference and the explored scenario and reports their progress. */
export class Session {
  #reference?: Run;
  #scenario?: Run;
  #timer?: ReturnType<typeof setTimeout>;
  #options: SessionOptions;

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  /**
   * Starts `scenario` against `reference` (given the scenario's seed and replications here),
   * cancelling what ran for an earlier request.
   */
  request(reference: Scenario, scenario: Scenario): void {
    const ref = { ...reference, seed: scenario.seed, replications: scenario.replications };
    // The scenario's run may be the reference's own (they were the same): that one may stay.
    if (this.#scenario !== this.#reference) this.#scenario?.controller.abort();
    const refKey = keyOf(ref);
    const keepReference = this.#reference?.key === refKey;
    if (!keepReference) this.#reference?.controller.abort();
    const sameAsReference = keyOf(scenario) === refKey;
    const startReference = !keepReference;
    const all = this.#options.workers;
    const busy = (startReference || !this.#reference?.finished) && !sameAsReference;
    const refWorkers = busy ? Math.max(1, Math.ceil(all / 2)) : all;
    if (startReference) this.#reference = this.#start(ref, refKey, refWorkers);
    this.#scenario = sameAsReference
      ? this.#reference
      : this.#start(scenario, keyOf(scenario), busy ? Math.max(1, all - refWorkers) : all);
    this.#report();
  }

  /** Stops every run. */
  cancel(): void {
    this.#scenario?.controller.abort();
    this.#reference?.controller.abort();
    clearTimeout(this.#timer);
  }

  #start(scenario: Scenario, key: string, workers: number): Run {
    const run: Run = {
      key,
      scenario,
      results: [],
      controller: new AbortController(),
      finished: false,
    };
    runReplications(jobOf(scenario), scenario.replications, {
      workers,
      createWorker: this.#options.createWorker,
      signal: run.controller.signal,
      onResult: (result) => {
        run.results[result.replication] = result;
        this.#schedule();
      },
    }).then(() => {
      run.finished = true;
      this.#report();
    }, (error: Error) => {
      if (error.name !== "AbortError") this.#options.onError(error);
    });
    return run;
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#report();
    }, this.#options.throttleMs ?? 150);
  }

  #report(): void {
    const reference = this.#reference;
    const scenario = this.#scenario;
    if (reference === undefined || scenario === undefined) return;
    const total = scenario.scenario.replications;
    const done = Math.min(prefix(reference.results, total), prefix(scenario.results, total));
    if (done === 0) return;
    const runOf = (run: Run): ScenarioRun => {
      const results = run.results.slice(0, done);
      const seed = run.scenario.seed;
      return {
        scenario: run.scenario,
        seed,
        results,
        summary: summarizeRun(run.scenario, seed, results),
      };
    };
    this.#options.onProgress({
      reference: runOf(reference),
      scenario: runOf(scenario),
      done,
      total,
    });
  }
}

/**
 * Runs N replications of a job on K parallel Deno workers (or on the main thread with K = 0),
 * handing out replication indices as workers finish (two in flight each), and returns the
 * results in index order. The results are byte-identical whatever K is: a replication's seed
 * comes from (scenario seed, index) only, and the summaries read the results in index order.
 * {@link runTasks} is the same pool over any list of (job, replication) tasks of several jobs
 * (a study's cells, or a shard's slice of them): each worker loads a job's county once.
 */
import { UserError } from "../errors.ts";
import { preparer, replicate, type ReplicationJob, type ReplicationResult } from "./replicate.ts";
import type { TextSource } from "../io/text-source.ts";

/** Messages to a worker: the jobs once, then tasks by their position in the task list. */
export type ToWorker =
  | { type: "init"; jobs: ReplicationJob[] }
  | { type: "run"; task: number; job: number; replication: number };

/** Messages from a worker. */
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; task: number; result: ReplicationResult }
  | { type: "error"; name: string; message: string; stack?: string };

/** Options of {@link runReplications}. */
export interface PoolOptions {
  /** Parallel workers; 0 runs on the calling thread. Default: the number of cores. */
  workers?: number;
  /** Called after each finished replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the run: workers are terminated and the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called with each finished replication and its task's position, in the order they finish. */
  onResult?: (result: ReplicationResult, task: number) => void;
  /**
   * Starts one worker serving `worker-loop.ts`; default a Deno worker on `worker.ts`. A browser
   * passes one on its bundled worker script.
   */
  createWorker?: () => Worker;
  /** Where a run on the calling thread (K = 0) reads the county; default the file system. */
  source?: TextSource;
}

/** The default worker count: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, navigator.hardwareConcurrency || 1);
}

function abortError(): DOMException {
  return new DOMException("the run was interrupted", "AbortError");
}

/** Runs replications 0 … count − 1 of `job`; results are in index order. */
export function runReplications(
  job: ReplicationJob,
  count: number,
  options: PoolOptions = {},
): Promise<ReplicationResult[]> {
  return runTasks(
    [job],
    Array.from({ length: count }, (_, r) => ({ job: 0, replication: r })),
    options,
  );
}

/** One replication of one of the jobs given to {@link runTasks}. */
export interface ReplicationTask {
  /** Index into the jobs. */
  job: number;
  replication: number;
}

/**
 * Runs `tasks`, replications of any of `jobs`, on one pool of workers (each loads a county once
 * for all the jobs on it); results are in the order of `tasks`, whatever order they ran in.
 */
export async function runTasks(
  jobs: readonly ReplicationJob[],
  tasks: readonly ReplicationTask[],
  options: PoolOptions = {},
): Promise<ReplicationResult[]> {
  const count = tasks.length;
  const workers = Math.min(options.workers ?? defaultWorkers(), count);
  const results: ReplicationResult[] = new Array(count);
  if (workers <= 0) {
    const prepared = preparer(jobs, options.source);
    for (let k = 0; k < count; k++) {
      if (options.signal?.aborted) throw abortError();
      results[k] = replicate(await prepared(tasks[k].job), tasks[k].replication);
      options.onResult?.(results[k], k);
      options.onProgress?.(k + 1, count);
      // Let timers and signals (Ctrl-C, progress) run between replications.
      if (k % 8 === 7) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return results;
  }
  return await new Promise<ReplicationResult[]>((resolve, reject) => {
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of pool) worker.terminate();
      options.signal?.removeEventListener("abort", onAbort);
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const onAbort = () => finish(abortError());
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort);
    const handOut = (worker: Worker) => {
      if (next === count) return;
      const task = next++;
      worker.postMessage({ type: "run", task, ...tasks[task] } satisfies ToWorker);
    };
    for (let k = 0; k < workers; k++) {
      const worker = options.createWorker?.() ??
        new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
      pool.push(worker);
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === "ready") {
          // Two replications in flight per worker: the next one is already queued in the
          // worker while this thread reads a result, so no worker waits for the round trip.
          handOut(worker);
          handOut(worker);
          return;
        }
        if (message.type === "error") {
          const error = message.name === "UserError"
            ? new UserError(message.message)
            : Object.assign(new Error(message.message), { stack: message.stack });
          return finish(error);
        }
        results[message.task] = message.result;
        options.onResult?.(message.result, message.task);
        done++; // not inside the optional call below: `?.` would skip the increment
        options.onProgress?.(done, count);
        if (done === count) finish();
        else handOut(worker);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        finish(new Error(`replication worker failed: ${event.message}`));
      };
      worker.postMessage({ type: "init", jobs: [...jobs] } satisfies ToWorker);
    }
  });
}

/**
 * What a replication worker does, wherever it runs (a Deno worker, a browser's Web Worker):
 * receives the jobs, loads the first job's county at once (so bad data is reported before any
 * replication) and each other county when first needed, then runs the replications it is handed
 * one at a time and posts each result back. Each replication's result depends only on
 * (scenario, seed, replication index), so which worker ran it does not matter.
 */
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";
import type { FromWorker, ToWorker } from "./pool.ts";
import { type LoadedCounties, type PreparedJob, preparer, replicate } from "./replicate.ts";

/** The part of a worker's global scope the loop uses. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

/** Serves the pool's messages on `scope`, reading the counties from `source`. */
export function serveReplications(scope: WorkerScope, source: TextSource = FILE_SOURCE): void {
  let prepared: ((index: number) => Promise<PreparedJob>) | undefined;
  // Counties stay loaded from one run to the next (a browser reuses its workers).
  const counties: LoadedCounties = new Map();
  scope.onmessage = async (event: MessageEvent<ToWorker>) => {
    const message = event.data;
    try {
      if (message.type === "init") {
        prepared = preparer(message.jobs, source, counties);
        await prepared(0);
        scope.postMessage({ type: "ready" });
      } else {
        const result = replicate(await prepared!(message.job), message.replication);
        scope.postMessage({ type: "done", task: message.task, result });
      }
    } catch (error) {
      const e = error as Error;
      scope.postMessage({ type: "error", name: e.name, message: e.message, stack: e.stack });
    }
  };
}

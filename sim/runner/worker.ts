/**
 * A replication worker: receives the jobs, loads the first job's county at once (so bad data is
 * reported before any replication) and each other county when first needed, then runs the
 * replications it is handed one at a time and posts each result back. Each replication's result
 * depends only on (scenario, seed, replication index), so which worker ran it does not matter.
 */
/// <reference lib="deno.worker" />
import { type PreparedJob, preparer, replicate } from "./replicate.ts";
import type { ToWorker } from "./pool.ts";

let prepared: ((index: number) => Promise<PreparedJob>) | undefined;

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      prepared = preparer(message.jobs);
      await prepared(0);
      self.postMessage({ type: "ready" });
    } else {
      const result = replicate(await prepared!(message.job), message.replication);
      self.postMessage({ type: "done", task: message.task, result });
    }
  } catch (error) {
    const e = error as Error;
    self.postMessage({ type: "error", name: e.name, message: e.message, stack: e.stack });
  }
};

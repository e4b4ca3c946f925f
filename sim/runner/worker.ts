/**
 * A replication worker: receives a job, loads the county once, then runs the replications it
 * is handed one at a time and posts each result back. Each replication's result depends only on
 * (scenario, seed, replication index), so which worker ran it does not matter.
 */
/// <reference lib="deno.worker" />
import { prepare, type PreparedJob, replicate, type ReplicationJob } from "./replicate.ts";
import type { ToWorker } from "./pool.ts";

let prepared: Promise<PreparedJob> | undefined;

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      prepared = prepare(message.job as ReplicationJob);
      await prepared;
      self.postMessage({ type: "ready" });
    } else {
      const result = replicate(await prepared!, message.replication);
      self.postMessage({ type: "done", result });
    }
  } catch (error) {
    const e = error as Error;
    self.postMessage({ type: "error", name: e.name, message: e.message, stack: e.stack });
  }
};

/**
 * Replication workers kept warm between runs (the explorer's runs after each change, the sizing
 * search's batches of candidates), so that a run is served by workers that have already loaded
 * their script, the county and the calendar, and whose code the JIT has already optimised,
 * rather than by ones starting cold. The pool
 * asks for workers through {@link WorkerStash.take} (its `createWorker`) and ends them with
 * `terminate()`: a worker that ends its run idle goes back to the stash; one ended while busy
 * (the run was cancelled mid-replication) is really terminated and a fresh one takes its place,
 * since its results would no longer be wanted and it would make the next run wait.
 *
 * @module
 */
/// <reference lib="dom" />
import type { FromWorker, ToWorker } from "./pool.ts";

/** Keeps up to `size` idle workers of the script at `url`. */
export class WorkerStash {
  #idle: Worker[] = [];
  #url: URL;
  #size: number;

  constructor(url: URL, size: number) {
    this.#url = url;
    this.#size = size;
    // Started at once: their script and the county's files load while the page starts.
    while (this.#idle.length < size) this.#idle.push(this.#spawn());
  }

  /** Workers started so far (the ones reused are not counted again). */
  spawned = 0;

  #spawn(): Worker {
    this.spawned++;
    return new Worker(this.#url, { type: "module" });
  }

  #give(worker: Worker): void {
    worker.onmessage = null;
    worker.onerror = null;
    if (this.#idle.length < this.#size) this.#idle.push(worker);
    else worker.terminate();
  }

  /** A worker for the pool: a warm one when there is one. */
  take(): Worker {
    const real = this.#idle.pop() ?? this.#spawn();
    let inFlight = 0;
    let failed = false;
    let ended = false;
    const giveBack = (worker: Worker) => this.#give(worker);
    const replace = () => this.#give(this.#spawn());
    // The part of a Worker the pool uses; terminate() hands it back instead when it is idle.
    const lent = {
      set onmessage(handler: ((event: MessageEvent<FromWorker>) => void) | null) {
        real.onmessage = handler === null ? null : (event: MessageEvent<FromWorker>) => {
          if (event.data.type === "done") inFlight--;
          if (event.data.type === "error") failed = true;
          handler(event);
        };
      },
      set onerror(handler: ((event: ErrorEvent) => void) | null) {
        real.onerror = handler === null ? null : (event: ErrorEvent) => {
          failed = true;
          handler(event);
        };
      },
      postMessage(message: ToWorker) {
        if (message.type === "run") inFlight++;
        real.postMessage(message);
      },
      terminate() {
        if (ended) return;
        ended = true;
        if (inFlight === 0 && !failed) return giveBack(real);
        real.terminate();
        replace();
      },
    };
    return lent as unknown as Worker;
  }

  /** Ends every idle worker. */
  close(): void {
    for (const worker of this.#idle) worker.terminate();
    this.#idle = [];
  }
}

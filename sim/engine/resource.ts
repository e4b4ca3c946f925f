/**
 * Resources: c identical servers (customer managers, survey crews, repair crews) that processes
 * request, hold and release, with a FIFO or priority queue and monitors of what happened.
 */
import type { Environment } from "./environment.ts";
import { Tally } from "./stats/tally.ts";
import { TimeWeighted } from "./stats/time-weighted.ts";
import { Waitable, type Waiter } from "./waitable.ts";

/** How waiting requests are ordered. */
export type Discipline = "fifo" | "priority";

export interface ResourceOptions {
  /** Shown in errors and reports. */
  name?: string;
  /** `fifo` (default): first come, first served. `priority`: lower `priority` first, then FIFO. */
  discipline?: Discipline;
  /** Quantiles of the waiting time to track (P² estimators); default [0.5, 0.9, 0.95]. */
  waitQuantiles?: number[];
  /**
   * Whether to keep the monitors (default true). A user that measures what it needs itself
   * turns them off, sparing an update of each on every request and release (the application
   * model's staff measure in working time: updating monitors nobody read was about 1 % of a
   * county-year). Off, the monitors stay as created and {@link Resource.utilisation} throws.
   */
  monitors?: boolean;
}

/**
 * A claim on one unit of a resource. Yield it to wait until granted; pass it to
 * {@link Resource.release} when done (or to give up waiting).
 */
export class Request extends Waitable {
  readonly resource: Resource;
  /** Lower is served first under the `priority` discipline. */
  readonly priority: number;
  /** Order of the request among all requests to this resource. */
  readonly seq: number;
  /** Time the request was made. */
  readonly requestedAt: number;
  /** Time the unit was granted; NaN while waiting. */
  grantedAt = NaN;
  /** Set when released or withdrawn. */
  closed = false;
  /** Set when it left the queue without being granted (an interrupt, or released while waiting). */
  withdrawn = false;

  constructor(resource: Resource, priority: number, seq: number, requestedAt: number) {
    super();
    this.resource = resource;
    this.priority = priority;
    this.seq = seq;
    this.requestedAt = requestedAt;
  }

  /** True once a unit is held. */
  get granted(): boolean {
    return this.triggered;
  }

  /** A waiting process was interrupted: the request leaves the queue. */
  override abandon(waiter: Waiter): void {
    super.abandon(waiter);
    if (!this.closed && !this.triggered) this.resource.release(this);
  }

  /** Internal: the resource grants the unit. */
  grant(now: number): void {
    this.grantedAt = now;
    this.succeedWith(this);
  }
}

/** Requests in arrival order, with O(1) push and shift (an array and a moving head). */
class FifoQueue {
  #items: Request[] = [];
  #head = 0;

  push(request: Request): void {
    this.#items.push(request);
  }

  /** The next request still waiting, or undefined. */
  shift(): Request | undefined {
    const items = this.#items;
    while (this.#head < items.length) {
      const request = items[this.#head++];
      if (this.#head > 1024 && this.#head * 2 > items.length) {
        items.splice(0, this.#head); // compact, keeping memory proportional to the queue
        this.#head = 0;
      }
      if (!request.closed) return request;
    }
    return undefined;
  }
}

/**
 * Requests by priority (lower value first), first come first served within a priority: one
 * FIFO queue per priority level, levels kept sorted. Models use a handful of levels, so finding
 * the next request is a short scan.
 */
class PriorityQueue {
  readonly #levels = new Map<number, FifoQueue>();
  /** The priority values seen, ascending. */
  readonly #order: number[] = [];

  push(request: Request): void {
    let level = this.#levels.get(request.priority);
    if (level === undefined) {
      level = new FifoQueue();
      this.#levels.set(request.priority, level);
      const order = this.#order;
      let i = order.length;
      while (i > 0 && order[i - 1] > request.priority) i--;
      order.splice(i, 0, request.priority);
    }
    level.push(request);
  }

  shift(): Request | undefined {
    for (const priority of this.#order) {
      const request = this.#levels.get(priority)!.shift();
      if (request !== undefined) return request;
    }
    return undefined;
  }
}

/**
 * A pool of `capacity` identical units. Capacity may change during a run (staffing changes):
 * more units serve waiting requests at once; fewer units take effect as busy units are
 * released (no one is pre-empted).
 *
 * Monitors (time-weighted unless said): `busy` units, `capacityMonitor`, `queueLength`, and the
 * tally `waitTime` of every granted request (unless turned off, see {@link ResourceOptions}).
 *
 * @example
 * const crews = new Resource(env, 2, { name: "survey crews" });
 * env.process(function* () {
 *   const crew = crews.request();
 *   yield crew;
 *   yield 4; // survey for 4 hours
 *   crews.release(crew);
 * });
 */
export class Resource {
  readonly env: Environment;
  readonly name: string;
  readonly discipline: Discipline;
  readonly busy: TimeWeighted;
  readonly capacityMonitor: TimeWeighted;
  readonly queueLength: TimeWeighted;
  readonly waitTime: Tally;
  /** Whether the monitors are kept. */
  readonly monitored: boolean;
  #capacity: number;
  #inUse = 0;
  #waiting = 0;
  #seq = 0;
  readonly #queue: FifoQueue | PriorityQueue;

  constructor(env: Environment, capacity: number, options: ResourceOptions = {}) {
    this.env = env;
    this.name = options.name ?? "resource";
    checkCapacity(this.name, capacity);
    this.discipline = options.discipline ?? "fifo";
    if (this.discipline !== "fifo" && this.discipline !== "priority") {
      throw new RangeError(
        `Resource "${this.name}": discipline must be "fifo" or "priority", found "${this.discipline}"`,
      );
    }
    this.#capacity = capacity;
    this.#queue = this.discipline === "fifo" ? new FifoQueue() : new PriorityQueue();
    this.busy = new TimeWeighted(env.now, 0);
    this.capacityMonitor = new TimeWeighted(env.now, capacity);
    this.queueLength = new TimeWeighted(env.now, 0);
    this.waitTime = new Tally({ quantiles: options.waitQuantiles });
    this.monitored = options.monitors ?? true;
  }

  /** Units in total now. */
  get capacity(): number {
    return this.#capacity;
  }

  /** Units held now (may exceed capacity for a while after a cut). */
  get inUse(): number {
    return this.#inUse;
  }

  /** Requests waiting now. */
  get waiting(): number {
    return this.#waiting;
  }

  /** Whether a request made now would be granted at once: a unit is free and nobody waits. */
  get grantsNow(): boolean {
    return this.#inUse < this.#capacity && this.#waiting === 0;
  }

  /**
   * Asks for one unit. The returned request is granted at once when a unit is free and nobody
   * waits ({@link grantsNow}); otherwise it joins the queue. `priority` matters only under the
   * `priority` discipline.
   */
  request(priority = 0): Request {
    const now = this.env.now;
    const request = new Request(this, priority, this.#seq++, now);
    if (this.grantsNow) {
      this.#grant(request, now);
    } else {
      this.#queue.push(request);
      ++this.#waiting;
      if (this.monitored) this.queueLength.update(now, this.#waiting);
    }
    return request;
  }

  /**
   * Gives a unit back, or withdraws a request still waiting. The freed unit goes to the next
   * waiting request. Releasing a withdrawn request does nothing, so that `finally` blocks can
   * always release.
   */
  release(request: Request): void {
    if (request.resource !== this) {
      throw new Error(
        `Resource "${this.name}": cannot release a request made to "${request.resource.name}"`,
      );
    }
    if (request.withdrawn) return;
    if (request.closed) {
      throw new Error(`Resource "${this.name}": request #${request.seq} was already released`);
    }
    request.closed = true;
    const now = this.env.now;
    if (!request.granted) {
      request.withdrawn = true;
      --this.#waiting;
      if (this.monitored) this.queueLength.update(now, this.#waiting);
      return;
    }
    --this.#inUse;
    if (this.monitored) this.busy.update(now, this.#inUse);
    this.#serveQueue(now);
  }

  /** Changes the number of units now (a staffing change). */
  setCapacity(capacity: number): void {
    checkCapacity(this.name, capacity);
    const now = this.env.now;
    this.#capacity = capacity;
    if (this.monitored) this.capacityMonitor.update(now, capacity);
    this.#serveQueue(now);
  }

  /**
   * Busy time over available time since the start (or the last reset); NaN with no capacity.
   *
   * @throws Error when the monitors are off
   */
  utilisation(): number {
    if (!this.monitored) {
      throw new Error(`Resource "${this.name}": utilisation is not monitored (monitors: false)`);
    }
    const now = this.env.now;
    return this.busy.integral(now) / this.capacityMonitor.integral(now);
  }

  /** Forgets what the monitors saw so far (warm-up deletion); the current state is kept. */
  resetMonitors(): void {
    const now = this.env.now;
    this.busy.reset(now);
    this.capacityMonitor.reset(now);
    this.queueLength.reset(now);
    this.waitTime.reset();
  }

  #serveQueue(now: number): void {
    while (this.#inUse < this.#capacity && this.#waiting > 0) {
      const next = this.#queue.shift()!;
      --this.#waiting;
      if (this.monitored) this.queueLength.update(now, this.#waiting);
      this.#grant(next, now);
    }
  }

  #grant(request: Request, now: number): void {
    ++this.#inUse;
    if (this.monitored) {
      this.busy.update(now, this.#inUse);
      this.waitTime.add(now - request.requestedAt);
    }
    request.grant(now);
  }
}

function checkCapacity(name: string, capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`Resource "${name}": capacity must be an integer ≥ 0, found ${capacity}`);
  }
}

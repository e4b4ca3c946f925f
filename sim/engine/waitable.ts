/**
 * Things a process can wait for: a {@link Signal} someone triggers, another process, a resource
 * request, or a combination of them. They share one small protocol: pending until triggered once,
 * with a value (success) or an error (failure), and a list of waiters to notify.
 */

/** Something to notify when a waitable is triggered (a process, or a combinator). */
export interface Waiter {
  /** Called once when `source` is triggered. */
  notify(source: Waitable): void;
}

const PENDING = 0;
const SUCCEEDED = 1;
const FAILED = 2;

/**
 * The base of everything a process may `yield` besides a plain duration.
 *
 * Triggering is instantaneous; the waiters' reactions are scheduled by the waiters themselves
 * (a process resumes through the event list), so triggering order never depends on who waits.
 */
export abstract class Waitable {
  /**
   * Whether a process waiting for this carries on inside the very event that triggers it,
   * rather than through a wake-up event of its own (see {@link Process.notify}). For a waitable
   * that is triggered only from an event of its own, at its end: a staff job that releases its
   * person and lets its process go on at once, exactly as the process would had it waited for
   * the job's end itself. Triggered from inside another process's step, it would run one
   * process inside another: leave it off there.
   */
  declare readonly resumesInPlace: boolean;
  // The state is set in the constructor, not by class fields, and kept in TypeScript-private
  // rather than `#` fields: every waitable of a run (requests, staff jobs, processes, signals)
  // goes through this constructor, and V8 defines `#` fields on objects of that many classes
  // through a megamorphic path. In a profile with one more kind (workflows as waitables),
  // defining them was 5 % of a county-year; plain stores took a quarter of that.
  declare private state: number;
  declare private result: unknown;
  /** The first waiter; most waitables (resource requests) only ever have one. */
  declare private waiter: Waiter | null;
  /** Waiters after the first, in arrival order. */
  declare private others: Waiter[] | null;

  constructor(resumesInPlace = false) {
    this.resumesInPlace = resumesInPlace;
    this.state = PENDING;
    this.result = undefined;
    this.waiter = null;
    this.others = null;
  }

  /** True once triggered, successfully or not. */
  get triggered(): boolean {
    return this.state !== PENDING;
  }

  /** True once triggered with a failure. */
  get failed(): boolean {
    return this.state === FAILED;
  }

  /** The success value, or the failure's error; `undefined` while pending. */
  get value(): unknown {
    return this.result;
  }

  /** Registers a waiter; it is notified once, when this is triggered. */
  addWaiter(waiter: Waiter): void {
    if (this.state !== PENDING) {
      waiter.notify(this);
      return;
    }
    if (this.waiter === null) this.waiter = waiter;
    else (this.others ??= []).push(waiter);
  }

  /**
   * Tells this waitable that `waiter` no longer waits (it was interrupted). The base class just
   * forgets the waiter; a resource request also leaves its queue.
   */
  abandon(waiter: Waiter): void {
    if (this.waiter === waiter) {
      this.waiter = this.others?.shift() ?? null;
      return;
    }
    const i = this.others?.indexOf(waiter) ?? -1;
    if (i >= 0) this.others!.splice(i, 1);
  }

  /** True when at least one waiter is registered (used to detect unhandled process failures). */
  protected get hasWaiters(): boolean {
    return this.waiter !== null;
  }

  /** Triggers with success. Triggering twice is a bug in the caller. */
  protected succeedWith(value: unknown): void {
    this.#settle(SUCCEEDED, value);
  }

  /** Triggers with failure: every waiting process gets `error` thrown at its `yield`. */
  protected failWith(error: unknown): void {
    this.#settle(FAILED, error);
  }

  #settle(state: number, value: unknown): void {
    if (this.state !== PENDING) {
      throw new Error(`${this.constructor.name} was already triggered`);
    }
    this.state = state;
    this.result = value;
    const first = this.waiter;
    if (first === null) return;
    const others = this.others;
    this.waiter = null;
    this.others = null;
    first.notify(this);
    if (others !== null) { for (let i = 0; i < others.length; i++) others[i].notify(this); }
  }
}

/**
 * A one-shot event that model code triggers: "the supply plan is confirmed", "the customer's
 * works are done". Any number of processes may wait for it; each gets the value it was
 * triggered with.
 *
 * @example
 * const planConfirmed = new Signal<string>();
 * // in one process:   yield planConfirmed; const plan = planConfirmed.value;
 * // in another:       planConfirmed.succeed("plan A");
 */
export class Signal<T = unknown> extends Waitable {
  /** Triggers the signal with a value. */
  succeed(value?: T): this {
    this.succeedWith(value);
    return this;
  }

  /** Triggers the signal with an error, thrown into every waiting process. */
  fail(error: unknown): this {
    this.failWith(error);
    return this;
  }
}

/**
 * Triggered when every one of `items` has succeeded (value: their values, in order), or as soon
 * as one fails (with its error). Used for parallel branches, e.g. network works and the
 * customer's own works running side by side.
 */
export class AllOf extends Waitable implements Waiter {
  #remaining: number;
  readonly #items: readonly Waitable[];

  constructor(items: readonly Waitable[]) {
    super();
    this.#items = items;
    this.#remaining = items.length;
    if (items.length === 0) this.succeedWith([]);
    for (const item of items) item.addWaiter(this);
  }

  notify(source: Waitable): void {
    if (this.triggered) return;
    if (source.failed) this.failWith(source.value);
    else if (--this.#remaining === 0) this.succeedWith(this.#items.map((w) => w.value));
  }
}

/** Triggered as soon as one of `items` is (value: that waitable). */
export class AnyOf extends Waitable implements Waiter {
  constructor(items: readonly Waitable[]) {
    super();
    if (items.length === 0) throw new RangeError("AnyOf: needs at least one waitable, found none");
    for (const item of items) item.addWaiter(this);
  }

  notify(source: Waitable): void {
    if (this.triggered) return;
    if (source.failed) this.failWith(source.value);
    else this.succeedWith(source);
  }
}

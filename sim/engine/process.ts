/**
 * Processes, SimPy style: a generator function whose body reads like the process it models.
 *
 * A process `yield`s what it waits for:
 * - a number: wait that long (`yield surveyHours`);
 * - a {@link Waitable}: a resource request, a signal, another process, `new AllOf([...])`; the
 *   process resumes when it is triggered, and the `yield` expression evaluates to its value
 *   (or throws its error).
 *
 * @example
 * function* customer(env: Environment, clerk: Resource) {
 *   const turn = clerk.request();
 *   yield turn;            // queue for the clerk
 *   yield 0.5;             // be served for half an hour
 *   clerk.release(turn);
 * }
 */
import { NORMAL, type Resumable, type ScheduledEvent, URGENT } from "./event-list.ts";
import { Waitable, type Waiter } from "./waitable.ts";

/** The generator a process runs. Its return value becomes the process's value. */
export type ProcessBody<R = unknown> = Generator<number | Waitable, R, unknown>;

/**
 * What a process needs of its environment: to be woken after a delay. The `Environment`
 * provides it; naming only this keeps the process module free of the environment's (which
 * starts processes), so the two do not import each other.
 */
export interface ProcessHost {
  /** Wakes `target` with `token` after `delay`, at `priority` (URGENT before NORMAL). */
  wake(target: Resumable, token: number, delay: number, priority: number): ScheduledEvent;
}

/**
 * Thrown into a process at its current `yield` when another process interrupts it (a crew
 * called away, an application withdrawn). The process may catch it and carry on.
 */
export class Interrupt extends Error {
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super(`interrupted: ${String(cause)}`);
    this.name = "Interrupt";
    this.cause = cause;
  }
}

/**
 * A running process. It is itself waitable: `yield other` waits until `other` returns (value:
 * its return value) or fails (its error is thrown at the `yield`).
 */
export class Process<R = unknown> extends Waitable implements Waiter, Resumable {
  readonly env: ProcessHost;
  readonly name: string;
  readonly #body: ProcessBody<R>;
  /** Wake-ups carry the token current when they were scheduled; older ones are stale. */
  #token = 0;
  #waitingOn: Waitable | null = null;
  #resumeWith: Waitable | null = null;
  #timeout: ScheduledEvent | null = null;
  #interrupts: Interrupt[] | null = null;

  constructor(env: ProcessHost, body: ProcessBody<R>, name = "") {
    super();
    this.env = env;
    this.#body = body;
    this.name = name;
  }

  /** True until the body returns or throws. */
  get isAlive(): boolean {
    return !this.triggered;
  }

  /** Internal: runs the body to its first `yield` (called by `Environment.process`). */
  start(): void {
    this.#step(undefined, false);
  }

  /**
   * Throws an {@link Interrupt} carrying `cause` into this process at its current `yield`, at the
   * current time and before ordinary events. Whatever it waited for is abandoned: a pending
   * resource request leaves its queue, a pending timeout is cancelled.
   */
  interrupt(cause?: unknown): void {
    if (!this.isAlive) {
      throw new Error(`cannot interrupt process "${this.name}": it has already finished`);
    }
    this.#waitingOn?.abandon(this);
    this.#waitingOn = null;
    this.#resumeWith = null;
    this.#timeout?.cancel();
    this.#timeout = null;
    (this.#interrupts ??= []).push(new Interrupt(cause));
    this.env.wake(this, ++this.#token, 0, URGENT);
  }

  /**
   * Internal: a waitable this process waits for was triggered. The process resumes through a
   * wake-up now, after the events already due, or at once for a waitable that
   * {@link Waitable.resumesInPlace}.
   */
  notify(source: Waitable): void {
    if (source !== this.#waitingOn) return; // abandoned after an interrupt
    this.#waitingOn = null;
    if (source.resumesInPlace) {
      this.#step(source.value, source.failed);
      return;
    }
    this.#resumeWith = source;
    this.env.wake(this, this.#token, 0, URGENT);
  }

  /** Internal: called by the event list. */
  resume(token: number): void {
    if (token !== this.#token) return; // superseded by an interrupt
    this.#timeout = null;
    const interrupts = this.#interrupts;
    if (interrupts !== null) {
      const interrupt = interrupts.shift()!;
      if (interrupts.length === 0) this.#interrupts = null;
      this.#step(interrupt, true);
      // Several interrupts in a row: deliver the next one at the next yield.
      if (this.#interrupts !== null && this.isAlive) this.#deliverNextInterrupt();
      return;
    }
    const source = this.#resumeWith;
    this.#resumeWith = null;
    if (source === null) this.#step(undefined, false);
    else this.#step(source.value, source.failed);
  }

  #deliverNextInterrupt(): void {
    this.#waitingOn?.abandon(this);
    this.#waitingOn = null;
    this.#timeout?.cancel();
    this.#timeout = null;
    this.env.wake(this, ++this.#token, 0, URGENT);
  }

  /** Runs the body until it waits for something not yet available, returns or throws. */
  #step(send: unknown, isError: boolean): void {
    const body = this.#body;
    while (true) {
      let next: IteratorResult<number | Waitable, R>;
      try {
        next = isError ? body.throw(send) : body.next(send);
      } catch (error) {
        this.#finish(false, error);
        return;
      }
      if (next.done) {
        this.#finish(true, next.value);
        return;
      }
      const what = next.value;
      if (typeof what === "number") {
        if (what >= 0 && what !== Infinity) {
          this.#timeout = this.env.wake(this, ++this.#token, what, NORMAL);
          return;
        }
        send = new RangeError(
          `process "${this.name}" yielded a duration of ${what}; expected a finite number ≥ 0`,
        );
        isError = true;
      } else if (what instanceof Waitable) {
        if (!what.triggered) {
          this.#token++;
          this.#waitingOn = what;
          what.addWaiter(this);
          return;
        }
        send = what.value; // already available: carry on without a trip through the event list
        isError = what.failed;
      } else {
        send = new TypeError(
          `process "${this.name}" yielded ${String(what)}; expected a duration or a Waitable`,
        );
        isError = true;
      }
    }
  }

  #finish(ok: boolean, value: unknown): void {
    if (ok) {
      this.succeedWith(value);
      return;
    }
    // A failure nobody waits for would vanish silently: let it stop the run instead.
    if (!this.hasWaiters) throw value;
    this.failWith(value);
  }
}

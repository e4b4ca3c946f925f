/**
 * The simulation environment: the clock and the future event list, as in SimPy's `Environment`.
 *
 * Time is a plain number; the county model uses hours since 00:00 of its first day, and the
 * working-time calendar converts to working days. The engine itself gives time no unit.
 */
import {
  EventHeap,
  firesBefore,
  NORMAL,
  type Resumable,
  ScheduledEvent,
  URGENT,
} from "./event-list.ts";
import { Process, type ProcessBody } from "./process.ts";

export { firesBefore, NORMAL, type Resumable, ScheduledEvent, URGENT } from "./event-list.ts";

/**
 * The clock and the event list. Models add processes ({@link process}) or plain callbacks
 * ({@link schedule}, for hot paths), then {@link run}.
 *
 * @example
 * const env = new Environment();
 * env.process(function* () {
 *   yield 3; // wait 3 time units
 *   console.log(env.now); // 3
 * });
 * env.run();
 */
export class Environment {
  #now: number;
  #seq = 0;
  #stopped = false;
  readonly #events = new EventHeap();
  /**
   * Wake-ups due now at URGENT priority (a resource granted, a signal or process triggered), in
   * scheduling order. They are a fifth of a county model's events; a queue beside the heap
   * spares them the heap's O(log n) push and pop without changing the order: they all share
   * one time and priority and come in sequence order, and `run` takes whichever of this
   * queue's head and the heap's top fires first.
   */
  readonly #due: (ScheduledEvent | undefined)[] = [];
  /** The queue is `#due[#dueHead … #dueTail − 1]`; both go back to 0 when it empties. */
  #dueHead = 0;
  #dueTail = 0;
  /** Number of events fired so far (cancelled and stale ones excluded). */
  eventsFired = 0;

  constructor(startTime = 0) {
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`Environment: startTime must be a finite number, found ${startTime}`);
    }
    this.#now = startTime;
  }

  /** The current simulation time. */
  get now(): number {
    return this.#now;
  }

  /** Time of the next pending event, or Infinity when there is none. */
  peek(): number {
    const events = this.#events;
    while (events.size > 0 && events.peek()!.cancelled) events.pop();
    while (this.#dueHead < this.#dueTail && this.#due[this.#dueHead]!.cancelled) this.#takeDue();
    // A wake-up due now comes first: nothing in the heap is earlier.
    if (this.#dueHead < this.#dueTail) return this.#due[this.#dueHead]!.time;
    return events.size > 0 ? events.peek()!.time : Infinity;
  }

  /**
   * Calls `action` after `delay` time units. Returns a handle whose `cancel()` withdraws it.
   * Events at the same time run by `priority` (lower first), then in the order scheduled.
   */
  schedule(delay: number, action: () => void, priority = NORMAL): ScheduledEvent {
    checkDelay(delay);
    return this.#push(this.#now + delay, priority, action, null, 0);
  }

  /**
   * Starts a process now: runs its body until its first `yield`, and returns a handle that
   * other processes can wait for (`yield handle`) or interrupt.
   */
  process<R>(body: ProcessBody<R> | (() => ProcessBody<R>), name = ""): Process<R> {
    const generator = typeof body === "function" ? body() : body;
    const process = new Process<R>(this, generator, name);
    process.start();
    return process;
  }

  /** Internal: wakes `target` with `token` after `delay` (used by processes). */
  wake(target: Resumable, token: number, delay: number, priority: number): ScheduledEvent {
    return this.#push(this.#now + delay, priority, null, target, token);
  }

  /**
   * Runs events in order until none is left, or until the clock would pass `until`; events at
   * exactly `until` do not run (as in SimPy), and the clock is then set to `until`.
   */
  run(until = Infinity): void {
    if (Number.isNaN(until) || until < this.#now) {
      throw new RangeError(`Environment.run: until must be ≥ now (${this.#now}), found ${until}`);
    }
    const events = this.#events;
    this.#stopped = false;
    while (!this.#stopped) {
      let event = events.peek();
      if (this.#dueHead < this.#dueTail) {
        const first = this.#due[this.#dueHead]!;
        if (event === undefined || firesBefore(first, event)) {
          if (first.time >= until) break;
          event = this.#takeDue();
        } else {
          if (event.time >= until) break;
          events.pop();
        }
      } else {
        if (event === undefined || event.time >= until) break;
        events.pop();
      }
      if (event.cancelled) continue;
      this.#now = event.time;
      this.eventsFired++;
      if (event.target !== null) event.target.resume(event.token);
      else event.action!();
    }
    if (until !== Infinity && !this.#stopped) this.#now = until;
  }

  /** Stops {@link run} after the current event; the clock stays where it is. */
  stop(): void {
    this.#stopped = true;
  }

  #push(
    time: number,
    priority: number,
    action: (() => void) | null,
    target: Resumable | null,
    token: number,
  ): ScheduledEvent {
    const event = new ScheduledEvent(time, priority, this.#seq++, action, target, token);
    if (time === this.#now && priority === URGENT) this.#due[this.#dueTail++] = event;
    else this.#events.push(event);
    return event;
  }

  /** Removes and returns the first due wake-up (the queue must not be empty). */
  #takeDue(): ScheduledEvent {
    const event = this.#due[this.#dueHead]!;
    this.#due[this.#dueHead++] = undefined;
    if (this.#dueHead === this.#dueTail) this.#dueHead = this.#dueTail = 0;
    return event;
  }
}

/** Throws unless `delay` is a finite number ≥ 0. */
export function checkDelay(delay: number): void {
  if (!(delay >= 0) || delay === Infinity) {
    throw new RangeError(`delay must be a finite number ≥ 0, found ${delay}`);
  }
}

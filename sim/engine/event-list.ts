/**
 * The future event list: scheduled events in a binary min-heap (Williams 1964) ordered by
 * (time, priority, sequence). Sequence numbers are handed out in scheduling order, so events at
 * the same time and priority run first-in first-out: no tie is ever broken by the heap's layout,
 * and every run is a pure function of its seed.
 *
 * The heap compares events directly rather than through a comparator function: on the hot path
 * of every model this keeps the comparison inlined (measured: about a quarter faster per
 * county-year than a generic heap with a comparator).
 */

/** Priority of wake-ups (a resource granted, a signal triggered): before ordinary events. */
export const URGENT = -1;
/** Default priority of scheduled events. */
export const NORMAL = 0;

/** Something the event list can resume: a process, identified by a wake-up token. */
export interface Resumable {
  resume(token: number): void;
}

/**
 * One entry of the future event list: either a callback or a process wake-up. A handle to it is
 * returned by {@link Environment.schedule} so the caller can cancel it.
 */
export class ScheduledEvent {
  /** Simulation time at which the event fires. */
  readonly time: number;
  /** Lower runs first among events at the same time. */
  readonly priority: number;
  /** Insertion order: breaks the remaining ties first-in first-out. */
  readonly seq: number;
  /** Set by {@link cancel}; cancelled events are dropped when they reach the top of the list. */
  cancelled = false;
  readonly action: (() => void) | null;
  readonly target: Resumable | null;
  readonly token: number;

  constructor(
    time: number,
    priority: number,
    seq: number,
    action: (() => void) | null,
    target: Resumable | null,
    token: number,
  ) {
    this.time = time;
    this.priority = priority;
    this.seq = seq;
    this.action = action;
    this.target = target;
    this.token = token;
  }

  /** The event will not fire. Cancelling twice, or after it fired, does nothing. */
  cancel(): void {
    this.cancelled = true;
  }
}

/** True when `a` fires before `b`: earlier time, then lower priority, then scheduled first. */
export function firesBefore(a: ScheduledEvent, b: ScheduledEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/**
 * A binary min-heap of {@link ScheduledEvent}s in {@link firesBefore} order. Push and pop are
 * O(log n).
 *
 * The events' times are kept again, beside the events, in a `Float64Array` in heap order: sifting
 * compares times almost always (ties are rare but for zero-delay wake-ups), and reading them from
 * one contiguous array instead of from each event object (where V8 keeps a non-integer number in
 * a separate heap box) saves two dependent memory reads per comparison.
 *
 * @example
 * const heap = new EventHeap();
 * heap.push(new ScheduledEvent(2, 0, 0, () => {}, null, 0));
 * heap.push(new ScheduledEvent(1, 0, 1, () => {}, null, 0));
 * heap.pop()?.time; // 1
 */
export class EventHeap {
  #items: ScheduledEvent[] = [];
  /** `#times[i]` is `#items[i].time`. */
  #times = new Float64Array(256);

  /** Number of events held, cancelled ones included until they are popped. */
  get size(): number {
    return this.#items.length;
  }

  /** The event that fires next, without removing it. */
  peek(): ScheduledEvent | undefined {
    return this.#items[0];
  }

  push(item: ScheduledEvent): void {
    const items = this.#items;
    let i = items.length;
    if (i === this.#times.length) this.#grow();
    const times = this.#times;
    const time = item.time;
    items.push(item);
    // Sift up: move the hole towards the root while the parent comes later.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const t = times[parent];
      if (time > t || (time === t && !firesBefore(item, items[parent]))) break;
      items[i] = items[parent];
      times[i] = t;
      i = parent;
    }
    items[i] = item;
    times[i] = time;
  }

  /** Removes and returns the event that fires next. */
  pop(): ScheduledEvent | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    const n = items.length;
    if (n === 0 || last === undefined) return top;
    const times = this.#times;
    const time = times[n];
    // Sift down: move the hole towards the leaves while a child comes before `last`.
    let i = 0;
    while (true) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let t = times[child];
      const right = child + 1;
      if (right < n) {
        const r = times[right];
        if (r < t || (r === t && firesBefore(items[right], items[child]))) {
          child = right;
          t = r;
        }
      }
      if (t > time || (t === time && !firesBefore(items[child], last))) break;
      items[i] = items[child];
      times[i] = t;
      i = child;
    }
    items[i] = last;
    times[i] = time;
    return top;
  }

  /** Removes every event. */
  clear(): void {
    this.#items.length = 0;
  }

  #grow(): void {
    const longer = new Float64Array(this.#times.length * 2);
    longer.set(this.#times);
    this.#times = longer;
  }
}

/**
 * A binary min-heap, the data structure behind the engine's future event list and the priority
 * queues of its resources.
 */

/**
 * A binary min-heap (Williams 1964) ordered by a "comes before" function. Push and pop are
 * O(log n). The engine uses one for its future event list (ordered by {@link firesBefore}) and
 * one per priority queue of a resource.
 *
 * @example
 * const heap = new MinHeap<number>((a, b) => a < b);
 * heap.push(3); heap.push(1); heap.push(2);
 * heap.pop(); // 1
 */
export class MinHeap<T> {
  #items: T[] = [];
  readonly #before: (a: T, b: T) => boolean;

  constructor(before: (a: T, b: T) => boolean) {
    this.#before = before;
  }

  /** Number of items held. */
  get size(): number {
    return this.#items.length;
  }

  /** The first item, without removing it. */
  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    const before = this.#before;
    let i = items.length;
    items.push(item);
    // Sift up: move the hole towards the root while the parent comes later.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!before(item, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  /** Removes and returns the first item. */
  pop(): T | undefined {
    const items = this.#items;
    const before = this.#before;
    const top = items[0];
    const last = items.pop();
    const n = items.length;
    if (n === 0 || last === undefined) return top;
    // Sift down: move the hole towards the leaves while a child comes before `last`.
    let i = 0;
    while (true) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && before(items[right], items[child])) child = right;
      if (!before(items[child], last)) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }

  /** Removes every item. */
  clear(): void {
    this.#items.length = 0;
  }
}

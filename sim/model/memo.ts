/**
 * Remembers values computed from read-only inputs (the county, the calendar) across the
 * replications of a run: the reliability network's per-feeder constants, the major-event-day
 * threshold of the record, the days of the year, the PV model's commercial sites. A scenario runs hundreds of replications on the same data
 * and levers, so these are computed once instead of once per replication.
 *
 * Each owner keeps its most recent {@link MEMO_SIZE} values; a sweep over many lever values
 * therefore does not pile up memory. Cached values must never be modified by their users.
 *
 * @module
 */

/** Values kept per owner. */
export const MEMO_SIZE = 8;

const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * The value `build()` returns for `key` of `owner`, computed once while it stays among the
 * owner's {@link MEMO_SIZE} most recent keys.
 *
 * @example
 * const network = memo(county, `network:${leversJson}`, () => buildNetwork(county, p));
 */
export function memo<T>(owner: object, key: string, build: () => T): T {
  let cache = caches.get(owner);
  if (cache === undefined) caches.set(owner, cache = new Map());
  if (cache.has(key)) {
    const value = cache.get(key) as T;
    cache.delete(key); // most recent last
    cache.set(key, value);
    return value;
  }
  const value = build();
  cache.set(key, value);
  if (cache.size > MEMO_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

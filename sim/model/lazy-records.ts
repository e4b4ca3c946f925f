/**
 * Records built on first read. A runner of a thousand replications reads the KPIs of every one
 * and the records of a few (`recordReplications`), and building tens of thousands of row
 * objects is a large share of a replication's time. Each property is an ordinary enumerable
 * one to its readers (`JSON.stringify` and `Object.keys` included); its rows are built once.
 *
 * @example
 * const records = lazyRecords({ applications: () => recordsOf(state.applications) });
 * records.applications; // built now, and the same array on every later read
 */
export function lazyRecords<R extends Record<string, readonly object[]>>(
  builders: { [K in keyof R]: () => R[K] },
): R {
  const records = {} as R;
  for (const key of Object.keys(builders) as (keyof R & string)[]) {
    let rows: R[typeof key] | undefined;
    Object.defineProperty(records, key, {
      enumerable: true,
      get: () => (rows ??= builders[key]()),
    });
  }
  return records;
}

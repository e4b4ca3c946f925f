/**
 * The series without its first `n` observations: the warm-up deletion that follows a truncation
 * rule such as {@link mser5} (Law 2015, *Simulation Modeling and Analysis*, 5th ed., §9.5.1).
 * Returns a new array; the input is not changed.
 *
 * @param series observations in time order
 * @param n number of initial observations to delete, an integer in [0, series.length]
 * @throws {RangeError} when n is not an integer in [0, series.length]
 * @example
 * deleteWarmup([9, 8, 1, 2, 1], 2); // => [1, 2, 1]
 * deleteWarmup(waits, mser5(waits)); // the steady-state part
 */
export function deleteWarmup<T>(series: readonly T[], n: number): T[] {
  if (!Array.isArray(series)) {
    throw new RangeError(`deleteWarmup: series: expected an array, found ${typeof series}`);
  }
  if (!Number.isInteger(n) || n < 0 || n > series.length) {
    throw new RangeError(
      `deleteWarmup: n: expected an integer in [0, ${series.length}] (the series' length), ` +
        `found ${n}`,
    );
  }
  return series.slice(n);
}

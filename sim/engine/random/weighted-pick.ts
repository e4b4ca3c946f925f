/**
 * Picks an index with probability proportional to its weight, by inversion of the cumulative
 * weights with a binary search (Devroye, *Non-Uniform Random Variate Generation*, 1986,
 * ch. III.2): one uniform per pick, O(log n), and monotone in the uniform, which keeps common
 * random numbers aligned when weights change a little. Used to place faults on feeders by
 * their line length and planned jobs on working days by the season.
 *
 * @example
 * const days = new WeightedPick([0, 1, 3]); // never 0, 1 a quarter of the time, 2 otherwise
 * days.pick(0.5); // 2
 *
 * @module
 */
export class WeightedPick {
  /** Cumulative weights: `cumulative[i]` = weights[0] + … + weights[i]. */
  readonly #cumulative: Float64Array;
  /** Sum of the weights. */
  readonly total: number;

  /** @throws RangeError when a weight is negative or not finite. */
  constructor(weights: ArrayLike<number>) {
    const c = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i];
      if (!(w >= 0) || !Number.isFinite(w)) {
        throw new RangeError(`WeightedPick: weights[${i}] must be a finite number ≥ 0, found ${w}`);
      }
      c[i] = sum += w;
    }
    this.#cumulative = c;
    this.total = sum;
  }

  /**
   * The index whose share of the total contains `u × total`, for `u` uniform in [0, 1); never
   * an index of weight 0. Returns −1 when all weights are 0.
   */
  pick(u: number): number {
    const c = this.#cumulative;
    if (!(this.total > 0)) return -1;
    const target = u * this.total;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

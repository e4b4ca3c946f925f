import { P2Quantile } from "./p2-quantile.ts";
import { checkFinite, show } from "./validate.ts";

/** Quantiles a tally tracks unless told otherwise: median, 90th and 95th percentile. */
export const DEFAULT_QUANTILES: readonly number[] = [0.5, 0.9, 0.95];

/** Options of {@link Tally}. */
export interface TallyOptions {
  /**
   * Probabilities in (0, 1) whose quantiles to track, one P² estimator each (duplicates are
   * ignored). Default {@link DEFAULT_QUANTILES}; `[]` tracks none, which makes `add` cheaper.
   */
  quantiles?: readonly number[];
}

/**
 * Summary statistics of a stream of observations (waiting times, sojourn times, …) in constant
 * memory: count, sum, mean, sample variance, standard deviation, min, max and chosen quantiles.
 *
 * Why: a monitor sees one observation per customer and must not keep them all (a benchmark
 * run has a million customers), yet reports want the mean, its spread and percentiles.
 *
 * How: mean and variance by B. P. Welford (1962), "Note on a method for calculating corrected
 * sums of squares and products", Technometrics 4(3), 419–420: m ← m + (x − m)/n,
 * M₂ ← M₂ + (x − m_old)(x − m_new), which stays accurate when the data sit far from zero
 * (1e9 + noise), where the textbook Σx² − (Σx)²/n cancels catastrophically. The sum is kept
 * with Neumaier's (1974) compensated summation (as simple-statistics' `sum` is). Quantiles by
 * the P² algorithm ({@link P2Quantile}; Jain & Chlamtac 1985), one estimator per requested p,
 * exact while count ≤ 5. `add` allocates nothing.
 *
 * Empty tally: count 0, sum 0, mean/min/max/quantiles NaN. variance and sd are NaN below two
 * observations (the sample variance divides by n − 1).
 *
 * @example
 * const waits = new Tally({ quantiles: [0.5, 0.95] });
 * for (const w of [2, 4, 4, 4, 5, 5, 7, 9]) waits.add(w);
 * waits.mean; // => 5
 * waits.sd; // => 2.138… (sample, n − 1)
 * waits.quantile(0.5); // ≈ 4.17: P² needs many observations (exact median 4.5)
 */
export class Tally {
  #count = 0;
  #mean = 0;
  /** Welford's M₂: the sum of squared deviations from the running mean. */
  #m2 = 0;
  #sum = 0;
  /** Neumaier's running compensation for the rounding lost by #sum. */
  #compensation = 0;
  #min = Infinity;
  #max = -Infinity;
  readonly #estimators: P2Quantile[];
  /** The probabilities tracked, ascending. */
  readonly trackedQuantiles: readonly number[];

  /**
   * @param options `quantiles`: see {@link TallyOptions}
   * @throws {RangeError} when a requested quantile is not a number in (0, 1)
   */
  constructor(options: TallyOptions = {}) {
    const requested = options.quantiles ?? DEFAULT_QUANTILES;
    if (!Array.isArray(requested)) {
      throw new RangeError(
        `Tally: quantiles: expected an array of numbers in (0, 1), found ${show(requested)}`,
      );
    }
    requested.forEach((p, i) => {
      if (typeof p !== "number" || !(p > 0 && p < 1)) {
        throw new RangeError(
          `Tally: quantiles[${i}]: expected a number in (0, 1) (min and max are tracked ` +
            `anyway), found ${show(p)}`,
        );
      }
    });
    this.trackedQuantiles = Object.freeze([...new Set(requested)].sort((a, b) => a - b));
    this.#estimators = this.trackedQuantiles.map((p) => new P2Quantile(p));
  }

  /** Observations added since construction or the last {@link reset}. */
  get count(): number {
    return this.#count;
  }

  /** Sum of the observations (compensated summation); 0 when empty. */
  get sum(): number {
    return this.#sum + this.#compensation;
  }

  /** Arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.#count === 0 ? NaN : this.#mean;
  }

  /** Sample variance M₂/(n − 1); NaN when fewer than two observations. */
  get variance(): number {
    return this.#count < 2 ? NaN : this.#m2 / (this.#count - 1);
  }

  /** Sample standard deviation √variance; NaN when fewer than two observations. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN when empty. */
  get min(): number {
    return this.#count === 0 ? NaN : this.#min;
  }

  /** Largest observation; NaN when empty. */
  get max(): number {
    return this.#count === 0 ? NaN : this.#max;
  }

  /**
   * Adds one observation. Allocation-free: it runs once per customer.
   * @throws {RangeError} when x is not a finite number (NaN would poison every statistic)
   */
  add(x: number): void {
    if (!Number.isFinite(x)) checkFinite("Tally.add", "x", x);
    const n = ++this.#count;
    // Welford (1962).
    const delta = x - this.#mean;
    this.#mean += delta / n;
    this.#m2 += delta * (x - this.#mean);
    // Neumaier (1974) compensated summation.
    const s = this.#sum + x;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(x)
      ? this.#sum - s + x
      : x - s + this.#sum;
    this.#sum = s;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
    const estimators = this.#estimators;
    for (let i = 0; i < estimators.length; i++) estimators[i].add(x);
  }

  /**
   * The estimated p-quantile: exact (type-7 sample quantile) while count ≤ 5, the P² estimate
   * after; NaN when empty. Only the ps given to the constructor are available.
   * @throws {RangeError} when p is not one of {@link trackedQuantiles}
   */
  quantile(p: number): number {
    const i = this.trackedQuantiles.indexOf(p);
    if (i < 0) {
      const tracked = this.trackedQuantiles.length === 0
        ? "none (constructed with quantiles: [])"
        : `p = ${this.trackedQuantiles.join(", ")}`;
      throw new RangeError(
        `Tally.quantile: p: expected a tracked probability, found ${show(p)}; this tally tracks ` +
          `${tracked} (choose them with new Tally({ quantiles: [...] }))`,
      );
    }
    return this.#estimators[i].value;
  }

  /** Forgets every observation (warm-up deletion); keeps the tracked quantiles. */
  reset(): void {
    this.#count = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#sum = 0;
    this.#compensation = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
    for (const estimator of this.#estimators) estimator.reset();
  }
}

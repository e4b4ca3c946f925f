/**
 * A clock that runs through the year at a monthly pace: the year's fraction τ ∈ [0, 1] is
 * spent month by month in proportion to each month's weight, evenly within a month. With the
 * data's monthly rates of PV applications as weights, an adoption that the Bass curve places
 * at the fraction τ of the year happens in the installation seasons (spring and autumn), while
 * the year's total still follows the curve; with month lengths as weights the clock is plain
 * time.
 *
 * @example
 * const even = SeasonalYear.even(monthStarts); // weights = month lengths
 * even.hoursAt(0.5); // half of the year's hours
 */
export class SeasonalYear {
  /** Start of each month and the end of the year (13 values), simulation hours. */
  readonly #starts: Float64Array;
  /** Cumulative weight share at each month start (13 values, 0 … 1). */
  readonly #cum: Float64Array;

  /**
   * @param monthStarts 13 increasing times: the start of each month and the end of the year
   * @param weights 12 weights ≥ 0, not all 0
   * @throws RangeError naming the argument when the times or weights are not as described
   */
  constructor(monthStarts: readonly number[], weights: readonly number[]) {
    if (
      monthStarts.length !== 13 || monthStarts.some((t, i) => i > 0 && !(t > monthStarts[i - 1]))
    ) {
      throw new RangeError(
        `SeasonalYear: monthStarts must be 13 increasing times, found ${monthStarts.join(", ")}`,
      );
    }
    const total = weights.reduce((s, w) => s + w, 0);
    if (weights.length !== 12 || weights.some((w) => !(w >= 0)) || !(total > 0)) {
      throw new RangeError(
        `SeasonalYear: weights must be 12 numbers ≥ 0 with a positive sum, found ${
          weights.join(", ")
        }`,
      );
    }
    this.#starts = Float64Array.from(monthStarts);
    this.#cum = new Float64Array(13);
    for (let k = 0; k < 12; k++) this.#cum[k + 1] = this.#cum[k] + weights[k] / total;
    this.#cum[12] = 1;
  }

  /** A clock that runs at plain time: weights = month lengths. */
  static even(monthStarts: readonly number[]): SeasonalYear {
    return new SeasonalYear(monthStarts, monthStarts.slice(1).map((t, k) => t - monthStarts[k]));
  }

  /** The time at which the fraction `fraction` ∈ [0, 1] of the year's weight is spent. */
  hoursAt(fraction: number): number {
    const cum = this.#cum;
    let k = 0;
    // Months of zero weight are skipped: the first month whose end lies beyond `fraction`.
    while (k < 11 && cum[k + 1] <= fraction) k++;
    const width = cum[k + 1] - cum[k];
    const within = width > 0 ? Math.min(1, Math.max(0, (fraction - cum[k]) / width)) : 0;
    return this.#starts[k] + within * (this.#starts[k + 1] - this.#starts[k]);
  }

  /** The fraction of the year's weight spent by time `hours` (the inverse of hoursAt). */
  fractionAt(hours: number): number {
    const starts = this.#starts;
    if (hours <= starts[0]) return 0;
    if (hours >= starts[12]) return 1;
    let k = 0;
    while (starts[k + 1] <= hours) k++;
    const within = (hours - starts[k]) / (starts[k + 1] - starts[k]);
    return this.#cum[k] + within * (this.#cum[k + 1] - this.#cum[k]);
  }
}

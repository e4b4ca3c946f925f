import { checkFinite } from "./validate.ts";

/**
 * The time-weighted statistics of a piecewise-constant quantity (queue length, busy servers,
 * capacity) that changes at event times: its integral, time-average and maximum since a start.
 *
 * Why: the mean of a queue length is ∫ L(t) dt / T, not the mean of the values it took; a
 * value held for three hours weighs three times one held for an hour (Law 2015, *Simulation
 * Modeling and Analysis*, 5th ed., §1.4.3, the time-average number in queue q̂(n)).
 *
 * How: the area under the step function is accumulated at each change,
 * area += value·(t − lastChange) (the exact integral of a step function), so `update`
 * is O(1) and allocates nothing. {@link reset} deletes a warm-up period: it forgets the past
 * but keeps the current value, which is the state the system is in.
 *
 * @example
 * const queue = new TimeWeighted(0); // starts at value 0 at time 0
 * queue.update(2, 3); // 3 waiting from t = 2
 * queue.update(5, 1); // 1 waiting from t = 5
 * queue.mean(10); // => (0·2 + 3·3 + 1·5) / 10 = 1.4
 */
export class TimeWeighted {
  #start: number;
  #lastTime: number;
  #value: number;
  #area = 0;
  #max: number;
  #min: number;

  /**
   * @param startTime time from which statistics are kept
   * @param initialValue value held from startTime on
   * @throws {RangeError} when startTime or initialValue is not a finite number
   */
  constructor(startTime: number, initialValue = 0) {
    checkFinite("TimeWeighted", "startTime", startTime);
    checkFinite("TimeWeighted", "initialValue", initialValue);
    this.#start = startTime;
    this.#lastTime = startTime;
    this.#value = initialValue;
    this.#max = initialValue;
    this.#min = initialValue;
  }

  /** The current value. */
  get value(): number {
    return this.#value;
  }

  /** The largest value held since the start (or the last reset), the current one included. */
  get max(): number {
    return this.#max;
  }

  /** The smallest value held since the start (or the last reset), the current one included. */
  get min(): number {
    return this.#min;
  }

  /** The time statistics are kept from: the start time, or the time of the last reset. */
  get startTime(): number {
    return this.#start;
  }

  /** The time of the last change (or of the start/reset if none since). */
  get lastTime(): number {
    return this.#lastTime;
  }

  /**
   * The value changes to `value` at time `t`. Several changes at the same time are fine; only
   * the last one holds for any length of time. Allocation-free.
   * @throws {RangeError} when t is before the last change or either argument is not finite
   */
  update(t: number, value: number): void {
    if (!(t >= this.#lastTime) || !Number.isFinite(t) || !Number.isFinite(value)) {
      this.#checkTime("TimeWeighted.update", t);
      checkFinite("TimeWeighted.update", "value", value);
    }
    this.#area += this.#value * (t - this.#lastTime);
    this.#lastTime = t;
    this.#value = value;
    if (value > this.#max) this.#max = value;
    if (value < this.#min) this.#min = value;
  }

  /**
   * ∫ value dt over [startTime, t], the current value held until t.
   * @throws {RangeError} when t is before the last change (that part of the past is summed up)
   */
  integral(t: number): number {
    this.#checkTime("TimeWeighted.integral", t);
    return this.#area + this.#value * (t - this.#lastTime);
  }

  /**
   * The time-average over [startTime, t]: integral(t) / (t − startTime). NaN when
   * t = startTime (an average over no time is undefined).
   * @throws {RangeError} when t is before the last change
   */
  mean(t: number): number {
    this.#checkTime("TimeWeighted.mean", t);
    const elapsed = t - this.#start;
    return elapsed === 0 ? NaN : this.integral(t) / elapsed;
  }

  /**
   * Warm-up deletion: statistics restart at time t, as if the monitor had been created at t
   * with the current value (Law 2015, §9.5.1). The current value is kept: it is the state the
   * system is in, not history.
   * @throws {RangeError} when t is before the last change
   */
  reset(t: number): void {
    this.#checkTime("TimeWeighted.reset", t);
    this.#start = t;
    this.#lastTime = t;
    this.#area = 0;
    this.#max = this.#value;
    this.#min = this.#value;
  }

  #checkTime(where: string, t: number): void {
    checkFinite(where, "t", t);
    if (t < this.#lastTime) {
      throw new RangeError(
        `${where}: t: expected a time ≥ the last change (${this.#lastTime}), found ${t}; ` +
          `time must not go backwards`,
      );
    }
  }
}

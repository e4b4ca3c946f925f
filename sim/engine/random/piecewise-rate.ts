import { fail, numberArray } from "./validate.ts";

/**
 * An event rate that is constant between breakpoints: `rates[i]` holds on
 * `[breakpoints[i], breakpoints[i + 1])`, and the last rate holds from the last breakpoint on,
 * for ever. Before the first breakpoint the rate is 0. To end arrivals at a time T, make T the
 * last breakpoint with rate 0 (as `profileRate` does).
 *
 * Times and rates are in the caller's units (e.g. hours and events per hour). Rates ≥ 0;
 * breakpoints strictly increasing. The arrays are copied and frozen.
 *
 * @example
 * // 2 per hour from 8:00 to 12:00, none over lunch, 3 per hour 13:00–17:00, then closed.
 * const rate = new PiecewiseRate([8, 12, 13, 17], [2, 0, 3, 0]);
 * rate.rateAt(14); // 3
 * rate.integral(0, 24); // 20 expected arrivals
 */
export class PiecewiseRate {
  /** Start times of the segments, strictly increasing. */
  readonly breakpoints: readonly number[];
  /** Rate on each segment, ≥ 0. */
  readonly rates: readonly number[];

  constructor(breakpoints: readonly number[], rates: readonly number[]) {
    const bs = numberArray("PiecewiseRate", "breakpoints", breakpoints);
    for (let i = 1; i < bs.length; i++) {
      if (!(bs[i] > bs[i - 1])) {
        fail(
          "PiecewiseRate",
          `breakpoints[${i}]`,
          `a number > breakpoints[${i - 1}] (${bs[i - 1]}), breakpoints strictly increasing`,
          bs[i],
        );
      }
    }
    if (!Array.isArray(rates) || rates.length !== bs.length) {
      fail(
        "PiecewiseRate",
        "rates",
        `an array of ${bs.length} numbers (one per breakpoint)`,
        rates,
      );
    }
    const rs = numberArray("PiecewiseRate", "rates", rates, { nonNegative: true });
    this.breakpoints = Object.freeze(bs);
    this.rates = Object.freeze(rs);
  }

  /** Number of segments (= number of breakpoints). */
  get segmentCount(): number {
    return this.breakpoints.length;
  }

  /**
   * Index of the segment holding time t: the largest i with `breakpoints[i] ≤ t`, or −1
   * before the first breakpoint. Binary search.
   */
  segmentAt(t: number): number {
    const bs = this.breakpoints;
    if (!(t >= bs[0])) return -1;
    let lo = 0;
    let hi = bs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bs[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The rate at time t (0 before the first breakpoint). */
  rateAt(t: number): number {
    const i = this.segmentAt(t);
    return i < 0 ? 0 : this.rates[i];
  }

  /**
   * The integral of the rate over [from, to], i.e. the expected number of arrivals of a
   * Poisson process with this rate in that interval. Infinite when `to` is Infinity and the
   * last rate is positive.
   */
  integral(from: number, to: number): number {
    if (typeof from !== "number" || from !== from) {
      fail("PiecewiseRate.integral", "from", "a number", from);
    }
    if (typeof to !== "number" || to !== to) fail("PiecewiseRate.integral", "to", "a number", to);
    if (!(to > from)) return 0;
    const bs = this.breakpoints;
    const rs = this.rates;
    let i = Math.max(this.segmentAt(from), 0);
    let t = Math.max(from, bs[0]);
    let sum = 0;
    while (t < to) {
      const end = Math.min(i + 1 < bs.length ? bs[i + 1] : Infinity, to);
      if (rs[i] > 0) sum += rs[i] * (end - t);
      t = end;
      i++;
    }
    return sum;
  }
}

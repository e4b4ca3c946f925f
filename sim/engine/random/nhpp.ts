import type { Rng } from "./rng.ts";
import { PiecewiseRate } from "./piecewise-rate.ts";
import { fail, rngArg } from "./validate.ts";

export { PiecewiseRate };

/**
 * Arrival times of a non-homogeneous Poisson process whose rate is piecewise constant, by
 * inversion of the cumulative rate Λ (Çinlar 1975; Law & Kelton, *Simulation Modeling and
 * Analysis*, 5th ed., ch. 8, nonstationary Poisson process): the next arrival after time t is
 * `Λ⁻¹(Λ(t) + E)` with E ~ Exp(1). The sampler draws E and walks the segments from t,
 * spending `rate × length` of E on each until a segment has enough left; it then returns
 * `t + E_left / rate` within that segment. Exact (no thinning, no rejected draws), one uniform
 * per arrival, and zero-rate segments are skipped whole.
 *
 * Call it with the previous arrival time (or the start time) to get the next one; by the
 * Poisson process's independent increments, any time you pass is a valid starting point. It
 * returns `Infinity` when no arrival can come any more (the rate is 0 from some time on). The
 * result is > `after`, or equal to it only through floating-point rounding.
 *
 * @example
 * const rate = new PiecewiseRate([8, 12, 13, 17], [2, 0, 3, 0]);
 * const next = nhppArrivals(streams.stream("arrivals"), rate);
 * for (let t = next(0); t < Infinity; t = next(t)) schedule(t);
 */
export function nhppArrivals(rng: Rng, rate: PiecewiseRate): (after: number) => number {
  rngArg("nhppArrivals", rng);
  if (!(rate instanceof PiecewiseRate)) fail("nhppArrivals", "rate", "a PiecewiseRate", rate);
  const bs = rate.breakpoints;
  const rs = rate.rates;
  const n = bs.length;
  // Arrivals are usually asked for in time order: remember the last segment to skip the search.
  let hint = 0;
  return (after: number): number => {
    if (typeof after !== "number" || after !== after) {
      fail("nhppArrivals", "after", "a number (a time)", after);
    }
    let i: number;
    let t = after;
    if (after >= bs[hint] && (hint + 1 === n || after < bs[hint + 1])) i = hint;
    else i = rate.segmentAt(after);
    if (i < 0) {
      i = 0;
      t = bs[0];
    }
    let e = -Math.log1p(-rng());
    for (;;) {
      const r = rs[i];
      const end = i + 1 < n ? bs[i + 1] : Infinity;
      if (r > 0) {
        const mass = r * (end - t);
        if (e <= mass) {
          hint = i;
          return t + e / r;
        }
        e -= mass;
      }
      if (end === Infinity) {
        hint = i;
        return Infinity;
      }
      t = end;
      i++;
    }
  };
}

import type { Rng } from "./rng.ts";
import { positive, rngArg } from "./validate.ts";

/**
 * Exponential samples with the given rate (events per unit time), by inversion:
 * `−ln(1 − U) / rate` (Law & Kelton, *Simulation Modeling and Analysis*, 5th ed., ch. 8).
 * Times between events of a Poisson process are exponential. `1 − U` is in (0, 1], so the
 * logarithm is always finite, and `log1p` keeps full precision for small U.
 *
 * Mean 1/rate, variance 1/rate².
 *
 * @example
 * const gap = exponential(streams.stream("arrivals"), 4); // 4 per hour: mean gap 0.25 h
 * gap(); // e.g. 0.13
 */
export function exponential(rng: Rng, rate: number): () => number {
  rngArg("exponential", rng);
  positive("exponential", "rate", rate);
  return () => -Math.log1p(-rng()) / rate;
}

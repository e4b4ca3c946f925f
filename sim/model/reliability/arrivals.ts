/**
 * A Poisson stream of events over the year whose rate is a yearly mean times a daily factor
 * (season, storms): exact non-homogeneous Poisson arrivals by inversion of the cumulative rate
 * (the engine's `nhppArrivals`, Çinlar 1975), each arrival scheduled when the previous one
 * fires, so the event list holds one pending arrival per stream.
 *
 * @module
 */
import type { Environment } from "../../engine/environment.ts";
import { nhppArrivals } from "../../engine/random/nhpp.ts";
import { PiecewiseRate } from "../../engine/random/piecewise-rate.ts";
import type { Rng } from "../../engine/random/rng.ts";

/**
 * Starts arrivals at `perYear × daily[d] / (days in the year)` per day on day d, from `origin`
 * (00:00 on 1 January) until `origin + 24 × daily.length`; calls `onArrival(t)` at each, at
 * time t. Nothing happens when `perYear` is 0.
 *
 * @param daily factor of each day of the year (mean 1 keeps the yearly mean at `perYear`)
 */
export function startArrivals(
  env: Environment,
  rng: Rng,
  origin: number,
  perYear: number,
  daily: Float64Array,
  onArrival: (t: number) => void,
): void {
  if (!(perYear > 0)) return;
  const days = daily.length;
  const perHour = perYear / (days * 24);
  const breakpoints: number[] = [];
  const rates: number[] = [];
  for (let d = 0; d < days; d++) {
    const rate = perHour * daily[d];
    if (rates.length === 0 || rates[rates.length - 1] !== rate) {
      breakpoints.push(origin + d * 24);
      rates.push(rate);
    }
  }
  const end = origin + days * 24;
  breakpoints.push(end);
  rates.push(0);
  const next = nhppArrivals(rng, new PiecewiseRate(breakpoints, rates));
  const schedule = (after: number) => {
    const t = next(after);
    if (t < end) {
      env.schedule(t - env.now, () => {
        onArrival(t);
        schedule(t);
      });
    }
  };
  schedule(env.now);
}

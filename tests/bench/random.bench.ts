/**
 * Draws per second of the random streams and the main samplers. Each benchmark takes
 * BATCH draws per iteration (one draw is too short to time), so draws/s = iter/s × BATCH.
 *
 * Run: deno bench --allow-read tests/bench/random.bench.ts
 */
import {
  exponential,
  gamma,
  nhppArrivals,
  normal,
  PiecewiseRate,
  poisson,
  profileRate,
  RandomStreams,
} from "../../sim/engine/random/mod.ts";

const BATCH = 100_000;
const streams = new RandomStreams("bench");
/** Written by every benchmark so that the draws cannot be optimised away. */
export let sink = 0;

function batch(name: string, group: string, sampler: () => number): void {
  Deno.bench(`${name} (${BATCH / 1000}k draws)`, { group }, () => {
    let s = 0;
    for (let i = 0; i < BATCH; i++) s += sampler();
    sink += s;
  });
}

batch("stream (xor4096, 53-bit)", "uniform", streams.stream("uniform"));
batch("Math.random (reference)", "uniform", Math.random);

batch("exponential(rate 2)", "continuous", exponential(streams.stream("exponential"), 2));
batch("normal(0, 1)", "continuous", normal(streams.stream("normal"), 0, 1));
batch("gamma(shape 2.5)", "continuous", gamma(streams.stream("gamma"), 2.5, 1));
batch("gamma(shape 0.5, boost)", "continuous", gamma(streams.stream("gamma small"), 0.5, 1));

batch("poisson(3), inversion", "poisson", poisson(streams.stream("poisson 3"), 3));
batch("poisson(9.9), inversion", "poisson", poisson(streams.stream("poisson 9.9"), 9.9));
batch("poisson(10), PTRS", "poisson", poisson(streams.stream("poisson 10"), 10));
batch("poisson(500), PTRS", "poisson", poisson(streams.stream("poisson 500"), 500));

// NHPP: arrivals over a year of office hours (about 2,000 segments, mean 8 arrivals a day),
// restarting at 0 when the year is over.
const officeHours = profileRate({
  start: 0,
  end: 24 * 365,
  baseRatePerHour: 1,
  weekdayFactors: [1, 1, 1, 1, 1, 0, 0],
  hourFactors: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 17 ? 1 : 0)),
  epoch: "2024-01-01",
});
const yearly = nhppArrivals(streams.stream("nhpp year"), officeHours);
let t = 0;
batch("nhpp, office hours for a year", "nhpp", () => {
  t = yearly(t);
  if (t === Infinity) t = 0;
  return t;
});
const constant = nhppArrivals(streams.stream("nhpp constant"), new PiecewiseRate([0], [4]));
let u = 0;
batch("nhpp, constant rate", "nhpp", () => (u = constant(u)));

/**
 * Engine speed and memory: M/M/1 with λ = 0.9, μ = 1.0 and 1,000,000 customers through the public,
 * process-style API (one generator process per customer, a Resource with its monitors, seeded
 * exponential streams). Before the benchmark table it prints
 *
 *     mm1 customers_per_s=<n> events_per_s=<n> peak_rss_mb=<n>
 *
 * and the peak RSS of a run 5× shorter, to show that memory grows with the queue, not the run.
 * Reference on these 2-core machines: SimPy 4.1.2 ≈ 60–68 k customers/s; target ≥ 1.5 M.
 */
import { RandomStreams } from "../../sim/engine/random/streams.ts";
import { peakRssMb } from "../support/peak-rss.ts";
import { runMMc } from "../support/queues.ts";

function mm1(customers: number, seed: string) {
  const streams = new RandomStreams(seed);
  return runMMc(0.9, 1.0, 1, customers, streams.stream("arrivals"), streams.stream("service"));
}

function measure(customers: number) {
  const start = performance.now();
  const run = mm1(customers, "bench");
  const seconds = (performance.now() - start) / 1000;
  return { seconds, events: run.events, peakMb: peakRssMb() };
}

mm1(200_000, "warm-up"); // let the JIT settle before measuring
const small = measure(200_000);
const large = measure(1_000_000);
console.log(
  `mm1 customers_per_s=${Math.round(1_000_000 / large.seconds)} ` +
    `events_per_s=${Math.round(large.events / large.seconds)} peak_rss_mb=${
      large.peakMb.toFixed(1)
    }`,
);
console.log(
  `mm1 memory: peak_rss_mb=${small.peakMb.toFixed(1)} at 200k customers, ` +
    `${large.peakMb.toFixed(1)} at 1M`,
);

Deno.bench({
  name: "M/M/1 λ=0.9 μ=1, 100k customers, process style",
  group: "engine",
  fn() {
    mm1(100_000, "bench-table");
  },
});

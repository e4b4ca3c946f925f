/**
 * Benchmarks of the statistics monitors on their hot paths (called once per customer or event
 * in a run): Tally.add with and without quantile tracking, TimeWeighted.update; and the t
 * quantile that every replication summary computes once.
 *
 * Each iteration handles 1,000 observations so that the per-call overhead of the harness does
 * not dominate; divide the time by 1,000 for the cost of one call.
 *
 * Run: deno bench --allow-read tests/bench/stats.bench.ts
 */
import seedrandom from "seedrandom";
import { studentTQuantile } from "../../sim/engine/stats/student-t-quantile.ts";
import { summarize } from "../../sim/engine/stats/summary.ts";
import { Tally } from "../../sim/engine/stats/tally.ts";
import { TimeWeighted } from "../../sim/engine/stats/time-weighted.ts";

const BATCH = 1_000;
const rng = seedrandom("stats-bench");
/** Exp(1) waiting times, drawn once so that the benchmark times the monitor, not the RNG. */
const waits = Float64Array.from({ length: BATCH }, () => -Math.log(1 - rng()));

const withQuantiles = new Tally(); // median, p90, p95: three P² estimators
const withoutQuantiles = new Tally({ quantiles: [] });

Deno.bench({
  name: "Tally.add ×1000, quantiles [] (mean/variance/min/max only)",
  group: "tally",
  baseline: true,
  fn() {
    for (let i = 0; i < BATCH; i++) withoutQuantiles.add(waits[i]);
  },
});

Deno.bench({
  name: "Tally.add ×1000, default quantiles [0.5, 0.9, 0.95] (P²)",
  group: "tally",
  fn() {
    for (let i = 0; i < BATCH; i++) withQuantiles.add(waits[i]);
  },
});

const queue = new TimeWeighted(0);
let now = 0;
Deno.bench({
  name: "TimeWeighted.update ×1000",
  fn() {
    for (let i = 0; i < BATCH; i++) {
      now += waits[i];
      queue.update(now, i & 7);
    }
  },
});

Deno.bench({
  name: "studentTQuantile(0.975, df) for df = 1…100",
  fn() {
    for (let df = 1; df <= 100; df++) studentTQuantile(0.975, df + 0.5);
  },
});

const replications = Array.from(waits.subarray(0, 100));
Deno.bench({
  name: "summarize 100 replications",
  fn() {
    summarize(replications);
  },
});

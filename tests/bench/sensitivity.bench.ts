/**
 * The default sensitivity run's speed: `deno task sensitivity plan-2023` (Morris, the default
 * trajectories over every assumed input, the one-at-a-time ends, the default replications per
 * point) with the default workers (one per core). Prints
 *
 *     sensitivity method=morris points=<n> replications=<n> seconds=<s> cpu_seconds=<s> workers=<k>
 *     peak_rss_mb=<n>
 *
 * Target on these 2-core machines: ≤ 300 s. On a shared machine the wall time says little;
 * `cpu_seconds` (every thread of the process) over the cores is what an idle machine would take. The benchmark table below it times the estimators
 * on a design of the size Sobol takes by default.
 */
import process from "node:process";
import { bootstrapIndices, sobolIndices } from "../../sim/engine/sensitivity/mod.ts";
import { defaultWorkers } from "../../sim/runner/pool.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";
import { runSensitivity } from "../../sim/sensitivity/analysis.ts";
import { DEFAULT_POINT_REPLICATIONS, planSensitivity } from "../../sim/sensitivity/plan.ts";
import { peakRssMb } from "../support/peak-rss.ts";

const scenario = await readScenario("plan-2023");
const plan = planSensitivity("morris", undefined, undefined);
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await runSensitivity(scenario, plan, {
  replications: DEFAULT_POINT_REPLICATIONS,
  seed: scenario.seed,
});
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `sensitivity method=morris points=${result.runs.points} replications=${result.runs.replications} ` +
    `seconds=${seconds.toFixed(1)} cpu_seconds=${cpuSeconds.toFixed(1)} ` +
    `workers=${defaultWorkers()} peak_rss_mb=${peakRssMb().toFixed(0)}`,
);

const n = 32;
const k = 10;
const y = (r: number, c: number) => Math.sin(r * 0.7 + c) + r / n;
const yA = Array.from({ length: n }, (_, r) => y(r, 0));
const yB = Array.from({ length: n }, (_, r) => y(r, 1));
const yAB = Array.from({ length: k }, (_, i) => Array.from({ length: n }, (_, r) => y(r, i + 2)));
Deno.bench({
  name: "Sobol indices of 10 factors, n = 32, with 1000 bootstrap resamples",
  group: "sensitivity",
  fn() {
    sobolIndices(yA, yB, yAB);
    bootstrapIndices(yA, yB, yAB, { seed: 1 });
  },
});

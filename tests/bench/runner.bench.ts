/**
 * The runner's speed and memory: 1000 replications of `plan-2023` on the default data with the
 * default workers (one per core), as `deno task sim plan-2023 --reps 1000` runs them. Prints
 *
 *     runner replications=1000 seconds=<s> replications_per_s=<n> workers=<k> peak_rss_mb=<n>
 *
 * Target on these 2-core machines: ≤ 60 s (≥ 17 replications/s), peak memory ≤ 1 GB. The
 * benchmark table below it times one replication on the main thread.
 */
import { runCountyYear } from "../../sim/model/county-year.ts";
import { calendarForYear } from "../../sim/model/setup-context.ts";
import { loadCounty } from "../../sim/data/county.ts";
import { defaultWorkers } from "../../sim/runner/pool.ts";
import { runScenario } from "../../sim/runner/run-scenario.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";
import { peakRssMb } from "../support/peak-rss.ts";

const plan = await readScenario("plan-2023");
const start = performance.now();
const run = await runScenario(plan, { replications: 1000 });
const seconds = (performance.now() - start) / 1000;
console.log(
  `runner replications=${run.results.length} seconds=${seconds.toFixed(1)} ` +
    `replications_per_s=${(run.results.length / seconds).toFixed(1)} workers=${defaultWorkers()} ` +
    `peak_rss_mb=${peakRssMb().toFixed(0)}`,
);

const county = await loadCounty(plan.dataDir, { onNote: () => {} });
const calendar = await calendarForYear(plan.year);
let replication = 0;
Deno.bench({
  name: "one county-year of plan-2023 (all models), main thread",
  group: "runner",
  fn() {
    runCountyYear({
      parameters: plan.parameters,
      county,
      calendar,
      year: plan.year,
      seed: plan.seed,
      replication: replication++,
    });
  },
});

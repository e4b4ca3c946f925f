/**
 * The sizing search's cost: the default `deno task size plan-2023` (every staff role and every
 * region's repair crews, confidence 0.9, the command's default screening and confirmation
 * replications, default workers). Prints
 *
 *     size seconds=<s> replications=<n> replications_per_s=<n> candidates=<n> workers=<k>
 *       confirmed=<yes|no> cost_million_cny=<x> <group>=<met>/<n> …
 *
 * Target on these 2-core machines: ≤ 300 s. (No benchmark table: the search is one long run.)
 */
import { DEFAULT_CONFIRM_REPS, DEFAULT_SCREEN_REPS } from "../../sim/cli/size.ts";
import { defaultWorkers } from "../../sim/runner/pool.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";
import { sizeCounty } from "../../sim/sizing/county.ts";
import { summarizeSizing } from "../../sim/sizing/summary.ts";

const plan = await readScenario("plan-2023");
const sizing = await sizeCounty(plan, {
  confidence: 0.9,
  screenReps: DEFAULT_SCREEN_REPS,
  confirmReps: DEFAULT_CONFIRM_REPS,
});
const summary = summarizeSizing(sizing);
console.log(
  `size seconds=${sizing.seconds.toFixed(1)} replications=${summary.replicationsSpent} ` +
    `replications_per_s=${(summary.replicationsSpent / sizing.seconds).toFixed(1)} ` +
    `candidates=${summary.candidates.length} workers=${defaultWorkers()} ` +
    `confirmed=${summary.confirmed ? "yes" : "no"} ` +
    `cost_million_cny=${((summary.answer?.costCny ?? NaN) / 1e6).toFixed(2)} ` +
    (summary.answer?.groups ?? []).map((g) => `${g.group}=${g.met}/${g.n}`).join(" "),
);
for (const v of summary.answer?.verdicts ?? []) {
  console.log(`  ${v.id}: ${(v.probability * 100).toFixed(1)} % at the answer`);
}
for (const u of summary.unreachable) {
  console.log(
    `  out of reach: ${u.id} (${(u.probabilityAtCeiling * 100).toFixed(0)} % at the ceilings)`,
  );
}
for (const r of summary.answer?.rows ?? []) {
  if (r.sized) console.log(`  ${r.id}: ${r.scenarioCount} → ${r.count}`);
}

/**
 * Which of two checkouts makes and feeds a county-year's applicants faster: the arrivals alone
 * (warm-up, year and the whole run-out, every applicant admitted to a counter instead of the
 * workflow), timed as `paired-timing.ts` times whole county-years, both checkouts in one
 * process with their replications alternating. The arrivals are about a sixth of a county-year
 * (30 of 170 ms), so a change to the applicant factory or the arrival feed that saves 1 % of a
 * county-year saves about 6 % here, well above the noise of a run of 150 pairs (an A/A run on a
 * loaded machine: 1.013, median 0.960). It runs the run-out to its cap, so it does not show what
 * making fewer applicants for a run-out that stops early saves: time that with paired-timing.ts.
 *
 * Usage (each checkout needs `sim/`, `data/` and `scenarios/`):
 *
 *     deno run -A --config deno.json --v8-flags=--max-semi-space-size=64 \
 *       tests/support/paired-arrivals.ts <checkout A> <checkout B> [pairs = 150] [scenario = plan-2023]
 *
 * Prints what `paired-timing.ts` prints; it fails if a pair's applicants differ (their count
 * and the sum of their arrival times, capacities and first site draws).
 *
 * @module
 */
import process from "node:process";
import { type Timed, timePairs } from "./paired-timing.ts";

type SetupModule = typeof import("../../sim/model/setup-context.ts");
type CountyModule = typeof import("../../sim/data/county.ts");
type ScenarioModule = typeof import("../../sim/scenario/scenario.ts");
type StateModule = typeof import("../../sim/model/applications/state.ts");
type FactoryModule = typeof import("../../sim/model/applications/applicants.ts");
type FeedModule = typeof import("../../sim/model/applications/arrival-feed.ts");
type Application = import("../../sim/model/applications/application.ts").Application;

/** One replication's arrivals in a checkout: its time and a signature of its applicants. */
type Arrivals = (replication: number) => Timed;

async function load(root: string, scenario: string): Promise<Arrivals> {
  const base = new URL(`${root.replace(/\/+$/, "")}/`, `file://${Deno.cwd()}/`);
  const at = (path: string) => new URL(path, base).href;
  const { calendarForYear, createContext }: SetupModule = await import(
    at("sim/model/setup-context.ts")
  );
  const { loadCounty }: CountyModule = await import(at("sim/data/county.ts"));
  const { readScenario }: ScenarioModule = await import(at("sim/scenario/scenario.ts"));
  const { ModelState }: StateModule = await import(at("sim/model/applications/state.ts"));
  const { ApplicantFactory }: FactoryModule = await import(
    at("sim/model/applications/applicants.ts")
  );
  const { scheduleArrivals }: FeedModule = await import(
    at("sim/model/applications/arrival-feed.ts")
  );
  const plan = await readScenario(new URL(`scenarios/${scenario}.json`, base).pathname);
  const county = await loadCounty(plan.dataDir, { onNote: () => {} });
  const calendar = await calendarForYear(plan.year);
  const { cohort } = plan.parameters.applications;
  return (replication) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const ctx = createContext({
      county,
      calendar,
      year: plan.year,
      seed: plan.seed,
      replication,
      warmupDays: cohort.warmupDays,
      runOutDays: cohort.runOutCapDays,
    });
    const state = new ModelState(ctx, plan.parameters.applications);
    let count = 0;
    let sum = 0;
    scheduleArrivals(state, new ApplicantFactory(state), (app: Application) => {
      count++;
      sum += app.arrivedAt + app.capacityKw + app.site.uWorks;
    });
    ctx.env.run(ctx.runOutCap);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, result: `${count}:${sum}` };
  };
}

if (import.meta.main) {
  const [rootA, rootB, pairsArg = "150", scenario = "plan-2023"] = Deno.args;
  if (rootA === undefined || rootB === undefined) {
    console.error("usage: paired-arrivals.ts <checkout A> <checkout B> [pairs] [scenario]");
    Deno.exit(2);
  }
  const a = await load(rootA, scenario);
  const b = await load(rootB, scenario);
  console.log(`arrivals:\n${timePairs(a, b, Number(pairsArg), 6, "applicants")}`);
}

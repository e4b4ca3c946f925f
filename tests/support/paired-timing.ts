/**
 * Which of two checkouts runs a county-year faster: both are loaded into one process and their
 * replications alternate (A then B, then B then A, …), so both see the same machine from moment
 * to moment. On a shared machine whose speed varies by ±15–25 % from minute to minute, two
 * separate timed runs cannot tell 3 % apart; paired replications can, run a few times: an A/A
 * run (a copy of the same checkout as B) gave 1.005, 1.002 and 1.012, so a single run's ratio
 * is good to about ±2 %, and the mean of five to about ±1 %. Instruction counts under valgrind
 * were no better a guide here: on these generator-heavy replications they moved by ±2 % between
 * identical runs, and when made repeatable (V8 `--single-threaded --predictable --hash-seed`)
 * they did not rank changes as their times did.
 *
 * Usage (from any directory; each checkout needs `sim/`, `data/` and `scenarios/`):
 *
 *     deno run -A --config deno.json --v8-flags=--max-semi-space-size=64 \
 *       tests/support/paired-timing.ts <checkout A> <checkout B> [pairs = 40] [scenario = plan-2023]
 *
 * Prints, for wall-clock time and for CPU time (the process's, so with its garbage collector's
 * threads; unlike wall time it does not count the moments the machine gave to others), the
 * mean milliseconds of each, the ratio B/A of their sums, and the median and quartiles of the
 * per-pair ratios; it fails if a pair's KPIs differ (a speed change must not
 * change results).
 *
 * @module
 */
import process from "node:process";

type CountyYearModule = typeof import("../../sim/model/county-year.ts");
type SetupModule = typeof import("../../sim/model/setup-context.ts");
type CountyModule = typeof import("../../sim/data/county.ts");
type ScenarioModule = typeof import("../../sim/scenario/scenario.ts");

/** One replication of a checkout: its time and its KPIs as text. */
type Replicate = (replication: number) => Timed;

/** A timed run: wall and CPU milliseconds, and its result as text (to check both agree). */
export interface Timed {
  ms: number;
  cpuMs: number;
  result: string;
}

/** Loads a checkout's county-year and returns a timed runner of its replications. */
async function load(root: string, scenario: string): Promise<Replicate> {
  const base = new URL(`${root.replace(/\/+$/, "")}/`, `file://${Deno.cwd()}/`);
  const at = (path: string) => new URL(path, base).href;
  const { runCountyYear }: CountyYearModule = await import(at("sim/model/county-year.ts"));
  const { calendarForYear }: SetupModule = await import(at("sim/model/setup-context.ts"));
  const { loadCounty }: CountyModule = await import(at("sim/data/county.ts"));
  const { readScenario }: ScenarioModule = await import(at("sim/scenario/scenario.ts"));
  const plan = await readScenario(new URL(`scenarios/${scenario}.json`, base).pathname);
  const county = await loadCounty(plan.dataDir, { onNote: () => {} });
  const calendar = await calendarForYear(plan.year);
  return (replication) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { kpis } = runCountyYear({
      parameters: plan.parameters,
      county,
      calendar,
      year: plan.year,
      seed: plan.seed,
      replication,
    });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, result: JSON.stringify(kpis) };
  };
}

if (import.meta.main) {
  const [rootA, rootB, pairsArg = "40", scenario = "plan-2023"] = Deno.args;
  if (rootA === undefined || rootB === undefined) {
    console.error("usage: paired-timing.ts <checkout A> <checkout B> [pairs] [scenario]");
    Deno.exit(2);
  }
  const a = await load(rootA, scenario);
  const b = await load(rootB, scenario);
  console.log(timePairs(a, b, Number(pairsArg), 4, "KPIs"));
}

/**
 * Runs `pairs` pairs of `a` and `b` alternately (A then B, then B then A, …) after `warmUp`
 * pairs for the JIT, checks each pair's results agree (`what` names them), and returns two
 * lines comparing their wall and CPU times.
 */
export function timePairs(
  a: (replication: number) => Timed,
  b: (replication: number) => Timed,
  pairs: number,
  warmUp: number,
  what: string,
): string {
  for (let r = 0; r < warmUp; r++) {
    a(r); // let the JIT settle on both
    b(r);
  }
  const wall = { a: [] as number[], b: [] as number[] };
  const cpu = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < pairs; r++) {
    const [first, second] = r % 2 === 0 ? [a, b] : [b, a];
    const x = first(r);
    const y = second(r);
    const [ra, rb] = r % 2 === 0 ? [x, y] : [y, x];
    if (ra.result !== rb.result) {
      throw new Error(`replication ${r}: the two checkouts' ${what} differ`);
    }
    wall.a.push(ra.ms);
    wall.b.push(rb.ms);
    cpu.a.push(ra.cpuMs);
    cpu.b.push(rb.cpuMs);
  }
  return `wall: ${compare(wall.a, wall.b)}\nCPU:  ${compare(cpu.a, cpu.b)}`;
}

/** The mean of each, the ratio of their sums, and the median and quartiles of the pair ratios. */
function compare(msA: number[], msB: number[]): string {
  const pairs = msA.length;
  const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
  const ratios = msB.map((ms, k) => ms / msA[k]).sort((p, q) => p - q);
  const at = (q: number) => ratios[Math.floor(q * (pairs - 1))].toFixed(3);
  return `A ${(sum(msA) / pairs).toFixed(1)} ms, B ${(sum(msB) / pairs).toFixed(1)} ms; ` +
    `B/A ${(sum(msB) / sum(msA)).toFixed(3)} (pairs ${pairs}: median ${at(0.5)}, ` +
    `quartiles ${at(0.25)}–${at(0.75)})`;
}

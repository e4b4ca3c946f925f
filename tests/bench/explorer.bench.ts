/**
 * The scenario explorer's speed in the browser (Debian's chromium) beside the command line's, on
 * `workers` = 2 (these machines' cores): after a lever changes (one more inspector, then two,
 * then three; the reference plan-2023 already run), the time to the first results on screen
 * and the scenario's replications per second in the page, and the same scenario's replications
 * per second through `runScenario` (what `deno task sim --workers 2` runs). Prints
 *
 *     explorer first_results_ms=<median of 3> browser_replications_per_s=<n> cli_replications_per_s=<n> replications=<n> workers=2
 *
 * Target (issue 16): first results within 2 s of a change. Skipped without /usr/bin/chromium.
 */
import { explorerFiles } from "../../sim/explorer/build.ts";
import { compareRuns } from "../../sim/runner/compare.ts";
import { HEADLINE_KEYS } from "../../sim/runner/headline.ts";
import { runScenario, summarizeRun } from "../../sim/runner/run-scenario.ts";
import { readScenario, withSetting } from "../../sim/scenario/scenario.ts";

const REPS = 40;
const WORKERS = 2;
const CHROMIUM = "/usr/bin/chromium";

if (await Deno.stat(CHROMIUM).then(() => true, () => false)) {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-explorer-bench-" });
  try {
    for (const [name, text] of Object.entries(await explorerFiles())) {
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        new URL("../support/explorer-speed.ts", import.meta.url).pathname,
        dir,
        `${REPS}`,
        `${WORKERS}`,
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (code !== 0) throw new Error(new TextDecoder().decode(stderr));
    const { changes }: { changes: { firstResultMs: number; seconds: number }[] } = JSON.parse(
      new TextDecoder().decode(stdout),
    );
    const firsts = changes.map((c) => c.firstResultMs).sort((a, b) => a - b);
    const browserSeconds = changes.reduce((s, c) => s + c.seconds, 0) / changes.length;

    let scenario = await readScenario("plan-2023");
    scenario = withSetting(scenario, "applications.staff.inspectors.count", "10");
    const start = performance.now();
    await runScenario(scenario, { replications: REPS, workers: WORKERS, recordReplications: 0 });
    const cliSeconds = (performance.now() - start) / 1000;
    console.log(
      `explorer first_results_ms=${firsts[1]} (each: ${firsts.join(", ")}) ` +
        `browser_replications_per_s=${(REPS / browserSeconds).toFixed(1)} ` +
        `cli_replications_per_s=${(REPS / cliSeconds).toFixed(1)} replications=${REPS} ` +
        `workers=${WORKERS}`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
} else console.log(`explorer: skipped, no ${CHROMIUM}`);

// What the page computes on each progress update: both summaries and the paired differences.
const plan = await readScenario("plan-2023");
const variant = withSetting(plan, "applications.staff.inspectors.count", "10");
const options = { replications: 20, workers: WORKERS, recordReplications: 0 };
const runs = [await runScenario(plan, options), await runScenario(variant, options)];
Deno.bench({
  name: "explorer: one progress update over 20 replications (summaries, paired differences)",
  group: "explorer",
  fn() {
    for (const run of runs) summarizeRun(run.scenario, run.seed, run.results);
    compareRuns(runs, HEADLINE_KEYS);
  },
});

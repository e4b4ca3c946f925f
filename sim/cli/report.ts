/**
 * `deno task report`: the main job. Runs `baseline-2022`, `plan-2023` and the lever variants on
 * common random numbers and writes `out/report/index.html` (one self-contained page) with each
 * scenario's `summary.json` beside it.
 */
import { loadCounty } from "../data/county.ts";
import { UserError } from "../errors.ts";
import { runScenario, type ScenarioRun } from "../runner/run-scenario.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { reportPage } from "../report/report-page.ts";
import { REPORT_SCENARIOS } from "../report/report-scenarios.ts";
import { readScenario, type Scenario } from "../scenario/scenario.ts";
import { readSensitivity } from "../sensitivity/read.ts";
import { parseFlags } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, RUN_FLAGS_HELP, runSettings } from "./run-flags.ts";

const HELP = `Usage: deno task report [options]

Runs ${REPORT_SCENARIOS.baseline}, ${REPORT_SCENARIOS.plan} and the lever variants
(${REPORT_SCENARIOS.variants.join(", ")}) with one seed and replication count (common random
numbers), and writes out/report/index.html: plan targets, timelines, reliability, levers, PV
zones, staff utilisation, assumptions.

--sensitivity DIR  add a section from a previous \`deno task sensitivity\` run (DIR/sensitivity.json):
                   which assumptions move which verdict
${RUN_FLAGS_HELP.replace("the first scenario's", "plan-2023's")}`;

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("report", args, {
    ...RUN_FLAGS,
    sensitivity: { type: "string" },
  });
  if (values.help) return console.log(HELP);
  if (positionals.length > 0) {
    throw new UserError(`report: takes no scenario names, found ${positionals.join(" ")}`);
  }
  const plan = await readScenario(REPORT_SCENARIOS.plan);
  const baseline = await readScenario(REPORT_SCENARIOS.baseline);
  const variants: Scenario[] = [];
  for (const name of REPORT_SCENARIOS.variants) variants.push(await readScenario(name));
  const settings = runSettings("report", values, plan);
  const sensitivity = values.sensitivity === undefined
    ? undefined
    : await readSensitivity(values.sensitivity);
  const quiet = values.quiet ?? false;
  const out = values.out ?? "out/report";
  let seconds = 0;
  await writeOutputs(out, async () => {
    const start = performance.now();
    const run = (scenario: typeof plan) =>
      runScenario(scenario, {
        ...settings,
        signal,
        onProgress: progressReporter(scenario.name, quiet),
        onNote: printNote,
      });
    const baselineRun = await run(baseline);
    const planRun = await run(plan);
    const variantRuns: ScenarioRun[] = [];
    for (const v of variants) variantRuns.push(await run(v));
    seconds = (performance.now() - start) / 1000;
    const county = await loadCounty(plan.dataDir, { onNote: () => {} });
    const html = reportPage({
      baseline: baselineRun,
      plan: planRun,
      variants: variantRuns,
      county,
      seconds,
      sensitivity,
    });
    const files: Record<string, string> = { "index.html": html };
    for (const r of [baselineRun, planRun, ...variantRuns]) {
      files[`${r.scenario.name}.summary.json`] = JSON.stringify(r.summary, null, 2) + "\n";
    }
    return files;
  });
  if (!quiet) console.error(`wrote ${out}/index.html (${seconds.toFixed(0)} s of simulation)`);
}

if (import.meta.main) runCommand(main);

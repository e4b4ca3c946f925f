/**
 * `deno task sim <scenario> [--reps N] [--seed S] [--workers K] [--out DIR] [--quiet]`
 *
 * Runs a scenario's replications and writes `summary.json`, `replications.csv` and sampled
 * per-application, per-outage and per-PV records into DIR (default `out/<scenario name>/`).
 */
import { UserError } from "../errors.ts";
import { runFiles } from "../runner/files.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { runScenario } from "../runner/run-scenario.ts";
import { readScenario, SCENARIO_SPEC } from "../scenario/scenario.ts";
import { parseFlags, wholeNumber } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, runSettings } from "./run-flags.ts";

const HELP = `Usage: deno task sim <scenario> [options]

Runs the Monte Carlo replications of a scenario and writes its results.

<scenario>      a name in scenarios/ (plan-2023) or a path to a scenario file
--reps N        replications (default: the scenario's)
--seed S        master seed (default: the scenario's)
--workers K     parallel workers (default: the number of cores; 0 = no workers)
--records N     replications whose per-item records are written (default 2)
--out DIR       output directory (default out/<scenario name>/)
--quiet         no progress output (notes, such as a data file taken from the default data, still show)
--help          this text

Writes summary.json, replications.csv, applications.csv, outages.csv, pv-applications.csv …
Exit codes: 0 ok, 2 a mistake in the input, 1 a bug, 130 interrupted.`;

const SIM_FLAGS = { ...RUN_FLAGS, records: { type: "string" } } as const;

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("sim", args, SIM_FLAGS);
  if (values.help) return console.log(HELP);
  if (positionals.length !== 1) {
    throw new UserError(`sim: expected one scenario, found ${positionals.length} (see sim --help)`);
  }
  const scenario = await readScenario(positionals[0]);
  const { replications, seed, workers } = runSettings("sim", values, scenario);
  const records = wholeNumber("sim", "records", values.records, 2, {
    min: 0,
    max: SCENARIO_SPEC.fields.replications.max,
  });
  const out = values.out ?? `out/${scenario.name}`;
  const quiet = values.quiet ?? false;
  await writeOutputs(out, async () => {
    const run = await runScenario(scenario, {
      replications,
      seed,
      workers,
      recordReplications: records,
      signal,
      onProgress: progressReporter(scenario.name, quiet),
      onNote: printNote,
    });
    return runFiles(run);
  });
  if (!quiet) console.error(`wrote ${out}/summary.json and the CSV files`);
}

if (import.meta.main) runCommand(main);

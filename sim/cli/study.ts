/**
 * `deno task study <study.json> [--shard i/N | --shards N] [--workers K] [--out DIR] [--quiet]`
 *
 * Runs a study: every county × scenario × lever value of the study file, on this machine's worker
 * pool, and writes one summary per cell, the study table and its page (../study/outputs.ts). With
 * a shard (`--shard i/N`, or the scheduler's array index: see ../study/shards.ts) it runs only
 * that shard's slice of every cell and writes a partial result for `deno task merge`.
 */
import { planStudy } from "../study/plan.ts";
import { runShard, writeStudy } from "../study/run.ts";
import { shardFrom } from "../study/shards.ts";
import { readStudyFile } from "../study/study-file.ts";
import { oneArgument, parseFlags } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { workerCount } from "./run-flags.ts";

const HELP = `Usage: deno task study <study.json> [options]

Runs every county × scenario × lever value of a study file and writes, into --out (default
out/study/<name>/): cells/<county>/<scenario>[/<levers>]/summary.json, replications.csv and
scenario.json (reruns the cell alone with deno task sim), study.csv (a row per cell: every
verdict's probability and the headline KPIs), study.json and study.html.

--shard i/N     run only shard i of N (0 ≤ i < N) and write its partial result,
                <out>/shard-000i-of-000N.jsonl (default out: out/study/<name>.shards/), for
                deno task merge. Without it, i and N come from SLURM_ARRAY_TASK_ID and
                SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX and --shards N.
--shards N      the number of shards, the index coming from the environment (above)
--workers K     parallel workers (default: the number of cores; 0 = no workers)
--out DIR       output directory
--quiet         no progress output
--help          this text

Exit codes: 0 ok, 2 a mistake in the input, 1 a bug, 130 interrupted.`;

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("study", args, {
    shard: { type: "string" },
    shards: { type: "string" },
    workers: { type: "string" },
    out: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean" },
  });
  if (values.help) return console.log(HELP);
  const shard = shardFrom(values, (name) => Deno.env.get(name));
  const workers = workerCount("study", values.workers);
  const quiet = values.quiet ?? false;
  const definition = await readStudyFile(oneArgument("study", positionals, "study file"));
  const plan = await planStudy(definition, printNote);
  const label = shard === undefined
    ? definition.name
    : `${definition.name} shard ${shard.index}/${shard.count}`;
  const options = { workers, signal, onProgress: progressReporter(label, quiet) };
  if (shard !== undefined) {
    const dir = values.out ?? `out/study/${definition.name}.shards`;
    const path = await runShard(plan, shard, dir, options);
    if (!quiet) console.error(`wrote ${path}`);
    return;
  }
  const out = values.out ?? `out/study/${definition.name}`;
  await writeStudy(plan, out, options);
  if (!quiet) console.error(`wrote ${out}/study.csv, study.html and ${plan.cells.length} cells`);
}

if (import.meta.main) runCommand(main);

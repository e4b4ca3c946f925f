/**
 * `deno task slurm <study.json> --shards N [--partition P] [--time T] [--cpus C] [--out DIR]
 * [--submit]`: writes the sbatch scripts of a sharded study (../study/slurm.ts), prints the
 * `sbatch` commands that submit them, and with `--submit` submits the array and the merge job,
 * which waits for the array (`--dependency=afterok`).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { quoteValue, UserError } from "../errors.ts";
import { fileErrorReason } from "../io/read-text.ts";
import { writeAtomic } from "../runner/output.ts";
import { MAX_SHARDS } from "../study/shards.ts";
import {
  arrayScript,
  mergeScript,
  parsableJobId,
  shellQuote,
  type SlurmSettings,
} from "../study/slurm.ts";
import { readStudyFile } from "../study/study-file.ts";
import { oneArgument, parseFlags, wholeNumber } from "./args.ts";
import { runCommand } from "./main.ts";

const HELP = `Usage: deno task slurm <study.json> --shards N [options]

Writes the Slurm scripts of a study cut into N shards: a job array (task i runs shard i) and a
merge job that starts when every task succeeded; prints the sbatch commands, or submits them.

--shards N        number of shards (array tasks), 1 to ${MAX_SHARDS}
--partition P     Slurm partition of both jobs (default: the cluster's)
--time T          time limit of each job, as sbatch takes it (90, 1:30:00, 2-00:00:00 …)
--cpus C          CPUs of each array task, its worker count (default 1)
--out DIR         the merged results (default out/study/<name>/); shards go to DIR.shards/,
                  the scripts and logs to DIR.slurm/
--submit          submit both jobs with sbatch and print their job ids
--help            this text

Exit codes: 0 ok, 2 a mistake in the input (or sbatch refused a job), 1 a bug.`;

const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

/** Runs `sbatch args`, returning the job id it printed. */
async function sbatch(args: string[]): Promise<string> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command("sbatch", { args, stdout: "piped", stderr: "piped" }).output();
  } catch (error) {
    throw new UserError(
      `slurm: cannot run sbatch (${fileErrorReason(error)}): is this a Slurm submit host?`,
    );
  }
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr).trim();
  const id = parsableJobId(stdout);
  if (!output.success || id === undefined) {
    throw new UserError(
      `slurm: sbatch ${args.join(" ")} failed (exit ${output.code}): ${stderr || stdout.trim()}`,
    );
  }
  return id;
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags("slurm", args, {
    shards: { type: "string" },
    partition: { type: "string" },
    time: { type: "string" },
    cpus: { type: "string" },
    out: { type: "string" },
    submit: { type: "boolean" },
    help: { type: "boolean" },
  });
  if (values.help) return console.log(HELP);
  if (values.shards === undefined) throw new UserError("slurm: --shards N is required");
  const shards = wholeNumber("slurm", "shards", values.shards, 1, { min: 1, max: MAX_SHARDS });
  const cpus = wholeNumber("slurm", "cpus", values.cpus, 1, { min: 1, max: 256 });
  if (values.partition !== undefined && !/^[\w.-]+(,[\w.-]+)*$/.test(values.partition)) {
    throw new UserError(
      `slurm: --partition expects a partition name (or names, by commas), found ${
        quoteValue(values.partition)
      }`,
    );
  }
  if (values.time !== undefined && !/^(\d+-)?\d+(:\d{1,2}){0,2}$/.test(values.time)) {
    throw new UserError(
      `slurm: --time expects minutes, MM:SS, HH:MM:SS or D-HH[:MM[:SS]], found ${
        quoteValue(values.time)
      }`,
    );
  }
  // Read and check the study now: a mistake is found here, not by 1,000 array tasks.
  const study = await readStudyFile(oneArgument("slurm", positionals, "study file"));
  const out = resolve(values.out ?? `out/study/${study.name}`);
  const settings: SlurmSettings = {
    name: study.name,
    studyFile: study.file,
    root: ROOT,
    deno: Deno.execPath(),
    shardsDir: `${out}.shards`,
    outDir: out,
    logsDir: `${out}.slurm/logs`,
    shards,
    cpus,
    partition: values.partition,
    time: values.time,
  };
  const arrayFile = `${out}.slurm/array.sbatch`;
  const mergeFile = `${out}.slurm/merge.sbatch`;
  try {
    await Deno.mkdir(settings.logsDir, { recursive: true });
    await writeAtomic(arrayFile, arrayScript(settings));
    await writeAtomic(mergeFile, mergeScript(settings));
  } catch (error) {
    throw new UserError(`slurm: cannot write ${out}.slurm/: ${fileErrorReason(error)}`);
  }
  console.log(`wrote ${arrayFile} and ${mergeFile}`);
  if (!values.submit) {
    console.log("submit them with:");
    console.log(`  jobid=$(sbatch --parsable ${shellQuote(arrayFile)})`);
    console.log(`  sbatch --dependency=afterok:\${jobid%%;*} ${shellQuote(mergeFile)}`);
    return;
  }
  const arrayId = await sbatch(["--parsable", arrayFile]);
  const mergeId = await sbatch(["--parsable", `--dependency=afterok:${arrayId}`, mergeFile]);
  console.log(`submitted array job ${arrayId} (${shards} shards) and merge job ${mergeId}`);
  console.log(`results: ${out}/ (logs in ${settings.logsDir}/)`);
}

if (import.meta.main) runCommand(main);

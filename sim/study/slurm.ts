/**
 * The Slurm batch scripts of a sharded study: a job array whose task i runs shard i of N
 * (`deno task study <study> --shards N`, the index from `SLURM_ARRAY_TASK_ID`), and a merge job
 * that Slurm starts only when every task of the array succeeded (`--dependency=afterok:<array
 * job id>`). The scripts run the toolkit where it is (the checkout's absolute path) with the same
 * `deno`, so the cluster's nodes must see the checkout, the study's files and Deno's cache on a
 * shared file system, as usual for Slurm.
 *
 * @module
 */

/** What the scripts need to know. */
export interface SlurmSettings {
  /** Study name (job names). */
  name: string;
  /** Absolute paths. */
  studyFile: string;
  root: string;
  deno: string;
  shardsDir: string;
  outDir: string;
  logsDir: string;
  shards: number;
  cpus: number;
  partition?: string;
  time?: string;
}

/** A text as one word of a POSIX shell command, in single quotes. */
export function shellQuote(text: string): string {
  return /^[\w./:=@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

function header(s: SlurmSettings, lines: string[]): string[] {
  return [
    "#!/bin/bash",
    ...lines,
    ...(s.partition === undefined ? [] : [`#SBATCH --partition=${s.partition}`]),
    ...(s.time === undefined ? [] : [`#SBATCH --time=${s.time}`]),
    "set -euo pipefail",
    `cd ${shellQuote(s.root)}`,
  ];
}

/** The job array's script: task i runs shard i of N. */
export function arrayScript(s: SlurmSettings): string {
  return [
    ...header(s, [
      `# jiedian study ${s.name}: task i of this array runs shard i of ${s.shards}`,
      "# (written by deno task slurm; rerun failed shards with sbatch --array=3,5 <this file>)",
      `#SBATCH --job-name=${shellQuote(`jiedian-${s.name}`)}`,
      `#SBATCH --array=0-${s.shards - 1}`,
      `#SBATCH --cpus-per-task=${s.cpus}`,
      `#SBATCH --output=${shellQuote(`${s.logsDir}/shard-%a.out`)}`,
    ]),
    `exec "\${DENO:-${s.deno}}" task study ${shellQuote(s.studyFile)} --shards ${s.shards} ` +
    `--out ${shellQuote(s.shardsDir)} --workers "\${SLURM_CPUS_PER_TASK:-${s.cpus}}" --quiet`,
    "",
  ].join("\n");
}

/** The merge job's script (submitted with a dependency on the array). */
export function mergeScript(s: SlurmSettings): string {
  return [
    ...header(s, [
      `# jiedian study ${s.name}: merges the ${s.shards} shards once the array succeeded`,
      "# (written by deno task slurm; submit with --dependency=afterok:<array job id>)",
      `#SBATCH --job-name=${shellQuote(`jiedian-${s.name}-merge`)}`,
      "#SBATCH --cpus-per-task=1",
      `#SBATCH --output=${shellQuote(`${s.logsDir}/merge.out`)}`,
    ]),
    `exec "\${DENO:-${s.deno}}" task merge ${shellQuote(s.shardsDir)} --out ${
      shellQuote(s.outDir)
    } --quiet`,
    "",
  ].join("\n");
}

/** The job id in `sbatch --parsable`'s output: `1234` or `1234;cluster`. */
export function parsableJobId(stdout: string): string | undefined {
  return /^(\d+)(;\S+)?\s*$/.exec(stdout.trim())?.[1];
}

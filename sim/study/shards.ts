/**
 * Shards: which replications shard i of N runs, and which shard this process is. Every
 * (cell, replication) pair of the study is numbered g = cell × replications + replication, and
 * shard i runs the pairs with g mod N = i: a deterministic slice, balanced to one replication
 * overall and in every cell, so each shard does the same mix of counties and levers.
 *
 * The shard defaults to the scheduler's array index, so one command line serves every task of
 * an array: `SLURM_ARRAY_TASK_ID` of `SLURM_ARRAY_TASK_COUNT` (a Slurm job array `--array=0-N−1`),
 * or `JOB_COMPLETION_INDEX` with `--shards N` (a Kubernetes Indexed Job). `--shards N` also fixes N
 * in a Slurm array, so that rerunning some tasks (`sbatch --array=3,5`) keeps the slices.
 *
 * @example
 * shardTasks(2, 10, { index: 1, count: 3 }); // cell 0: 1, 4, 7; cell 1: 0, 3, 6, 9 (g = 10 + r)
 *
 * @module
 */
import { quoteValue, UserError } from "../errors.ts";
import type { ReplicationTask } from "../runner/pool.ts";

/** Shard `index` (0-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a study may be cut into. */
export const MAX_SHARDS = 100_000;

/** The (cell, replication) tasks of a shard, in cell then replication order; all without one. */
export function shardTasks(cells: number, replications: number, shard?: Shard): ReplicationTask[] {
  const tasks: ReplicationTask[] = [];
  for (let job = 0; job < cells; job++) {
    for (let replication = 0; replication < replications; replication++) {
      if (shard === undefined || (job * replications + replication) % shard.count === shard.index) {
        tasks.push({ job, replication });
      }
    }
  }
  return tasks;
}

/** The replications of `cell` that shard `shard` runs. */
export function shardReplications(cell: number, replications: number, shard: Shard): number[] {
  const out: number[] = [];
  const first = (((shard.index - cell * replications) % shard.count) + shard.count) % shard.count;
  for (let r = first; r < replications; r += shard.count) out.push(r);
  return out;
}

function whole(text: string, what: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(
      `study: ${what} expects a whole number from ${min} to ${max}, found ${quoteValue(text)}`,
    );
  }
  return n;
}

/**
 * The shard this process runs: `--shard i/N`, else the scheduler's index (`SLURM_ARRAY_TASK_ID`
 * or `JOB_COMPLETION_INDEX`) of `--shards N` or `SLURM_ARRAY_TASK_COUNT`; undefined (the whole
 * study) when none is given.
 *
 * @throws UserError for a malformed or out-of-range shard, or a count without an index
 */
export function shardFrom(
  flags: { shard?: string; shards?: string },
  env: (name: string) => string | undefined,
): Shard | undefined {
  if (flags.shard !== undefined) {
    if (flags.shards !== undefined) {
      throw new UserError("study: give --shard i/N or --shards N, not both");
    }
    const match = /^(\d+)\/(\d+)$/.exec(flags.shard);
    if (!match) {
      throw new UserError(
        `study: --shard expects i/N (shard i of N, i from 0 to N − 1), found ${
          quoteValue(flags.shard)
        }`,
      );
    }
    const count = whole(match[2], "--shard i/N: N", 1, MAX_SHARDS);
    return { index: whole(match[1], `--shard i/${count}: i`, 0, count - 1), count };
  }
  const slurmCount = env("SLURM_ARRAY_TASK_COUNT");
  const [countText, countFrom] = flags.shards !== undefined
    ? [flags.shards, "--shards"]
    : [slurmCount, "SLURM_ARRAY_TASK_COUNT"];
  const slurmId = env("SLURM_ARRAY_TASK_ID");
  const [indexText, indexFrom] = slurmId !== undefined
    ? [slurmId, "SLURM_ARRAY_TASK_ID"]
    : [env("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX"];
  if (countText === undefined && indexText === undefined) return undefined;
  if (countText === undefined) {
    throw new UserError(
      `study: ${indexFrom}=${indexText} is set but not the number of shards: give --shards N`,
    );
  }
  if (indexText === undefined) {
    throw new UserError(
      `study: --shards ${countText} needs the shard's index: --shard i/${countText}, ` +
        "or SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX in the environment",
    );
  }
  const count = whole(countText, countFrom, 1, MAX_SHARDS);
  const index = whole(indexText, indexFrom, 0, MAX_SHARDS);
  if (index >= count) {
    throw new UserError(
      `study: ${indexFrom}=${indexText} is not a shard of ${count} (${countFrom}): ` +
        `shards are numbered 0 to ${count - 1} (a Slurm array --array=0-${count - 1})`,
    );
  }
  return { index, count };
}

/** The file name of a shard's partial result: `shard-0003-of-0007.jsonl`. */
export function shardFileName(shard: Shard): string {
  const width = Math.max(4, String(shard.count).length);
  const pad = (n: number) => String(n).padStart(width, "0");
  return `shard-${pad(shard.index)}-of-${pad(shard.count)}.jsonl`;
}

/**
 * Runs a study's replications, the whole grid or one shard's slice of it, on one pool of
 * workers (../runner/pool.ts `runTasks`: each worker loads a county once for all its cells), and
 * hands back each cell's KPIs in replication order.
 *
 * @module
 */
import { writeOutputs } from "../io/output-dir.ts";
import { type PoolOptions, runTasks } from "../runner/pool.ts";
import type { ReplicationJob } from "../runner/replicate.ts";
import { StudyOutputs } from "./outputs.ts";
import { type CellResults, ensureShardDir, writeShard } from "./partial.ts";
import type { StudyPlan } from "./plan.ts";
import { type Shard, shardTasks } from "./shards.ts";

/** The jobs of a study's cells, by cell index (no records: a study keeps KPIs only). */
export function studyJobs(plan: StudyPlan): ReplicationJob[] {
  return plan.cells.map(({ scenario }) => ({
    parameters: scenario.parameters,
    dataDir: scenario.dataDir,
    year: scenario.year,
    seed: scenario.seed,
    recordReplications: 0,
  }));
}

/** Runs the study (or `shard` of it) and returns every cell's results, by cell index. */
export async function runStudy(
  plan: StudyPlan,
  options: PoolOptions & { shard?: Shard } = {},
): Promise<CellResults[]> {
  const tasks = shardTasks(plan.cells.length, plan.definition.replications, options.shard);
  const results = await runTasks(studyJobs(plan), tasks, options);
  const cells: CellResults[] = plan.cells.map(() => ({ replications: [], kpis: [] }));
  tasks.forEach((task, k) => {
    cells[task.job].replications.push(task.replication);
    cells[task.job].kpis.push(results[k].kpis);
  });
  return cells;
}

/** Runs the whole study and writes its outputs into `out` (checked before anything runs). */
export async function writeStudy(plan: StudyPlan, out: string, options: PoolOptions = {}) {
  await writeOutputs(out, async (write) => {
    const cells = await runStudy(plan, options);
    const outputs = new StudyOutputs(plan, write);
    for (const cell of plan.cells) await outputs.addCell(cell, cells[cell.index].kpis);
    await outputs.finish();
  });
}

/** Runs `shard` of the study and writes its partial result into `dir`; returns the file. */
export async function runShard(
  plan: StudyPlan,
  shard: Shard,
  dir: string,
  options: PoolOptions = {},
): Promise<string> {
  await ensureShardDir(dir); // before hours of work, not after
  return await writeShard(dir, plan, shard, await runStudy(plan, { ...options, shard }));
}

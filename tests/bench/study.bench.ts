/**
 * The cost of sharding: a study of the 10-county test province (data/province.ts, plan-2023 at
 * two LV thresholds: 20 cells) run whole on this machine's workers, and as 4 shards then merged,
 * each shard its own run (plan, worker, counties loaded again, partial file) as an array task with
 * one CPU runs it (`deno task slurm --cpus 1`: one worker), as many at once as the machine has
 * cores, so the difference is what sharding adds (in this process, without Deno's start). The two
 * alternate for STUDY_BENCH_ROUNDS rounds (default 2) in the same minutes; wall time and CPU time
 * (every thread) are both printed, CPU time being less sensitive to a machine shared with other
 * work. Each shard's worker starts cold (its code not yet optimised by V8), which the unsharded
 * run pays once per worker: that, the plan and the merge are the overhead. Prints
 *
 *     study unsharded round=<r> seconds=<s> cpu_s=<s>
 *     study sharded=4 round=<r> seconds=<s> cpu_s=<s> (shards <s>, merge <s>)
 *     study overhead wall=<%> cpu=<%> replications=<n> identical=<true|false>
 *
 * Target: overhead ≤ 5 %. Replications per cell: STUDY_BENCH_REPS (default 200: 4,000
 * county-years, 1,000 a shard).
 */
import process from "node:process";
import { makeProvince } from "../../data/province.ts";
import { defaultWorkers } from "../../sim/runner/pool.ts";
import { mergeShards } from "../../sim/study/partial.ts";
import { planStudy } from "../../sim/study/plan.ts";
import { runShard, writeStudy } from "../../sim/study/run.ts";
import { readStudyFile } from "../../sim/study/study-file.ts";
import { filesUnder } from "../support/files.ts";

const SHARDS = 4;
const rounds = Number(Deno.env.get("STUDY_BENCH_ROUNDS") ?? 2);
const replications = Number(Deno.env.get("STUDY_BENCH_REPS") ?? 200);
const atOnce = defaultWorkers();
const dir = await Deno.makeTempDir({ prefix: "jiedian-study-bench-" });
const province = await makeProvince(`${dir}/province`, {
  counties: 10,
  replications,
  levers: { "applications.access.lvThresholdKw": [100, 200] },
});

/** Wall and CPU seconds of `body`. */
async function timed(body: () => Promise<void>): Promise<{ seconds: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await body();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function plan() {
  return await planStudy(await readStudyFile(province.studyFile));
}

const totals = { whole: { seconds: 0, cpu: 0 }, sharded: { seconds: 0, cpu: 0 } };
let identical = true;
for (let round = 1; round <= rounds; round++) {
  const whole = await timed(async () => await writeStudy(await plan(), `${dir}/whole`));
  console.log(
    `study unsharded round=${round} seconds=${whole.seconds.toFixed(1)} cpu_s=${
      whole.cpu.toFixed(1)
    }`,
  );
  let shardsTime = { seconds: 0, cpu: 0 };
  let mergeTime = { seconds: 0, cpu: 0 };
  const sharded = await timed(async () => {
    shardsTime = await timed(async () => {
      let next = 0;
      const lane = async () => {
        while (next < SHARDS) {
          const shard = { index: next++, count: SHARDS };
          await runShard(await plan(), shard, `${dir}/shards`, { workers: 1 });
        }
      };
      await Promise.all(Array.from({ length: atOnce }, lane));
    });
    mergeTime = await timed(async () => {
      await mergeShards(`${dir}/shards`, { out: `${dir}/merged` });
    });
  });
  console.log(
    `study sharded=${SHARDS} round=${round} seconds=${sharded.seconds.toFixed(1)} cpu_s=${
      sharded.cpu.toFixed(1)
    } (shards ${shardsTime.seconds.toFixed(1)} s, ${atOnce} at once; merge ${
      mergeTime.seconds.toFixed(1)
    } s)`,
  );
  for (const name of await filesUnder(`${dir}/whole`)) {
    const a = await Deno.readFile(`${dir}/whole/${name}`);
    const b = await Deno.readFile(`${dir}/merged/${name}`);
    identical &&= a.length === b.length && a.every((x, i) => x === b[i]);
  }
  for (const k of ["seconds", "cpu"] as const) {
    totals.whole[k] += whole[k];
    totals.sharded[k] += sharded[k];
  }
}
const pct = (k: "seconds" | "cpu") =>
  `${(100 * (totals.sharded[k] / totals.whole[k] - 1)).toFixed(1)} %`;
console.log(
  `study overhead wall=${pct("seconds")} cpu=${pct("cpu")} replications=${
    20 * replications
  } identical=${identical}`,
);
await Deno.remove(dir, { recursive: true });

Deno.bench({ name: "study bench (figures printed above)", group: "study", fn() {} });

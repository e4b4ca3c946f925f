/**
 * Shards and merge on a small synthetic province (3 counties × 2 lever values, 7 replications
 * each): cut into N = 1, 3 and 7 shards, run one by one (by --shard, by Slurm's and Kubernetes'
 * array variables) and merged, the study's outputs equal the unsharded run's byte for byte; a
 * cell reruns alone with `deno task sim` on its scenario.json to the same summary; a missing,
 * duplicate or foreign shard, a damaged one and a changed study file are errors naming the file,
 * and nothing is written then; a rerun shard replaces its file.
 */
import assert from "node:assert/strict";
import { makeProvince } from "../../data/province.ts";
import { UserError } from "../../sim/errors.ts";
import { mergeShards } from "../../sim/study/partial.ts";
import { planStudy } from "../../sim/study/plan.ts";
import { runShard } from "../../sim/study/run.ts";
import { shardFileName } from "../../sim/study/shards.ts";
import { readStudyFile } from "../../sim/study/study-file.ts";
import { assertUserError, cli } from "../support/cli.ts";
import { assertSameTree, exists, filesUnder } from "../support/files.ts";

const DIR = await Deno.makeTempDir({ prefix: "jiedian-study-" });
const province = await makeProvince(`${DIR}/province`, {
  counties: 3,
  replications: 7,
  levers: { "applications.access.lvThresholdKw": [100, 200] },
});
const WHOLE = `${DIR}/whole`;

/** Runs shard i of n in this process (the library path the command uses). */
async function shardInProcess(dir: string, index: number, count: number): Promise<void> {
  const plan = await planStudy(await readStudyFile(province.studyFile));
  await runShard(plan, { index, count }, dir, { workers: 0 }); // one warm thread for them all
}

Deno.test({
  name: "studies: sharded into 1, 3 and 7 then merged equals the unsharded run byte for byte",
  sanitizeResources: false,
  fn: async () => {
    const whole = await cli("study", [province.studyFile, "--out", WHOLE, "--quiet"]);
    assert.equal(whole.code, 0, whole.stderr);
    const files = await filesUnder(WHOLE);
    assert.equal(files.filter((f) => f.endsWith("/summary.json")).length, 6, files.join(" "));
    const csv = await Deno.readTextFile(`${WHOLE}/study.csv`);
    assert.equal(csv.trim().split("\n").length, 1 + 6, "one row per cell");

    // N = 3 through the command, as an array task would run it: by flag, Slurm's variables
    // and a Kubernetes Indexed Job's.
    const three = `${DIR}/three`;
    const runs = await Promise.all([
      cli("study", [province.studyFile, "--shard", "0/3", "--out", three, "--workers", "1"]),
      cli("study", [province.studyFile, "--out", three, "--workers", "1", "--quiet"], {
        env: { SLURM_ARRAY_TASK_ID: "1", SLURM_ARRAY_TASK_COUNT: "3" },
      }),
      cli("study", [province.studyFile, "--shards", "3", "--out", three, "--workers", "1"], {
        env: { JOB_COMPLETION_INDEX: "2" },
      }),
    ]);
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    for (const n of [1, 7]) {
      for (let i = 0; i < n; i++) await shardInProcess(`${DIR}/shards-${n}`, i, n);
    }
    for (const [n, dir] of [[1, `${DIR}/shards-1`], [3, three], [7, `${DIR}/shards-7`]] as const) {
      const merged = await cli("merge", [dir, "--out", `${DIR}/merged-${n}`]);
      assert.equal(merged.code, 0, merged.stderr);
      await assertSameTree(WHOLE, `${DIR}/merged-${n}`, `${n} shards merged`);
    }
  },
});

Deno.test({
  name: "studies: a cell reruns alone with deno task sim on its scenario.json, to the same summary",
  sanitizeResources: false,
  fn: async () => {
    if (!await exists(WHOLE)) return; // the first test makes it
    const cell = `${WHOLE}/cells/county-02/plan-2023/applications.access.lvThresholdKw=200`;
    const alone = await cli("sim", [
      `${cell}/scenario.json`,
      "--records",
      "0",
      "--out",
      `${DIR}/alone`,
    ]);
    assert.equal(alone.code, 0, alone.stderr);
    const a = JSON.parse(await Deno.readTextFile(`${cell}/summary.json`));
    const b = JSON.parse(await Deno.readTextFile(`${DIR}/alone/summary.json`));
    assert.equal(b.scenario.file, `${cell}/scenario.json`);
    for (const s of [a, b]) {
      delete s.scenario.file; // the file run: the study's scenario, or the cell's own
      delete s.scenario.extends;
    }
    assert.deepEqual(b, a);
    const seeds = JSON.parse(await Deno.readTextFile(`${WHOLE}/study.json`)).cells
      .filter((c: { county: string }) => c.county === "county-02")
      .map((c: { seed: number }) => c.seed);
    assert.deepEqual(
      seeds,
      [a.scenario.seed, a.scenario.seed],
      "common random numbers in a county",
    );
    assert.equal(
      await Deno.readTextFile(`${cell}/replications.csv`),
      await Deno.readTextFile(`${DIR}/alone/replications.csv`),
    );
  },
});

Deno.test({
  name:
    "merge: missing, duplicate, foreign, damaged shards and a changed study are named; nothing is written",
  sanitizeResources: false,
  fn: async () => {
    const dir = `${DIR}/errors`;
    for (let i = 0; i < 3; i++) await shardInProcess(dir, i, 3);
    const out = `${DIR}/errors-out`;
    const name = (i: number) => `${dir}/${shardFileName({ index: i, count: 3 })}`;
    /** Asserts that merging fails with a UserError matching `pattern` (in this process). */
    const fails = (pattern: RegExp, what: string) =>
      assert.rejects(
        mergeShards(dir, { out }),
        (e: unknown) => e instanceof UserError && pattern.test(e.message),
        what,
      );

    // Missing, through the command: exit code 2, one message, no stack trace.
    await Deno.rename(name(1), `${DIR}/aside.jsonl`);
    assertUserError(
      await cli("merge", [dir, "--out", out]),
      new RegExp(`1 of 3 shards missing: ${name(1)}`),
      "missing",
    );
    await Deno.rename(`${DIR}/aside.jsonl`, name(1));

    // Duplicate: the same shard under two names.
    await Deno.copyFile(name(2), `${dir}/copy.jsonl`);
    await fails(
      new RegExp(`shard 2/3 is in 2 files: ${dir}/copy.jsonl, ${name(2)}`),
      "duplicate",
    );
    await Deno.remove(`${dir}/copy.jsonl`);

    // Foreign: a shard of the same study with another seed.
    const other = JSON.parse(await Deno.readTextFile(province.studyFile));
    await Deno.writeTextFile(
      `${DIR}/province/other.json`,
      JSON.stringify({ ...other, seed: 7 }),
    );
    const otherPlan = await planStudy(await readStudyFile(`${DIR}/province/other.json`));
    await runShard(otherPlan, { index: 0, count: 3 }, `${DIR}/other`, { workers: 0 });
    await Deno.copyFile(`${DIR}/other/${shardFileName({ index: 0, count: 3 })}`, `${dir}/zz.jsonl`);
    await fails(
      new RegExp(`${dir}/zz.jsonl is a shard of another study: .*seed 7.*seed 2023`),
      "foreign",
    );
    await Deno.remove(`${dir}/zz.jsonl`);

    // Not a shard at all, and a shard cut short.
    await Deno.writeTextFile(`${dir}/notes.jsonl`, "hello\n");
    await fails(/notes\.jsonl is not a shard of a jiedian study/, "not a shard");
    await Deno.remove(`${dir}/notes.jsonl`);
    const full = await Deno.readTextFile(name(0));
    await Deno.writeTextFile(name(0), full.split("\n").slice(0, 3).join("\n") + "\n");
    await fails(
      new RegExp(`${name(0)}: cell 2: the file ends before it`),
      "cut",
    );

    // A rerun shard replaces its file (atomically: no temporary file stays).
    await shardInProcess(dir, 0, 3);
    assert.equal(await Deno.readTextFile(name(0)), full);
    assert.deepEqual((await filesUnder(dir)).length, 3);

    // The study changed since the shards ran.
    const study = await Deno.readTextFile(province.studyFile);
    await Deno.writeTextFile(
      province.studyFile,
      study.replace('"replications": 7', '"replications": 8'),
    );
    try {
      await fails(
        /changed since the shards .* ran .*rerun every shard/,
        "changed",
      );
    } finally {
      await Deno.writeTextFile(province.studyFile, study);
    }
    assert.equal(await exists(out), false, "nothing written");
    await mergeShards(dir, { out });
    await assertSameTree(WHOLE, out, "3 shards, one rerun, merged");
  },
});

Deno.test({
  name: "studies: clean up",
  fn: async () => {
    await Deno.remove(DIR, { recursive: true });
  },
});

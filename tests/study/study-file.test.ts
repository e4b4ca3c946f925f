/**
 * Bad study files and bad shard settings, as a careless user gives them: exit code 2, one
 * message naming the file and the field (with the closest valid name for a misspelt key), no
 * stack trace, and nothing written.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { readStudyFile } from "../../sim/study/study-file.ts";
import { assertUserError, cli, ROOT } from "../support/cli.ts";
import { exists } from "../support/files.ts";

const DATA = `${ROOT}data`;

/** Writes `text` as a study file in a temporary directory and returns its path. */
async function studyFile(dir: string, text: string, name = "study.json"): Promise<string> {
  await Deno.writeTextFile(`${dir}/${name}`, text);
  return `${dir}/${name}`;
}

const GOOD = { counties: [DATA], scenarios: ["plan-2023"], replications: 2 };

/** Expects `readStudyFile` to reject with a UserError matching every pattern. */
async function rejects(file: string, ...patterns: RegExp[]): Promise<void> {
  await assert.rejects(readStudyFile(file), (e: unknown) => {
    assert.ok(e instanceof UserError, String(e));
    for (const p of patterns) assert.match(e.message, p);
    return true;
  });
}

Deno.test("study files: syntax errors at their line and column, unknown keys with the closest name", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-study-bad-" });
  try {
    await rejects(
      await studyFile(dir, '{\n  "counties": ["a"],\n}'),
      /study\.json:2:20: invalid JSON: a trailing comma before }/,
    );
    await rejects(
      await studyFile(dir, JSON.stringify({ ...GOOD, replication: 5, __proto__x: 1 })),
      /the study has 2 problems/,
      /replication: expected one of .* \(did you mean "replications"\?\), found the unknown key "replication"/,
    );
    await rejects(
      await studyFile(dir, JSON.stringify({ ...GOOD, counties: [{ name: "a", dta: DATA }] })),
      /counties\[0\]\.dta: expected "name" or "data" \(did you mean "data"\?\)/,
    );
    await rejects(
      await studyFile(
        dir,
        JSON.stringify({ ...GOOD, counties: [DATA, { name: "data", data: DATA }] }),
      ),
      /counties\[1\]\.name: expected a county name used once .*found "data" again/,
    );
    await rejects(
      await studyFile(dir, JSON.stringify({ ...GOOD, counties: [], seed: -1, replications: 0.5 })),
      /the study has 3 problems/,
      /counties: expected a non-empty list/,
      /seed: expected a whole number from 0 to 2147483647 .*found -1/,
      /replications: expected a whole number from 1 to 100000 .*found 0\.5/,
    );
    await rejects(
      await studyFile(dir, JSON.stringify({ ...GOOD, levers: { "a.b": [1, 1] }, name: "../x" })),
      /levers\.a\.b: expected each value once/,
      /name: expected a name usable as one folder name .*path or reserved character/,
    );
    await rejects(
      await studyFile(dir, "[1]"),
      /expected a JSON object at the top level, found an array/,
    );
    await rejects(`${dir}/none.json`, /study file .*none\.json does not exist/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("study command: bad files, levers, data and shards exit 2 with one message and write nothing", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-study-bad-" });
  try {
    const out = `${dir}/out`;
    const cases: [string, string[], Record<string, string>, RegExp][] = [
      [
        JSON.stringify({ ...GOOD, levers: { "applications.acess.lvThresholdKw": [100] } }),
        [],
        {},
        /levers\.applications\.acess\.lvThresholdKw: unknown parameter "applications\.acess" \(did you mean "access"\?\)/,
      ],
      [
        JSON.stringify({ ...GOOD, levers: { "applications.access.lvThresholdKw": [100, -5] } }),
        [],
        {},
        /levers\.applications\.access\.lvThresholdKw: expected a number .*found -5/,
      ],
      [
        JSON.stringify({ ...GOOD, counties: ["no-such-county"] }),
        [],
        {},
        /County data directory .*no-such-county does not exist/,
      ],
      [
        JSON.stringify({ ...GOOD, scenarios: ["no-such-scenario"] }),
        [],
        {},
        /scenario file .*no-such-scenario\.json does not exist/,
      ],
      [
        JSON.stringify(GOOD),
        ["--shard", "3/3"],
        {},
        /--shard i\/3: i expects a whole number from 0 to 2, found "3"/,
      ],
      [JSON.stringify(GOOD), ["--shard", "1-3"], {}, /--shard expects i\/N/],
      [
        JSON.stringify(GOOD),
        ["--shard", "0/2", "--shards", "2"],
        {},
        /give --shard i\/N or --shards N, not both/,
      ],
      [
        JSON.stringify(GOOD),
        [],
        { SLURM_ARRAY_TASK_ID: "4", SLURM_ARRAY_TASK_COUNT: "4" },
        /SLURM_ARRAY_TASK_ID=4 is not a shard of 4 \(SLURM_ARRAY_TASK_COUNT\)/,
      ],
      [
        JSON.stringify(GOOD),
        [],
        { SLURM_ARRAY_TASK_ID: "x", SLURM_ARRAY_TASK_COUNT: "4" },
        /SLURM_ARRAY_TASK_ID expects a whole number .*found "x"/,
      ],
      [
        JSON.stringify(GOOD),
        [],
        { JOB_COMPLETION_INDEX: "1" },
        /JOB_COMPLETION_INDEX=1 is set but not the number of shards: give --shards N/,
      ],
      [
        JSON.stringify(GOOD),
        ["--shards", "0"],
        { JOB_COMPLETION_INDEX: "0" },
        /--shards expects a whole number from 1 to 100000, found "0"/,
      ],
    ];
    for (const [text, args, env, pattern] of cases) {
      const file = await studyFile(dir, text);
      const r = await cli("study", [file, "--out", out, ...args], { env });
      assertUserError(r, pattern, `${text} ${args.join(" ")} ${JSON.stringify(env)}`);
      assert.equal(r.stderr.trim().split("\n").filter((l) => l.startsWith("error")).length, 1);
      assert.equal(await exists(out), false, "nothing written");
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

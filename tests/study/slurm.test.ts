/**
 * The Slurm scripts: the array runs shard $SLURM_ARRAY_TASK_ID of N through `deno task study`
 * with N fixed (so a partial rerun keeps the slices), the merge job merges into the results, the
 * paths are quoted for the shell, and `sbatch --parsable`'s job id is read with or without a
 * cluster name. The command itself checks its flags before writing anything.
 */
import assert from "node:assert/strict";
import { arrayScript, mergeScript, parsableJobId, shellQuote } from "../../sim/study/slurm.ts";
import { assertUserError, cli, ROOT } from "../support/cli.ts";
import { exists } from "../support/files.ts";

const SETTINGS = {
  name: "p",
  studyFile: "/data/my studies/p.json",
  root: "/opt/jiedian",
  deno: "/usr/bin/deno",
  shardsDir: "/scratch/p.shards",
  outDir: "/scratch/p",
  logsDir: "/scratch/p.slurm/logs",
  shards: 8,
  cpus: 4,
  partition: "short",
  time: "1:00:00",
};

Deno.test("slurm: the array and merge scripts", async () => {
  const array = arrayScript(SETTINGS);
  assert.match(array, /^#!\/bin\/bash\n/);
  for (
    const line of [
      "#SBATCH --array=0-7",
      "#SBATCH --cpus-per-task=4",
      "#SBATCH --partition=short",
      "#SBATCH --time=1:00:00",
      "#SBATCH --output=/scratch/p.slurm/logs/shard-%a.out",
      "cd /opt/jiedian",
      `exec "\${DENO:-/usr/bin/deno}" task study '/data/my studies/p.json' --shards 8 --out /scratch/p.shards --workers "\${SLURM_CPUS_PER_TASK:-4}" --quiet`,
    ]
  ) assert.ok(array.split("\n").includes(line), `${line} in\n${array}`);
  const merge = mergeScript(SETTINGS);
  assert.ok(merge.includes(`task merge /scratch/p.shards --out /scratch/p --quiet`), merge);
  assert.ok(!merge.includes("--array"));
  // The scripts are valid bash.
  for (const script of [array, merge]) {
    const check = await new Deno.Command("bash", { args: ["-n", "-c", script] }).output();
    assert.equal(check.code, 0, new TextDecoder().decode(check.stderr));
  }
  assert.equal(shellQuote("it's"), `'it'\\''s'`);
  assert.equal(parsableJobId("1234\n"), "1234");
  assert.equal(parsableJobId("1234;cluster\n"), "1234");
  assert.equal(parsableJobId("sbatch: error"), undefined);
});

Deno.test("slurm command: bad flags exit 2 and write nothing", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-slurm-" });
  try {
    const study = `${dir}/s.json`;
    await Deno.writeTextFile(
      study,
      JSON.stringify({ counties: [`${ROOT}data`], scenarios: ["plan-2023"] }),
    );
    const out = `${dir}/out`;
    for (
      const [args, pattern] of [
        [[], /--shards N is required/],
        [["--shards", "0"], /--shards expects a whole number from 1 to 100000/],
        [["--shards", "2", "--time", "soon"], /--time expects minutes, MM:SS/],
        [["--shards", "2", "--partition", "a b"], /--partition expects a partition name/],
      ] as [string[], RegExp][]
    ) {
      assertUserError(await cli("slurm", [study, "--out", out, ...args]), pattern, args.join(" "));
      assert.equal(await exists(`${out}.slurm`), false);
    }
    const ok = await cli("slurm", [study, "--shards", "3", "--out", out]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(
      ok.stdout,
      /jobid=\$\(sbatch --parsable .*array\.sbatch\)\n {2}sbatch --dependency=afterok:\$\{jobid%%;\*\} .*merge\.sbatch/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * On a real Slurm: a single-node cluster started in a temporary directory
 * (../support/slurm-cluster.ts) runs a 3-county study as `deno task slurm --submit` submits it,
 * a job array of 3 shards and a merge job that waits for it (`--dependency=afterok`), and the
 * merged outputs equal the unsharded run's byte for byte. Skipped where Slurm and munge are not
 * installed (`.ci/run` installs Debian's slurm-wlm and munge) or not running as root.
 */
import assert from "node:assert/strict";
import { makeProvince } from "../../data/province.ts";
import { cli } from "../support/cli.ts";
import { assertSameTree } from "../support/files.ts";
import { jobState, slurmUnavailable, startSlurm, waitFor } from "../support/slurm-cluster.ts";

const why = await slurmUnavailable();

Deno.test({
  name:
    `slurm: a real single-node Slurm runs the array and the merge job; the merge equals the unsharded run${
      why ? ` (skipped: ${why})` : ""
    }`,
  ignore: why !== undefined,
  sanitizeResources: false,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "jiedian-slurm-" });
    const cluster = await startSlurm(`${dir}`);
    try {
      const province = await makeProvince(`${dir}/province`, { counties: 3, replications: 5 });
      const whole = await cli("study", [province.studyFile, "--out", `${dir}/whole`, "--quiet"]);
      assert.equal(whole.code, 0, whole.stderr);
      const out = `${dir}/results`;
      const submit = await cli(
        "slurm",
        [province.studyFile, "--shards", "3", "--out", out, "--time", "10", "--submit"],
        { env: cluster.env },
      );
      assert.equal(submit.code, 0, submit.stderr);
      const ids = /submitted array job (\d+) \(3 shards\) and merge job (\d+)/.exec(submit.stdout);
      assert.ok(ids, submit.stdout);
      const [, arrayId, mergeId] = ids;
      let state = "";
      await waitFor(async () => {
        state = await jobState(mergeId, cluster.env);
        return !["PENDING", "RUNNING", "CONFIGURING", "COMPLETING"].includes(state);
      }, 150).catch(() => {});
      const logs = async () => {
        const texts: string[] = [];
        for await (const e of Deno.readDir(`${out}.slurm/logs`)) {
          texts.push(`== ${e.name}\n${await Deno.readTextFile(`${out}.slurm/logs/${e.name}`)}`);
        }
        return texts.join("\n") + "\n" + await cluster.logs();
      };
      assert.equal(
        state,
        "COMPLETED",
        `merge job ${mergeId} of array ${arrayId}:\n${await logs()}`,
      );
      await assertSameTree(`${dir}/whole`, out, "merged on Slurm");
    } finally {
      await cluster.stop();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

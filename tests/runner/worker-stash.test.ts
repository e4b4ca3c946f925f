/**
 * Warm workers (the explorer's, the sizing search's): a run's idle workers serve the next run (no new worker started)
 * with the very results fresh ones give, and a run cancelled mid-replication leaves no stale
 * result behind: its busy worker is replaced.
 */
import assert from "node:assert/strict";
import { WorkerStash } from "../../sim/runner/worker-stash.ts";
import { runReplications } from "../../sim/runner/pool.ts";
import type { ReplicationJob } from "../../sim/runner/replicate.ts";
import { readScenario, withSetting } from "../../sim/scenario/scenario.ts";

const url = new URL("../../sim/runner/worker.ts", import.meta.url);

async function jobOf(inspectors: string): Promise<ReplicationJob> {
  const s = withSetting(
    await readScenario("plan-2023"),
    "applications.staff.inspectors.count",
    inspectors,
  );
  return {
    parameters: s.parameters,
    dataDir: s.dataDir,
    year: s.year,
    seed: s.seed,
    recordReplications: 0,
  };
}

Deno.test("warm workers are reused, give fresh workers' results, and a cancelled busy one is replaced", async () => {
  const stash = new WorkerStash(url, 1);
  try {
    assert.equal(stash.spawned, 1);
    const a = await jobOf("9");
    const b = await jobOf("12");
    const expected = await runReplications(b, 2, { workers: 0 });
    const first = await runReplications(a, 2, { workers: 1, createWorker: () => stash.take() });
    assert.equal(stash.spawned, 1, "the first run took the worker started ahead");
    const second = await runReplications(b, 2, { workers: 1, createWorker: () => stash.take() });
    assert.equal(stash.spawned, 1, "the second run reused it");
    assert.equal(JSON.stringify(second), JSON.stringify(expected));
    assert.notEqual(JSON.stringify(first), JSON.stringify(second));

    const controller = new AbortController();
    const cancelled = runReplications(a, 2, {
      workers: 1,
      createWorker: () => stash.take(),
      signal: controller.signal,
      onResult: () => controller.abort(), // after the first: the second is in flight
    });
    await assert.rejects(cancelled, { name: "AbortError" });
    assert.equal(stash.spawned, 2, "the busy worker was replaced");
    const third = await runReplications(b, 2, { workers: 1, createWorker: () => stash.take() });
    assert.equal(JSON.stringify(third), JSON.stringify(expected));
  } finally {
    stash.close();
  }
});

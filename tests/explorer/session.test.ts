/**
 * The explorer's runs on the runner's pool (Deno workers here, Web Workers in the page): a
 * request cancels the one before, the results shown are those `runScenario` gives for the same
 * scenario, seed and replications, and a scenario the analyst returns to is shown at once from
 * what was already run.
 */
import assert from "node:assert/strict";
import { type Progress, Session } from "../../sim/explorer/session.ts";
import { runScenario } from "../../sim/runner/run-scenario.ts";
import { readScenario, withSetting } from "../../sim/scenario/scenario.ts";

const REPS = 2;
const workerUrl = new URL("../../sim/runner/worker.ts", import.meta.url);

Deno.test("a request cancels the one before; results equal runScenario's; a return is instant", async () => {
  const plan = withSetting(await readScenario("plan-2023"), "replications", `${REPS}`);
  const first = withSetting(plan, "applications.staff.inspectors.count", "12");
  const second = withSetting(plan, "applications.access.lvThresholdTownKw", "170");
  const seen: Progress[] = [];
  const errors: Error[] = [];
  let finished: () => void = () => {};
  const session = new Session({
    workers: 1,
    createWorker: () => new Worker(workerUrl, { type: "module" }),
    onProgress: (p) => {
      seen.push(p);
      if (p.done === p.total) finished();
    },
    onError: (e) => errors.push(e),
    throttleMs: 0,
  });
  const done = new Promise<void>((resolve) => (finished = resolve));
  session.request(plan, first);
  session.request(plan, second); // cancels the first at once
  await done;
  assert.deepEqual(errors, []);
  const last = seen[seen.length - 1];
  assert.equal(last.scenario.scenario, second, "only the second request's results are shown");
  assert.ok(seen.every((p) => p.scenario.scenario === second));
  const expected = await runScenario(second, { workers: 0, recordReplications: 0 });
  assert.equal(JSON.stringify(last.scenario.summary), JSON.stringify(expected.summary));
  const reference = await runScenario(plan, { workers: 0, recordReplications: 0 });
  assert.equal(JSON.stringify(last.reference.summary), JSON.stringify(reference.summary));

  // Back to the plan itself: both runs are known, shown at once, nothing run.
  const count = seen.length;
  session.request(plan, plan);
  assert.equal(seen.length, count + 1);
  assert.equal(seen[count].done, REPS);
  assert.equal(JSON.stringify(seen[count].scenario.summary), JSON.stringify(reference.summary));
  session.cancel();
});

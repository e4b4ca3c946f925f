/**
 * The explorer's controls and state, without a browser: each lever's text is checked as a
 * scenario file's value is, the URL holds exactly the levers that differ from the reference and
 * reads back to the same values, the downloaded scenario file is self-contained and reads (with
 * the command line's own loader) to the reference with the changes, every key has a Chinese
 * name, and the bundled files read from memory give the very replication the file system gives.
 */
import assert from "node:assert/strict";
import { bundledSource, shippedScenarios } from "../../sim/explorer/bundled-files.ts";
import { collectFiles } from "../../sim/explorer/collect-files.ts";
import { keyLabel } from "../../sim/explorer/lever-labels.ts";
import {
  EXPLORER_LEVERS,
  LEVER_BY_PATH,
  leverMatches,
  parseLever,
} from "../../sim/explorer/levers.ts";
import {
  changedPaths,
  leverValues,
  parseQuery,
  queryOf,
  scenarioFile,
} from "../../sim/explorer/state.ts";
import { memorySource } from "../../sim/io/text-source.ts";
import { prepare, replicate } from "../../sim/runner/replicate.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";

const lever = (path: string) => LEVER_BY_PATH.get(path)!;

Deno.test("a lever's text is checked against its spec, with the spec's own words", () => {
  const inspectors = lever("applications.staff.inspectors.count");
  assert.deepEqual(parseLever(inspectors, "10"), { value: 10 });
  assert.deepEqual(parseLever(inspectors, " 10 "), { value: 10 });
  assert.deepEqual(parseLever(inspectors, "-3"), {
    problem: "expected a whole number from 0 to 1000 (count), found -3",
  });
  assert.deepEqual(parseLever(inspectors, "2.5"), {
    problem: "expected a whole number from 0 to 1000 (count), found 2.5",
  });
  assert.deepEqual(parseLever(inspectors, "ten"), {
    problem: 'expected a whole number from 0 to 1000 (count), found "ten"',
  });
  const share = lever("applications.channels.pushedShare");
  assert.deepEqual(parseLever(share, "1.5"), {
    problem: "expected a number from 0 to 1 (share 0–1), found 1.5",
  });
  assert.deepEqual(parseLever(lever("applications.approval.exemptions"), "false"), {
    value: false,
  });
  const changes = lever("applications.staff.inspectors.changes");
  assert.deepEqual(parseLever(changes, "2023-07-01:10; 2023-10-01:12"), {
    value: [{ from: "2023-07-01", value: 10 }, { from: "2023-10-01", value: 12 }],
  });
  assert.deepEqual(parseLever(changes, ""), { value: [] });
  assert.match(
    (parseLever(changes, "2023-02-30:10") as { problem: string }).problem,
    /\[0\]\.from: expected a date YYYY-MM-DD, found "2023-02-30"/,
  );
});

Deno.test("every lever is a control with a Chinese name, and the search finds both languages", () => {
  // 266 fields less name, description and data.
  assert.equal(EXPLORER_LEVERS.length, 263);
  const missing = [...new Set(EXPLORER_LEVERS.flatMap((l) => l.path.split(".")))]
    .filter((key) => keyLabel(key).zh === undefined);
  assert.deepEqual(missing, []);
  const found = (q: string) => EXPLORER_LEVERS.filter((l) => leverMatches(l, q)).map((l) => l.path);
  assert.ok(found("验收人员").includes("applications.staff.inspectors.count"));
  assert.ok(found("低压接入").includes("applications.access.lvThresholdKw"));
  assert.deepEqual(found("LV threshold town"), ["applications.access.lvThresholdTownKw"]);
  assert.deepEqual(found("no such lever anywhere"), []);
});

const files = await collectFiles();
const source = bundledSource(files);
const names = shippedScenarios(files);

Deno.test("the URL holds the levers that differ from the reference and reads back the same", async () => {
  assert.equal(names[0], "plan-2023");
  const plan = await readScenario("plan-2023", source);
  const base = leverValues(plan);
  assert.equal(queryOf("plan-2023", base, base), "");
  const values = new Map(base);
  values.set("applications.access.lvThresholdTownKw", 170);
  values.set("applications.staff.inspectors.count", 10);
  values.set("applications.staff.lvCrews.changes", [{ from: "2023-06-01", value: 30 }]);
  const query = queryOf("plan-2023", base, values);
  assert.equal(
    query,
    "applications.access.lvThresholdTownKw=170&applications.staff.lvCrews.changes=" +
      "2023-06-01%3A30&applications.staff.inspectors.count=10",
  );
  const parsed = parseQuery(`?${query}`, names);
  assert.deepEqual(parsed.problems, []);
  const back = new Map(base);
  for (const [path, text] of parsed.texts) {
    back.set(path, (parseLever(lever(path), text) as { value: unknown }).value);
  }
  assert.deepEqual(back, values);
  const other = parseQuery("?ref=baseline-2022&workers=2", names);
  assert.equal(other.reference, "baseline-2022");
  assert.equal(other.workers, 2);
  const bad = parseQuery("?ref=nope&applications.staff.inspectorz.count=3&workers=0", names);
  assert.equal(bad.reference, "plan-2023");
  assert.equal(bad.problems.length, 3);
  assert.match(bad.problems[0], /ref=nope is not a shipped scenario/);
  assert.match(bad.problems[1], /did you mean applications\.staff\.inspectors\.count/);
  assert.match(bad.problems[2], /workers=0: expected a whole number from 1 to 64/);
});

Deno.test("the scenario file is self-contained and reads to the reference with the changes", async () => {
  for (const reference of ["plan-2023", "baseline-2022"]) {
    const ref = await readScenario(reference, source);
    const values = leverValues(ref);
    values.set("applications.staff.inspectors.count", 10);
    values.set("replications", 20);
    const changed = changedPaths(leverValues(ref), values);
    assert.deepEqual(changed, ["replications", "applications.staff.inspectors.count"]);
    const file = scenarioFile(reference, values, changed);
    assert.equal(file.extends, undefined);
    assert.match(file.description as string, /applications\.staff\.inspectors\.count = 10/);
    const path = "/elsewhere/explorer-scenario.json";
    const read = await readScenario(
      path,
      memorySource({ [path]: JSON.stringify(file, null, 2) }),
    );
    assert.deepEqual(leverValues(read), values);
    const expected = structuredClone(ref.parameters);
    expected.applications.staff.inspectors.count = 10;
    assert.deepEqual(read.parameters, expected);
  }
});

Deno.test("the bundled county read from memory gives the replication the file system gives", async () => {
  const plan = await readScenario("plan-2023");
  const job = {
    parameters: plan.parameters,
    dataDir: plan.dataDir,
    year: plan.year,
    seed: plan.seed,
    recordReplications: 0,
  };
  const fromFiles = replicate(await prepare(job), 0).kpis;
  const fromMemory = replicate(await prepare(job, source), 0).kpis;
  assert.equal(JSON.stringify(fromMemory), JSON.stringify(fromFiles));
});

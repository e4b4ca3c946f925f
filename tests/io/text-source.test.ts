/**
 * The loaders' text sources: the file system and texts in memory answer alike (a file's text,
 * a missing file, a directory, a listing, one identity however a path is written), so the
 * county, calendar and scenario loaders give the same results and the same messages on both;
 * a deferred source answers once its texts arrive.
 */
import assert from "node:assert/strict";
import { deferredSource, FILE_SOURCE, memorySource } from "../../sim/io/text-source.ts";
import { loadCounty } from "../../sim/data/county.ts";
import { readScenario } from "../../sim/scenario/scenario.ts";

Deno.test("memory and file system sources answer alike", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/sub`);
    await Deno.writeTextFile(`${dir}/a.csv`, "\uFEFFx,y\n1,2\n");
    await Deno.writeTextFile(`${dir}/sub/b.json`, "{}");
    const memory = memorySource({
      [`${dir}/a.csv`]: "\uFEFFx,y\n1,2\n",
      [`${dir}/sub/b.json`]: "{}",
    });
    for (const source of [FILE_SOURCE, memory]) {
      assert.deepEqual(await source.read(`${dir}/a.csv`, "a CSV"), { text: "x,y\n1,2\n" });
      const missing = await source.read(`${dir}/none.csv`, "a CSV");
      assert.ok("problem" in missing && missing.missing);
      assert.equal(missing.problem.found, "no such file or directory");
      const directory = await source.read(`${dir}/sub`, "a CSV");
      assert.ok("problem" in directory && !directory.missing);
      assert.equal(directory.problem.found, "a directory");
      assert.deepEqual(await source.kind(`${dir}/sub`), { kind: "directory" });
      assert.deepEqual(await source.kind(`${dir}/a.csv`), { kind: "file" });
      assert.deepEqual(await source.kind(`${dir}/none`), { missing: true });
      assert.deepEqual(await source.list(dir), { names: ["a.csv"] });
      assert.deepEqual(await source.list(`${dir}/none`), { missing: true });
      const one = await source.identity(`${dir}/sub/../a.csv`);
      const two = await source.identity(`${dir}/./a.csv`);
      assert.deepEqual(one, two);
      assert.ok("reason" in await source.identity(`${dir}/none.csv`));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the loaders say the same from memory as from files", async () => {
  const fromMemory = (files: Record<string, string>) => memorySource(files);
  await assert.rejects(
    loadCounty("/nowhere", { source: fromMemory({}) }),
    { name: "UserError", message: "County data directory /nowhere does not exist" },
  );
  await assert.rejects(
    loadCounty("/d/x.csv", { source: fromMemory({ "/d/x.csv": "" }) }),
    { name: "UserError", message: "County data directory /d/x.csv is not a directory" },
  );
  await assert.rejects(
    readScenario(
      "/s/a.json",
      fromMemory({ "/s/a.json": '{ "extends": "b" }', "/s/b.json": '{ "extends": "./a" }' }),
    ),
    {
      name: "UserError",
      message: "/s/a.json: extends cycle: /s/a.json → /s/b.json → /s/./a.json",
    },
  );
  await assert.rejects(
    readScenario("/s/a.json", fromMemory({ "/s/a.json": '{ "year": 2030 }' })),
    /year: expected a whole number from 2022 to 2025 \(year\), found 2030/,
  );
});

Deno.test("a deferred source answers once its texts arrive", async () => {
  let arrive: (files: Record<string, string>) => void = () => {};
  const source = deferredSource(
    new Promise<Record<string, string>>((resolve) => (arrive = resolve)).then(memorySource),
  );
  const reading = source.read("/a", "a file");
  arrive({ "/a": "text" });
  assert.deepEqual(await reading, { text: "text" });
});

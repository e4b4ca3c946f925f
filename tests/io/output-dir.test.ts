/**
 * A command's output directory is written whole or not at all (sim/io/output-dir.ts): checked
 * before anything is computed, replaced as a whole (an earlier run's files never stay beside
 * the new ones), left as it was when the run fails, and never taken from a user's own folder.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { OUTPUT_MARKER, writeOutputs } from "../../sim/io/output-dir.ts";

async function inTemp(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-out-" });
  try {
    await body(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function names(dir: string): Promise<string[]> {
  return (await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name).sort();
}

Deno.test("a new output directory is created with its files and the marker, parents as needed", async () => {
  await inTemp(async (dir) => {
    await writeOutputs(`${dir}/a/b/run`, () => Promise.resolve({ "summary.json": "{}\n" }));
    assert.deepEqual(await names(`${dir}/a/b/run`), [OUTPUT_MARKER, "summary.json"]);
    assert.deepEqual(await names(dir), ["a"], "no staging directory left behind");
  });
});

Deno.test("a second run replaces the first one's directory as a whole", async () => {
  await inTemp(async (dir) => {
    const out = `${dir}/run`;
    await writeOutputs(
      out,
      () => Promise.resolve({ "summary.json": "1", "applications.csv": "a" }),
    );
    await writeOutputs(out, () => Promise.resolve({ "summary.json": "2" }));
    assert.deepEqual(await names(out), [OUTPUT_MARKER, "summary.json"], "old records are gone");
    assert.equal(await Deno.readTextFile(`${out}/summary.json`), "2");
    assert.deepEqual(await names(dir), ["run"]);
  });
});

Deno.test("a failed run leaves the earlier output as it was, and nothing else", async () => {
  await inTemp(async (dir) => {
    const out = `${dir}/run`;
    await writeOutputs(out, () => Promise.resolve({ "summary.json": "1", "outages.csv": "o" }));
    await assert.rejects(
      writeOutputs(out, () => Promise.reject(new Error("the simulation failed"))),
      /the simulation failed/,
    );
    // A file that cannot be written (its name is a folder's, made for a file in it) fails the
    // run mid-way; names with folders are otherwise fine (a study's cells/…/summary.json).
    await assert.rejects(
      writeOutputs(out, () => Promise.resolve({ "summary.json": "2", "a/b.csv": "x", "a": "y" })),
    );
    assert.deepEqual(await names(out), [OUTPUT_MARKER, "outages.csv", "summary.json"]);
    assert.equal(await Deno.readTextFile(`${out}/summary.json`), "1");
    assert.deepEqual(await names(dir), ["run"], "no staging directory left behind");
    await assert.rejects(
      writeOutputs(`${dir}/new/deeper`, () => Promise.reject(new Error("failed"))),
    );
    assert.deepEqual(await names(dir), ["run"], "no parent created for a failed run");
  });
});

Deno.test("locations that cannot be an output are refused before anything is computed", async () => {
  await inTemp(async (dir) => {
    await Deno.writeTextFile(`${dir}/file`, "x");
    await Deno.mkdir(`${dir}/mine`);
    await Deno.writeTextFile(`${dir}/mine/thesis.docx`, "precious");
    await Deno.mkdir(`${dir}/old-run`);
    await Deno.writeTextFile(`${dir}/old-run/summary.json`, "{}"); // written before the marker
    const cases: [string, RegExp][] = [
      [`${dir}/file`, /found a file$/],
      [`${dir}/file/sub`, /found a path through a file/],
      [`${dir}/mine`, /files jiedian did not write \(such as "thesis\.docx"\)/],
      [`${dir}/x\u0000y`, /found a path with a NUL byte/],
      [`${dir}/x\ny`, /found a path with a control character/],
      ["/", /found the root directory/],
      ["", /found an empty path/],
    ];
    for (const [out, pattern] of cases) {
      let produced = false;
      await assert.rejects(
        writeOutputs(out, () => {
          produced = true;
          return Promise.resolve({});
        }),
        (error: unknown) => error instanceof UserError && pattern.test(error.message),
        JSON.stringify(out),
      );
      assert.equal(produced, false, `${JSON.stringify(out)}: refused before computing`);
    }
    assert.equal(await Deno.readTextFile(`${dir}/mine/thesis.docx`), "precious");
    await writeOutputs(`${dir}/old-run`, () => Promise.resolve({ "summary.json": "new" }));
    assert.equal(await Deno.readTextFile(`${dir}/old-run/summary.json`), "new");
  });
});

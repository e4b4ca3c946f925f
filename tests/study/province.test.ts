/**
 * Other synthetic counties: `--seed` and `--size` make a county that loads, of the size asked
 * (feeders per substation and yearly applications counted here by hand for size 0.5), the same
 * bytes for the same seed and size, other bytes for another seed; bad flags exit 2. The test
 * province's counties each load with their own calendar and no notes.
 */
import assert from "node:assert/strict";
import { generateData, parseGenerateArgs } from "../../data/generate.ts";
import { makeProvince } from "../../data/province.ts";
import { loadCounty } from "../../sim/data/county.ts";
import { ROOT } from "../support/cli.ts";

Deno.test("generator: another seed and size make another county of that size", async () => {
  const half = generateData("county-x", 0.5);
  // Feeders by substation at size 0.5, rounded (at least 1): 16→8, 14→7, 16→8, 8+8→4+4, 14→7,
  // 9→5, 9→5, four of 5+4→3+2, eight of 8→4: 48 + 20 + 32 = 100.
  assert.equal(half.grid.feeders.length, 100);
  assert.equal(generateData().grid.feeders.length, 194, "the default county");
  const residential = half.files.applications.split("\n").filter((l) =>
    l.startsWith("residential,")
  )
    .reduce((sum, l) => sum + Number(l.split(",")[2]), 0);
  assert.ok(Math.abs(residential - 2400) < 0.1, `residential applications ${residential}`);
  assert.deepEqual(generateData("county-x", 0.5).files, half.files, "the same seed and size");
  assert.notEqual(generateData("county-y", 0.5).files.feeders, half.files.feeders);

  assert.deepEqual(parseGenerateArgs(["--seed", "a", "--size", "0.3", "--out", "/tmp/x"]), {
    outDir: "/tmp/x",
    options: { seed: "a", size: 0.3 },
  });
  for (
    const [args, pattern] of [
      [["--size", "0"], /--size expects a number from 0.02 to 4, found "0"/],
      [["--size", "1e3"], /--size expects a number/],
      [["--seed", " "], /--seed expects a non-empty text/],
      [["--colour"], /Unknown option '--colour'/],
      [["a", "b"], /expected one output directory, found 2/],
    ] as [string[], RegExp][]
  ) {
    const parsed = parseGenerateArgs(args);
    assert.ok(
      "error" in parsed && pattern.test(parsed.error),
      `${args}: ${JSON.stringify(parsed)}`,
    );
  }
  const bad = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", `${ROOT}data/generate.ts`, "--size", "9"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(bad.code, 2);
  assert.match(new TextDecoder().decode(bad.stderr), /^error: --size expects/);
});

Deno.test("test province: its counties load on their own, without notes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-province-" });
  try {
    const province = await makeProvince(dir, { counties: 3 });
    const notes: string[] = [];
    for (const county of province.counties) {
      const loaded = await loadCounty(county, { onNote: (n) => notes.push(n) });
      assert.ok(loaded.feeders.length > 0);
    }
    assert.deepEqual(notes, []);
    const study = JSON.parse(await Deno.readTextFile(province.studyFile));
    assert.deepEqual(study.counties, ["county-01", "county-02", "county-03"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * The report's sensitivity section and `sensitivity.html`, from a result written by hand: the
 * flips table names the end that flips each verdict, the Morris plane and Sobol bars are drawn,
 * and a bad `--sensitivity` directory is a user error naming the file.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { sensitivitySection } from "../../sim/report/sensitivity-section.ts";
import type { SensitivityResult } from "../../sim/sensitivity/analysis.ts";
import { sensitivityFiles, sensitivityRows } from "../../sim/sensitivity/files.ts";
import { readSensitivity } from "../../sim/sensitivity/read.ts";

const RESULT: SensitivityResult = {
  scenario: { name: "plan-2023", file: "scenarios/plan-2023.json", year: 2023, seed: 1 },
  method: "sobol",
  replications: 2,
  factors: [
    { name: "a.faults", inputs: [{ name: "a.faults", members: [] }] },
    { name: "b.survey", inputs: [{ name: "b.survey", members: [] }] },
  ],
  outputs: [
    {
      key: "verdict:saidi",
      kind: "verdict",
      zh: "停电",
      en: "SAIDI ≤ 4.9 h",
      unit: "probability",
      base: 1,
    },
    { key: "kpi:days", kind: "kpi", zh: "天数", en: "days", unit: "working days", base: 3.2 },
  ],
  morris: {
    trajectories: 4,
    levels: 4,
    points: 12,
    effects: {
      "verdict:saidi": [
        { factor: "a.faults", mu: -0.9, muStar: 0.9, sigma: 0.2, n: 4 },
        { factor: "b.survey", mu: 0, muStar: 0, sigma: 0, n: 4 },
      ],
      "kpi:days": [
        { factor: "b.survey", mu: 2, muStar: 2, sigma: 0.5, n: 4 },
        { factor: "a.faults", mu: 0, muStar: 0, sigma: 0, n: 4 },
      ],
    },
  },
  kept: { factors: ["a.faults", "b.survey"], rule: "test" },
  sobol: {
    n: 8,
    points: 32,
    indices: {
      "verdict:saidi": [
        { factor: "a.faults", first: 0.8, firstCi: [0.6, 0.95], total: 0.9, totalCi: [0.7, 1] },
        { factor: "b.survey", first: 0, firstCi: [-0.05, 0.05], total: 0, totalCi: [0, 0.01] },
      ],
      "kpi:days": [
        { factor: "b.survey", first: 0.9, firstCi: [0.8, 1], total: 0.95, totalCi: [0.9, 1] },
        { factor: "a.faults", first: 0, firstCi: [0, 0], total: 0, totalCi: [0, 0] },
      ],
    },
  },
  ends: [
    { factor: "a.faults", low: [1, 3.2], high: [0, 3.2] },
    { factor: "b.survey", low: [1, 2.1], high: [1, 6.5] },
  ],
  flips: {
    "verdict:saidi": { base: 1, flips: [{ factor: "a.faults", end: "high", probability: 0 }] },
  },
  runs: { points: 49, replications: 98 },
};

Deno.test("sensitivity section: flips, the Morris plane and the Sobol bars", () => {
  const html = sensitivitySection(RESULT);
  assert.match(html, /a\.faults at its high end \(0\.0 %\)/);
  assert.equal((html.match(/<svg/g) ?? []).length >= 4, true);
  assert.match(html, /id="sensitivity"/);
  const rows = sensitivityRows(RESULT);
  const saidi = rows.find((r) => r.output === "verdict:saidi" && r.factor === "a.faults")!;
  assert.equal(saidi.flips_at, "high");
  assert.equal(saidi.st, 0.9);
  assert.equal(saidi.at_high, 0);
  assert.deepEqual(Object.keys(sensitivityFiles(RESULT)).sort(), [
    "sensitivity.csv",
    "sensitivity.html",
    "sensitivity.json",
  ]);
});

Deno.test("readSensitivity: the run back, and a bad directory or file a UserError", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-sens-" });
  try {
    await Deno.writeTextFile(`${dir}/sensitivity.json`, JSON.stringify(RESULT));
    assert.deepEqual(await readSensitivity(dir), RESULT);
    const bad = async (text: string | undefined, pattern: RegExp) => {
      const other = await Deno.makeTempDir({ dir });
      if (text !== undefined) await Deno.writeTextFile(`${other}/sensitivity.json`, text);
      await assert.rejects(
        readSensitivity(other),
        (e: Error) => e instanceof UserError && pattern.test(e.message),
      );
    };
    await bad(undefined, /cannot read .*sensitivity\.json/);
    await bad("{ nope", /expected JSON/);
    await bad(
      JSON.stringify({ scenario: {} }),
      /expected the result of `deno task sensitivity`, found no "method"/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

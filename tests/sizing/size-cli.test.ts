/**
 * `deno task size` on the command line: bad input exits with code 2, one message, nothing
 * written; a small real run writes size.json, size.csv and size.html whose numbers agree.
 */
import assert from "node:assert/strict";
import { assertUserError, cli } from "../support/cli.ts";
import type { SizingSummary } from "../../sim/sizing/summary.ts";

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("size: bad input exits 2 with one message and writes nothing", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-size-" });
  try {
    const out = `${dir}/out`;
    const cases: [string[], RegExp][] = [
      [["--roles", "plumbers"], /--roles has an unknown name "plumbers"; expected some of/],
      [["--roles", "surveyCrews,"], /--roles has an empty name/],
      [["--stations", "moon"], /--stations has an unknown name "moon"; expected some of/],
      [["--confidence", "0"], /--confidence expects a probability strictly between 0 and 1/],
      [["--confidence", "1"], /--confidence expects a probability strictly between 0 and 1/],
      [["--confidence", "1.5"], /--confidence expects a probability strictly between 0 and 1/],
      [["--confidence=-0.2"], /--confidence expects a probability strictly between 0 and 1/],
      [["--confidence", "ninety"], /--confidence expects a probability strictly between 0 and 1/],
      [["--reps", "20"], /--reps 20 is too few to confirm a confidence of 0.9 .* at least 35/],
      [["--screen", "80"], /--screen 80 is more than --reps 60/],
      [["--roles", "repairCrews", "--stations", "zhandian"], /leave nothing to size/],
      [["--bogus"], /Unknown option '--bogus'/],
    ];
    for (const [args, pattern] of cases) {
      const r = await cli("size", ["plan-2023", ...args, "--out", out]);
      assertUserError(r, pattern, args.join(" "));
      assert.equal(r.stderr.trim().split("\n").length, 1, `${args.join(" ")}: one line`);
      assert.equal(await exists(out), false, `${args.join(" ")}: nothing written`);
    }
    assertUserError(await cli("size", ["--out", out]), /expected one scenario, found 0/, "none");
    // A station the county does not have, named in the scenario, and --stations naming one.
    const scenario = `${dir}/nowhere.json`;
    await Deno.writeTextFile(
      scenario,
      JSON.stringify({
        extends: decodeURIComponent(
          new URL("../../scenarios/plan-2023.json", import.meta.url).pathname,
        ),
        applications: { dispatch: { mode: "station", stationStaff: { nowhere: { lvCrews: 2 } } } },
      }),
    );
    const unknown = await cli("size", [scenario, "--out", out]);
    assertUserError(
      unknown,
      /applications\.dispatch\.stationStaff\.nowhere: expected a station/,
      "s",
    );
    assert.equal(await exists(out), false, "unknown station: nothing written");
    const stations = await cli("size", ["plan-2023", "--stations", "zhandian,mars", "--out", out]);
    assertUserError(
      stations,
      /--stations has an unknown name "mars"; expected some of county, zhandian/,
      "mars",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("size: a small run writes size.json, size.csv and size.html that agree", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-size-" });
  try {
    const out = `${dir}/out`;
    // One role, a low confidence so few replications confirm it (n of n ≥ 0.5 from n = 4).
    const r = await cli("size", [
      "plan-2023",
      "--roles",
      "designReviewers",
      "--confidence",
      "0.5",
      "--screen",
      "2",
      "--reps",
      "4",
      "--workers",
      "0",
      "--quiet",
      "--out",
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const summary: SizingSummary = JSON.parse(await Deno.readTextFile(`${out}/size.json`));
    assert.ok(summary.answer !== null);
    const rows = summary.answer!.rows;
    assert.equal(rows.length, 12);
    const reviewers = rows.find((row) => row.role === "designReviewers")!;
    assert.ok(reviewers.sized);
    assert.ok(rows.filter((row) => row !== reviewers).every((row) => !row.sized));
    assert.ok(rows.filter((row) => !row.sized).every((row) => row.count === row.scenarioCount));
    // The cost is the counts times the unit costs of costs.csv.
    assert.equal(
      summary.answer!.costCny,
      rows.reduce((s, row) => s + row.count * row.unitCostCny, 0),
    );
    assert.equal(reviewers.unitCostCny, 190000);
    // Replications spent: every candidate's replications, each run once.
    assert.equal(
      summary.replicationsSpent,
      summary.candidates.reduce((s, c) => s + c.replications, 0),
    );
    const csv = await Deno.readTextFile(`${out}/size.csv`);
    assert.match(
      csv,
      /applications\.staff\.designReviewers\.count,designReviewers,,all,2,\d+,yes,190000,/,
    );
    const html = await Deno.readTextFile(`${out}/size.html`);
    assert.match(html, /<svg/);
    assert.match(html, /P with one less/);
    assert.match(r.stdout, /designReviewers/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

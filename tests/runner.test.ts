/**
 * The scenario runner and the command line: the shipped scenarios load, results do not depend
 * on the number of workers, a scenario compared with itself shows no difference, every bad input
 * exits with code 2 and one message and writes nothing, and the schema is up to date.
 */
import assert from "node:assert/strict";
import { schemaText } from "../sim/cli/schema.ts";
import { TIMELINE_CLASSES } from "../sim/model/applications/classes.ts";
import { compareRuns } from "../sim/runner/compare.ts";
import { runFiles } from "../sim/runner/files.ts";
import { runScenario } from "../sim/runner/run-scenario.ts";
import { SCENARIOS_DIR } from "../sim/scenario/load.ts";
import { readScenario, withSetting } from "../sim/scenario/scenario.ts";
import { assertUserError, cli } from "./support/cli.ts";

const SHIPPED = [
  "baseline-2022",
  "plan-2023",
  "lv-threshold-170",
  "staffing-low",
  "staffing-high",
  "live-line-90",
  "pv-cap-100",
];

Deno.test("every shipped scenario loads, and variants change only their lever", async () => {
  const plan = await readScenario("plan-2023");
  for (const name of SHIPPED) {
    const s = await readScenario(name);
    assert.equal(s.name, name);
    assert.ok(s.description.length > 20, `${name} explains itself`);
  }
  const variant = await readScenario("lv-threshold-170");
  assert.equal(variant.parameters.applications.access.lvThresholdTownKw, 170);
  assert.deepEqual(
    withSetting(variant, "applications.access.lvThresholdTownKw", "160").parameters,
    plan.parameters,
  );
  const baseline = await readScenario("baseline-2022");
  assert.equal(baseline.year, 2022);
  assert.equal(baseline.parameters.applications.approval.parallelApproval, false);
});

Deno.test("scenarios/schema.json is generated from the spec and up to date", async () => {
  const committed = JSON.parse(await Deno.readTextFile(`${SCENARIOS_DIR}schema.json`));
  assert.deepEqual(committed, JSON.parse(schemaText()), "run `deno task schema`");
});

Deno.test("results are byte-identical whatever the number of workers", async () => {
  const plan = await readScenario("plan-2023");
  const options = { replications: 3, seed: 11, recordReplications: 1 };
  const inline = runFiles(await runScenario(plan, { ...options, workers: 0 }));
  const one = runFiles(await runScenario(plan, { ...options, workers: 1 }));
  const two = runFiles(await runScenario(plan, { ...options, workers: 2 }));
  assert.deepEqual(Object.keys(inline).sort(), [
    "applications.csv",
    "outages.csv",
    "pv-applications.csv",
    "replications.csv",
    "summary.json",
    "zones.csv",
  ]);
  for (const name of Object.keys(inline)) {
    assert.equal(one[name], inline[name], `${name}: 1 worker vs none`);
    assert.equal(two[name], inline[name], `${name}: 2 workers vs none`);
  }
  const other = runFiles(await runScenario(plan, { ...options, seed: 12, workers: 0 }));
  assert.notEqual(other["replications.csv"], inline["replications.csv"], "another seed differs");
});

Deno.test("summary.json has the documented keys", async () => {
  const run = await runScenario(await readScenario("plan-2023"), { replications: 2, workers: 0 });
  const summary = JSON.parse(runFiles(run)["summary.json"]);
  assert.equal(summary.replications, 2);
  for (const c of TIMELINE_CLASSES) {
    const share = summary.timeline[c].withinTarget.mean;
    assert.ok(share >= 0 && share <= 1, `${c} withinTarget.mean = ${share}`);
  }
  const saidi = summary.reliability.saidiHours;
  assert.ok(
    saidi.mean > 0 && saidi.ci95.length === 2 && saidi.ci95[0] <= saidi.mean &&
      saidi.mean <= saidi.ci95[1],
  );
  assert.ok(summary.targets.length >= 8);
  for (const t of summary.targets) {
    assert.ok(t.probability === null || (t.probability >= 0 && t.probability <= 1));
  }
});

Deno.test("common random numbers: a scenario compared with itself shows zero difference", async () => {
  const plan = await readScenario("plan-2023");
  const a = await runScenario(plan, { replications: 3, workers: 0 });
  const b = await runScenario(plan, { replications: 3, workers: 0 });
  for (const c of compareRuns([a, b])) {
    const d = c.differences[0];
    if (d === null) continue;
    assert.equal(d.difference, 0, c.key);
    assert.equal(d.significant, false, c.key);
  }
  // A real lever change on the same random numbers is detected where it acts.
  const live = await runScenario(await readScenario("live-line-90"), {
    replications: 3,
    workers: 0,
  });
  const planned = compareRuns([a, live], ["reliability.planned.saidiHours"])[0].differences[0]!;
  assert.ok(planned.difference < 0, `live-line 90 % lowers planned SAIDI (${planned.difference})`);
});

Deno.test("bad input on the command line: exit code 2, one clear message, no stack trace, nothing written", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/bad-json.json`, '{\n  "year": 2023,\n  oops\n}');
    await Deno.writeTextFile(
      `${dir}/unknown.json`,
      JSON.stringify({ extends: `${SCENARIOS_DIR}plan-2023`, replicatons: 5 }),
    );
    await Deno.writeTextFile(
      `${dir}/type.json`,
      JSON.stringify({ applications: { access: { threeZero: "yes" } } }),
    );
    await Deno.writeTextFile(
      `${dir}/range.json`,
      JSON.stringify({ reliability: { planned: { liveLineShare10kv: 1.2 } } }),
    );
    await Deno.writeTextFile(`${dir}/cycle-a.json`, JSON.stringify({ extends: "cycle-b" }));
    await Deno.writeTextFile(`${dir}/cycle-b.json`, JSON.stringify({ extends: "cycle-a" }));
    await Deno.writeTextFile(`${dir}/bad-data.json`, JSON.stringify({ data: "no-such-dir" }));
    const out = `${dir}/out`;
    const cases: [string, string[], RegExp][] = [
      [
        "sim",
        [`${dir}/missing.json`, "--out", out],
        /^error: scenario file .*missing\.json does not exist\n$/,
      ],
      [
        "sim",
        [`${dir}/bad-json.json`, "--out", out],
        /^error: .*bad-json\.json:3:3: invalid JSON: .*\n$/,
      ],
      [
        "sim",
        [`${dir}/unknown.json`, "--out", out],
        /replicatons: expected a known key \(did you mean "replications"\?\)/,
      ],
      [
        "sim",
        [`${dir}/type.json`, "--out", out],
        /applications\.access\.threeZero: expected true or false, found "yes"/,
      ],
      [
        "sim",
        [`${dir}/range.json`, "--out", out],
        /reliability\.planned\.liveLineShare10kv: expected a number from 0 to 1/,
      ],
      [
        "sim",
        [`${dir}/cycle-a.json`, "--out", out],
        /extends cycle: .*cycle-a\.json → .*cycle-b\.json → .*cycle-a\.json/,
      ],
      [
        "sim",
        [`${dir}/bad-data.json`, "--out", out],
        /County data directory .*no-such-dir does not exist/,
      ],
      [
        "sim",
        ["plan-2023", "--reps", "zero", "--out", out],
        /--reps expects a whole number from 1 to 100000, found "zero"/,
      ],
      ["sim", ["plan-2023", "--bogus", "--out", out], /sim: Unknown option '--bogus'/],
      ["sim", ["--out", out], /sim: expected one scenario, found 0/],
      [
        "sweep",
        ["plan-2023", "--set", "applications.access.lvThresholdKW=100,170", "--out", out],
        /did you mean "lvThresholdKw"\?/,
      ],
      [
        "sweep",
        ["plan-2023", "--set", "applications.access.lvThresholdKw=100,abc", "--out", out],
        /expected a number from/,
      ],
      ["compare", ["plan-2023", "--out", out], /compare: expected two or more scenarios, found 1/],
    ];
    for (const [script, args, pattern] of cases) {
      assertUserError(await cli(script, args), pattern, `${script} ${args.join(" ")}`);
    }
    await assert.rejects(Deno.stat(out), Deno.errors.NotFound, "nothing was written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("sim writes its files into --out, with a BOM on CSV files; --help exits 0", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const r = await cli("sim", [
      "plan-2023",
      "--reps",
      "2",
      "--workers",
      "0",
      "--records",
      "1",
      "--out",
      dir,
      "--quiet",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "", "quiet");
    const csv = await Deno.readTextFile(`${dir}/applications.csv`);
    assert.ok(csv.startsWith("\uFEFFreplication,id,class,"));
    const summary = JSON.parse(await Deno.readTextFile(`${dir}/summary.json`));
    assert.equal(summary.replications, 2);
    const help = await cli("sim", ["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: deno task sim <scenario>/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("compare and sweep print their tables and write CSV and HTML", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const compare = await cli("compare", [
      "plan-2023",
      "live-line-90",
      "--reps",
      "3",
      "--workers",
      "0",
      "--out",
      `${dir}/compare`,
      "--quiet",
    ]);
    assert.equal(compare.code, 0, compare.stderr);
    assert.match(compare.stdout, /SAIDI \(10 kV users\) \(h\) +[\d.]+ +[\d.]+ +−?-?[\d.]+ \[.*\]/);
    const csv = await Deno.readTextFile(`${dir}/compare/compare.csv`);
    assert.match(csv, /^\uFEFFkpi,plan-2023,live-line-90,live-line-90_minus_plan-2023,/);
    assert.match(await Deno.readTextFile(`${dir}/compare/compare.html`), /<svg/);

    const sweep = await cli("sweep", [
      "plan-2023",
      "--set",
      "applications.access.lvThresholdKw=100,250",
      "--reps",
      "2",
      "--workers",
      "0",
      "--out",
      `${dir}/sweep`,
      "--quiet",
    ]);
    assert.equal(sweep.code, 0, sweep.stderr);
    const lines = sweep.stdout.trim().split("\n");
    assert.equal(lines.length, 4, "header, rule, one row per value");
    assert.match(lines[2], /^100 /);
    assert.match(lines[3], /^250 /);
    const html = await Deno.readTextFile(`${dir}/sweep/sweep.html`);
    assert.ok((html.match(/<svg/g) ?? []).length >= 10, "a chart per headline KPI");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

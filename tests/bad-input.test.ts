/**
 * Bad input on the command line, as a careless user gives it: every command (`sim`, `compare`,
 * `sweep`, `report`, `schema`, `notebooks`) exits with code 2 and one clear message, never
 * hangs, never prints a stack trace, and writes nothing: the output location is checked before
 * any simulation (a run of 100,000 replications that would take hours fails at once), and a
 * scenario's name never becomes a path outside the output root.
 */
import assert from "node:assert/strict";
import { SCENARIOS_DIR } from "../sim/scenario/load.ts";
import { assertUserError, cli } from "./support/cli.ts";

/** Writes `files` (name → text) into a fresh temporary directory and runs `body` in it. */
async function inTempDir(
  files: Record<string, string>,
  body: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-bad-" });
  try {
    for (const [name, text] of Object.entries(files)) {
      await Deno.mkdir(`${dir}/${name}`.replace(/\/[^/]*$/, ""), { recursive: true });
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    await body(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Every entry under `dir`, recursively, as relative paths. */
async function listing(dir: string, prefix = ""): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    names.push(prefix + entry.name);
    if (entry.isDirectory) {
      names.push(...await listing(`${dir}/${entry.name}`, `${prefix}${entry.name}/`));
    }
  }
  return names.sort();
}

/** The scenario-running commands, each with the arguments that name `scenario`. */
const RUNNERS = (scenario: string): [string, string[]][] => [
  ["sim", [scenario]],
  ["compare", [scenario, scenario]],
  ["sweep", [scenario, "--set", "applications.access.lvThresholdKw=160,170"]],
  ["report", []],
];

Deno.test("hangs: extends cycles through ./, ../ and links are found; --reps is bounded as in scenario files", async () => {
  await inTempDir({
    "self.json": JSON.stringify({ extends: "./self" }),
    "dir/a.json": JSON.stringify({ extends: "../dir/b" }),
    "dir/b.json": JSON.stringify({ extends: "./a.json" }),
    "via-link.json": JSON.stringify({ extends: "link" }),
  }, async (dir) => {
    await Deno.symlink(`${dir}/via-link.json`, `${dir}/link.json`);
    for (const file of ["self.json", "dir/a.json", "via-link.json"]) {
      assertUserError(
        await cli("sim", [`${dir}/${file}`, "--out", `${dir}/out`]),
        /extends cycle: /,
        file,
      );
    }
    for (const [script, args] of RUNNERS("plan-2023")) {
      for (
        const [flag, value, pattern] of [
          ["--reps", "100001", /--reps expects a whole number from 1 to 100000, found "100001"/],
          ["--reps", "1e9", /--reps expects a whole number from 1 to 100000, found "1e9"/],
          ["--seed", "4294967296", /--seed expects a whole number from 0 to 2147483647/],
          ["--workers", "1000000", /--workers expects a whole number from 0 to 256/],
        ] as const
      ) {
        assertUserError(
          await cli(script, [...args, flag, value, "--out", `${dir}/out`]),
          pattern,
          `${script} ${flag} ${value}`,
        );
      }
    }
    assertUserError(
      await cli("sim", ["plan-2023", "--records", "100001", "--out", `${dir}/out`]),
      /--records expects a whole number from 0 to 100000/,
      "sim --records",
    );
    assert.deepEqual(await listing(dir), [
      "dir",
      "dir/a.json",
      "dir/b.json",
      "link.json",
      "self.json",
      "via-link.json",
    ]);
  });
});

Deno.test("the output location is checked before simulating, for every command", async () => {
  await inTempDir({ "a-file": "not a directory\n", "foreign/notes.txt": "mine\n" }, async (dir) => {
    const before = await listing(dir);
    const places: [string, RegExp][] = [
      [`${dir}/a-file`, /found a file$/m],
      [`${dir}/a-file/sub`, /found a path through a file, not a directory/],
      [`${dir}/a\u0001b`, /found a path with a control character/],
      [`${dir}/foreign`, /holding files jiedian did not write \(such as "notes\.txt"\)/],
      ["/", /found the root directory/],
    ];
    if ((await Deno.stat("/sys/kernel").catch(() => null))?.isDirectory) {
      // a kernel file system: nobody, root included, may create a directory there
      places.push(["/sys/kernel/jiedian-out", /found a place this user may not write/]);
    }
    for (const [script, args] of RUNNERS("plan-2023")) {
      for (const [out, pattern] of places) {
        // 100,000 replications would take hours: only a check before simulating ends at once.
        assertUserError(
          await cli(script, [...args, "--reps", "100000", "--out", out, "--quiet"]),
          pattern,
          `${script} --out ${out}`,
        );
      }
    }
    assert.deepEqual(await listing(dir), before, "nothing written, nothing removed");
  });
});

Deno.test("names and paths: no NUL bytes, no escape from the output root, no symbolic-link loops", async () => {
  await inTempDir({
    "escape.json": JSON.stringify({ name: "../escape", replications: 1 }),
    "nul.json": JSON.stringify({ name: "a\u0000b", replications: 1 }),
    "loop-data.json": JSON.stringify({ data: "loop", replications: 1 }),
    "nul-data.json": JSON.stringify({ data: "data\u0000", replications: 1 }),
    "nul-extends.json": JSON.stringify({ extends: "plan\u0000", replications: 1 }),
    "chinese.json": JSON.stringify({ extends: `${SCENARIOS_DIR}plan-2023`, name: "计划 二〇二三" }),
  }, async (dir) => {
    await Deno.symlink(`${dir}/loop`, `${dir}/loop2`);
    await Deno.symlink(`${dir}/loop2`, `${dir}/loop`);
    await Deno.symlink(`${dir}/loop.json`, `${dir}/loop2.json`);
    await Deno.symlink(`${dir}/loop2.json`, `${dir}/loop.json`);
    const cases: [string, string[], RegExp][] = [
      [
        "sim",
        [`${dir}/loop.json`],
        /loop\.json: expected a UTF-8 JSON scenario file, found a symbolic-link loop/,
      ],
      [
        "sweep",
        ["plan-2023", "--set", `applications.access.lvThresholdKw=${"1,".repeat(200)}1`],
        /--set expects at most 100 values, found 201/,
      ],
      [
        "sim",
        [`${dir}/escape.json`],
        /name: expected a name usable as one folder name.*"\.\.\/escape"/,
      ],
      ["sim", [`${dir}/nul.json`], /name: .*"a\\u0000b": a control character/],
      ["sim", [`${dir}/loop-data.json`], /County data directory .*loop: .*a symbolic-link loop/],
      // (a command-line argument cannot hold a NUL byte: a scenario file can)
      [
        "sim",
        [`${dir}/nul-data.json`],
        /County data directory: expected a path, found a path with a NUL/,
      ],
      [
        "sim",
        [`${dir}/nul-extends.json`],
        /expected a UTF-8 JSON scenario file, found a path with a NUL/,
      ],
    ];
    for (const [script, args, pattern] of cases) {
      assertUserError(await cli(script, args, { cwd: dir }), pattern, args.join(" "));
    }
    // A Chinese name is a valid folder name; the run lands in out/<name>/ under the cwd.
    const ok = await cli(
      "sim",
      [`${dir}/chinese.json`, "--reps", "1", "--workers", "0", "--quiet"],
      {
        cwd: dir,
      },
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok((await listing(dir)).includes("out/计划 二〇二三/summary.json"));
  });
});

Deno.test("data directories: an empty one is an error and a fallback is never silent, even with --quiet", async () => {
  await inTempDir({
    "empty.json": JSON.stringify({ data: "empty" }),
    "partial.json": JSON.stringify({ data: "partial", replications: 1 }),
    "partial/costs.csv": await Deno.readTextFile(new URL("../data/costs.csv", import.meta.url)),
  }, async (dir) => {
    await Deno.mkdir(`${dir}/empty`);
    assertUserError(
      await cli("sim", [`${dir}/empty.json`, "--quiet", "--out", `${dir}/out`]),
      /County data directory .*empty holds none of the county's files/,
      "empty data directory",
    );
    const r = await cli("sim", [
      `${dir}/partial.json`,
      "--quiet",
      "--workers",
      "0",
      "--out",
      `${dir}/out`,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^note: grid\/feeders\.csv is not in .*partial: using the default data's/m,
    );
    assert.match(
      r.stderr,
      /^note: .*partial has no calendar\/: using the toolkit's working calendar/m,
    );
  });
});

Deno.test("schema, kpis and notebooks check their flags and parameters like the others", async () => {
  assertUserError(await cli("schema", ["--bogus"]), /schema: Unknown option '--bogus'/, "schema");
  assertUserError(
    await cli("schema", ["extra"]),
    /schema: takes no arguments, found extra/,
    "schema",
  );
  assertUserError(await cli("notebooks", ["--bogus"]), /notebooks: Unknown option/, "notebooks");
  assertUserError(await cli("kpis", ["--bogus"]), /kpis: Unknown option '--bogus'/, "kpis");
  assertUserError(await cli("kpis", ["extra"]), /kpis: takes no arguments, found extra/, "kpis");
  const cases: [string, string, RegExp][] = [
    ["JIEDIAN_REPS", "0", /JIEDIAN_REPS must be a whole number from 1 to 100000, found "0"/],
    ["JIEDIAN_SEED", "-1", /JIEDIAN_SEED must be a whole number from 0 to 2147483647/],
    ["JIEDIAN_SCENARIO", "no-such", /scenario file .*no-such\.json does not exist/],
  ];
  for (const [name, value, pattern] of cases) {
    assertUserError(
      await cli("notebooks", [], { env: { [name]: value } }),
      pattern,
      `notebooks with ${name}=${value}`,
    );
  }
});

Deno.test("sensitivity: a range with low > high, an unknown input, a budget too small: exit 2, nothing written", async () => {
  await inTempDir({}, async (dir) => {
    const out = `${dir}/out`;
    const cases: [string[], RegExp][] = [
      [
        ["--range", "pv.adoption.imitationQ=0.5:0.3"],
        /--range pv\.adoption\.imitationQ=0\.5:0\.3: expected low ≤ high/,
      ],
      [
        ["--inputs", "pv.adoption.inovationP"],
        /unknown input "pv\.adoption\.inovationP" \(did you mean "pv\.adoption\.innovationP"\?\)/,
      ],
      [["--budget", "10"], /--budget 10 is too small for Morris on \d+ inputs/],
      [[
        "--method",
        "sobol",
        "--inputs",
        "pv.adoption.innovationP,pv.adoption.imitationQ",
        "--budget",
        "12",
      ], /too small for Sobol on 2 inputs/],
      [["--method", "anova"], /--method expects morris or sobol/],
    ];
    for (const [args, pattern] of cases) {
      assertUserError(
        await cli("sensitivity", ["plan-2023", ...args, "--out", out]),
        pattern,
        args.join(" "),
      );
    }
    // The report reads a previous run's sensitivity.json before it simulates anything.
    assertUserError(
      await cli("report", ["--sensitivity", `${dir}/nowhere`, "--out", out]),
      /--sensitivity: cannot read .*nowhere\/sensitivity\.json/,
      "report --sensitivity",
    );
    assert.deepEqual(await listing(dir), []);
  });
});

/**
 * Scenario files: inheritance, defaults, and one clear message for every kind of mistake. These
 * tests use a small spec of their own, so they check the format machinery, not the models.
 */
import assert from "node:assert/strict";
import { excerpt, type Problem, quoteValue, UserError } from "../sim/errors.ts";
import {
  changes,
  choice,
  count,
  defaultsOf,
  flag,
  group,
  number,
  share,
} from "../sim/spec/spec.ts";
import { closest } from "../sim/spec/closest.ts";
import { toJsonSchema } from "../sim/spec/json-schema.ts";
import { loadScenario, parseJson } from "../sim/scenario/load.ts";
import { jsonError } from "../sim/scenario/json-error.ts";
import { withValue } from "../sim/scenario/override.ts";
import { validateAgainst } from "../sim/spec/validate.ts";

const SPEC = group("test scenario", {
  year: count("year", 2023, { min: 2022, max: 2024, unit: "year" }),
  applications: group("applications", {
    lvThresholdKw: number("LV access threshold", 160, "kW", {
      min: 50,
      max: 400,
      clause: "三.(一)",
    }),
    parallelApproval: flag("parallel approval", true, "二.(二)"),
    cloudInspectionShare: share("cloud inspection share", 0.6),
    mode: choice("mode", ["a", "b"], "a"),
    surveyCrews: count("survey crews", 4, { max: 50 }),
    surveyCrewChanges: changes("survey crew changes", "crews", { max: 50 }),
  }),
});

async function withFiles(
  files: Record<string, string>,
  body: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    await body(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function rejectsWith(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof UserError, `expected a UserError, got ${error}`);
    assert.equal(error.message, message);
    return true;
  });
}

Deno.test("a scenario inherits from the one it extends and overrides what it sets", async () => {
  await withFiles({
    "base.json": JSON.stringify({ applications: { lvThresholdKw: 100, parallelApproval: false } }),
    "child.json": JSON.stringify({ extends: "base", applications: { lvThresholdKw: 170 } }),
  }, async (dir) => {
    const loaded = await loadScenario(`${dir}/child.json`, SPEC);
    assert.deepEqual(loaded.chain, [`${dir}/child.json`, `${dir}/base.json`]);
    assert.equal(loaded.values.applications.lvThresholdKw, 170);
    assert.equal(loaded.values.applications.parallelApproval, false);
    assert.equal(loaded.values.applications.cloudInspectionShare, 0.6); // default
    assert.equal(loaded.values.year, 2023);
  });
});

Deno.test("an empty scenario is the defaults", async () => {
  await withFiles({ "s.json": "{}" }, async (dir) => {
    const loaded = await loadScenario(`${dir}/s.json`, SPEC);
    assert.deepEqual(loaded.values, defaultsOf(SPEC));
  });
});

Deno.test("bad input: each mistake gives one clear message naming file and field", async () => {
  await withFiles({
    "invalid.json": '{\n  "year": 2023,\n  "applications": { "lvThresholdKw": 170, }\n}',
    "unknown.json": JSON.stringify({ applications: { lvThresholdKW: 170 } }),
    "type.json": JSON.stringify({ applications: { parallelApproval: "yes" } }),
    "range.json": JSON.stringify({ applications: { cloudInspectionShare: 1.5 }, year: 2030 }),
    "enum.json": JSON.stringify({ applications: { mode: "c" } }),
    "a.json": JSON.stringify({ extends: "b" }),
    "b.json": JSON.stringify({ extends: "a.json" }),
    "parent-missing.json": JSON.stringify({ extends: "nowhere" }),
    "array.json": "[1, 2]",
    "changes.json": JSON.stringify({
      applications: {
        surveyCrewChanges: [{ from: "2023-07-01", value: 6 }, { from: "2023-03-01", value: 2.5 }],
      },
    }),
  }, async (dir) => {
    await rejectsWith(
      loadScenario(`${dir}/missing.json`, SPEC),
      `scenario file ${dir}/missing.json does not exist`,
    );
    await rejectsWith(
      loadScenario(`${dir}/invalid.json`, SPEC),
      `${dir}/invalid.json:3:41: invalid JSON: a trailing comma before }: remove the comma`,
    );
    await rejectsWith(
      loadScenario(`${dir}/unknown.json`, SPEC),
      `${dir}/unknown.json: the scenario has 1 problem:\n` +
        `  ${dir}/unknown.json: applications.lvThresholdKW: expected a known key ` +
        `(did you mean "lvThresholdKw"?), found unknown key "lvThresholdKW"`,
    );
    await rejectsWith(
      loadScenario(`${dir}/type.json`, SPEC),
      `${dir}/type.json: the scenario has 1 problem:\n` +
        `  ${dir}/type.json: applications.parallelApproval: expected true or false, found "yes"`,
    );
    await rejectsWith(
      loadScenario(`${dir}/range.json`, SPEC),
      `${dir}/range.json: the scenario has 2 problems:\n` +
        `  ${dir}/range.json: year: expected a whole number from 2022 to 2024 (year), found 2030\n` +
        `  ${dir}/range.json: applications.cloudInspectionShare: expected a number from 0 to 1 ` +
        `(share 0–1), found 1.5`,
    );
    await rejectsWith(
      loadScenario(`${dir}/enum.json`, SPEC),
      `${dir}/enum.json: the scenario has 1 problem:\n` +
        `  ${dir}/enum.json: applications.mode: expected one of "a", "b", found "c"`,
    );
    await rejectsWith(
      loadScenario(`${dir}/a.json`, SPEC),
      `${dir}/a.json: extends cycle: ${dir}/a.json → ${dir}/b.json → ${dir}/a.json`,
    );
    await rejectsWith(
      loadScenario(`${dir}/parent-missing.json`, SPEC),
      `scenario file ${dir}/nowhere.json does not exist`,
    );
    await rejectsWith(
      loadScenario(`${dir}/array.json`, SPEC),
      `${dir}/array.json: expected a JSON object at the top level, found an array`,
    );
    await rejectsWith(
      loadScenario(`${dir}/changes.json`, SPEC),
      `${dir}/changes.json: the scenario has 2 problems:\n` +
        `  ${dir}/changes.json: applications.surveyCrewChanges[1].from: expected a date after ` +
        `2023-07-01 (changes in date order), found "2023-03-01"\n` +
        `  ${dir}/changes.json: applications.surveyCrewChanges[1].value: expected a whole number ` +
        `from 0 to 50 (crews), found 2.5`,
    );
  });
});

Deno.test("closest finds plausible misspellings only", () => {
  assert.equal(closest("lvThresholdKW", ["lvThresholdKw", "seed"]), "lvThresholdKw");
  assert.equal(closest("replicatons", ["replications", "seed"]), "replications");
  assert.equal(closest("zzz", ["seed", "year"]), undefined);
});

Deno.test("the JSON Schema documents every lever with unit, default, range and clause", () => {
  const schema = toJsonSchema(SPEC) as {
    additionalProperties: boolean;
    properties: { applications: { properties: Record<string, Record<string, unknown>> } };
  };
  assert.equal(schema.additionalProperties, false);
  const threshold = schema.properties.applications.properties.lvThresholdKw;
  assert.equal(threshold.type, "number");
  assert.equal(threshold.default, 160);
  assert.equal(threshold.minimum, 50);
  assert.equal(threshold.maximum, 400);
  assert.equal(
    threshold.description,
    "LV access threshold Unit: kW. Default: 160. Range: 50–400. Source: 三.(一).",
  );
  assert.equal(schema.properties.applications.properties.surveyCrews.type, "integer");
});

Deno.test("invalid JSON: the line and column of the mistake, and its likely cause", () => {
  const cases: [string, string][] = [
    ['{ "a": 1, }', "1:9: invalid JSON: a trailing comma before }: remove the comma"],
    ["[1, 2,]", "1:6: invalid JSON: a trailing comma before ]: remove the comma"],
    ['{\r\n  // note\r\n  "a": 1\r\n}', "2:3: invalid JSON: a comment (//): JSON has no comments"],
    ['{ /* note */ "a": 1 }', "1:3: invalid JSON: a comment (/*): JSON has no comments"],
    ['{ "a": NaN }', "1:8: invalid JSON: NaN is not a JSON value"],
    ['{ "a": -Infinity }', "1:8: invalid JSON: -Infinity is not a JSON value"],
    ["{ 'a': 1 }", "1:3: invalid JSON: a string in single quotes: JSON strings take double quotes"],
    ["{ a: 1 }", "1:3: invalid JSON: a property name without double quotes"],
    ['{ "a": "x\ny" }', "1:10: invalid JSON: a line break inside a string"],
    ['{\n  "a": 1', "2:9: invalid JSON: the text ends before the value is complete"],
    [
      '{ "a": 1 }\uFEFF{ "b": 2 }',
      "1:11: invalid JSON: a byte-order mark (U+FEFF) inside the text",
    ],
    ["\uFEFF{}", "1:1: invalid JSON: a byte-order mark (U+FEFF) inside the text"],
    ['{ "a": 1 } x', '1:12: invalid JSON: more text after the JSON value ended: "x"'],
    ['{ "a" 1 }', '1:7: invalid JSON: a : after the property name, found "1 }"'],
    ['{ "a": 1 "b": 2 }', '1:10: invalid JSON: a , or } after the value, found "\\"b\\": 2 }"'],
    ['{ "a": tru }', '1:8: invalid JSON: unexpected "tru"'],
    ['{ "a": 01 }', '1:9: invalid JSON: unexpected "1"'],
    ['{ "a": "\\x" }', '1:9: invalid JSON: a bad escape "\\\\x" inside a string'],
    ['{ "a": "open', "1:8: invalid JSON: a string that is never closed"],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => JSON.parse(text), SyntaxError, `the case is invalid JSON: ${text}`);
    assert.throws(() => parseJson(text, "s.json"), (error: unknown) => {
      assert.ok(error instanceof UserError);
      assert.ok(error.message.startsWith(`s.json:${message}`), `${text}: ${error.message}`);
      return true;
    });
    assert.equal(jsonError(text)?.offset !== undefined, true);
  }
  for (const valid of ['{ "a": [1, -2.5e3, true, null, "x\\u00e9\\n"] }', "[]", " 0 "]) {
    assert.equal(jsonError(valid), undefined, valid);
  }
});

Deno.test("unknown keys: no built-in name of Object.prototype passes, in a file or in --set", async () => {
  const names = Object.getOwnPropertyNames(Object.prototype);
  assert.ok(names.includes("__proto__") && names.includes("constructor") && names.length >= 12);
  for (const name of names) {
    // JSON.parse makes "__proto__" an own key, as a scenario file would.
    const top = JSON.parse(`{ ${JSON.stringify(name)}: 1 }`);
    const nested = JSON.parse(`{ "applications": { ${JSON.stringify(name)}: { "x": 1 } } }`);
    for (const [value, column] of [[top, name], [nested, `applications.${name}`]]) {
      const problems: Problem[] = [];
      validateAgainst(SPEC, value, "", "s.json", problems);
      assert.equal(problems.length, 1, `${column}: ${JSON.stringify(problems)}`);
      assert.equal(problems[0].column, column);
      assert.match(problems[0].found, /^unknown key /);
    }
    for (const path of [name, `applications.${name}`, `applications.surveyCrews.${name}`]) {
      assert.throws(
        () => withValue(SPEC, defaultsOf(SPEC), path, "1"),
        (error: unknown) =>
          error instanceof UserError && /unknown parameter|has no parts/.test(error.message),
        `--set ${path}`,
      );
    }
  }
  await withFiles(
    { "p.json": '{ "__proto__": { "polluted": 1 }, "toString": 2 }' },
    async (dir) => {
      await assert.rejects(loadScenario(`${dir}/p.json`, SPEC), (error: unknown) => {
        assert.ok(error instanceof UserError);
        assert.match(error.message, /has 2 problems/);
        return true;
      });
    },
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "no prototype was changed");
});

Deno.test("a long value is quoted as an excerpt, never whole", async () => {
  const huge = "x".repeat(5_000_000);
  await withFiles({
    "big.json": JSON.stringify({ applications: { mode: huge } }),
    "bigkey.json": JSON.stringify({ applications: { [huge]: 1 } }),
    "bigjson.json": `{ "applications": ${huge} }`,
  }, async (dir) => {
    for (const name of ["big.json", "bigkey.json", "bigjson.json"]) {
      await assert.rejects(loadScenario(`${dir}/${name}`, SPEC), (error: unknown) => {
        assert.ok(error instanceof UserError);
        assert.ok(error.message.length < 600, `${name}: ${error.message.length} characters`);
        return true;
      });
    }
  });
  assert.equal(quoteValue("abc"), '"abc"');
  assert.equal(quoteValue("é".repeat(100)), `"${"é".repeat(60)}"… (100 characters)`);
  // 60 UTF-16 units would end inside the 30th emoji: it is left out whole.
  assert.ok(excerpt("a" + "😀".repeat(40)).startsWith("a" + "😀".repeat(29) + "… ("), "no half");
});

Deno.test("valid variants stay valid: a byte-order mark, CRLF line ends, Chinese text", async () => {
  const text = '\uFEFF{\r\n  "applications": { "mode": "b" },\r\n  "year": 2024\r\n}\r\n';
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/方案.json`, new TextEncoder().encode(text));
    const loaded = await loadScenario(`${dir}/方案.json`, SPEC);
    assert.equal(loaded.values.applications.mode, "b");
    assert.equal(loaded.values.year, 2024);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

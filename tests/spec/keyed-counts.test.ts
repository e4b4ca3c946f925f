/**
 * Counts keyed by data ids (a station's staff by role): the spec checks their shape and ranges
 * in a file, in `--set` and in the explorer's text field, and documents them in the JSON Schema.
 */
import assert from "node:assert/strict";
import type { Problem } from "../../sim/errors.ts";
import { UserError } from "../../sim/errors.ts";
import { withValue } from "../../sim/scenario/override.ts";
import { toJsonSchema } from "../../sim/spec/json-schema.ts";
import { keyedCountsText, leverText, parseKeyedCountsText } from "../../sim/spec/levers.ts";
import { defaultsOf, group, keyedCounts } from "../../sim/spec/spec.ts";
import { validateAgainst } from "../../sim/spec/validate.ts";

const SPEC = group("test", {
  dispatch: group("dispatch", {
    stationStaff: keyedCounts(
      "staff by station",
      "a station id",
      ["lvCrews", "surveyCrews"],
      "people",
      50,
    ),
  }),
});

function problemsOf(value: unknown): Problem[] {
  const problems: Problem[] = [];
  validateAgainst(SPEC, { dispatch: { stationStaff: value } }, "", "s.json", problems);
  return problems;
}

Deno.test("keyed counts: empty by default, and a well-formed value passes", () => {
  assert.deepEqual(defaultsOf(SPEC), { dispatch: { stationStaff: {} } });
  assert.deepEqual(problemsOf({ S03: { lvCrews: 4 }, "S-1_b": { surveyCrews: 0 } }), []);
});

Deno.test("keyed counts: each mistake names its place, what was expected and what was found", () => {
  const cases: [unknown, string, string, string][] = [
    [[1], "dispatch.stationStaff", "an object", "an array"],
    [{ "S.3": { lvCrews: 1 } }, "dispatch.stationStaff.S.3", "a station id", '"S.3"'],
    [{ S03: 4 }, "dispatch.stationStaff.S03", "an object", "4"],
    [
      { S03: { lvCrew: 4 } },
      "dispatch.stationStaff.S03.lvCrew",
      'did you mean "lvCrews"',
      "lvCrew",
    ],
    [{ S03: { lvCrews: 2.5 } }, "dispatch.stationStaff.S03.lvCrews", "a whole number", "2.5"],
    [{ S03: { lvCrews: 51 } }, "dispatch.stationStaff.S03.lvCrews", "from 0 to 50", "51"],
    [{ S03: { lvCrews: -1 } }, "dispatch.stationStaff.S03.lvCrews", "from 0 to 50", "-1"],
  ];
  for (const [value, column, expected, found] of cases) {
    const problems = problemsOf(value);
    assert.equal(problems.length, 1, JSON.stringify(value));
    assert.equal(problems[0].column, column);
    assert.equal(problems[0].file, "s.json");
    assert.ok(problems[0].expected.includes(expected), problems[0].expected);
    assert.ok(problems[0].found.includes(found), problems[0].found);
  }
});

Deno.test("keyed counts: --set changes one count and keeps the others", () => {
  const base = { dispatch: { stationStaff: { S01: { lvCrews: 2 } } } };
  const next = withValue(SPEC, base, "dispatch.stationStaff.S03.lvCrews", "4");
  assert.deepEqual(next.dispatch.stationStaff, { S01: { lvCrews: 2 }, S03: { lvCrews: 4 } });
  assert.deepEqual(base.dispatch.stationStaff, { S01: { lvCrews: 2 } }, "the input is not changed");
  const again = withValue(SPEC, next, "dispatch.stationStaff.S01.surveyCrews", "1");
  assert.deepEqual(again.dispatch.stationStaff.S01, { lvCrews: 2, surveyCrews: 1 });
  assert.throws(
    () => withValue(SPEC, base, "dispatch.stationStaff.S03.lvCrews", "x"),
    (e: unknown) =>
      e instanceof UserError &&
      e.message === "--set dispatch.stationStaff.S03.lvCrews: expected a whole number from 0 " +
          'to 50 (people), found "x"',
  );
  assert.throws(
    () => withValue(SPEC, base, "dispatch.stationStaff.S03", "4"),
    (e: unknown) => e instanceof UserError && e.message.includes("one count at a time"),
  );
  assert.throws(
    () => withValue(SPEC, base, "dispatch.stationStaff.S03.mvCrews", "4"),
    (e: unknown) => e instanceof UserError && e.message.includes("unknown key"),
  );
});

Deno.test("keyed counts: the one-line text form goes both ways, and a bad item is named", () => {
  const value = { S03: { lvCrews: 4 }, S05: { surveyCrews: 2, lvCrews: 1 } };
  const text = keyedCountsText(value);
  assert.equal(text, "S03.lvCrews=4; S05.surveyCrews=2; S05.lvCrews=1");
  assert.deepEqual(parseKeyedCountsText(text), value);
  assert.equal(leverText({}), "as the data");
  assert.equal(leverText(value), text);
  const bad = problemsOf(parseKeyedCountsText("S03.lvCrews=4; S05 lvCrews 2"));
  assert.deepEqual(bad.map((p) => [p.column, p.found]), [
    ["dispatch.stationStaff.S05 lvCrews 2", '"S05 lvCrews 2"'],
  ]);
  assert.deepEqual(problemsOf(parseKeyedCountsText("S03.lvCrews=four")).map((p) => p.found), [
    '"four"',
  ]);
});

Deno.test("keyed counts: the JSON Schema gives the keys' pattern and each field's range", () => {
  const schema = toJsonSchema(SPEC.fields.dispatch.fields.stationStaff) as {
    type: string;
    default: unknown;
    propertyNames: { pattern: string };
    additionalProperties: { properties: Record<string, { minimum: number; maximum: number }> };
  };
  assert.equal(schema.type, "object");
  assert.deepEqual(schema.default, {});
  assert.equal(schema.propertyNames.pattern, "^[A-Za-z0-9_-]+$");
  assert.deepEqual(Object.keys(schema.additionalProperties.properties), ["lvCrews", "surveyCrews"]);
  assert.equal(schema.additionalProperties.properties.lvCrews.maximum, 50);
});

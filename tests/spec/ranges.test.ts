import assert from "node:assert/strict";
import { SCENARIO_SPEC } from "../../sim/scenario/scenario.ts";
import { leversOf } from "../../sim/spec/levers.ts";
import { assumptionsOf, rangeProblems } from "../../sim/spec/ranges.ts";
import { group, number, range } from "../../sim/spec/spec.ts";
import { documentation, toJsonSchema } from "../../sim/spec/json-schema.ts";

Deno.test("every plausible range of every spec is sound (low ≤ default ≤ high, inside, ordered)", () => {
  assert.deepEqual(rangeProblems(SCENARIO_SPEC), []);
  assert.ok(assumptionsOf(SCENARIO_SPEC).length > 150);
});

Deno.test("rangeProblems catches low > high, a default outside, and unordered siblings", () => {
  const bad = group("test", {
    flipped: number("x", 5, "h", { range: range(8, 2, "typo") }),
    outside: number("x", 5, "h", { range: range(6, 8, "off") }),
    beyond: number("x", 0.5, "share", { max: 1, range: range(0.2, 1.5, "too wide") }),
    tMedian: number("x", 2, "h", { range: range(1, 9, "r") }),
    tP90: number("x", 5, "h", { range: range(3, 8, "r") }),
  });
  const problems = rangeProblems(bad);
  assert.equal(problems.length, 4, problems.join("\n"));
  assert.match(problems.join("\n"), /flipped.*low > high/);
  assert.match(problems.join("\n"), /outside.*leaves out the default 5/);
  assert.match(problems.join("\n"), /beyond.*leaves the valid values/);
  assert.match(problems.join("\n"), /tMedian\/P90.*not ordered/);
});

/**
 * Numbers whose description or source calls them assumed but that stay levers: what the plan's
 * measures change (the 2022 baseline sets them) and staffing, which planners choose.
 */
const ASSUMED_LEVERS = new Set([
  "applications.channels.pushedShare",
  "applications.channels.proactiveShare",
  "applications.inspection.cloudInspectionShare",
  "applications.inspection.firstPassProbability",
  ...["dayShiftCrews", "nightShiftCrews"].flatMap((c) =>
    ["urban_core", "town", "rural"].map((r) => `reliability.crews.${c}.${r}`)
  ),
]);

Deno.test("every number described as assumed carries a range, except the levers named here", () => {
  const missing = leversOf(SCENARIO_SPEC, {})
    .filter((l) => l.spec.kind === "number" && l.spec.range === undefined)
    .filter((l) =>
      /assum/i.test(`${l.spec.description} ${"clause" in l.spec ? l.spec.clause : ""}`)
    )
    .map((l) => l.path)
    .filter((path) => !ASSUMED_LEVERS.has(path));
  assert.deepEqual(missing, []);
  for (const path of ASSUMED_LEVERS) {
    assert.ok(leversOf(SCENARIO_SPEC, {}).some((l) => l.path === path), path);
  }
});

Deno.test("the schema and the documentation show an assumption's range and its reasoning", () => {
  const spec = number("Survey time", 3, "h", { range: range(2, 6, "half to double") });
  assert.match(documentation(spec), /Assumption, plausibly 2–6 \(half to double\)/);
  assert.deepEqual(toJsonSchema(spec)["x-plausibleRange"], {
    low: 2,
    high: 6,
    source: "half to double",
  });
  assert.equal(toJsonSchema(number("Lever", 3, "h"))["x-plausibleRange"], undefined);
});

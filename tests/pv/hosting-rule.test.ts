/**
 * Tests of sim/model/pv/hosting-rule.ts: the plan's 80 % rule and DL/T 2041's give the
 * hand-computed limits, and classifyZone (sim/model/pv/zone.ts) draws the zones at them.
 */
import assert from "node:assert/strict";
import { dlt2041Rule, plan80Rule } from "../../sim/model/pv/hosting-rule.ts";
import { classifyZone, GREEN, RED, YELLOW } from "../../sim/model/pv/zone.ts";

Deno.test("classifyZone and the two rules give the hand-computed limits", () => {
  const plan = plan80Rule(0.8, 0.75);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  assert.ok(near(plan.capacityKw(200, 30), 160));
  assert.ok(near(plan.yellowFromKw(200, 30), 120));
  const dlt = dlt2041Rule(0.8, 1);
  assert.equal(dlt.capacityKw(200, 30), 190);
  assert.equal(dlt.yellowFromKw(200, 30), 30);
  assert.equal(dlt2041Rule(0.8, 0.5).capacityKw(100, 10), 180); // (80 + 10) / 0.5
  assert.equal(classifyZone(120, 160, 120), GREEN); // at the threshold: still green
  assert.equal(classifyZone(120.01, 160, 120), YELLOW);
  assert.equal(classifyZone(159.99, 160, 120), YELLOW);
  assert.equal(classifyZone(160, 160, 120), RED);
});

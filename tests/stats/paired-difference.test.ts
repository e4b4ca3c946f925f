/**
 * Tests of sim/engine/stats/paired-difference.ts: comparisons under common random numbers.
 */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { pairedDifference } from "../../sim/engine/stats/paired-difference.ts";
import { welchTTest } from "../../sim/engine/stats/welch-t-test.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("pairedDifference: against a hand/scipy computation", () => {
  const r = pairedDifference([12, 15, 11, 14], [10, 14, 10, 11]);
  // Differences 2, 1, 1, 3: mean 1.75, squared deviations 0.0625+0.5625+0.5625+1.5625 = 2.75,
  // s² = 2.75/3, s = 0.957427; t = 1.75/(0.957427/2) = 3.655631 on 3 df.
  assert.equal(r.n, 4);
  assert.equal(r.mean, 1.75);
  assertClose(r.sd, Math.sqrt(2.75 / 3), 1e-15, "sd");
  assertClose(r.t, 1.75 / (Math.sqrt(2.75 / 3) / 2), 1e-14, "t");
  assert.equal(r.df, 3);
  // scipy.stats.ttest_rel(a, b): p = 0.03535284700251737
  assertRelative(r.pValue, 0.03535284700251737, 1e-10, "p");
  assert.equal(r.significant, true);
  // t(0.975, 3) = 3.182446 (t table: 3.182): half-width 3.182446·0.957427/2 = 1.523480.
  assertClose(r.halfWidth, 1.523480, 1e-6, "half-width");
  assert.equal(r.median, 1.5);
});

Deno.test("pairedDifference: under common random numbers it sees what Welch misses", () => {
  // Scenario B is A plus 0.5 plus a little noise, replication by replication (CRN), while the
  // replications themselves vary a lot. Paired: the 0.5 is clear. Welch: lost in the spread.
  const rng = seedrandom("crn");
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 10; i++) {
    const shared = 20 * rng();
    a.push(shared + 0.5 + 0.1 * rng());
    b.push(shared + 0.1 * rng());
  }
  const paired = pairedDifference(a, b);
  const welch = welchTTest(a, b);
  assert.ok(paired.significant && paired.pValue < 1e-6, `paired p = ${paired.pValue}`);
  assert.ok(!welch.significant && welch.pValue > 0.5, `Welch p = ${welch.pValue}`);
  assert.ok(paired.ci[0] > 0.3 && paired.ci[1] < 0.7, `paired ci ${paired.ci}`);
});

Deno.test("pairedDifference: edge cases and errors", () => {
  const one = pairedDifference([5], [3]);
  assert.equal(one.mean, 2);
  assert.ok(Number.isNaN(one.pValue));
  assert.equal(one.significant, false);
  const constant = pairedDifference([5, 6, 7], [4, 5, 6]);
  assert.equal(constant.pValue, 0, "every difference is exactly 1");
  assert.equal(pairedDifference([5, 6], [5, 6]).pValue, 1);
  assert.throws(
    () => pairedDifference([1, 2, 3], [1, 2]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message ===
        "pairedDifference: b: expected as many values as a (3, one per replication), found 2",
  );
  assert.throws(() => pairedDifference([], []), /pairedDifference: a: expected at least one value/);
});

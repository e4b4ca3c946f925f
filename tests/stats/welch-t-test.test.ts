/**
 * Tests of sim/engine/stats/welch-t-test.ts.
 */
import assert from "node:assert/strict";
import { studentTQuantile } from "../../sim/engine/stats/student-t-quantile.ts";
import { welchTTest } from "../../sim/engine/stats/welch-t-test.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("welchTTest: against a hand/scipy computation", () => {
  const a = [19, 22, 16, 29, 24];
  const b = [20, 11, 17, 12];
  const r = welchTTest(a, b);
  // Hand: means 22 and 15; squared deviations 9+0+36+49+4 = 98 and 25+16+4+9 = 54, so
  // s_a² = 24.5, s_b² = 18; v = s²/n: v_a = 4.9, v_b = 4.5; se = √9.4 = 3.0659.
  assert.equal(r.difference, 7);
  assertClose(r.standardError, Math.sqrt(9.4), 1e-15, "se");
  // df = 9.4² / (4.9²/4 + 4.5²/3) = 88.36 / 12.7525 = 6.9288…
  assertClose(r.df, 88.36 / 12.7525, 1e-14, "df");
  assertClose(r.df, 6.9288375, 1e-7, "df by hand");
  assertClose(r.t, 7 / Math.sqrt(9.4), 1e-15, "t");
  // scipy.stats.ttest_ind(a, b, equal_var=False): p = 0.05675092592187574 with these data.
  assertRelative(r.pValue, 0.05675092592187574, 1e-10, "p");
  assert.equal(r.significant, false);
  assertClose(r.ci[1] - r.ci[0], 2 * studentTQuantile(0.975, r.df) * r.standardError, 1e-14, "ci");
  assert.equal(welchTTest(a, b, 0.9).significant, true, "p = 0.057 < 0.10");
});

Deno.test("welchTTest: constant samples and errors", () => {
  const same = welchTTest([3, 3, 3], [3, 3]);
  assert.equal(same.pValue, 1);
  assert.equal(same.significant, false);
  assert.deepEqual(same.ci, [0, 0]);
  assert.ok(Number.isNaN(same.df));
  const apart = welchTTest([3, 3, 3], [1, 1]);
  assert.equal(apart.pValue, 0);
  assert.equal(apart.t, Infinity);
  assert.equal(apart.significant, true);
  // One constant sample is fine: df = n_other − 1.
  assertClose(welchTTest([1, 2, 3, 4], [0, 0, 0]).df, 3, 1e-14, "df with one constant sample");
  assert.throws(
    () => welchTTest([1], [1, 2]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message === "welchTTest: a: expected at least two values (a variance is needed), found 1",
  );
  assert.throws(
    () => welchTTest([1, 2], [1, Infinity]),
    /welchTTest: b\[1\]: expected a finite number/,
  );
});

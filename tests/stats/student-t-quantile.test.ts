/**
 * Tests of sim/engine/stats/student-t-quantile.ts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import { studentTCdf } from "../../sim/engine/stats/student-t-cdf.ts";
import { studentTQuantile } from "../../sim/engine/stats/student-t-quantile.ts";
import { assertRelative } from "../support/assertions.ts";

Deno.test("studentTQuantile: t table (0.975) and the normal limit", () => {
  // Two-sided 95 % critical values as printed in t tables (4 decimals; e.g. Law 2015,
  // Table T.1): an error below 5e-5 is correct rounding.
  const table: [number, number][] = [
    [1, 12.7062],
    [2, 4.3027],
    [5, 2.5706],
    [10, 2.2281],
    [30, 2.0423],
    [120, 1.9799],
  ];
  for (const [df, t] of table) {
    assert.ok(
      Math.abs(studentTQuantile(0.975, df) - t) < 5e-5,
      `t(0.975, ${df}) = ${studentTQuantile(0.975, df)}, table ${t}`,
    );
  }
  assertRelative(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-14, "df = ∞");
  assert.ok(Math.abs(studentTQuantile(0.975, Infinity) - 1.95996) < 5e-6);
  // Closed forms: df = 1 is Cauchy, t = tan(π(p − ½)); df = 2: t = (2p − 1)/√(2p(1 − p)).
  assertRelative(studentTQuantile(0.975, 1), Math.tan(Math.PI * 0.475), 1e-14, "df 1");
  assertRelative(studentTQuantile(0.9, 2), 0.8 / Math.sqrt(2 * 0.9 * 0.1), 1e-14, "df 2");
  // mpmath, to more digits: t(0.975, 10), non-integer df 3.5, and df = 10⁶.
  assertRelative(studentTQuantile(0.975, 10), 2.2281388519862742, 1e-13, "df 10");
  assertRelative(studentTQuantile(0.975, 3.5), 2.9400886379827288, 1e-13, "df 3.5");
  assertRelative(studentTQuantile(0.975, 1e6), 1.9599663568141067, 1e-11, "df 1e6");
  assert.equal(studentTQuantile(0.5, 7), 0);
  assert.equal(studentTQuantile(0, 7), -Infinity);
  assert.equal(studentTQuantile(1, 7), Infinity);
});

Deno.test("studentTQuantile inverts studentTCdf across p and df", () => {
  const dfs = [0.5, 1, 1.5, 2, 2.7, 4, 9, 29.3, 100, 5000, 2e7];
  const ps = [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.45, 0.55, 0.8, 0.95, 0.999];
  for (const df of dfs) {
    let previous = -Infinity;
    for (const p of ps) {
      const t = studentTQuantile(p, df);
      assert.ok(t > previous, `quantiles increase in p (df ${df}, p ${p})`);
      previous = t;
      assertRelative(studentTCdf(t, df), p, 1e-11, `F(F⁻¹(${p}); ${df})`);
      // Symmetry; 1 − (1 − p), not p, because 1 − p is rounded and tails are sensitive.
      assertRelative(
        studentTQuantile(1 - p, df),
        -studentTQuantile(1 - (1 - p), df),
        1e-12,
        `symmetry (df ${df}, p ${p})`,
      );
    }
  }
});

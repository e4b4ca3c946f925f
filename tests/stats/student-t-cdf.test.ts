/**
 * Tests of sim/engine/stats/student-t-cdf.ts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import { normalCdf } from "../../sim/engine/stats/normal-cdf.ts";
import { studentTCdf } from "../../sim/engine/stats/student-t-cdf.ts";
import { studentTQuantile } from "../../sim/engine/stats/student-t-quantile.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("studentTCdf: closed forms, tails and mpmath values", () => {
  for (const t of [-30, -4, -1.3, -0.2, 0, 0.01, 0.7, 2.5, 12]) {
    // Closed forms (e.g. Johnson, Kotz & Balakrishnan 1995, ch. 28):
    // ν = 1: ½ + atan(t)/π; ν = 2: ½ + t/(2√(2 + t²));
    // ν = 3: ½ + (atan(t/√3) + (t/√3)/(1 + t²/3))/π.
    assertClose(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-15, `ν=1, t=${t}`);
    assertClose(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-15, `ν=2, t=${t}`);
    const u = t / Math.sqrt(3);
    assertClose(studentTCdf(t, 3), 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI, 1e-15, `ν=3`);
  }
  // Far tails keep relative accuracy: Cauchy P(T < −t) = atan(1/t)/π.
  for (const t of [1e3, 1e8, 1e200]) {
    assertRelative(studentTCdf(-t, 1), Math.atan(1 / t) / Math.PI, 1e-13, `Cauchy tail ${t}`);
  }
  // mpmath: P(T > t) for (t, ν) = (2, 10), (5, 3.5), (40, 7), (3, 1e6), (8, 1e6).
  const upper: [number, number, number][] = [
    [2, 10, 0.036694017385370183],
    [5, 3.5, 0.0052750894959338901],
    [40, 7, 7.9510899924251852e-10],
    [3, 1e6, 0.0013499312707108985],
    [8, 1e6, 6.2275317166012598e-16],
  ];
  for (const [t, df, tail] of upper) {
    assertRelative(studentTCdf(-t, df), tail, 1e-10, `P(T > ${t}; ${df})`);
    assertClose(studentTCdf(t, df), 1 - tail, 1e-13, `P(T ≤ ${t}; ${df})`);
  }
  assertClose(studentTCdf(1.5, Infinity), normalCdf(1.5), 1e-16, "df = ∞ is normal");
  // Huge df (A&S 26.7.8 branch) approaches the normal: ν = 10⁹ differs by ~1e-9 relative.
  assertRelative(studentTCdf(-3, 1e9), normalCdf(-3), 1e-7, "ν = 1e9");
  assert.equal(studentTCdf(-Infinity, 4), 0);
  assert.equal(studentTCdf(Infinity, 4), 1);
  assert.throws(
    () => studentTCdf(1, 0),
    /studentTCdf: df: expected a number > 0 \(Infinity allowed\), found 0/,
  );
  assert.throws(() => studentTCdf(NaN, 3), /studentTCdf: t: expected a number, found NaN/);
  assert.throws(() => studentTQuantile(0.5, -2), /studentTQuantile: df: expected a number > 0/);
  assert.throws(() => studentTQuantile(-0.1, 2), /studentTQuantile: p: expected a probability/);
});

/**
 * Tests of sim/engine/stats/normal-quantile.ts and the normal-cdf.ts it inverts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import { normalCdf } from "../../sim/engine/stats/normal-cdf.ts";
import { normalQuantile } from "../../sim/engine/stats/normal-quantile.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("normalCdf and normalQuantile: known values and tails", () => {
  assert.equal(normalCdf(0), 0.5);
  // mpmath: Φ(−1), Φ(−3), Φ(−10)
  assertRelative(normalCdf(-1), 0.15865525393145705, 1e-14, "Φ(−1)");
  assertRelative(normalCdf(-3), 0.0013498980316300945, 1e-14, "Φ(−3)");
  assertRelative(normalCdf(-10), 7.6198530241605261e-24, 1e-13, "Φ(−10)");
  assertClose(normalCdf(1), 1 - 0.15865525393145705, 1e-15, "Φ(1)");
  assertClose(normalCdf(1.959963984540054), 0.975, 1e-15, "Φ(1.96)");
  assert.equal(normalCdf(-Infinity), 0);
  assert.equal(normalCdf(Infinity), 1);
  // mpmath: Φ⁻¹(0.975), Φ⁻¹(0.995), Φ⁻¹(0.9), Φ⁻¹(1e-10)
  assertRelative(normalQuantile(0.975), 1.959963984540054, 1e-14, "z 0.975");
  assertRelative(normalQuantile(0.995), 2.5758293035489005, 1e-14, "z 0.995");
  assertRelative(normalQuantile(0.9), 1.2815515655446006, 1e-14, "z 0.9");
  assertRelative(normalQuantile(1e-10), -6.3613409024040562, 1e-14, "z 1e-10");
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  for (const p of [1e-300, 1e-20, 0.001, 0.3, 0.7, 0.99]) {
    assertRelative(normalCdf(normalQuantile(p)), p, 1e-13, `Φ(Φ⁻¹(${p}))`);
  }
  assert.throws(
    () => normalQuantile(1.2),
    /normalQuantile: p: expected a probability in \[0, 1\], found 1\.2/,
  );
  assert.throws(() => normalCdf(NaN), /normalCdf: z: expected a number, found NaN/);
});

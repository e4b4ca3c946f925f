/**
 * Tests of sim/engine/stats/proportion-summary.ts: Wilson intervals.
 */
import assert from "node:assert/strict";
import { proportionSummary } from "../../sim/engine/stats/proportion-summary.ts";
import { assertClose } from "../support/assertions.ts";

Deno.test("proportionSummary: Wilson interval by hand and against Newcombe (1998)", () => {
  // Hand, 8 of 10 at 95 %: z = 1.959964, z² = 3.841459;
  // centre = (0.8 + 3.841459/20)/(1 + 0.3841459) = 0.9920729/1.3841459 = 0.7167402;
  // half = 1.959964/1.3841459 · √(0.8·0.2/10 + 3.841459/400) = 1.4160108 · 0.1600114 = 0.2265777.
  const s = proportionSummary(8, 10);
  assert.equal(s.proportion, 0.8);
  assertClose(s.center, 0.7167402, 1e-7, "centre");
  assertClose(s.halfWidth, 0.2265777, 1e-7, "half-width");
  assertClose(s.ci[0], 0.7167402 - 0.2265777, 2e-7, "low");
  assertClose(s.ci[1], 0.7167402 + 0.2265777, 2e-7, "high");
  // Newcombe (1998), Statistics in Medicine 17, 857–872, Table II, method 3 (score, no CC).
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, low, high] of published) {
    const { ci } = proportionSummary(x, n);
    assert.ok(Math.abs(ci[0] - low) < 5e-5 && Math.abs(ci[1] - high) < 5e-5, `${x}/${n}: ${ci}`);
  }
  assert.deepEqual(proportionSummary(20, 20).ci[1], 1, "all successes: upper end exactly 1");
  assert.throws(
    () => proportionSummary(11, 10),
    /proportionSummary: successes: expected an integer in \[0, 10\] \(n\), found 11/,
  );
  assert.throws(
    () => proportionSummary(0, 0),
    /proportionSummary: n: expected an integer ≥ 1, found 0/,
  );
  assert.throws(() => proportionSummary(1, 2, 1), /confidence: expected a number in \(0, 1\)/);
});

/**
 * Tests of sim/model/pv/bass-cdf.ts and its inverse, sim/model/pv/bass-time.ts: the Bass curve
 * solves its differential equation, a hand value, and bassTime inverts it.
 */
import assert from "node:assert/strict";
import { bassCdf } from "../../sim/model/pv/bass-cdf.ts";
import { bassTime } from "../../sim/model/pv/bass-time.ts";

Deno.test("bassCdf solves dF/dt = (p + qF)(1 − F) from 0, and bassTime inverts it", () => {
  for (const [p, q] of [[0.03, 0.38], [0.002, 0.4], [0.01, 0]]) {
    assert.equal(bassCdf(0, p, q), 0);
    assert.ok(Math.abs(bassCdf(60 / (p + q), p, q) - 1) < 1e-9);
    for (const t of [0.1, 1, 3, 7.5, 20]) {
      const h = 1e-5;
      const slope = (bassCdf(t + h, p, q) - bassCdf(t - h, p, q)) / (2 * h);
      const f = bassCdf(t, p, q);
      assert.ok(Math.abs(slope - (p + q * f) * (1 - f)) < 1e-7, `p=${p} q=${q} t=${t}`);
      assert.ok(Math.abs(bassTime(f, p, q) - t) < 1e-9 * Math.max(1, t), `inverse at t=${t}`);
    }
  }
  // Hand value: x = e^{−0.41·5} = 0.128735; F = (1 − x) / (1 + (0.38/0.03)·x) = 0.331199.
  assert.ok(Math.abs(bassCdf(5, 0.03, 0.38) - 0.331199) < 1e-6);
  assert.equal(bassTime(1, 0.03, 0.38), Infinity);
});

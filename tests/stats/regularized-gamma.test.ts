/**
 * Tests of sim/engine/stats/regularized-gamma.ts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import { regularizedGammaP, regularizedGammaQ } from "../../sim/engine/stats/regularized-gamma.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("regularizedGammaP/Q: closed forms and mpmath values", () => {
  for (const x of [0.01, 0.5, 1, 2.5, 10, 40]) {
    // Gamma(1) is Exp(1): P(1, x) = 1 − e^(−x), Q(1, x) = e^(−x).
    assertClose(regularizedGammaP(1, x), -Math.expm1(-x), 1e-14, `P(1, ${x})`);
    assertRelative(regularizedGammaQ(1, x), Math.exp(-x), 1e-13, `Q(1, ${x})`);
  }
  // mpmath: P(3.5, 2) = 0.22022259152428408; Q(3.5, 20) = 1.2587903873713088e-6
  assertClose(regularizedGammaP(3.5, 2), 0.22022259152428408, 1e-14, "P(3.5, 2)");
  assertRelative(regularizedGammaQ(3.5, 20), 1.2587903873713088e-6, 1e-12, "Q(3.5, 20)");
  assert.throws(
    () => regularizedGammaP(-1, 2),
    /regularizedGammaP: a: expected a finite number > 0/,
  );
  assert.throws(() => regularizedGammaQ(1, -2), /regularizedGammaQ: x: expected a number ≥ 0/);
});

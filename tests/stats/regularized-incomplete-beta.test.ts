/**
 * Tests of sim/engine/stats/regularized-incomplete-beta.ts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import { regularizedIncompleteBeta } from "../../sim/engine/stats/regularized-incomplete-beta.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

Deno.test("regularizedIncompleteBeta: closed forms and symmetry", () => {
  for (const x of [1e-8, 0.01, 0.2, 0.5, 0.77, 0.999]) {
    // I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_x(2, 2) = x²(3 − 2x) (A&S 26.5.*)
    assertRelative(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-13, `I_${x}(3.5, 1)`);
    assertRelative(
      regularizedIncompleteBeta(x, 1, 2.5),
      -Math.expm1(2.5 * Math.log1p(-x)),
      1e-13,
      `I_${x}(1, 2.5)`,
    );
    assertRelative(regularizedIncompleteBeta(x, 2, 2), x * x * (3 - 2 * x), 1e-13, `I_${x}(2,2)`);
    // I_x(a, b) = 1 − I_(1−x)(b, a)
    assertClose(
      regularizedIncompleteBeta(x, 4.2, 0.7),
      1 - regularizedIncompleteBeta(1 - x, 0.7, 4.2),
      1e-14,
      `symmetry at ${x}`,
    );
  }
  assertClose(regularizedIncompleteBeta(0.5, 30, 30), 0.5, 1e-14, "I_½(a, a) = ½");
  // mpmath: I_0.4(1/3, 2.5) = 0.91950616434010476
  assertClose(regularizedIncompleteBeta(0.4, 1 / 3, 2.5), 0.91950616434010476, 1e-14, "mpmath");
  assert.equal(regularizedIncompleteBeta(0, 2, 3), 0);
  assert.equal(regularizedIncompleteBeta(1, 2, 3), 1);
  assert.throws(
    () => regularizedIncompleteBeta(1.5, 2, 3),
    /regularizedIncompleteBeta: x: expected a number in \[0, 1\], found 1\.5/,
  );
  assert.throws(
    () => regularizedIncompleteBeta(0.5, 0, 3),
    /regularizedIncompleteBeta: a: expected a finite number > 0, found 0/,
  );
});

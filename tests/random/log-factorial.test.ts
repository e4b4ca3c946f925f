/** Tests of sim/engine/random/log-factorial.ts. */
import assert from "node:assert/strict";
import { logFactorial } from "../../sim/engine/random/log-factorial.ts";
import { lnFactorial } from "../support/sampling.ts";

Deno.test("logFactorial: table and Stirling series agree with direct summation", () => {
  for (const k of [0, 1, 2, 10, 170, 255, 256, 257, 1000, 123_456]) {
    const exact = lnFactorial(k);
    assert.ok(
      Math.abs(logFactorial(k) - exact) <= 1e-12 * Math.max(1, exact),
      `ln ${k}!: ${logFactorial(k)} vs ${exact}`,
    );
  }
});

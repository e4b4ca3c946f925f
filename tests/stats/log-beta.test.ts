/**
 * Tests of sim/engine/stats/log-beta.ts. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import { gammaln } from "simple-statistics";
import { logBeta } from "../../sim/engine/stats/log-beta.ts";
import { assertClose } from "../support/assertions.ts";

Deno.test("logBeta: exact values, including huge arguments", () => {
  assertClose(logBeta(1, 1), 0, 1e-15, "B(1,1) = 1");
  assertClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-15, "B(½,½) = π");
  // B(a, 1) = 1/a, also where ln Γ(a) is ~10⁹ and naive differences lose digits.
  for (const a of [3, 12, 1e4, 1e8]) assertClose(logBeta(a, 1), -Math.log(a), 1e-14, `B(${a}, 1)`);
  // B(25, 40) = 24!·39!/64!; mpmath: ln B = −43.75170982388542
  assertClose(logBeta(25, 40), -43.75170982388542, 1e-14, "B(25, 40)");
  assertClose(logBeta(25, 40), gammaln(25) + gammaln(40) - gammaln(65), 1e-12, "vs gammaln");
  // mpmath: ln B(5e7, 1/2) = −8.29140183627151
  assertClose(logBeta(5e7, 0.5), -8.29140183627151, 1e-14, "B(5e7, ½)");
});

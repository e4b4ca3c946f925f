/**
 * Tests of sim/model/reliability/med.ts: the major-event-day threshold (IEEE 1366 §4.5, 2.5 β)
 * equals a hand computation on a small synthetic history.
 */
import assert from "node:assert/strict";
import { majorEventDays, medThreshold } from "../../sim/model/reliability/med.ts";
import { close } from "../support/reliability.ts";

Deno.test("T_MED equals a hand computation on a small synthetic history", () => {
  const e = Math.E;
  // ln of the non-zero days: 0, 1, 2, −1, 1 → α = 0.6; squared deviations 0.36, 0.16, 1.96,
  // 2.56, 0.16 → sum 5.2, sample variance 1.3 → β = √1.3;
  // T = exp(0.6 + 2.5 √1.3) = exp(3.45044) ≈ 31.514.
  const daily = [1, 0, e, e ** 2, 0, 1 / e, e];
  const t = medThreshold(daily);
  close(t.alpha, 0.6, 1e-12, "α");
  close(t.beta, Math.sqrt(1.3), 1e-12, "β");
  close(t.thresholdMinutes, Math.exp(0.6 + 2.5 * Math.sqrt(1.3)), 1e-9, "T_MED");
  close(t.thresholdMinutes, 31.5142, 1e-4, "T_MED (number)");
  assert.equal(t.daysUsed, 5);
  assert.deepEqual(majorEventDays([31, 32, 0], t.thresholdMinutes), [false, true, false]);
  assert.throws(() => medThreshold([0, 0, 3]), /at least 2 days with SAIDI > 0, found 1/);
  assert.throws(() => medThreshold([1, -2]), /dailySaidiMinutes\[1\] must be a finite number ≥ 0/);
});

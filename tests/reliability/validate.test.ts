/**
 * Tests of sim/model/reliability/validate.ts: bad parameters give one UserError naming each
 * parameter, expected and found; relations are checked once every value is in range.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { defaults, run } from "../support/reliability.ts";

Deno.test("bad parameters: one UserError naming each parameter, expected and found", () => {
  const p = defaults();
  p.planned.liveLineShare10kv = 1.5;
  (p.crews.dayShiftCrews as Record<string, number>).rural = 2.5;
  p.storms.rateMultiplierMin = 60;
  let error: unknown;
  try {
    run(p);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof UserError);
  for (
    const line of [
      "reliability.planned.liveLineShare10kv: expected a number from 0 to 1 (share 0–1), found 1.5",
      "reliability.crews.dayShiftCrews.rural: expected a whole number from 1 to 500 (crews), " +
      "found 2.5",
    ]
  ) {
    assert.ok(error.message.includes(line), `${line}\nnot in:\n${error.message}`);
  }
  // Relations are checked once every value is in range.
  const q = defaults();
  q.storms.rateMultiplierMin = 60;
  q.restoration.lineRepairHoursP90 = 1;
  const relation = /storms\.rateMultiplierMin: expected a value ≤ [^,]*Max \(50\), found 60/;
  const percentile = /lineRepairHoursP90: expected a value > [^,]*lineRepairHoursMedian \(2\)/;
  assert.throws(
    () => run(q),
    (e: unknown) =>
      e instanceof UserError && relation.test(e.message) && percentile.test(e.message),
  );
});

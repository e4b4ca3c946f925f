/**
 * Tests of sim/model/applications/conservation.ts.
 */
import assert from "node:assert/strict";
import { checkConservation } from "../../sim/model/applications/conservation.ts";

Deno.test("conservation: a violation is reported as a bug", () => {
  const ok = {
    arrived: 10,
    energised: 6,
    refused: 1,
    inProgress: 3,
    energisedStatus: 6,
    refusedStatus: 1,
  };
  checkConservation(ok);
  assert.throws(
    () => checkConservation({ ...ok, inProgress: 2 }),
    /conservation violated \(a bug\): arrived 10 ≠ energised 6 \+ in progress 2 \+ refused 1 = 9/,
  );
  assert.throws(() => checkConservation({ ...ok, energisedStatus: 5 }), /statuses disagree/);
});

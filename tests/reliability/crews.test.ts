/**
 * Tests of sim/model/reliability/crews.ts: too few crews make outages longer.
 */
import assert from "node:assert/strict";
import { defaults, run } from "../support/reliability.ts";

Deno.test("too few crews make outages longer", () => {
  const few = defaults();
  for (const r of ["urban_core", "town", "rural"] as const) {
    few.crews.dayShiftCrews[r] = 1;
    few.crews.nightShiftCrews[r] = 0;
  }
  for (let replication = 0; replication < 3; replication++) {
    const a = run(defaults(), { replication }).kpis;
    const b = run(few, { replication }).kpis;
    assert.ok(b["reliability.crews.waitHoursMean"] > 5 * a["reliability.crews.waitHoursMean"]);
    assert.ok(b["reliability.fault.saidiHours"] > a["reliability.fault.saidiHours"] + 0.5);
    assert.ok(b["reliability.crews.utilisation"] > a["reliability.crews.utilisation"]);
  }
});

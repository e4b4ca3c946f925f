/**
 * Tests of sim/model/reliability/job-placement.ts: with live-line work for every job, or the whole
 * county in the zero-planned-outage zone, no planned outage, and the same faults.
 */
import assert from "node:assert/strict";
import { defaults, run } from "../support/reliability.ts";

Deno.test("live-line 100 % or the whole county in the zero-outage zone: no planned outage", () => {
  const live = defaults();
  live.planned.liveLineShare10kv = 1;
  live.planned.liveLineShare04kv = 1;
  const zone = defaults();
  zone.planned.demoZone = "all";
  const reference = run(defaults());
  for (const p of [live, zone]) {
    const { kpis, records } = run(p);
    assert.equal(kpis["reliability.planned.saidiHours"], 0);
    assert.equal(kpis["reliability.planned.saifi"], 0);
    assert.equal(kpis["reliability.planned.outages"], 0);
    assert.ok(records.outages.every((o) => o.cause === "fault"));
    // The same faults as with the defaults (common random numbers).
    assert.equal(
      kpis["reliability.fault.saidiHours"],
      reference.kpis["reliability.fault.saidiHours"],
    );
  }
  assert.ok(reference.kpis["reliability.planned.saidiHours"] > 0.5);
});

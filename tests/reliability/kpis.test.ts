/**
 * Tests of sim/model/reliability/kpis.ts: the major event days flagged and left out of the ex-MED
 * SAIDI are exactly the days whose daily fault SAIDI exceeds T_MED.
 */
import assert from "node:assert/strict";
import { close, county, defaults, run } from "../support/reliability.ts";

Deno.test("major event days: exactly the days whose daily fault SAIDI exceeds T_MED", () => {
  // Several replications, so that some have major event days and some maybe none.
  let withMed = 0;
  for (let replication = 0; replication < 6; replication++) {
    const { kpis, records } = run(defaults(), { replication });
    const n = county.feeders.reduce((s, f) => s + f.customers, 0);
    const byDay = new Map<string, number>();
    for (const o of records.outages) {
      if (o.cause === "fault") byDay.set(o.date, (byDay.get(o.date) ?? 0) + o.customerMinutes / n);
    }
    const t = kpis["reliability.medThresholdMinutes"];
    const medDates = [...byDay].filter(([, x]) => x > t).map(([d]) => d).sort();
    assert.equal(kpis["reliability.medDays"], medDates.length);
    const flagged = [...new Set(records.outages.filter((o) => o.med).map((o) => o.date))].sort();
    assert.deepEqual(flagged, medDates);
    const outside = records.outages.filter((o) => !o.med).reduce(
      (s, o) => s + o.customerMinutes,
      0,
    );
    close(kpis["reliability.saidiHoursExMed"], outside / n / 60, 1e-9, "ex-MED SAIDI");
    if (medDates.length > 0) withMed++;
  }
  assert.ok(withMed >= 2, `major event days in ${withMed} of 6 years`);
});

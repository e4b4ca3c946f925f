/**
 * Tests of sim/model/reliability/cut-overs.ts: cut-overs booked through the hook by the
 * application model after notice, else at the fallback rate.
 */
import assert from "node:assert/strict";
import { createContext } from "../../sim/model/setup-context.ts";
import { setupReliability } from "../../sim/model/reliability/model.ts";
import { calendar, county, defaults, run } from "../support/reliability.ts";

Deno.test("cut-overs: booked through the hook by the application model, else at a rate", () => {
  // Without the application model: the fallback rate (260 a year).
  const alone = run(defaults()).kpis["reliability.planned.cutOverJobs"];
  assert.ok(alone > 200 && alone < 320, `fallback cut-overs ${alone}`);
  // With it: only what the hook receives. Book 12 cut-overs on F001 in March.
  const p = defaults();
  p.planned.liveLineShare10kv = 0;
  p.planned.bundlingWindowDays = 0;
  const ctx = createContext({
    county,
    calendar,
    year: 2023,
    seed: 1,
    replication: 0,
    active: ["reliability", "applications"],
  });
  const finish = setupReliability(ctx, p);
  assert.ok(ctx.hooks.cutOver);
  const march = calendar.timeOf("2023-03-01", 10);
  ctx.env.schedule(march, () => {
    for (let i = 0; i < 12; i++) ctx.hooks.cutOver!("F001");
    assert.throws(() => ctx.hooks.cutOver!("NOPE"), /unknown feeder id "NOPE"/);
  });
  ctx.env.run(ctx.horizon);
  const { kpis, records } = finish();
  assert.equal(kpis["reliability.planned.cutOverJobs"], 12);
  const cutOvers = records.outages.filter((o) => o.kind === "cutover");
  assert.equal(cutOvers.length, 12);
  for (const o of cutOvers) {
    assert.equal(o.feeder, "F001");
    // 7 days' notice from Wednesday 1 March 10:00 ends on 8 March at 10:00, after that day's
    // 08:00 start: the outage is on Thursday 9 March.
    assert.equal(o.date, "2023-03-09");
  }
});

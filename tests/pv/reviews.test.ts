/**
 * Tests of sim/model/pv/reviews.ts: the zones of transformers and feeders published at each
 * review match the hand computation (tests/support/pv.ts) under both rules.
 */
import assert from "node:assert/strict";
import { HAND, quiet, run, zonesAt } from "../support/pv.ts";

Deno.test("zones of transformers and feeders match the hand computation under both rules", () => {
  const plan = run(HAND, quiet()).result;
  assert.deepEqual(zonesAt(plan.records.zones, "q1"), {
    T1: "green",
    T2: "yellow",
    T3: "red",
    T4: "green",
    T5: "red",
    F1: "green",
    F2: "green",
  });
  assert.equal(plan.kpis["pv.zones.q1.green"], 2);
  assert.equal(plan.kpis["pv.zones.q1.yellow"], 1);
  assert.equal(plan.kpis["pv.zones.q1.red"], 2);
  assert.equal(plan.kpis["pv.feederZones.q1.green"], 2);
  // Headroom: T1 100 + T2 30 + T4 300 = 430 kW (red ones have none).
  assert.equal(plan.kpis["pv.q1.headroomKw"], 430);
  assert.equal(plan.kpis["pv.applications"], 0);
  const t3 = plan.records.zones.find((r) => r.quarter === "q1" && r.id === "T3")!;
  assert.deepEqual(t3, {
    quarter: "q1",
    level: "transformer",
    id: "T3",
    zone: "red",
    pvKw: 80,
    hostingCapacityKw: 80,
    ratingKva: 100,
  });

  const dlt = run(HAND, quiet((p) => (p.hosting.rule = "dlt2041"))).result;
  assert.deepEqual(zonesAt(dlt.records.zones, "q1"), {
    T1: "yellow",
    T2: "yellow",
    T3: "yellow",
    T4: "green",
    T5: "red",
    F1: "yellow",
    F2: "yellow",
  });
  const f1 = dlt.records.zones.find((r) => r.quarter === "q1" && r.id === "F1")!;
  assert.deepEqual([f1.pvKw, f1.hostingCapacityKw, f1.ratingKva], [270, 475, 500]);
  // Nothing changes during a quiet year: every quarter and the end publish the same zones.
  for (const label of ["q2", "q3", "q4", "end"]) {
    assert.deepEqual(zonesAt(dlt.records.zones, label), zonesAt(dlt.records.zones, "q1"));
  }
});

/**
 * Tests of sim/model/pv/model.ts, the whole model on the default county: raising the limit never
 * lowers accepted PV (common random numbers), and a county-year is reproducible.
 */
import assert from "node:assert/strict";
import { pvParameters } from "./fixture.ts";
import { county, run } from "../support/pv.ts";

Deno.test("raising the percentage never lowers accepted PV, on any transformer", () => {
  const limits = [0.4, 0.6, 0.8, 1, 1.5];
  const runs = limits.map((limit) =>
    run(county, pvParameters((p) => (p.hosting.limitShareOfRating = limit))).result
  );
  // Common random numbers: the applications are the same whatever the limit.
  const arrivals = (r: typeof runs[0]) =>
    r.records.pvApplications.map((a) => [a.appliedAt, a.capacityKw, a.transformerId]);
  for (const r of runs.slice(1)) assert.deepEqual(arrivals(r), arrivals(runs[0]));
  const perTransformer = runs.map((r) => {
    const kw = new Map<string, number>();
    for (const a of r.records.pvApplications) {
      if (!Number.isNaN(a.admittedAt)) {
        kw.set(a.transformerId, (kw.get(a.transformerId) ?? 0) + a.capacityKw);
      }
    }
    return kw;
  });
  for (let k = 1; k < runs.length; k++) {
    assert.ok(runs[k].kpis["pv.acceptedKw"] >= runs[k - 1].kpis["pv.acceptedKw"]);
    for (const [id, kw] of perTransformer[k - 1]) {
      assert.ok((perTransformer[k].get(id) ?? 0) >= kw - 1e-9, `${id} at limit ${limits[k]}`);
    }
  }
  assert.ok(runs[4].kpis["pv.acceptedKw"] > runs[0].kpis["pv.acceptedKw"] * 1.2);
});

Deno.test("a county-year is reproducible from its seed and replication", () => {
  const a = run(county, pvParameters()).result;
  const b = run(county, pvParameters()).result;
  assert.deepEqual(a.kpis, b.kpis);
  assert.deepEqual(a.records.pvApplications.slice(0, 50), b.records.pvApplications.slice(0, 50));
  const c = run(county, pvParameters(), { replication: 1 }).result;
  assert.notEqual(c.kpis["pv.applicationsKw"], a.kpis["pv.applicationsKw"]);
});

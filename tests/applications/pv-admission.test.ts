/**
 * Tests of sim/model/applications/pv-admission.ts: with the PV model active, PV applications
 * come only through its hooks.
 */
import assert from "node:assert/strict";
import { Signal } from "../../sim/engine/waitable.ts";
import type { PvApplication } from "../../sim/model/context.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { APPLICATIONS_SPEC, createApplicationModel } from "../../sim/model/applications/model.ts";
import { at, context, county } from "../support/applications.ts";

Deno.test("with the PV model active, PV applications come only through its hooks", () => {
  const ctx = context("pv-hooks", ["applications", "pv"]);
  const release = new Signal<void>();
  const admitted: PvApplication[] = [];
  const connected: PvApplication[] = [];
  const cutOvers: string[] = [];
  ctx.hooks.pvAdmission = (app) => {
    admitted.push(app);
    return app.kind === "commercial" ? release : 10; // a red area waits for capacity
  };
  ctx.hooks.pvConnected = (app) => connected.push(app);
  ctx.hooks.cutOver = (feederId) => cutOvers.push(feederId);
  const model = createApplicationModel(ctx, defaultsOf(APPLICATIONS_SPEC));
  const rural = county.transformers.find((t) => t.ownership === "public")!;
  const big = county.transformers.find((t) => t.ownership === "private")!;
  const household: PvApplication = { capacityKw: 30, transformerId: rural.id, kind: "household" };
  const commercial: PvApplication = { capacityKw: 800, transformerId: big.id, kind: "commercial" };
  ctx.env.schedule(at("2023-04-03", 9), () => {
    ctx.hooks.submitPvApplication!(household);
    ctx.hooks.submitPvApplication!(commercial);
  });
  ctx.env.schedule(at("2023-09-01", 9), () => release.succeed());
  ctx.env.run(ctx.horizon);
  const { kpis, records } = model.finish();
  assert.equal(kpis["timeline.pv.arrived"], 2, "no PV arrivals from data/demand");
  assert.equal(admitted.length, 2);
  assert.ok(admitted.includes(household) && admitted.includes(commercial));
  assert.ok(connected.includes(household) && connected.includes(commercial));
  const rows = records.applications.filter((r) => r.class === "pv");
  const hv = rows.find((r) => r.voltage === "10kv")!;
  assert.equal(hv.capacityKw, 800);
  assert.ok(hv.energised >= "2023-09-01", "the red-area system waited for the capacity");
  assert.equal(hv.feederId, big.feederId);
  const tenKv = records.applications.filter((r) =>
    r.status === "energised" && r.voltage === "10kv"
  );
  assert.equal(cutOvers.length, tenKv.length);
  assert.ok(cutOvers.includes(big.feederId));
});

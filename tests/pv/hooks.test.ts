/**
 * Tests of sim/model/pv/hooks.ts: with the application model, adopters are submitted to it and it
 * asks for their admission and reports their connection (a stand-in application model here).
 */
import assert from "node:assert/strict";
import type { ModelContext, PvApplication } from "../../sim/model/context.ts";
import { createPvModel, setupPv } from "../../sim/model/pv/model.ts";
import { pvParameters } from "./fixture.ts";
import { calendar, context, county } from "../support/pv.ts";

/** A stand-in application model: 3 working days to be ready, 2 more to energise. */
function fakeApplications(ctx: ModelContext): PvApplication[] {
  const submitted: PvApplication[] = [];
  ctx.hooks.submitPvApplication = (application) => {
    submitted.push(application);
    ctx.env.process(function* () {
      yield calendar.addWorkingDays(ctx.env.now, 3) - ctx.env.now;
      const wait = ctx.hooks.pvAdmission!(application);
      if (typeof wait === "number") yield wait;
      else yield wait;
      yield calendar.addWorkingDays(ctx.env.now, 2) - ctx.env.now;
      ctx.hooks.pvConnected!(application);
    });
  };
  return submitted;
}

Deno.test("with the application model, adopters are submitted to it; it asks for admission", () => {
  const ctx = context(county, { active: ["applications", "pv"] });
  const finish = setupPv(ctx, pvParameters()); // set up first: the hook comes later
  const submitted = fakeApplications(ctx);
  ctx.env.run(ctx.horizon);
  const { kpis, records } = finish();
  assert.equal(submitted.length, kpis["pv.applications"]);
  assert.ok(submitted.length > 3000);
  const decided = kpis["pv.acceptedGreen"] + kpis["pv.delayedYellow"] + kpis["pv.deferredRed"];
  assert.equal(decided + kpis["pv.pendingDecision"], kpis["pv.applications"]);
  assert.ok(kpis["pv.pendingDecision"] > 0 && kpis["pv.pendingDecision"] < 100);
  for (const r of records.pvApplications) {
    if (r.decision === "pending") continue;
    assert.equal(r.decidedAt, calendar.addWorkingDays(r.appliedAt, 3));
    const energised = calendar.addWorkingDays(r.decidedAt, 2);
    if (r.decision === "green" && energised < ctx.horizon) assert.equal(r.connectedAt, energised);
  }
  assert.ok(kpis["pv.connectedCount"] > 1000);

  const orphan = context(county, { active: ["applications", "pv"] });
  setupPv(orphan, pvParameters());
  assert.throws(() => orphan.env.run(orphan.horizon), /did not set hooks.submitPvApplication/);
});

Deno.test("a request the PV model did not draw is followed from its first hook call", () => {
  const ctx = context(county, { active: ["applications", "pv"] });
  const model = createPvModel(ctx, pvParameters());
  const other = context(county, { active: ["applications", "pv"] });
  const otherModel = createPvModel(other, pvParameters());
  const drawn = model.applications.length;
  const transformer = county.transformers.findIndex((t) => t.ownership === "public");
  const foreign: PvApplication = {
    capacityKw: 5,
    transformerId: county.transformers[transformer].id,
    kind: "household",
  };
  ctx.hooks.pvAdmission!(foreign);
  assert.equal(model.applications.length, drawn + 1);
  const followed = model.applications[drawn];
  assert.equal(followed.request, foreign);
  assert.equal(followed.transformer, transformer);
  assert.notEqual(followed.decidedAt, NaN);
  // Found again, not filed twice: the connection is the same application's.
  ctx.hooks.pvConnected!(foreign);
  assert.equal(model.applications.length, drawn + 1);
  assert.equal(followed.connectedAt, ctx.env.now);
  // Another replication's request is foreign here too: followed as a new application.
  const theirs = otherModel.applications[0];
  ctx.hooks.pvAdmission!(theirs.request);
  assert.equal(model.applications.length, drawn + 2);
  assert.equal(model.applications[drawn + 1].request, theirs.request);
  assert.equal(theirs.decidedAt, NaN, "the other model's application is untouched");
  assert.throws(
    () => ctx.hooks.pvAdmission!({ capacityKw: 5, transformerId: "nowhere", kind: "household" }),
    /pvAdmission: expected a PV application on a transformer of the county/,
  );
});

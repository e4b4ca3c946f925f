/**
 * Tests of sim/model/pv/admission.ts: green at once, yellow after a study, deferred in arrival
 * order on the hand grid; over a default county-year, no transformer takes PV beyond what the
 * rule allows, checked after every event, under both rules.
 */
import assert from "node:assert/strict";
import { Signal, Waitable } from "../../sim/engine/waitable.ts";
import type { PvApplication } from "../../sim/model/context.ts";
import { createPvModel } from "../../sim/model/pv/model.ts";
import type { PvParameters } from "../../sim/model/pv/parameters.ts";
import { pvParameters } from "./fixture.ts";
import { calendar, context, county, HAND, quiet, run, zonesAt } from "../support/pv.ts";

Deno.test("admission: green at once, yellow after a study, deferred when it does not fit", () => {
  const ctx = context(HAND);
  const model = createPvModel(ctx, quiet());
  const t0 = calendar.timeOf("2023-01-03", 9); // a Tuesday
  const app = (transformerId: string, capacityKw: number): PvApplication => ({
    transformerId,
    capacityKw,
    kind: "household",
  });
  const a1 = app("T1", 30);
  const a2 = app("T2", 20);
  const a3 = app("T2", 20);
  const a4 = app("T2", 5);
  const a5 = app("T3", 1);
  const answers: unknown[] = [];
  ctx.env.process(function* () {
    yield t0;
    const admit = ctx.hooks.pvAdmission!;
    answers.push(admit(a1)); // T1 green, 60 + 30 ≤ 160
    answers.push(admit(a2)); // T2 yellow, 130 + 20 ≤ 160: a study
    answers.push(admit(a3)); // T2: 150 + 20 > 160: deferred
    answers.push(admit(a4)); // fits (155), but a3 waits first: deferred
    answers.push(admit(a5)); // T3 is red
    assert.throws(() => admit(a1), /already decided/);
    assert.throws(() => admit(app("T9", 10)), /transformer of the county/);
    assert.throws(() => ctx.hooks.pvConnected!(a3), /not admitted/);
    yield 1;
    ctx.hooks.pvConnected!(a1);
    assert.throws(() => ctx.hooks.pvConnected!(a1), /already connected/);
  });
  ctx.env.run(ctx.horizon);
  assert.equal(answers[0], 0);
  assert.equal(answers[1], calendar.addWorkingDays(t0, 10) - t0);
  for (const k of [2, 3, 4]) {
    assert.ok(answers[k] instanceof Signal && !(answers[k] as Waitable).triggered);
  }
  const t1 = model.hosting;
  assert.deepEqual([t1.connectedKw[0], t1.filedKw[0]], [80, 10]);
  assert.deepEqual([t1.connectedKw[1], t1.filedKw[1]], [110, 40]);
  const { kpis, records } = model.finish();
  assert.deepEqual(
    records.pvApplications.map((r) => [r.transformerId, r.decision, r.zoneAtDecision]),
    [
      ["T1", "green", "green"],
      ["T2", "yellow", "yellow"],
      ["T2", "deferred", "yellow"],
      ["T2", "deferred", "yellow"],
      ["T3", "deferred", "red"],
    ],
  );
  assert.equal(kpis["pv.accepted"], 2);
  assert.equal(kpis["pv.acceptedGreen"], 1);
  assert.equal(kpis["pv.delayedYellow"], 1);
  assert.equal(kpis["pv.deferredRed"], 3);
  assert.equal(kpis["pv.deferredInRedZone"], 1);
  assert.equal(kpis["pv.stillWaiting"], 3);
  assert.equal(kpis["pv.stillWaitingKw"], 26);
  assert.equal(kpis["pv.stillWaitingDays.mean"], calendar.workingDaysBetween(t0, ctx.horizon));
  assert.ok(Number.isNaN(kpis["pv.deferredWaitingDays.mean"]));
  assert.equal(kpis["pv.connectedCount"], 1);
  assert.equal(kpis["pv.q1.connectedKw"], 30);
  assert.equal(kpis["pv.maxTransformerShare"], 150 / 200);
  // Connected + filed on T1 and T2 became 90 and 150: the zones of the next quarter.
  assert.deepEqual(zonesAt(records.zones, "q2").T2, "yellow");
  assert.equal(records.zones.find((r) => r.quarter === "q2" && r.id === "T2")!.pvKw, 150);
});

/**
 * Runs a default county-year event by event and checks, after every event, that PV was added
 * to a transformer only within what the rule allows: used ≤ capacity whenever used grew.
 */
function checkRuleEveryStep(parameters: PvParameters): { steps: number; admissions: number } {
  const ctx = context(county);
  const model = createPvModel(ctx, parameters);
  const h = model.hosting;
  const last = new Float64Array(h.size);
  for (let i = 0; i < h.size; i++) last[i] = h.usedKw(i);
  let steps = 0;
  let admissions = 0;
  for (let t = ctx.env.peek(); t < ctx.horizon; t = ctx.env.peek()) {
    ctx.env.run(Math.min(ctx.horizon, t + 1e-7));
    steps++;
    for (let i = 0; i < h.size; i++) {
      const used = h.usedKw(i);
      if (used > last[i] + 1e-9) {
        admissions++;
        if (!(used <= h.capacityKw[i] + 1e-6)) {
          assert.fail(`${county.transformers[i].id} at ${t}: ${used} kW > ${h.capacityKw[i]} kW`);
        }
      }
      last[i] = used;
    }
  }
  const { kpis } = model.finish();
  assert.ok(kpis["pv.accepted"] > 500, `${kpis["pv.accepted"]} accepted`);
  assert.ok(kpis["pv.deferredRed"] > 100, `${kpis["pv.deferredRed"]} deferred`);
  return { steps, admissions };
}

Deno.test("under the 80 % rule no transformer takes PV beyond its limit, at any step", () => {
  const parameters = pvParameters((p) => {
    p.upgrades.limit = "count";
    p.upgrades.countPerYear = 200; // ratings change during the year too
  });
  const { steps, admissions } = checkRuleEveryStep(parameters);
  assert.ok(steps > 3000 && admissions > 500, `${steps} steps, ${admissions} admissions`);
  const { result } = run(county, parameters);
  assert.ok(result.kpis["pv.maxTransformerShare"] <= 0.8 + 1e-6);
  assert.ok(result.kpis["pv.upgradesCompleted"] > 100);
});

Deno.test("under DL/T 2041 no transformer exceeds the reverse load limit, at any step", () => {
  checkRuleEveryStep(pvParameters((p) => (p.hosting.rule = "dlt2041")));
});

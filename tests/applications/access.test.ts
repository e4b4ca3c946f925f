/**
 * Tests of sim/model/applications/access.ts: the 170 kW threshold moves exactly the 160–170 kW
 * firms in towns; three-zero users never see an approval.
 */
import assert from "node:assert/strict";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { LV_THRESHOLD_KW } from "../../sim/model/plan.ts";
import { type ApplicationRecord, APPLICATIONS_SPEC } from "../../sim/model/applications/model.ts";
import { runYear } from "../support/applications.ts";
import { accessFor } from "../../sim/model/applications/access.ts";
import { CLASS_PROFILES } from "../../sim/model/applications/class-profiles.ts";
import { CUSTOMER_CLASSES, REGIONS } from "../../sim/data/vocabulary.ts";

Deno.test("a 170 kW town threshold moves exactly the 160–170 kW applicants in towns to LV", () => {
  const p160 = defaultsOf(APPLICATIONS_SPEC);
  const p170 = defaultsOf(APPLICATIONS_SPEC);
  p170.access.lvThresholdTownKw = LV_THRESHOLD_KW.explored;
  const a = runYear(p160, 3);
  const b = runYear(p170, 3);
  const key = (r: ApplicationRecord) => `${r.appliedClass}:${r.capacityKw}`;
  const before = new Map(a.records.applications.map((r) => [key(r), r]));
  assert.equal(before.size, a.records.applications.length, "capacities identify applicants");
  let moved = 0;
  for (const r of b.records.applications) {
    const old = before.get(key(r))!;
    assert.ok(old !== undefined, "the same applicants arrive under both thresholds");
    const inBand = r.capacityKw > 160 && r.capacityKw <= 170 && r.region !== "rural" &&
      ["lv_small", "lv_other", "hv_single", "base_station", "ev_charger"].includes(r.appliedClass);
    if (inBand) {
      moved++;
      assert.equal(old.voltage, "10kv");
      assert.equal(r.voltage, "lv");
      if (r.appliedClass === "hv_single") assert.equal(r.class, "lv_small");
    } else {
      assert.equal(r.voltage, old.voltage, `${key(r)} should not move`);
      assert.equal(r.class, old.class);
    }
  }
  assert.ok(moved > 0, "the default data have 160–170 kW firms in towns");
  assert.equal(b.kpis["applications.movedToLvByThreshold"], moved);
  assert.equal(a.kpis["applications.movedToLvByThreshold"], 0);
  // And a lower threshold (the older rural 100 kW) moves LV firms up to 10 kV.
  const p100 = defaultsOf(APPLICATIONS_SPEC);
  p100.access.lvThresholdKw = 100;
  const c = runYear(p100, 3);
  const up = c.records.applications.filter((r) =>
    r.appliedClass === "lv_small" && r.voltage === "10kv"
  );
  assert.ok(
    up.length > 0 &&
      up.every((r) => r.region === "rural" && r.capacityKw > 100 && r.class === "hv_single"),
  );
  const governed = ["lv_small", "lv_other", "hv_single", "base_station", "ev_charger"];
  const movedUp = c.records.applications.filter((r) =>
    governed.includes(r.appliedClass) && r.voltage === "10kv" && r.capacityKw <= 160
  );
  assert.equal(c.kpis["applications.movedToHvByThreshold"], movedUp.length);
});

Deno.test("three-zero users never see an approval; without three-zero small firms can", () => {
  const p = defaultsOf(APPLICATIONS_SPEC);
  const { records, kpis } = runYear(p, 5);
  const threeZero = records.applications.filter((r) =>
    (r.class === "residential" || r.class === "lv_small") && r.planned !== ""
  );
  assert.ok(threeZero.length > 3000);
  for (const r of threeZero) {
    assert.equal(r.approval, "three_zero");
    assert.ok(Number.isNaN(r.approvalDays));
    assert.ok(r.investor === "green", "zero investment");
  }
  assert.ok(kpis["timeline.lv_small.approvalsSkipped"] > 0);
  p.access.threeZero = false;
  const off = runYear(p, 5).records.applications.filter((r) =>
    r.class === "lv_small" && r.planned !== ""
  );
  assert.ok(off.some((r) => r.approval === "parallel"), "a long LV line needs approval");
  assert.ok(off.every((r) => r.approval !== "three_zero" && r.service === "lv_other"));
});

Deno.test("a class profile says proactive exactly when its access rule can give a pushable 10 kV", () => {
  // The run-out makes the applicants of a class that cannot come proactive just in time
  // (arrival-feed.ts), so the flag must agree with the rule: every threshold and capacity tried.
  for (const customerClass of CUSTOMER_CLASSES) {
    let tenKv = false;
    for (const threshold of [0, 100, 160, 170, 10_000]) {
      for (const capacityKw of [1, 7, 50, 160, 165, 500, 5_000, 50_000]) {
        for (const region of REGIONS) {
          for (const threeZero of [false, true]) {
            const p = defaultsOf(APPLICATIONS_SPEC);
            p.access.lvThresholdKw = p.access.lvThresholdTownKw = threshold;
            p.access.pvLvMaxKw = Math.min(threshold, p.access.pvLvMaxKw);
            p.access.threeZero = threeZero;
            const access = accessFor(customerClass, capacityKw, region, p);
            if (access.voltage === "10kv") tenKv = true;
          }
        }
      }
    }
    const profile = CLASS_PROFILES[customerClass];
    assert.equal(profile.proactive, profile.pushable && tenKv, customerClass);
  }
});

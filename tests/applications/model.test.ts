/**
 * Tests of sim/model/applications/model.ts: a default county-year, its plausible outcomes,
 * conservation and determinism.
 */
import assert from "node:assert/strict";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { APPLICATIONS_SPEC } from "../../sim/model/applications/model.ts";
import { runYear } from "../support/applications.ts";

Deno.test("a default county-year: plausible outcomes, conservation, determinism", () => {
  const p = defaultsOf(APPLICATIONS_SPEC);
  const a = runYear(p, 11);
  const b = runYear(p, 11);
  assert.deepEqual(a.kpis, b.kpis);
  const k = a.kpis;
  assert.equal(
    k["applications.arrived"],
    k["applications.energised"] + k["applications.open"] + k["applications.pausedByPlan"] +
      k["applications.awaitingCustomer"] +
      k["applications.refused"],
  );
  // About the data's 11,240 a year (Poisson: sd ≈ 106).
  assert.ok(Math.abs(k["applications.arrived"] - 11_240) < 500, `${k["applications.arrived"]}`);
  assert.equal(k["timeline.mining.energised"], 0);
  assert.equal(k["applications.movedToLvByThreshold"], 0); // 160 kW everywhere by default
  for (const c of ["residential", "lv_small", "lv_other", "hv_single", "base_station", "pv"]) {
    assert.ok(k[`timeline.${c}.withinTarget`] > 0.8, `${c}: ${k[`timeline.${c}.withinTarget`]}`);
    assert.ok(k[`timeline.${c}.count`] > 0);
    assert.ok(
      k[`timeline.${c}.wholeDays.mean`] >= k[`timeline.${c}.businessDays.mean`],
      `${c}: business handling is part of the whole process`,
    );
  }
  for (const role of ["customerManagers", "surveyCrews", "lvCrews", "mvCrews", "inspectors"]) {
    const u = k[`staff.${role}.utilisation`];
    assert.ok(u > 0.5 && u < 0.9, `${role} utilisation ${u}`);
  }
  assert.equal(k["cost.extendedInvestmentShare"], 1);
  const rows = a.records.applications;
  assert.equal(rows.length, k["applications.arrived"]);
  const energised = rows.filter((r) => r.status === "energised");
  assert.equal(energised.length, k["applications.energised"]);
  assert.ok(energised.every((r) => r.wholeDays >= r.businessDays && r.businessDays >= 0));
  // The parts add up, and the target is checked on the plan's measure less the plan's pauses.
  assert.ok(
    rows.filter((r) => r.status !== "refused").every((r) =>
      r.wholeDays === r.businessDays + r.constructionDays + r.planWaitDays &&
      r.serviceDays ===
        (r.targetMeasure === "whole" ? r.wholeDays - r.planWaitDays : r.businessDays)
    ),
  );
  assert.ok(energised.every((r) => r.withinTarget === (r.serviceDays <= r.targetDays)));
  // Every application of the cohort ends energised, refused, open or paused by the plan.
  assert.equal(
    rows.filter((r) =>
      ["energised", "refused", "in_progress", "paused_by_plan", "awaiting_customer"].includes(
        r.status,
      )
    )
      .length,
    rows.length,
  );
  // Pushed users take one step fewer (二.(三)).
  const lvPushed = energised.filter((r) =>
    r.voltage === "lv" && r.channel === "pushed" && r.class !== "base_station"
  );
  assert.ok(lvPushed.length > 100 && lvPushed.every((r) => r.steps === 1));
});

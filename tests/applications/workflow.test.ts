/**
 * Tests of sim/model/applications/workflow.ts: hand-computed timelines of every class with
 * fixed durations and ample staff, filed the day before the 2023 National Day holiday.
 */
import assert from "node:assert/strict";
import type { Feeder } from "../../sim/data/feeders.ts";
import type { CustomerClass } from "../../sim/data/vocabulary.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import { createApplicationModel } from "../../sim/model/applications/model.ts";
import {
  at,
  calendar,
  context,
  county,
  firstFeeder,
  handParameters,
} from "../support/applications.ts";

Deno.test("hand-computed timelines of every class, filed the day before National Day 2023", () => {
  // 2023-09-29 … 10-06 are off; Saturday 10-07 and Sunday 10-08 are make-up working days.
  const ctx = context("hand");
  const cutOvers: string[] = [];
  ctx.hooks.cutOver = (feederId) => cutOvers.push(feederId);
  const model = createApplicationModel(ctx, handParameters(), { arrivals: false });
  const town = firstFeeder("town");
  const rural = firstFeeder("rural");
  const filed = at("2023-09-28", 10); // Thursday 10:00
  const apps: Record<string, Application> = {};
  const submit = (
    name: string,
    customerClass: CustomerClass,
    capacityKw: number,
    feeder: Feeder,
    draws: Parameters<typeof model.submit>[0]["draws"],
  ) => {
    ctx.env.schedule(filed, () => {
      apps[name] = model.submit({ customerClass, capacityKw, feederId: feeder.id, draws });
    });
  };
  const direct = { uThirdParty: 1, cable: false };
  submit("residential", "residential", 6, town, { ...direct, uWorks: 1 });
  submit("lv_small", "lv_small", 50, town, { ...direct, uWorks: 0 });
  submit("lv_other", "lv_other", 80, town, { ...direct, uWorks: 0, uFunded: 0, uLand: 0 });
  submit("hv_single", "hv_single", 800, town, { ...direct, uWorks: 0, uFunded: 0, uLand: 0.99 });
  submit("hv_dual", "hv_dual", 3000, rural, { ...direct, uWorks: 0 });
  submit("base_station", "base_station", 10, town, { ...direct, uWorks: 1 });
  submit("pv", "pv", 30, rural, { ...direct, uWorks: 1 });
  submit("mining", "mining", 800, town, { ...direct, uWorks: 0 });
  ctx.env.run(ctx.horizon);

  const check = (
    name: string,
    energised: number,
    whole: number,
    business: number,
    steps: number,
    extra: Partial<Application> = {},
  ) => {
    const app = apps[name];
    assert.equal(app.status, "energised", name);
    assert.equal(calendar.dateOf(app.energisedAt), calendar.dateOf(energised), `${name} date`);
    assert.ok(
      Math.abs(app.energisedAt - energised) < 1e-6,
      `${name}: energised at ${app.energisedAt}, expected ${energised}`,
    );
    assert.equal(app.wholeDays, whole, `${name} whole days`);
    assert.equal(app.businessDays, business, `${name} business days`);
    assert.equal(app.steps, steps, `${name} steps`);
    assert.equal(app.withinTarget, true, `${name} within target`);
    for (const [key, value] of Object.entries(extra)) {
      assert.deepEqual(app[key as keyof Application], value, `${name} ${key}`);
    }
  };
  // Residential: intake 10:00–11:00, survey 11:00–14:30, customer works 1 working day (3.5 h on
  // 09-28, 4.5 h on 10-07: 14:30), meter 1 h: energised Saturday 10-07 15:30, the first working
  // day after filing. The works day is excluded: business 0.
  check("residential", at("2023-10-07", 15.5), 1, 0, 2, { approval: "three_zero" });
  // LV small firm (three-zero): crew builds 5 working days from 09-28 14:30 → 10-11 14:30
  // (customer works end 10-09 14:30); meter 1 h. Five working days, all of them works.
  check("lv_small", at("2023-10-11", 15.5), 5, 0, 2, {
    approval: "three_zero",
    investor: "green",
    networkWorksDays: 5,
  });
  // Other LV user in a town, eligible, on land-reserve land (red): push 1 day → 10-07 14:30,
  // government start 3 days → 10-10 14:30, parallel approval 2 days (300 m line, 20,000 m²: no
  // exemption) → 10-12 14:30, contractor 5 days → 10-19 14:30, meter → 15:30. Construction: the
  // customer's works (4 working days → 10-10 14:30) and the contractor's 5; the 2 working days
  // of approval after the customer was done (10-11, 10-12) are business handling (二.(二)).
  check("lv_other", at("2023-10-19", 15.5), 11, 2, 2, {
    approval: "parallel",
    investor: "red",
    approvalDays: 2,
    governmentPushDays: 1,
    networkWorksDays: 11,
  });
  // HV single source 800 kVA (plan answered at the survey): intake → 11:00, HV survey 4 h →
  // 16:30. Customer works 20 working days → 11-01 16:30 (the 10 kV crew's 10 days end 10-18
  // 16:30, a 100 m overhead line: exempt). Inspection 3 h + energisation 2 h → 11-02 12:00.
  check("hv_single", at("2023-11-02", 12), 21, 1, 3, {
    approval: "exempt",
    investor: "green",
    networkWorksDays: 10,
  });
  // HV dual source (a dedicated plan; its design reviewed): survey → 09-28 16:30, plan 16 h →
  // 10-08 16:30. Design 5 days → 10-13 16:30, review 4 h → 10-16 11:00 (1 working day, counted
  // as business, but the contractor is building the network works then: construction), works 30
  // days → 11-27 11:00; a rural user pays (yellow). Inspection and energisation 5 h → 11-27
  // 17:30. Whole 38 = 2 + 36 construction days; business 2 (survey and plan) + 0.
  check("hv_dual", at("2023-11-27", 17.5), 38, 2, 3, { investor: "yellow" });
  // 5G station, LV: customer works 2 days → 10-08 14:30, meter → 15:30. Three steps.
  check("base_station", at("2023-10-08", 15.5), 2, 0, 3, { approval: "no_works" });
  // Household PV: installation 5 days → 10-11 14:30; grid-connection inspection with the meter,
  // 3 + 1 h → 10-12 09:00. Whole 6, business 1 (the inspection day).
  check("pv", at("2023-10-12", 9), 6, 1, 2, { inspections: 1 });
  assert.equal(apps.mining.status, "refused");
  assert.ok(Number.isNaN(apps.mining.energisedAt));
  // A cut-over for each 10 kV connection, on its feeder.
  assert.deepEqual(cutOvers.sort(), [rural.id, town.id].sort());

  const { kpis, records } = model.finish();
  assert.equal(kpis["applications.arrived"], 8);
  assert.equal(kpis["applications.energised"], 7);
  assert.equal(kpis["applications.refused"], 1);
  assert.equal(kpis["timeline.mining.refused"], 1);
  assert.equal(kpis["timeline.hv_single.wholeDays.mean"], 21);
  assert.equal(kpis["timeline.lv_small.approvalsSkipped"], 1);
  assert.equal(kpis["timeline.hv_single.approvalsSkipped"], 1);
  assert.equal(kpis["timeline.lv_other.approvalsSkipped"], 0);
  assert.equal(kpis["approval.withinTarget"], 1);
  assert.equal(kpis["networkWorks.lv.withinTarget"], 0.5); // lv_small 5 days, lv_other 11
  assert.equal(kpis["push.governmentWithinTarget"], 1);
  const row = records.applications.find((r) => r.class === "hv_dual")!;
  assert.equal(row.filed, "2023-09-28");
  assert.equal(row.energised, "2023-11-27");
  assert.equal(row.targetDays, 32);
  assert.equal(row.targetMeasure, "business");
  assert.equal(row.investor, "yellow");
  // Costs: the rural dual-source user pays its 100 m line and pole switch and its substation.
  const c = county.costs;
  const line = 0.1 * c.mv_overhead_line.costCny + c.pole_switch_automated.costCny;
  const substation = c.customer_substation_fixed.costCny +
    3000 * c.customer_substation_per_kva.costCny;
  assert.ok(Math.abs(row.customerCostCny - line - substation) < 1e-6);
  assert.equal(row.utilityCostCny, c.metering_hv.costCny);
});

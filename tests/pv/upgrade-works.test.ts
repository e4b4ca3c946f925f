/**
 * Tests of sim/model/pv/upgrade-works.ts: an upgrade in service turns a red area green and admits
 * the application waiting on it.
 */
import assert from "node:assert/strict";
import { upgradeCost } from "../../sim/model/pv/upgrade.ts";
import { calendar, county, quiet, upgradeYear, zonesAt } from "../support/pv.ts";

Deno.test("an upgrade turns a red area green and admits the waiting application", () => {
  const { ctx, released, result } = upgradeYear(quiet((p) => {
    p.upgrades.limit = "count";
    p.upgrades.countPerYear = 4; // one released at the first review
  }));
  // T3: 80 kW needs R ≥ 80 / 0.6 = 133.3 → 160 kVA; T5 is customer-owned: not upgraded.
  const inService = calendar.addWorkingDays(0, 30);
  assert.deepEqual(result.records.pvUpgrades, [{
    transformerId: "T3",
    feederId: "F1",
    fromKva: 100,
    toKva: 160,
    costCny: upgradeCost(county.costs, 160),
    decidedAt: 0,
    inServiceAt: inService,
  }]);
  assert.equal(released, inService);
  assert.equal(result.kpis["pv.upgrades"], 1);
  assert.equal(result.kpis["pv.upgradesCompleted"], 1);
  assert.equal(result.kpis["pv.upgradedKva"], 60);
  assert.equal(result.kpis["pv.upgradeCostCny"], upgradeCost(county.costs, 160));
  assert.equal(zonesAt(result.records.zones, "q1").T3, "red");
  assert.equal(zonesAt(result.records.zones, "q2").T3, "green"); // 90 kW ≤ 0.6 × 160 = 96
  assert.equal(zonesAt(result.records.zones, "q2").T5, "red");
  const app = result.records.pvApplications[0];
  assert.equal(app.decision, "deferred");
  assert.equal(app.admittedAt, inService);
  assert.equal(app.waitingDays, calendar.workingDaysBetween(1, inService));
  assert.equal(result.kpis["pv.deferredReleased"], 1);
  assert.equal(result.kpis["pv.stillWaiting"], 0);
  assert.equal(result.kpis["pv.deferredWaitingDays.mean"], app.waitingDays);
  assert.equal(ctx.horizon > inService, true);
});

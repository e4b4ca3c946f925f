/**
 * Tests of sim/model/pv/upgrade-plan.ts: an upgrade capped below the green size, a yearly budget
 * released a quarter at a time, no upgrade without a count or budget.
 */
import assert from "node:assert/strict";
import { upgradeCost } from "../../sim/model/pv/upgrade.ts";
import { calendar, county, quiet, upgradeYear, zonesAt } from "../support/pv.ts";

Deno.test("an upgrade capped below the green size leaves the area yellow; budgets accrue", () => {
  const capped = upgradeYear(quiet((p) => {
    p.upgrades.limit = "count";
    p.upgrades.countPerYear = 4;
    p.upgrades.maxKva = 125;
  })).result;
  // 125 kVA: 80 kW > 0.6 × 125 = 75 (yellow) but < 100 (not red); 90 kW still fits.
  assert.equal(capped.records.pvUpgrades[0].toKva, 125);
  assert.equal(zonesAt(capped.records.zones, "q2").T3, "yellow");
  assert.equal(capped.kpis["pv.deferredReleased"], 1);

  // A yearly budget is released a quarter at a time: 1.5 × the cost is enough at the third
  // review, on 1 July.
  const cost = upgradeCost(county.costs, 160);
  const budget = upgradeYear(quiet((p) => {
    p.upgrades.limit = "budget";
    p.upgrades.budgetCnyPerYear = cost * 1.5; // released: 0.375, 0.75, then 1.125 × cost
  })).result;
  assert.equal(budget.records.pvUpgrades.length, 1);
  assert.equal(budget.records.pvUpgrades[0].decidedAt, calendar.timeOf("2023-07-01"));

  const none = upgradeYear(quiet()).result;
  assert.equal(none.records.pvUpgrades.length, 0);
  assert.equal(none.kpis["pv.stillWaiting"], 1);
  assert.equal(zonesAt(none.records.zones, "end").T3, "red");
});

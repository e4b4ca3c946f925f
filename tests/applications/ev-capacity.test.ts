/**
 * Tests of sim/model/applications/ev-capacity.ts: charger capacity in compounds.
 */
import assert from "node:assert/strict";
import type { County } from "../../sim/data/county.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import { ApplicantFactory } from "../../sim/model/applications/applicants.ts";
import type { Period } from "../../sim/model/applications/classes.ts";
import { takeChargerCapacity } from "../../sim/model/applications/ev-capacity.ts";
import { createApplicationModel } from "../../sim/model/applications/model.ts";
import { at, calendar, context, county, handParameters } from "../support/applications.ts";

Deno.test("a charger in a compound whose capacity is used up waits for the upgrade", () => {
  const compound = county.compounds.find((c) =>
    c.supplyOwner === "utility" && c.kind === "existing"
  )!;
  const full = { ...compound, reservedKw: compound.chargersInstalled * 8 }; // nothing left
  const fullCounty: County = {
    ...county,
    compounds: county.compounds.map((c) => (c.id === compound.id ? full : c)),
  };
  const p = handParameters();
  const ctx = context("ev", ["applications"], fullCounty);
  const model = createApplicationModel(ctx, p, { arrivals: false });
  let waiting: Application | undefined;
  let later: Application | undefined;
  ctx.env.schedule(at("2023-05-08", 9), () => {
    waiting = model.submit({
      customerClass: "ev_charger",
      capacityKw: 7,
      compoundId: full.id,
      draws: { uWorks: 1 },
    });
  });
  ctx.env.schedule(at("2023-08-01", 9), () => {
    later = model.submit({
      customerClass: "ev_charger",
      capacityKw: 7,
      compoundId: full.id,
      draws: { uWorks: 1 },
    });
  });
  ctx.env.run(ctx.horizon);
  assert.ok(waiting !== undefined && later !== undefined);
  // Filed Monday 05-08 09:00, accepted 10:00; the upgrade takes 20 working days (the default,
  // fixed) → 06-05 10:00; survey → 12:00; the charger's installation 1 working day → 06-06
  // 12:00; meter → 14:30. Whole 21 working days, of which 20 waiting and 1 installing. The
  // wait is the plan's own pause (三.(七).3), not service: the whole process less it is 1 day.
  assert.equal(waiting.capacityWaitDays, 20);
  assert.equal(calendar.dateOf(waiting.energisedAt), "2023-06-06");
  assert.equal(waiting.wholeDays, 21);
  assert.equal(waiting.planWaitDays, 20);
  assert.equal(waiting.businessDays, 0);
  assert.equal(waiting.serviceDays, 1);
  assert.equal(waiting.withinTarget, true, "a resident's charger: the pause is not service time");
  // The upgrade added 20 % of the spaces at 8 kW: the next charger does not wait.
  assert.equal(later.capacityWaitDays, 0);
  const { kpis } = model.finish();
  assert.equal(kpis["ev.upgrades"], 1);
  assert.equal(kpis["ev.capacityWaits"], 1);
  const c = county.costs;
  const added = 0.2 * full.parkingSpaces * 8;
  assert.ok(
    Math.abs(
      kpis["ev.upgradeCny"] - c.transformer_upgrade_fixed.costCny -
        added * c.public_transformer_per_kva.costCny,
    ) < 1e-6,
  );
});

Deno.test("an upgrade is the year's investment only when a charger of the cohort started it", () => {
  const compound = county.compounds.find((c) =>
    c.supplyOwner === "utility" && c.kind === "existing"
  )!;
  const full = { ...compound, reservedKw: compound.chargersInstalled * 8 };
  const fullCounty: County = {
    ...county,
    compounds: county.compounds.map((c) => (c.id === compound.id ? full : c)),
  };
  /** Upgrades counted when a charger of `period` finds the compound full (its step alone). */
  const upgradesFor = (period: Period) => {
    const ctx = context("ev-period", ["applications"], fullCounty);
    const model = createApplicationModel(ctx, handParameters(), { arrivals: false });
    const factory = new ApplicantFactory(model.state);
    const request = { capacityKw: 7, compoundId: full.id };
    const app = factory.create("ev_charger", ctx.env.now, request, null, period);
    ctx.env.process(takeChargerCapacity(model.state, app));
    ctx.env.run(ctx.horizon);
    assert.equal(app.capacityWaitDays, 20, "it waited for the upgrade either way");
    return [model.state.evUpgrades, model.state.evUpgradeCny];
  };
  const [cohortUpgrades, cohortCny] = upgradesFor("cohort");
  assert.equal(cohortUpgrades, 1);
  assert.ok(cohortCny > 0);
  // Started for a charger of the run-out (or the warm-up): another year's investment.
  assert.deepEqual(upgradesFor("runout"), [0, 0]);
  assert.deepEqual(upgradesFor("warmup"), [0, 0]);
});

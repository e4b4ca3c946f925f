/**
 * Tests of sim/model/pv/growth.ts: the default county's year of applications calibrates to the
 * data's PV application rate, household and commercial, with its seasons.
 */
import assert from "node:assert/strict";
import { sizeSlice } from "../../sim/model/pv/size-distribution.ts";
import { pvParameters } from "./fixture.ts";
import { county, run } from "../support/pv.ts";

Deno.test("the default county calibrates to the data's PV application rate", () => {
  const { model, result } = run(county, pvParameters());
  const bins = county.capacityBins.get("pv")!;
  const perYear = county.monthlyApplications.get("pv")!.reduce((s, r) => s + r, 0);
  const householdTarget = perYear * sizeSlice(bins, 0, 100).share;
  const expected = result.kpis["pv.expectedHouseholdApplications"];
  assert.equal(expected, model.bass.expectedBy(1));
  assert.ok(Math.abs(expected / householdTarget - 1) < 0.05, `${expected} vs ${householdTarget}`);
  // One replication's draws: within 4 standard deviations (variance ≤ the mean).
  const households = result.kpis["pv.householdApplications"];
  assert.ok(Math.abs(households - expected) < 4 * Math.sqrt(expected));
  const commercialMean = perYear * sizeSlice(bins, 100, 400).share;
  const commercial = result.kpis["pv.commercialApplications"];
  assert.ok(Math.abs(commercial - commercialMean) < 4 * Math.sqrt(commercialMean));
  // Commercial systems sit behind customer-owned transformers at least as large.
  for (const a of result.records.pvApplications) {
    const t = county.transformerById.get(a.transformerId)!;
    if (a.kind === "commercial") {
      assert.equal(t.ownership, "private");
      assert.ok(a.capacityKw > 100 && a.capacityKw <= 400 && t.ratingKva >= a.capacityKw);
    } else {
      assert.ok(t.ownership === "public" && t.households > 0 && a.capacityKw <= 100);
    }
  }
  // Seasons: March–May hold more adoptions than December–February.
  const month = (a: { appliedDate: string }) => Number(a.appliedDate.slice(5, 7));
  const spring = result.records.pvApplications.filter((a) => [3, 4, 5].includes(month(a)));
  const winter = result.records.pvApplications.filter((a) => [1, 2].includes(month(a)));
  assert.ok(spring.length > 1.5 * winter.length);
});

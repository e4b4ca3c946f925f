/**
 * Tests of sim/model/pv/upgrade.ts: the standard rating an upgrade installs, and its cost.
 */
import assert from "node:assert/strict";
import { dlt2041Rule, plan80Rule } from "../../sim/model/pv/hosting-rule.ts";
import { upgradeCost, upgradeRating } from "../../sim/model/pv/upgrade.ts";
import { county } from "../support/pv.ts";

Deno.test("upgradeRating picks the smallest standard unit that turns the transformer green", () => {
  const plan = plan80Rule(0.8, 0.75);
  // Green needs 170 ≤ 0.6 R: R ≥ 283.3 → 315 kVA.
  assert.equal(upgradeRating(200, 630, 170, 0, plan), 315);
  // Up to 250 kVA: 250 → 170 > 150 yellow, < 200 not red.
  assert.equal(upgradeRating(200, 250, 170, 0, plan), 250);
  // Up to 250 kVA with 210 kW: never out of red (≥ 0.8 × 250): the largest allowed.
  assert.equal(upgradeRating(200, 250, 210, 0, plan), 250);
  assert.ok(Number.isNaN(upgradeRating(630, 630, 600, 0, plan)));
  // DL/T: reverse flow (170 > 20) is never green; not red needs 170 − 20 < 0.8 R: R > 187.5.
  assert.equal(upgradeRating(160, 630, 170, 20, dlt2041Rule(0.8, 1)), 200);
  assert.equal(
    upgradeCost(county.costs, 315),
    county.costs.transformer_upgrade_fixed.costCny +
      315 * county.costs.public_transformer_per_kva.costCny,
  );
});

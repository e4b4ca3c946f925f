/**
 * Tests of sim/model/reliability/ledger.ts: compensation on hand-made cases (with the weighted
 * pick and triangular quantile of sim/engine/random/ the model draws with) and over a
 * county-year, where with a 0-hour limit it is the rate times every customer-hour lost.
 */
import assert from "node:assert/strict";
import { triangularQuantile } from "../../sim/engine/random/triangular.ts";
import { WeightedPick } from "../../sim/engine/random/weighted-pick.ts";
import { compensationCny } from "../../sim/model/reliability/ledger.ts";
import { close, defaults, run } from "../support/reliability.ts";

Deno.test("weighted pick, triangular quantile and compensation on hand-made cases", () => {
  const pick = new WeightedPick([0, 1, 3]);
  assert.equal(pick.pick(0), 1);
  assert.equal(pick.pick(0.2499), 1);
  assert.equal(pick.pick(0.25), 2);
  assert.equal(new WeightedPick([0, 0]).pick(0.5), -1);
  assert.throws(() => new WeightedPick([1, -1]), /weights\[1\] must be a finite number ≥ 0/);
  assert.equal(triangularQuantile(0, 2, 3, 5), 2);
  close(triangularQuantile(1 / 3, 2, 3, 5), 3, 1e-12, "mode at its CDF");
  assert.equal(triangularQuantile(0.7, 4, 4, 4), 4);
  const scheme = { cnyPerCustomerHour: 5, limitHours: 8 };
  assert.equal(compensationCny(100, 10, scheme), 1000);
  assert.equal(compensationCny(100, 8, scheme), 0);
});

Deno.test("compensation: with a 0-hour limit it is the rate times every customer-hour lost", () => {
  const p = defaults();
  p.compensation = { enabled: true, cnyPerCustomerHour: 3, limitHours: 0 };
  const { kpis } = run(p);
  const hours = kpis["reliability.customerHoursLost.fault"] +
    kpis["reliability.customerHoursLost.planned"];
  close(kpis["reliability.compensationCny"], 3 * hours, 1e-6 * hours, "compensation");
  const strict = defaults();
  strict.compensation = { enabled: true, cnyPerCustomerHour: 3, limitHours: 8 };
  const some = run(strict).kpis["reliability.compensationCny"];
  assert.ok(some > 0 && some < kpis["reliability.compensationCny"]);
});

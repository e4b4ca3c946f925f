/** The reliability of supply and transparency of tariffs index (0–8) of the DB2020 method. */
import assert from "node:assert/strict";
import { type IndexInput, reliabilityIndex } from "../../sim/scorecard/reliability-index.ts";

const ALL_FACTS: IndexInput = {
  saidiHours: 0.5,
  saifi: 0.5,
  monitoring: true,
  restoration: true,
  regulator: true,
  deterrent: true,
  tariffs: true,
};

Deno.test("SAIDI and SAIFI give 3, 2, 1 or 0 points, both below the bound", () => {
  const points = (saidiHours: number, saifi: number) =>
    reliabilityIndex({ ...ALL_FACTS, saidiHours, saifi }).index - 5;
  assert.equal(points(0.5, 0.5), 3);
  assert.equal(points(0.5, 1), 2); // SAIFI not below 1
  assert.equal(points(3.9, 3.9), 2);
  assert.equal(points(4, 1), 1);
  assert.equal(points(11.9, 11.9), 1);
  assert.equal(points(12, 1), 0);
  assert.equal(points(99, 99), 0);
});

Deno.test("each fact adds a point; SAIDI or SAIFI of 100 or more leaves the index unscored", () => {
  assert.deepEqual(reliabilityIndex(ALL_FACTS), { scored: true, index: 8 });
  for (const fact of ["monitoring", "restoration", "regulator", "deterrent", "tariffs"] as const) {
    assert.equal(reliabilityIndex({ ...ALL_FACTS, [fact]: false }).index, 7, fact);
  }
  assert.deepEqual(reliabilityIndex({ ...ALL_FACTS, saidiHours: 100.5 }), {
    scored: false,
    index: 0,
  });
  assert.deepEqual(reliabilityIndex({ ...ALL_FACTS, saifi: 100 }), { scored: false, index: 0 });
  assert.deepEqual(reliabilityIndex({ ...ALL_FACTS, saidiHours: NaN }), {
    scored: false,
    index: 0,
  });
});

/**
 * The Doing Business 2020 scale: the formula reproduces published Getting Electricity scores
 * from their published components (World Bank, Doing Business 2020 and 2019; the DataBank
 * "Doing Business" series: component scores of China 93.91 for 32 days = (248 − 32)/230, etc.).
 */
import assert from "node:assert/strict";
import { DB2020_SCALE, PUBLISHED } from "../../sim/scorecard/frontier.ts";
import { gettingElectricityScore, indicatorScore } from "../../sim/scorecard/score.ts";

Deno.test("published scores are reproduced from their components, to the published decimal", () => {
  assert.ok(PUBLISHED.length >= 5);
  for (const p of PUBLISHED) {
    const { score } = gettingElectricityScore(p);
    assert.equal(score.toFixed(1), p.score.toFixed(1), `${p.economy} ${p.edition}: ${score}`);
  }
  // China DB2020 by hand: procedures 2 is past the frontier (100), time (248 − 32)/230,
  // cost 0 (100), index 7/8.
  const china = gettingElectricityScore({
    procedures: 2,
    days: 32,
    costPercent: 0,
    reliabilityIndex: 7,
  });
  assert.equal(china.procedures, 100);
  assert.ok(Math.abs(china.days - (100 * 216) / 230) < 1e-9);
  assert.equal(china.reliabilityIndex, 87.5);
  assert.ok(Math.abs(china.score - (100 + (100 * 216) / 230 + 100 + 87.5) / 4) < 1e-9);
});

Deno.test("indicator scores are clipped to 0–100 and fall as the value worsens", () => {
  assert.equal(indicatorScore(482, DB2020_SCALE.days), 0); // Liberia's 482 days
  assert.equal(indicatorScore(7, DB2020_SCALE.days), 100);
  assert.equal(indicatorScore(18, DB2020_SCALE.days), 100);
  assert.equal(indicatorScore(248, DB2020_SCALE.days), 0);
  assert.ok(indicatorScore(40, DB2020_SCALE.days) < indicatorScore(39, DB2020_SCALE.days));
  assert.ok(Number.isNaN(indicatorScore(NaN, DB2020_SCALE.costPercent)));
  assert.equal(indicatorScore(8, DB2020_SCALE.reliabilityIndex), 100);
  assert.equal(indicatorScore(0, DB2020_SCALE.reliabilityIndex), 0);
});

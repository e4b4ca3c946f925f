/**
 * The plan's PV cap as verdicts (plan 三.(九).3, sim/runner/checks/pv.ts): the audit of the
 * actual state counted by hand on small grids, and for each check a run that fails it and one
 * that passes it — the 80 % rule on and off (`plan-2023`, `pv-cap-100`), an area already over on
 * 1 January, a substation over while every transformer is under — and what the default county
 * gives. The PV model runs alone, one replication each.
 */
import assert from "node:assert/strict";
import type { County } from "../sim/data/county.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { SUBSTATION_CAPACITY_LOAD_RATIO } from "../sim/model/pv/cap-audit.ts";
import { createPvModel } from "../sim/model/pv/model.ts";
import type { PvParameters } from "../sim/model/pv/parameters.ts";
import { calendarForYear, createContext } from "../sim/model/setup-context.ts";
import { PV_CHECKS } from "../sim/runner/checks/pv.ts";
import { readScenario } from "../sim/scenario/scenario.ts";
import { fixtureCounty } from "./pv/fixture.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const YEAR = 2023;
const calendar = await calendarForYear(YEAR);
const PLAN = (await readScenario("plan-2023")).parameters.pv;
const CAP_100 = (await readScenario("pv-cap-100")).parameters.pv;
/**
 * The same levers without commercial PV, for the small grids: the county's commercial rate (some
 * 170 systems of 100–400 kW a year) would land on their few transformers.
 */
const householdsOnly = (p: PvParameters): PvParameters => ({
  ...p,
  commercial: { ...p.commercial, rateFactor: 0 },
});
const PLAN_HH = householdsOnly(PLAN);
const CAP_100_HH = householdsOnly(CAP_100);
const LABELS = ["q1", "q2", "q3", "q4", "end"];

/** The KPIs of one PV county-year on `c`, the PV model alone. */
function kpisOf(c: County, parameters: PvParameters): Record<string, number> {
  const ctx = createContext({
    county: c,
    calendar,
    year: YEAR,
    seed: 11,
    replication: 0,
    active: ["pv"],
  });
  const model = createPvModel(ctx, parameters);
  ctx.env.run(ctx.horizon);
  return model.finish().kpis;
}

/** Each check's verdict on `kpis`, by id. */
function verdicts(kpis: Record<string, number>): Record<string, boolean | undefined> {
  return Object.fromEntries(PV_CHECKS.map((c) => [c.id, c.met(kpis)]));
}

/** A KPI at every review. */
function atReviews(kpis: Record<string, number>, key: (label: string) => string): number[] {
  return LABELS.map((label) => kpis[key(label)]);
}

/**
 * Five village areas of 400 kVA with 280 kW of PV each (70 %, under the cap) and 200 households
 * each (a Bass market of 90): a year's adopters take each past 320 kW unless the rule stops them.
 * Their feeder's peak of 3,000 kW rates the substation far above its 1,400–2,000 kW of PV.
 */
const GROWING = fixtureCounty(
  county,
  [{ id: "F1", region: "rural", peakLoadKw: 3000 }],
  [1, 2, 3, 4, 5].map((k) => ({
    id: `T${k}`,
    feederId: "F1",
    ratingKva: 400,
    households: 200,
    pvConnectedKw: 280,
  })),
);

Deno.test("the audit counts areas over 80 % at every review, those over on 1 January included", () => {
  // No households and no customer-owned transformers: no PV arrives, every review sees 1 January.
  const grid = fixtureCounty(county, [
    { id: "F1", region: "rural", substation: "SUB-A", peakLoadKw: 1000 },
    { id: "F2", region: "rural", substation: "SUB-A", peakLoadKw: 500 },
    { id: "F3", region: "town", substation: "SUB-B", peakLoadKw: 200 },
  ], [
    { id: "T1", feederId: "F1", ratingKva: 100, pvConnectedKw: 90 }, // 90 %: over
    { id: "T2", feederId: "F1", ratingKva: 100, pvConnectedKw: 50, pvFiledKw: 30 }, // 80 %: at
    { id: "T3", feederId: "F2", ratingKva: 200, pvConnectedKw: 100 }, // 50 %
    { id: "T4", feederId: "F3", ratingKva: 400, pvConnectedKw: 300 }, // 75 %
  ]);
  const kpis = kpisOf(grid, PLAN_HH);
  assert.equal(kpis["pv.applications"], 0);
  const at = (key: (label: string) => string) => atReviews(kpis, key);
  assert.deepEqual(at((s) => `pv.overLimit.${s}.count`), [1, 1, 1, 1, 1]);
  assert.deepEqual(at((s) => `pv.overLimit.${s}.preexisting`), [1, 1, 1, 1, 1]);
  assert.deepEqual(at((s) => `pv.overLimit.${s}.causedByAdmissions`), [0, 0, 0, 0, 0]);
  assert.deepEqual(at((s) => `pv.overLimit.${s}.share`), [0.25, 0.25, 0.25, 0.25, 0.25]);
  assert.deepEqual(at((s) => `pv.maxShare.${s}`), [0.9, 0.9, 0.9, 0.9, 0.9]);
  // SUB-A: 270 kW on 1.8 × 1,500 = 2,700 kVA (10 %); SUB-B: 300 kW on 1.8 × 200 = 360 kVA.
  assert.equal(SUBSTATION_CAPACITY_LOAD_RATIO, 1.8);
  assert.deepEqual(at((s) => `pv.substations.overLimit.${s}.count`), [1, 1, 1, 1, 1]);
  for (const share of at((s) => `pv.substations.maxShare.${s}`)) {
    assert.ok(Math.abs(share - 300 / 360) < 1e-12, `${share}`);
  }
  assert.equal(kpis["pv.overLimit.worst.count"], 1);
  assert.equal(kpis["pv.substations.overLimit.worst.count"], 1);
  // The rule is on and admitted nothing, yet the county is over the cap: both checks fail.
  assert.deepEqual(verdicts(kpis), {
    "pv.transformerShare": false,
    "pv.substationShare": false,
    "pv.noNewBreach": true, // over since 1 January, not because of the year's admissions
  });
});

Deno.test("pv.transformerShare passes under the 80 % rule and fails without it (pv-cap-100)", () => {
  const plan = kpisOf(GROWING, PLAN_HH);
  assert.ok(plan["pv.accepted"] > 0, `${plan["pv.accepted"]} accepted`);
  assert.ok(plan["pv.deferredRed"] > 0, "the rule deferred some applications");
  // Admissions took areas from 70 % towards the cap, not beyond it.
  const top = plan["pv.maxShare.end"];
  assert.ok(top > 0.7 && top <= 0.8 + 1e-9, `${top}`);
  assert.deepEqual(atReviews(plan, (s) => `pv.overLimit.${s}.count`), [0, 0, 0, 0, 0]);
  assert.deepEqual(verdicts(plan), {
    "pv.transformerShare": true,
    "pv.substationShare": true,
    "pv.noNewBreach": true,
  });

  const loose = kpisOf(GROWING, CAP_100_HH);
  assert.equal(loose["pv.overLimit.q1.count"], 0, "nothing over on 1 January");
  assert.ok(loose["pv.overLimit.end.count"] >= 3, `${loose["pv.overLimit.end.count"]} over`);
  assert.equal(loose["pv.overLimit.end.preexisting"], 0);
  assert.equal(loose["pv.overLimit.end.causedByAdmissions"], loose["pv.overLimit.end.count"]);
  assert.ok(loose["pv.maxShare.end"] > 0.8);
  assert.equal(loose["pv.overLimit.worst.count"], loose["pv.overLimit.end.count"]);
  assert.deepEqual(verdicts(loose), {
    "pv.transformerShare": false,
    "pv.substationShare": true,
    "pv.noNewBreach": false, // the loosened rule pushed areas over
  });
});

Deno.test("admissions to an area already over count as pre-existing and as caused", () => {
  const grid = fixtureCounty(county, [{ id: "F1", region: "rural", peakLoadKw: 3000 }], [
    { id: "T1", feederId: "F1", ratingKva: 400, households: 200, pvConnectedKw: 340 }, // 85 %
  ]);
  const plan = kpisOf(grid, PLAN_HH);
  assert.equal(plan["pv.accepted"], 0, "the rule admits nothing to an area over the cap");
  assert.deepEqual(
    [plan["pv.overLimit.end.count"], plan["pv.overLimit.end.preexisting"]],
    [1, 1],
  );
  assert.equal(plan["pv.overLimit.end.causedByAdmissions"], 0);
  const loose = kpisOf(grid, CAP_100_HH);
  assert.ok(loose["pv.accepted"] > 0);
  assert.deepEqual(
    [
      loose["pv.overLimit.end.count"],
      loose["pv.overLimit.end.preexisting"],
      loose["pv.overLimit.end.causedByAdmissions"],
    ],
    [1, 1, 1],
  );
  assert.equal(verdicts(plan)["pv.transformerShare"], false);
});

Deno.test("pv.substationShare fails when every transformer is under 80 % but their sum is not", () => {
  // Four 630 kVA areas at 450 kW (71 %) on a feeder of 1,000 kW peak: 1,800 kW of PV on a
  // substation rated 1.8 × 1,000 = 1,800 kVA.
  const grid = fixtureCounty(
    county,
    [{ id: "F1", region: "town", peakLoadKw: 1000 }],
    [1, 2, 3, 4].map((k) => ({
      id: `T${k}`,
      feederId: "F1",
      ratingKva: 630,
      pvConnectedKw: 450,
    })),
  );
  const kpis = kpisOf(grid, PLAN_HH);
  assert.equal(kpis["pv.overLimit.worst.count"], 0);
  assert.deepEqual(atReviews(kpis, (s) => `pv.substations.maxShare.${s}`), [1, 1, 1, 1, 1]);
  assert.deepEqual(verdicts(kpis), {
    "pv.transformerShare": true,
    "pv.substationShare": false,
    "pv.noNewBreach": true,
  });
});

Deno.test("on the default county the 80 % rule causes no breach, but areas over on 1 January remain", () => {
  const overInData =
    county.transformers.filter((t) => t.pvConnectedKw + t.pvFiledKw > 0.8 * t.ratingKva + 1e-6)
      .length;
  assert.ok(overInData > 0, "the default data has areas over the cap on 1 January");
  const plan = kpisOf(county, PLAN);
  assert.deepEqual(
    atReviews(plan, (s) => `pv.overLimit.${s}.causedByAdmissions`),
    [0, 0, 0, 0, 0],
  );
  assert.deepEqual(
    atReviews(plan, (s) => `pv.overLimit.${s}.preexisting`),
    new Array(5).fill(overInData),
  );
  assert.equal(plan["pv.overLimit.worst.count"], overInData);
  assert.equal(verdicts(plan)["pv.transformerShare"], false);
  assert.ok(plan["pv.maxShare.end"] > plan["pv.maxTransformerShare"]);

  const loose = kpisOf(county, CAP_100);
  assert.ok(loose["pv.overLimit.end.causedByAdmissions"] > 0);
  assert.ok(loose["pv.overLimit.end.count"] > plan["pv.overLimit.end.count"]);
});

Deno.test("the PV checks cite the clause, say what they count, and are undefined without a count", () => {
  assert.deepEqual(PV_CHECKS.map((c) => c.id), [
    "pv.transformerShare",
    "pv.substationShare",
    "pv.noNewBreach",
  ]);
  for (const check of PV_CHECKS) {
    assert.equal(check.clause, "三.(九).3");
    assert.match(check.measure, /1 January/);
    assert.match(check.measure, /quarterly review/);
    assert.equal(check.met({}), undefined);
    assert.equal(check.met({ [check.kpi]: NaN }), undefined);
    assert.equal(check.met({ [check.kpi]: 0 }), true);
    assert.equal(check.met({ [check.kpi]: 1 }), false);
  }
});

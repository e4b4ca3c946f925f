/**
 * The distributed-PV model (plan 三.(九)): the Bass curve and its inverse, the size and season
 * helpers, zones worked out by hand on a small grid under both rules, admission (green, yellow
 * study, deferral in arrival order), upgrades that turn red areas green when they should, the
 * rule checked after every event of a county-year, monotonicity in the limit, the Bass closed
 * form matched by the replications, and the interplay with an application model.
 */
import assert from "node:assert/strict";
import type { County } from "../sim/data/county.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { summarize } from "../sim/engine/stats/summary.ts";
import { Signal, Waitable } from "../sim/engine/waitable.ts";
import { UserError } from "../sim/errors.ts";
import type { ModelContext, ModelName, PvApplication } from "../sim/model/context.ts";
import { calendarForYear, createContext } from "../sim/model/setup-context.ts";
import { bassCdf } from "../sim/model/pv/bass-cdf.ts";
import { bassTime } from "../sim/model/pv/bass-time.ts";
import { CommercialSites } from "../sim/model/pv/commercial-sites.ts";
import { dlt2041Rule, plan80Rule } from "../sim/model/pv/hosting-rule.ts";
import { createPvModel, setupPv } from "../sim/model/pv/model.ts";
import type { PvParameters } from "../sim/model/pv/parameters.ts";
import { SeasonalYear } from "../sim/model/pv/seasonal-year.ts";
import { sizeSlice } from "../sim/model/pv/size-distribution.ts";
import { upgradeCost, upgradeRating } from "../sim/model/pv/upgrade.ts";
import { classifyZone, GREEN, RED, YELLOW } from "../sim/model/pv/zone.ts";
import { fixtureCounty, pvParameters } from "./pv/fixture.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const YEAR = 2023;
const calendar = await calendarForYear(YEAR);

function context(c: County, options: { replication?: number; active?: ModelName[] } = {}) {
  return createContext({
    county: c,
    calendar,
    year: YEAR,
    seed: 7,
    replication: options.replication ?? 0,
    active: options.active ?? ["pv"],
  });
}

/** Runs one PV county-year (standalone unless `active` says otherwise). */
function run(c: County, parameters: PvParameters, options: { replication?: number } = {}) {
  const ctx = context(c, options);
  const model = createPvModel(ctx, parameters);
  ctx.env.run(ctx.horizon);
  return { ctx, model, result: model.finish() };
}

/** Zone of every transformer and feeder at one review, by id. */
function zonesAt(records: { quarter: string; id: string; zone: string }[], quarter: string) {
  return Object.fromEntries(
    records.filter((r) => r.quarter === quarter).map((r) => [r.id, r.zone]),
  );
}

// ---------------------------------------------------------------------------------------------
// Bass curve, sizes, seasons, sites
// ---------------------------------------------------------------------------------------------

Deno.test("bassCdf solves dF/dt = (p + qF)(1 − F) from 0, and bassTime inverts it", () => {
  for (const [p, q] of [[0.03, 0.38], [0.002, 0.4], [0.01, 0]]) {
    assert.equal(bassCdf(0, p, q), 0);
    assert.ok(Math.abs(bassCdf(60 / (p + q), p, q) - 1) < 1e-9);
    for (const t of [0.1, 1, 3, 7.5, 20]) {
      const h = 1e-5;
      const slope = (bassCdf(t + h, p, q) - bassCdf(t - h, p, q)) / (2 * h);
      const f = bassCdf(t, p, q);
      assert.ok(Math.abs(slope - (p + q * f) * (1 - f)) < 1e-7, `p=${p} q=${q} t=${t}`);
      assert.ok(Math.abs(bassTime(f, p, q) - t) < 1e-9 * Math.max(1, t), `inverse at t=${t}`);
    }
  }
  // Hand value: x = e^{−0.41·5} = 0.128735; F = (1 − x) / (1 + (0.38/0.03)·x) = 0.331199.
  assert.ok(Math.abs(bassCdf(5, 0.03, 0.38) - 0.331199) < 1e-6);
  assert.equal(bassTime(1, 0.03, 0.38), Infinity);
});

Deno.test("sizeSlice splits capacity bins pro rata, uniform within a bin", () => {
  const bins = [
    { customerClass: "pv" as const, lowKw: 0, highKw: 10, share: 0.4 },
    { customerClass: "pv" as const, lowKw: 10, highKw: 30, share: 0.6 },
  ];
  const low = sizeSlice(bins, 0, 20);
  assert.ok(Math.abs(low.share - 0.7) < 1e-12);
  assert.ok(Math.abs(low.meanKw - (0.4 * 5 + 0.3 * 15) / 0.7) < 1e-12);
  assert.deepEqual(low.points, [[0, 0], [10, 0.4 / 0.7], [20, 1]]);
  const high = sizeSlice(bins, 20, 100);
  assert.ok(Math.abs(high.share - 0.3) < 1e-12);
  assert.deepEqual(high.points, [[20, 0], [30, 1]]);
  assert.deepEqual(sizeSlice(bins, 30, 50), { share: 0, meanKw: NaN, points: null });
  // A gap between bins is a flat stretch of the CDF.
  const gap = sizeSlice([bins[0], { ...bins[1], lowKw: 20, highKw: 40 }], 0, 100);
  assert.deepEqual(gap.points, [[0, 0], [10, 0.4], [20, 0.4], [40, 1]]);
});

Deno.test("SeasonalYear spends the year month by month in proportion to the weights", () => {
  const starts = Array.from({ length: 13 }, (_, m) => m * 100);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const even = SeasonalYear.even(starts);
  assert.ok(near(even.hoursAt(0.25), 300));
  assert.ok(near(even.fractionAt(600), 0.5));
  const weights = [2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // total 12
  const season = new SeasonalYear(starts, weights);
  assert.ok(near(season.hoursAt(1 / 12), 50)); // half of January's weight
  assert.ok(near(season.hoursAt(2 / 12), 200)); // February has none: straight to March
  assert.ok(near(season.fractionAt(150), 2 / 12));
  for (const f of [0, 0.05, 0.3, 0.61, 0.999]) {
    assert.ok(Math.abs(season.fractionAt(season.hoursAt(f)) - f) < 1e-12);
  }
  assert.throws(() => new SeasonalYear(starts, new Array(12).fill(0)), /positive sum/);
  assert.throws(() => new SeasonalYear(starts.slice(1), weights), /13 increasing/);
});

Deno.test("commercial PV goes to a customer-owned transformer at least as large, by rating", () => {
  const c = fixtureCounty(county, [{ id: "F1", region: "town" }], [
    { id: "P1", feederId: "F1", ownership: "private", ratingKva: 100 },
    { id: "P2", feederId: "F1", ownership: "private", ratingKva: 300 },
    { id: "P3", feederId: "F1", ownership: "private", ratingKva: 600 },
    { id: "U1", feederId: "F1", ownership: "public", ratingKva: 2000 },
  ]);
  const sites = new CommercialSites(c.transformers);
  const count = (kw: number) => {
    const hits = [0, 0, 0, 0];
    for (let k = 0; k < 900; k++) hits[sites.pick(kw, (k + 0.5) / 900)]++;
    return hits;
  };
  assert.deepEqual(count(50), [90, 270, 540, 0]); // weights 100 : 300 : 600, public U1 excluded
  assert.deepEqual(count(250), [0, 300, 600, 0]); // weights 300 : 600
  assert.deepEqual(count(800), [0, 0, 900, 0]); // none large enough: the largest
});

// ---------------------------------------------------------------------------------------------
// Zones by hand
// ---------------------------------------------------------------------------------------------

/**
 * The hand-computed grid. F1 (rural): T1, T2, T3; F2 (town): T4 and the customer-owned T5.
 *
 * plan80: cap = 0.8 × kVA, yellow from 0.6 × kVA; DL/T: cap = 0.8 × kVA + min, yellow from min.
 *
 * | id | kVA | conn. | filed | used | min | plan80 cap, yellow | zone  | DL/T cap, yellow | zone  |
 * | T1 | 200 | 50    | 10    | 60   | 30  | 160, 120           | green | 190, 30          | yell. |
 * | T2 | 200 | 110   | 20    | 130  | 40  | 160, 120           | yell. | 200, 40          | yell. |
 * | T3 | 100 | 80    | 0     | 80   | 5   | 80, 60             | red   | 85, 5            | yell. |
 * | T4 | 400 | 20    | 0     | 20   | 60  | 320, 240           | green | 380, 60          | green |
 * | T5 | 50  | 45    | 0     | 45   | 2   | 40, 30             | red   | 42, 2            | red   |
 *
 * Feeders (sums): F1 used 270 of 500 kVA; plan80: cap 400, yellow from 300 → green; DL/T: cap
 * 400 + 75 = 475, yellow from 75 → yellow. F2 used 65 of 450 kVA; plan80: cap 360, yellow from
 * 270 → green; DL/T: cap 360 + 62 = 422, yellow from 62 → yellow.
 */
const HAND = fixtureCounty(county, [{ id: "F1", region: "rural" }, { id: "F2", region: "town" }], [
  {
    id: "T1",
    feederId: "F1",
    ratingKva: 200,
    pvConnectedKw: 50,
    pvFiledKw: 10,
    middayMinLoadKw: 30,
  },
  {
    id: "T2",
    feederId: "F1",
    ratingKva: 200,
    pvConnectedKw: 110,
    pvFiledKw: 20,
    middayMinLoadKw: 40,
  },
  { id: "T3", feederId: "F1", ratingKva: 100, pvConnectedKw: 80, middayMinLoadKw: 5 },
  { id: "T4", feederId: "F2", ratingKva: 400, pvConnectedKw: 20, middayMinLoadKw: 60 },
  {
    id: "T5",
    feederId: "F2",
    ownership: "private",
    ratingKva: 50,
    pvConnectedKw: 45,
    middayMinLoadKw: 2,
  },
]);
/** No households and no commercial rate: nothing arrives unless a test submits it. */
const quiet = (change: (p: PvParameters) => void = () => {}) =>
  pvParameters((p) => {
    p.commercial.rateFactor = 0;
    change(p);
  });

Deno.test("classifyZone and the two rules give the hand-computed limits", () => {
  const plan = plan80Rule(0.8, 0.75);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  assert.ok(near(plan.capacityKw(200, 30), 160));
  assert.ok(near(plan.yellowFromKw(200, 30), 120));
  const dlt = dlt2041Rule(0.8, 1);
  assert.equal(dlt.capacityKw(200, 30), 190);
  assert.equal(dlt.yellowFromKw(200, 30), 30);
  assert.equal(dlt2041Rule(0.8, 0.5).capacityKw(100, 10), 180); // (80 + 10) / 0.5
  assert.equal(classifyZone(120, 160, 120), GREEN); // at the threshold: still green
  assert.equal(classifyZone(120.01, 160, 120), YELLOW);
  assert.equal(classifyZone(159.99, 160, 120), YELLOW);
  assert.equal(classifyZone(160, 160, 120), RED);
});

Deno.test("zones of transformers and feeders match the hand computation under both rules", () => {
  const plan = run(HAND, quiet()).result;
  assert.deepEqual(zonesAt(plan.records.zones, "q1"), {
    T1: "green",
    T2: "yellow",
    T3: "red",
    T4: "green",
    T5: "red",
    F1: "green",
    F2: "green",
  });
  assert.equal(plan.kpis["pv.zones.q1.green"], 2);
  assert.equal(plan.kpis["pv.zones.q1.yellow"], 1);
  assert.equal(plan.kpis["pv.zones.q1.red"], 2);
  assert.equal(plan.kpis["pv.feederZones.q1.green"], 2);
  // Headroom: T1 100 + T2 30 + T4 300 = 430 kW (red ones have none).
  assert.equal(plan.kpis["pv.q1.headroomKw"], 430);
  assert.equal(plan.kpis["pv.applications"], 0);
  const t3 = plan.records.zones.find((r) => r.quarter === "q1" && r.id === "T3")!;
  assert.deepEqual(t3, {
    quarter: "q1",
    level: "transformer",
    id: "T3",
    zone: "red",
    pvKw: 80,
    hostingCapacityKw: 80,
    ratingKva: 100,
  });

  const dlt = run(HAND, quiet((p) => (p.hosting.rule = "dlt2041"))).result;
  assert.deepEqual(zonesAt(dlt.records.zones, "q1"), {
    T1: "yellow",
    T2: "yellow",
    T3: "yellow",
    T4: "green",
    T5: "red",
    F1: "yellow",
    F2: "yellow",
  });
  const f1 = dlt.records.zones.find((r) => r.quarter === "q1" && r.id === "F1")!;
  assert.deepEqual([f1.pvKw, f1.hostingCapacityKw, f1.ratingKva], [270, 475, 500]);
  // Nothing changes during a quiet year: every quarter and the end publish the same zones.
  for (const label of ["q2", "q3", "q4", "end"]) {
    assert.deepEqual(zonesAt(dlt.records.zones, label), zonesAt(dlt.records.zones, "q1"));
  }
});

// ---------------------------------------------------------------------------------------------
// Admission
// ---------------------------------------------------------------------------------------------

Deno.test("admission: green at once, yellow after a study, deferred when it does not fit", () => {
  const ctx = context(HAND);
  const model = createPvModel(ctx, quiet());
  const t0 = calendar.timeOf("2023-01-03", 9); // a Tuesday
  const app = (transformerId: string, capacityKw: number): PvApplication => ({
    transformerId,
    capacityKw,
    kind: "household",
  });
  const a1 = app("T1", 30);
  const a2 = app("T2", 20);
  const a3 = app("T2", 20);
  const a4 = app("T2", 5);
  const a5 = app("T3", 1);
  const answers: unknown[] = [];
  ctx.env.process(function* () {
    yield t0;
    const admit = ctx.hooks.pvAdmission!;
    answers.push(admit(a1)); // T1 green, 60 + 30 ≤ 160
    answers.push(admit(a2)); // T2 yellow, 130 + 20 ≤ 160: a study
    answers.push(admit(a3)); // T2: 150 + 20 > 160: deferred
    answers.push(admit(a4)); // fits (155), but a3 waits first: deferred
    answers.push(admit(a5)); // T3 is red
    assert.throws(() => admit(a1), /already decided/);
    assert.throws(() => admit(app("T9", 10)), /transformer of the county/);
    assert.throws(() => ctx.hooks.pvConnected!(a3), /not admitted/);
    yield 1;
    ctx.hooks.pvConnected!(a1);
    assert.throws(() => ctx.hooks.pvConnected!(a1), /already connected/);
  });
  ctx.env.run(ctx.horizon);
  assert.equal(answers[0], 0);
  assert.equal(answers[1], calendar.addWorkingDays(t0, 10) - t0);
  for (const k of [2, 3, 4]) {
    assert.ok(answers[k] instanceof Signal && !(answers[k] as Waitable).triggered);
  }
  const t1 = model.hosting;
  assert.deepEqual([t1.connectedKw[0], t1.filedKw[0]], [80, 10]);
  assert.deepEqual([t1.connectedKw[1], t1.filedKw[1]], [110, 40]);
  const { kpis, records } = model.finish();
  assert.deepEqual(
    records.pvApplications.map((r) => [r.transformerId, r.decision, r.zoneAtDecision]),
    [
      ["T1", "green", "green"],
      ["T2", "yellow", "yellow"],
      ["T2", "deferred", "yellow"],
      ["T2", "deferred", "yellow"],
      ["T3", "deferred", "red"],
    ],
  );
  assert.equal(kpis["pv.accepted"], 2);
  assert.equal(kpis["pv.acceptedGreen"], 1);
  assert.equal(kpis["pv.delayedYellow"], 1);
  assert.equal(kpis["pv.deferredRed"], 3);
  assert.equal(kpis["pv.deferredInRedZone"], 1);
  assert.equal(kpis["pv.stillWaiting"], 3);
  assert.equal(kpis["pv.stillWaitingKw"], 26);
  assert.equal(kpis["pv.stillWaitingDays.mean"], calendar.workingDaysBetween(t0, ctx.horizon));
  assert.ok(Number.isNaN(kpis["pv.deferredWaitingDays.mean"]));
  assert.equal(kpis["pv.connectedCount"], 1);
  assert.equal(kpis["pv.q1.connectedKw"], 30);
  assert.equal(kpis["pv.maxTransformerShare"], 150 / 200);
  // Connected + filed on T1 and T2 became 90 and 150: the zones of the next quarter.
  assert.deepEqual(zonesAt(records.zones, "q2").T2, "yellow");
  assert.equal(records.zones.find((r) => r.quarter === "q2" && r.id === "T2")!.pvKw, 150);
});

// ---------------------------------------------------------------------------------------------
// Upgrades
// ---------------------------------------------------------------------------------------------

/** T3 of the hand grid (red: 80 kW on 100 kVA) and the customer-owned T5 (red). */
const RED_GRID = fixtureCounty(county, [{ id: "F1", region: "rural" }], [
  { id: "T3", feederId: "F1", ratingKva: 100, pvConnectedKw: 80, middayMinLoadKw: 5 },
  { id: "T5", feederId: "F1", ownership: "private", ratingKva: 50, pvConnectedKw: 45 },
]);

/** Runs RED_GRID with `parameters`; one 10 kW application arrives on T3 at 01:00 on 1 Jan. */
function upgradeYear(parameters: PvParameters) {
  const ctx = context(RED_GRID);
  const model = createPvModel(ctx, parameters);
  const request: PvApplication = { transformerId: "T3", capacityKw: 10, kind: "household" };
  let released = NaN;
  ctx.env.process(function* () {
    yield 1;
    const wait = ctx.hooks.pvAdmission!(request);
    assert.ok(wait instanceof Waitable);
    yield wait;
    released = ctx.env.now;
  });
  ctx.env.run(ctx.horizon);
  return { ctx, model, released, result: model.finish() };
}

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

// ---------------------------------------------------------------------------------------------
// The rule over a whole county-year
// ---------------------------------------------------------------------------------------------

/**
 * Runs a default county-year event by event and checks, after every event, that PV was added
 * to a transformer only within what the rule allows: used ≤ capacity whenever used grew.
 */
function checkRuleEveryStep(parameters: PvParameters): { steps: number; admissions: number } {
  const ctx = context(county);
  const model = createPvModel(ctx, parameters);
  const h = model.hosting;
  const last = new Float64Array(h.size);
  for (let i = 0; i < h.size; i++) last[i] = h.usedKw(i);
  let steps = 0;
  let admissions = 0;
  for (let t = ctx.env.peek(); t < ctx.horizon; t = ctx.env.peek()) {
    ctx.env.run(Math.min(ctx.horizon, t + 1e-7));
    steps++;
    for (let i = 0; i < h.size; i++) {
      const used = h.usedKw(i);
      if (used > last[i] + 1e-9) {
        admissions++;
        if (!(used <= h.capacityKw[i] + 1e-6)) {
          assert.fail(`${county.transformers[i].id} at ${t}: ${used} kW > ${h.capacityKw[i]} kW`);
        }
      }
      last[i] = used;
    }
  }
  const { kpis } = model.finish();
  assert.ok(kpis["pv.accepted"] > 500, `${kpis["pv.accepted"]} accepted`);
  assert.ok(kpis["pv.deferredRed"] > 100, `${kpis["pv.deferredRed"]} deferred`);
  return { steps, admissions };
}

Deno.test("under the 80 % rule no transformer takes PV beyond its limit, at any step", () => {
  const parameters = pvParameters((p) => {
    p.upgrades.limit = "count";
    p.upgrades.countPerYear = 200; // ratings change during the year too
  });
  const { steps, admissions } = checkRuleEveryStep(parameters);
  assert.ok(steps > 3000 && admissions > 500, `${steps} steps, ${admissions} admissions`);
  const { result } = run(county, parameters);
  assert.ok(result.kpis["pv.maxTransformerShare"] <= 0.8 + 1e-6);
  assert.ok(result.kpis["pv.upgradesCompleted"] > 100);
});

Deno.test("under DL/T 2041 no transformer exceeds the reverse load limit, at any step", () => {
  checkRuleEveryStep(pvParameters((p) => (p.hosting.rule = "dlt2041")));
});

Deno.test("raising the percentage never lowers accepted PV, on any transformer", () => {
  const limits = [0.4, 0.6, 0.8, 1, 1.5];
  const runs = limits.map((limit) =>
    run(county, pvParameters((p) => (p.hosting.limitShareOfRating = limit))).result
  );
  // Common random numbers: the applications are the same whatever the limit.
  const arrivals = (r: typeof runs[0]) =>
    r.records.pvApplications.map((a) => [a.appliedAt, a.capacityKw, a.transformerId]);
  for (const r of runs.slice(1)) assert.deepEqual(arrivals(r), arrivals(runs[0]));
  const perTransformer = runs.map((r) => {
    const kw = new Map<string, number>();
    for (const a of r.records.pvApplications) {
      if (!Number.isNaN(a.admittedAt)) {
        kw.set(a.transformerId, (kw.get(a.transformerId) ?? 0) + a.capacityKw);
      }
    }
    return kw;
  });
  for (let k = 1; k < runs.length; k++) {
    assert.ok(runs[k].kpis["pv.acceptedKw"] >= runs[k - 1].kpis["pv.acceptedKw"]);
    for (const [id, kw] of perTransformer[k - 1]) {
      assert.ok((perTransformer[k].get(id) ?? 0) >= kw - 1e-9, `${id} at limit ${limits[k]}`);
    }
  }
  assert.ok(runs[4].kpis["pv.acceptedKw"] > runs[0].kpis["pv.acceptedKw"] * 1.2);
});

// ---------------------------------------------------------------------------------------------
// Growth: the Bass closed form
// ---------------------------------------------------------------------------------------------

Deno.test("with unlimited capacity, cumulative adopters match the Bass closed form F(t)", () => {
  const meanKw = sizeSlice(county.capacityBins.get("pv")!, 0, 100).meanKw;
  // Markets (ceiling 0.5): 1000 households at the start, 500 at 20 %, 250 at 50 %.
  const grid = fixtureCounty(county, [{ id: "F1", region: "rural" }], [
    { id: "A", feederId: "F1", ratingKva: 4000, households: 2000 },
    { id: "B", feederId: "F1", ratingKva: 4000, households: 1000, pvConnectedKw: 100 * meanKw },
    { id: "C", feederId: "F1", ratingKva: 4000, households: 500, pvConnectedKw: 125 * meanKw },
  ]);
  const parameters = quiet((p) => {
    p.adoption.innovationP = 0.03;
    p.adoption.imitationQ = 0.38;
    p.adoption.ceilingShare.rural = 0.5;
    p.adoption.seasonal = false;
    p.hosting.limitShareOfRating = 10;
  });
  const ctx0 = context(grid);
  const bass = createPvModel(ctx0, parameters).bass;
  assert.deepEqual([...bass.market], [1000, 500, 250]);
  assert.deepEqual([...bass.adopted], [0, 100, 125]);
  const ends = [
    calendar.timeOf("2023-04-01"),
    calendar.timeOf("2023-07-01"),
    calendar.timeOf("2023-10-01"),
    ctx0.horizon,
  ];
  const counts = ends.map(() => [] as number[]);
  const replications = 300;
  for (let r = 0; r < replications; r++) {
    const { result } = run(grid, parameters, { replication: r });
    const times = result.records.pvApplications.map((a) => a.appliedAt);
    ends.forEach((end, k) => counts[k].push(times.filter((t) => t < end).length));
    assert.equal(result.kpis["pv.stillWaiting"], 0);
    assert.equal(result.kpis["pv.accepted"], result.kpis["pv.applications"]);
  }
  ends.forEach((end, k) => {
    const expected = bass.expectedBy(end / ctx0.horizon);
    const s = summarize(counts[k], 0.999);
    assert.ok(
      s.ci[0] <= expected && expected <= s.ci[1],
      `by ${calendar.dateOf(end - 1)}: F(t) gives ${expected.toFixed(2)}, replications ` +
        `${s.mean.toFixed(2)} ± ${s.halfWidth.toFixed(2)}`,
    );
    // The interval is tight enough to see a 5 % bias.
    assert.ok(s.halfWidth < 0.05 * expected);
  });
});

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

// ---------------------------------------------------------------------------------------------
// Interplay, determinism, bad input
// ---------------------------------------------------------------------------------------------

/** A stand-in application model: 3 working days to be ready, 2 more to energise. */
function fakeApplications(ctx: ModelContext): PvApplication[] {
  const submitted: PvApplication[] = [];
  ctx.hooks.submitPvApplication = (application) => {
    submitted.push(application);
    ctx.env.process(function* () {
      yield calendar.addWorkingDays(ctx.env.now, 3) - ctx.env.now;
      const wait = ctx.hooks.pvAdmission!(application);
      if (typeof wait === "number") yield wait;
      else yield wait;
      yield calendar.addWorkingDays(ctx.env.now, 2) - ctx.env.now;
      ctx.hooks.pvConnected!(application);
    });
  };
  return submitted;
}

Deno.test("with the application model, adopters are submitted to it; it asks for admission", () => {
  const ctx = context(county, { active: ["applications", "pv"] });
  const finish = setupPv(ctx, pvParameters()); // set up first: the hook comes later
  const submitted = fakeApplications(ctx);
  ctx.env.run(ctx.horizon);
  const { kpis, records } = finish();
  assert.equal(submitted.length, kpis["pv.applications"]);
  assert.ok(submitted.length > 3000);
  const decided = kpis["pv.acceptedGreen"] + kpis["pv.delayedYellow"] + kpis["pv.deferredRed"];
  assert.equal(decided + kpis["pv.pendingDecision"], kpis["pv.applications"]);
  assert.ok(kpis["pv.pendingDecision"] > 0 && kpis["pv.pendingDecision"] < 100);
  for (const r of records.pvApplications) {
    if (r.decision === "pending") continue;
    assert.equal(r.decidedAt, calendar.addWorkingDays(r.appliedAt, 3));
    const energised = calendar.addWorkingDays(r.decidedAt, 2);
    if (r.decision === "green" && energised < ctx.horizon) assert.equal(r.connectedAt, energised);
  }
  assert.ok(kpis["pv.connectedCount"] > 1000);

  const orphan = context(county, { active: ["applications", "pv"] });
  setupPv(orphan, pvParameters());
  assert.throws(() => orphan.env.run(orphan.horizon), /did not set hooks.submitPvApplication/);
});

Deno.test("a county-year is reproducible from its seed and replication", () => {
  const a = run(county, pvParameters()).result;
  const b = run(county, pvParameters()).result;
  assert.deepEqual(a.kpis, b.kpis);
  assert.deepEqual(a.records.pvApplications.slice(0, 50), b.records.pvApplications.slice(0, 50));
  const c = run(county, pvParameters(), { replication: 1 }).result;
  assert.notEqual(c.kpis["pv.applicationsKw"], a.kpis["pv.applicationsKw"]);
});

Deno.test("bad parameters get one clear error naming each parameter", () => {
  const ctx = context(HAND);
  assert.throws(
    () =>
      createPvModel(
        ctx,
        pvParameters((p) => {
          p.hosting.limitShareOfRating = -0.1;
          (p.hosting as { rule: string }).rule = "plan90";
        }),
      ),
    (error: unknown) =>
      error instanceof UserError &&
      /pv\.hosting\.limitShareOfRating: expected a number from 0 to 10/.test(error.message) &&
      /pv\.hosting\.rule: expected one of "plan80", "dlt2041", found "plan90"/.test(error.message),
  );
  assert.throws(
    () => createPvModel(ctx, pvParameters((p) => (p.commercial.maxKw = 80))),
    /pv\.commercial\.maxKw: expected a size above pv\.adoption\.householdMaxKw \(100 kW\)/,
  );
  const noPvRates = {
    ...HAND,
    monthlyApplications: new Map([["pv" as const, new Array(12).fill(0)]]),
  };
  assert.throws(
    () => createPvModel(context(noPvRates), quiet()),
    /adoption\.seasonal: expected .* pv rate > 0/,
  );
});

/**
 * The distributed-PV model on the default data in 2023, for its tests (tests/pv/): contexts,
 * whole county-years, the zones of a review, the hand-computed grid and the red grid the upgrade
 * tests run on, and parameters under which nothing arrives unless a test submits it.
 */
import assert from "node:assert/strict";
import type { County } from "../../sim/data/county.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import { Waitable } from "../../sim/engine/waitable.ts";
import type { ModelName, PvApplication } from "../../sim/model/context.ts";
import { calendarForYear, createContext } from "../../sim/model/setup-context.ts";
import { createPvModel } from "../../sim/model/pv/model.ts";
import type { PvParameters } from "../../sim/model/pv/parameters.ts";
import { fixtureCounty, pvParameters } from "../pv/fixture.ts";

export const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const YEAR = 2023;
export const calendar = await calendarForYear(YEAR);

export function context(c: County, options: { replication?: number; active?: ModelName[] } = {}) {
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
export function run(c: County, parameters: PvParameters, options: { replication?: number } = {}) {
  const ctx = context(c, options);
  const model = createPvModel(ctx, parameters);
  ctx.env.run(ctx.horizon);
  return { ctx, model, result: model.finish() };
}

/** Zone of every transformer and feeder at one review, by id. */
export function zonesAt(records: { quarter: string; id: string; zone: string }[], quarter: string) {
  return Object.fromEntries(
    records.filter((r) => r.quarter === quarter).map((r) => [r.id, r.zone]),
  );
}

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
export const HAND = fixtureCounty(
  county,
  [{ id: "F1", region: "rural" }, { id: "F2", region: "town" }],
  [
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
  ],
);
/** No households and no commercial rate: nothing arrives unless a test submits it. */
export const quiet = (change: (p: PvParameters) => void = () => {}) =>
  pvParameters((p) => {
    p.commercial.rateFactor = 0;
    change(p);
  });

/** T3 of the hand grid (red: 80 kW on 100 kVA) and the customer-owned T5 (red). */
export const RED_GRID = fixtureCounty(county, [{ id: "F1", region: "rural" }], [
  { id: "T3", feederId: "F1", ratingKva: 100, pvConnectedKw: 80, middayMinLoadKw: 5 },
  { id: "T5", feederId: "F1", ownership: "private", ratingKva: 50, pvConnectedKw: 45 },
]);

/** Runs RED_GRID with `parameters`; one 10 kW application arrives on T3 at 01:00 on 1 Jan. */
export function upgradeYear(parameters: PvParameters) {
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

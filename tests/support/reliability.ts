/**
 * The outage and reliability model on the default data in 2023, for its tests
 * (tests/reliability/): the fixtures folder (a hand-made event log, the 2022-baseline levers), a
 * hand-made feeder, the default and baseline levers, whole county-years of the model alone.
 */
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import type { ModelName } from "../../sim/model/context.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { calendarForYear, createContext } from "../../sim/model/setup-context.ts";
import { setupReliability } from "../../sim/model/reliability/model.ts";
import type { FeederState } from "../../sim/model/reliability/network.ts";
import {
  RELIABILITY_SPEC,
  type ReliabilityParameters,
} from "../../sim/model/reliability/parameters.ts";

/** The reliability tests' fixtures: tests/reliability/. */
export const FIXTURES = new URL("../reliability/", import.meta.url);
export const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
export const calendar = await calendarForYear(2023);

/** Asserts |actual − expected| ≤ tolerance (absolute). */
export function close(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: expected ${expected} ± ${tolerance}, found ${actual}`,
  );
}

/**
 * A hand-made feeder: 4 sections of 100, 200, 300, 400 customers on 1, 2, 3, 4 transformers
 * (10 kV users), 20 km, patrol 10 km/h.
 */
export function feeder(automation: FeederState["automation"], tied: boolean): FeederState {
  return {
    id: "F",
    region: "town",
    regionIndex: 1,
    automation,
    demoZone: false,
    customers: 1000,
    users: 10,
    overheadKm: 20,
    cableKm: 0,
    sectionCustomers: new Float64Array([100, 200, 300, 400]),
    sectionUsers: new Float64Array([1, 2, 3, 4]),
    tied,
    patrolHours: 2,
    transformers: [],
  };
}

const BASELINE_2022 = JSON.parse(
  await Deno.readTextFile(new URL("baseline-2022.json", FIXTURES)),
) as {
  automation: Partial<ReliabilityParameters["automation"]>;
  planned: Partial<ReliabilityParameters["planned"]>;
};

/** The plan-2023 defaults, a fresh copy. */
export function defaults(): ReliabilityParameters {
  return defaultsOf(RELIABILITY_SPEC);
}

/** The defaults with the 2022 baseline's automation and planned work (baseline-2022.json). */
export function baseline(): ReliabilityParameters {
  const p = defaults();
  Object.assign(p.automation, BASELINE_2022.automation);
  Object.assign(p.planned, BASELINE_2022.planned);
  return p;
}

export interface RunOptions {
  seed?: number;
  replication?: number;
  active?: ModelName[];
}

/** One county-year of the reliability model (alone unless `active` says otherwise). */
export function run(p: ReliabilityParameters, options: RunOptions = {}) {
  const ctx = createContext({
    county,
    calendar,
    year: 2023,
    seed: options.seed ?? 2023,
    replication: options.replication ?? 0,
    active: options.active ?? ["reliability"],
  });
  const finish = setupReliability(ctx, p);
  ctx.env.run(ctx.horizon);
  return { ...finish(), ctx };
}

export function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

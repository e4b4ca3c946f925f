/**
 * Small hand-made counties for the PV model's tests: the default county's costs, capacity bins
 * and application rates, with a grid of a few feeders and transformers whose numbers a test
 * can work out by hand.
 */
import type { County } from "../../sim/data/county.ts";
import type { Feeder } from "../../sim/data/feeders.ts";
import type { Transformer } from "../../sim/data/transformers.ts";
import type { Region } from "../../sim/data/vocabulary.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { PV_SPEC, type PvParameters } from "../../sim/model/pv/parameters.ts";

/** A transformer of a fixture: what matters to PV, the rest filled in. */
export interface FixtureTransformer {
  id: string;
  feederId: string;
  ownership?: "public" | "private";
  ratingKva: number;
  households?: number;
  middayMinLoadKw?: number;
  pvConnectedKw?: number;
  pvFiledKw?: number;
}

/** A feeder of a fixture: id and region, and optionally its substation and peak load. */
export interface FixtureFeeder {
  id: string;
  region: Region;
  /** Default SUB-T. */
  substation?: string;
  /** Default 1000 kW. */
  peakLoadKw?: number;
}

/** `base` with its grid replaced by `feeders` and `transformers`. */
export function fixtureCounty(
  base: County,
  feeders: readonly FixtureFeeder[],
  transformers: readonly FixtureTransformer[],
): County {
  const fs: Feeder[] = feeders.map(({ id, region, substation, peakLoadKw }) => ({
    id,
    substation: substation ?? "SUB-T",
    region,
    overheadKm: 10,
    cableKm: 0,
    customers: 100,
    automation: "none",
    demoZone: false,
    sections: 2,
    tieSwitches: 0,
    peakLoadKw: peakLoadKw ?? 1000,
    trunkCapacityKva: 8000,
  }));
  const ts: Transformer[] = transformers.map((t) => ({
    id: t.id,
    feederId: t.feederId,
    ownership: t.ownership ?? "public",
    ratingKva: t.ratingKva,
    customers: Math.max(1, t.households ?? 0),
    households: t.households ?? 0,
    peakLoadKw: t.ratingKva * 0.6,
    middayMinLoadKw: t.middayMinLoadKw ?? 0,
    pvConnectedKw: t.pvConnectedKw ?? 0,
    pvFiledKw: t.pvFiledKw ?? 0,
    irrigationWell: false,
  }));
  return {
    ...base,
    feeders: fs,
    feederById: new Map(fs.map((f) => [f.id, f])),
    transformers: ts,
    transformerById: new Map(ts.map((t) => [t.id, t])),
    transformersByFeeder: new Map(fs.map((f) => [f.id, ts.filter((t) => t.feederId === f.id)])),
    compounds: [],
    compoundsByFeeder: new Map(fs.map((f) => [f.id, []])),
  };
}

/** The default parameters with `change` applied to a fresh copy. */
export function pvParameters(change: (p: PvParameters) => void = () => {}): PvParameters {
  const p = defaultsOf(PV_SPEC);
  change(p);
  return p;
}

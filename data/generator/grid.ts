/**
 * Generates the synthetic grid: feeders, the transformers below each, and residential
 * compounds, from the shapes in assumptions.ts. Each kind of record draws from its own named
 * stream, so changing how compounds are drawn leaves feeders and transformers as they were.
 *
 * @module
 */
import type { Compound } from "../../sim/data/compounds.ts";
import type { Feeder } from "../../sim/data/feeders.ts";
import type { Transformer } from "../../sim/data/transformers.ts";
import { AUTOMATION_LEVELS, type Region, REGIONS } from "../../sim/data/vocabulary.ts";
import type { RandomStreams } from "../../sim/engine/random/streams.ts";
import {
  COMPOUNDS,
  DEMO_ZONE_FEEDERS,
  FEEDER_SHAPES,
  IRRIGATION,
  IRRIGATION_PV,
  PRIVATE_LOAD,
  PRIVATE_PV,
  RURAL_PV,
  STANDARD_RATINGS_KVA,
  SUBSTATIONS,
  TOWN_PV,
  TRANSFORMER_SHAPES,
  URBAN_PV,
} from "./assumptions.ts";
import { Draw } from "./draw.ts";

/** The generated grid. */
export interface Grid {
  feeders: Feeder[];
  transformers: Transformer[];
  compounds: Compound[];
}

/** Rounds to `digits` decimals (the precision the CSV writes, so records equal the file). */
export function round(x: number, digits = 0): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The smallest standard rating ≥ `kva`, but at most `max`. */
export function ratingFor(kva: number, max: number): number {
  for (const r of STANDARD_RATINGS_KVA) if (r >= kva && r <= max) return r;
  return max;
}

/**
 * A count of the default county scaled by `size` for a county of another size: rounded, and at
 * least 1 where the default has any (every substation keeps each kind of feeder it has). Size 1
 * gives the count itself, so the default county is unchanged.
 */
export function scaled(count: number, size: number): number {
  return size === 1 || count === 0 ? count : Math.max(1, Math.round(count * size));
}

/**
 * Generates the whole grid from `streams`; `size` scales the feeders of every substation and
 * the demo zone (1: the default county).
 */
export function generateGrid(streams: RandomStreams, size = 1): Grid {
  const fd = new Draw(streams.stream("feeders"));
  const td = new Draw(streams.stream("transformers"));
  const feeders: Feeder[] = [];
  const transformers: Transformer[] = [];
  for (const substation of SUBSTATIONS) {
    for (const region of REGIONS) {
      const count = scaled(substation.feeders[region] ?? 0, size);
      for (let i = 0; i < count; i++) {
        const id = "F" + pad(feeders.length + 1, 3);
        const shape = FEEDER_SHAPES[region];
        const { mean, sd, min, max } = shape.lengthKm;
        const length = Math.min(max, Math.max(min, fd.lognormal(mean, sd)));
        const cableKm = round(length * fd.uniform(...shape.cableShare), 2);
        const overheadKm = round(length - cableKm, 2);
        const automation = fd.pick(
          AUTOMATION_LEVELS,
          AUTOMATION_LEVELS.map((a) => shape.automation[a]),
        );
        const sections = fd.pick(shape.sections, shape.sections.map(() => 1));
        const tieSwitches = fd.chance(shape.tieProbability) ? fd.int(1, 2) : 0;
        const trunkCapacityKva = fd.pick(
          shape.trunkCapacityKva,
          shape.trunkCapacityKva.map(() => 1),
        );
        const coincidence = fd.uniform(...shape.coincidence);
        const pvLevel = fd.pick(RURAL_PV.levels, RURAL_PV.levelWeights);
        const below = feederTransformers(td, id, region, pvLevel, transformers.length);
        transformers.push(...below);
        feeders.push({
          id,
          substation: substation.id,
          region,
          overheadKm,
          cableKm,
          customers: below.reduce((s, t) => s + t.customers, 0),
          automation,
          demoZone: false,
          sections,
          tieSwitches,
          peakLoadKw: round(below.reduce((s, t) => s + t.peakLoadKw, 0) * coincidence, 1),
          trunkCapacityKva,
        });
      }
    }
  }
  markDemoZone(feeders, scaled(DEMO_ZONE_FEEDERS, size));
  const compounds = generateCompounds(new Draw(streams.stream("compounds")), feeders, transformers);
  return { feeders, transformers, compounds };
}

/** The self-healing county-seat feeders with the largest cable share form the demo zone. */
function markDemoZone(feeders: Feeder[], count: number): void {
  const candidates = feeders
    .filter((f) => f.region === "urban_core" && f.automation === "self_healing")
    .sort((a, b) => cableShare(b) - cableShare(a) || (a.id < b.id ? -1 : 1));
  for (const f of candidates.slice(0, count)) f.demoZone = true;
}

function cableShare(f: Feeder): number {
  return f.cableKm / (f.cableKm + f.overheadKm);
}

function feederTransformers(
  d: Draw,
  feederId: string,
  region: Region,
  pvLevel: number,
  numbered: number,
): Transformer[] {
  const shape = TRANSFORMER_SHAPES[region];
  const out: Transformer[] = [];
  const nextId = () => "T" + pad(numbered + out.length + 1, 5);
  const publicCount = d.int(...shape.publicPerFeeder);
  for (let i = 0; i < publicCount; i++) {
    const households = d.int(...shape.householdsPerPublic);
    const others = Math.round(households * d.uniform(...shape.otherCustomersPerHousehold));
    const ratingKva = ratingFor(
      households * d.uniform(...shape.kvaPerHousehold),
      shape.maxPublicKva,
    );
    const peak = households * d.uniform(...shape.peakKwPerHousehold) +
      others * d.uniform(...shape.peakKwPerOther);
    const [pv, filed] = publicPv(d, region, pvLevel, ratingKva);
    out.push({
      id: nextId(),
      feederId,
      ownership: "public",
      ratingKva,
      customers: households + others,
      households,
      peakLoadKw: round(peak, 1),
      middayMinLoadKw: round(peak * d.uniform(...shape.middayMinShare), 1),
      pvConnectedKw: pv,
      pvFiledKw: filed,
      irrigationWell: false,
    });
  }
  const irrigationCount = d.int(...shape.irrigationPerFeeder);
  for (let i = 0; i < irrigationCount; i++) {
    const wells = d.int(...IRRIGATION.wellsPerTransformer);
    const connectedKw = wells * d.uniform(...IRRIGATION.pumpKw);
    const peak = connectedKw * d.uniform(...IRRIGATION.coincidence);
    const ratingKva = ratingFor(connectedKw, 200);
    const pv = d.chance(IRRIGATION_PV.probability)
      ? Math.round(ratingKva * d.uniform(...IRRIGATION_PV.shareOfRating))
      : 0;
    out.push({
      id: nextId(),
      feederId,
      ownership: "public",
      ratingKva,
      customers: wells,
      households: 0,
      peakLoadKw: round(peak, 1),
      middayMinLoadKw: round(peak * d.uniform(...IRRIGATION.middayMinShare), 1),
      pvConnectedKw: pv,
      pvFiledKw: 0,
      irrigationWell: true,
    });
  }
  const privateCount = d.int(...shape.privatePerFeeder);
  for (let i = 0; i < privateCount; i++) {
    const ratingKva = d.pick(shape.privateRatings.kva, shape.privateRatings.weights);
    const peak = ratingKva * d.uniform(...PRIVATE_LOAD.peakShareOfRating);
    const pv = d.chance(PRIVATE_PV.probability)
      ? Math.round(ratingKva * d.uniform(...PRIVATE_PV.shareOfRating))
      : 0;
    const filed = d.chance(PRIVATE_PV.filedProbability)
      ? Math.round(ratingKva * d.uniform(...PRIVATE_PV.filedShareOfRating))
      : 0;
    out.push({
      id: nextId(),
      feederId,
      ownership: "private",
      ratingKva,
      customers: 1,
      households: 0,
      peakLoadKw: round(peak, 1),
      middayMinLoadKw: round(peak * d.uniform(...PRIVATE_LOAD.middayMinShare), 1),
      pvConnectedKw: pv,
      pvFiledKw: filed,
      irrigationWell: false,
    });
  }
  return out;
}

/** Connected and filed PV, kW, of a public residential transformer. */
function publicPv(d: Draw, region: Region, pvLevel: number, ratingKva: number): [number, number] {
  if (region === "rural") {
    const pv = Math.round(ratingKva * pvLevel * d.uniform(...RURAL_PV.spread));
    const filed = d.chance(RURAL_PV.filedProbability)
      ? Math.round(ratingKva * d.uniform(...RURAL_PV.filedShareOfRating))
      : 0;
    return [pv, filed];
  }
  const p = region === "town" ? TOWN_PV : URBAN_PV;
  const pv = d.chance(p.probability) ? Math.round(ratingKva * d.uniform(...p.shareOfRating)) : 0;
  const filed = d.chance(p.filedProbability)
    ? Math.round(ratingKva * d.uniform(...p.filedShareOfRating))
    : 0;
  return [pv, filed];
}

function generateCompounds(d: Draw, feeders: Feeder[], transformers: Transformer[]): Compound[] {
  const households = new Map<string, number>();
  for (const t of transformers) {
    households.set(t.feederId, (households.get(t.feederId) ?? 0) + t.households);
  }
  const compounds: Compound[] = [];
  for (const feeder of feeders) {
    const count = d.int(...COMPOUNDS.perFeeder[feeder.region]);
    for (let i = 0; i < count; i++) {
      const kind = d.chance(COMPOUNDS.newProbability) ? "new" : "existing";
      const hh = Math.round(
        (households.get(feeder.id) ?? 0) * d.uniform(...COMPOUNDS.householdShare),
      );
      const parkingSpaces = Math.round(hh * d.uniform(...COMPOUNDS.spacesPerHousehold[kind]));
      const chargersInstalled = Math.round(
        parkingSpaces * d.uniform(...COMPOUNDS.chargerShare[kind]),
      );
      const reservedKw = kind === "new"
        // 三.(七).1: 20 % of spaces × 8 kW, rounded up to whole chargers.
        ? Math.ceil(parkingSpaces * COMPOUNDS.newReserveShare) * COMPOUNDS.newReserveKwPerCharger
        : Math.round(parkingSpaces * d.uniform(...COMPOUNDS.existingReserveKwPerSpace));
      compounds.push({
        id: "C" + pad(compounds.length + 1, 3),
        feederId: feeder.id,
        region: feeder.region,
        kind,
        supplyOwner: d.chance(COMPOUNDS.utilityOwnedProbability[kind]) ? "utility" : "property",
        households: hh,
        parkingSpaces,
        chargersInstalled,
        reservedKw,
      });
    }
  }
  return compounds;
}

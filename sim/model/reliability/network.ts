/**
 * The county's feeders as the reliability model sees them, computed once per run: each
 * feeder's automation after the year's upgrades, whether it is in the zero-planned-outage
 * zone, its customers section by section, how long a patrol of it takes; and the transformer
 * areas below it. Every per-event computation then reads these constants.
 *
 * Sections: the data gives a feeder's number of trunk sections but not which transformer sits
 * in which; transformers are spread over the sections in file order (the first ones in the
 * first section), and a section's customers are the customers of its transformers, scaled so
 * that the sections add up to the feeder's customer count (IEEE 1366's N_T comes from the
 * feeders file).
 *
 * 10 kV users (the basis of DL/T 836, see `kpis.ts`): every distribution transformer on a feeder
 * — public or customer-owned — is one user, so a section's users are the number of its
 * transformers (not scaled: a transformer is a whole user whatever its customers). A feeder
 * whose transformers the data does not list has no users on this basis.
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import { type Automation, type Region, REGIONS } from "../../data/vocabulary.ts";
import { memo } from "../memo.ts";
import type { ReliabilityParameters } from "./parameters.ts";

/** The levers the network is built with. */
export interface NetworkLevers {
  automation: ReliabilityParameters["automation"];
  demoZone: ReliabilityParameters["planned"]["demoZone"];
  patrolKmPerHour: number;
}

/** One feeder, as the model uses it. */
export interface FeederState {
  id: string;
  region: Region;
  /** Index of `region` in REGIONS. */
  regionIndex: number;
  /** Automation after this year's upgrades. */
  automation: Automation;
  /** In the zero-planned-outage demonstration zone this year. */
  demoZone: boolean;
  customers: number;
  /** 10 kV users (DL/T 836): its transformers, public and customer-owned. */
  users: number;
  overheadKm: number;
  cableKm: number;
  /** Customers of each trunk section, upstream first. */
  sectionCustomers: Float64Array;
  /** 10 kV users (transformers) of each trunk section, upstream first. */
  sectionUsers: Float64Array;
  /** Whether a tie switch can backfeed the sections behind a fault. */
  tied: boolean;
  /** Hours to patrol the whole feeder (overhead + cable km / patrol speed). */
  patrolHours: number;
  /** Indices (into `Network.transformers`) of its transformers. */
  transformers: number[];
}

/** One distribution transformer area. */
export interface TransformerState {
  id: string;
  /** Index of its feeder in `Network.feeders`. */
  feeder: number;
  /** Trunk section (0-based) it hangs on. */
  section: number;
  /** Customers, scaled like the sections (see the module note). */
  customers: number;
  isPublic: boolean;
}

/** Indices of a region's feeders and transformers. */
export interface RegionState {
  region: Region;
  feeders: number[];
  transformers: number[];
  publicTransformers: number[];
  customers: number;
  /** 10 kV users (transformers). */
  users: number;
  overheadKm: number;
  cableKm: number;
}

/** The whole network. */
export interface Network {
  feeders: FeederState[];
  feederIndex: ReadonlyMap<string, number>;
  transformers: TransformerState[];
  regions: RegionState[];
  /** Customers served, N_T (every customer: the customer basis). */
  customers: number;
  /** 10 kV users served, N_T on DL/T 836's basis: every distribution transformer. */
  users: number;
}

/**
 * The network of `county` under `levers`. It does not change between replications, so it is
 * built once per data and levers (memo.ts).
 */
export function networkOf(county: County, levers: NetworkLevers): Network {
  const key = JSON.stringify([levers.automation, levers.demoZone, levers.patrolKmPerHour]);
  return memo(county, `network:${key}`, () => buildNetwork(county, levers));
}

/**
 * Builds the network of a run. Upgrades (plan 三.(五).1): the `noneToRemoteShare` of feeders
 * without automation with the most customers get remote control, then the
 * `remoteToSelfHealingShare` of the remote-controlled ones with the most customers get
 * self-healing (most customers first is where a utility gains most SAIDI per switch; ties in
 * file order). Shares are rounded to whole feeders.
 */
export function buildNetwork(county: County, levers: NetworkLevers): Network {
  const automation = upgradedAutomation(county, levers.automation);
  const feederIndex = new Map<string, number>();
  const transformers: TransformerState[] = [];
  const regions: RegionState[] = REGIONS.map((region) => ({
    region,
    feeders: [],
    transformers: [],
    publicTransformers: [],
    customers: 0,
    users: 0,
    overheadKm: 0,
    cableKm: 0,
  }));
  const feeders = county.feeders.map((feeder, index): FeederState => {
    feederIndex.set(feeder.id, index);
    const regionIndex = REGIONS.indexOf(feeder.region);
    const regionState = regions[regionIndex];
    const own = county.transformersByFeeder.get(feeder.id) ?? [];
    const n = feeder.sections;
    const sectionCustomers = new Float64Array(n);
    const sectionUsers = new Float64Array(n);
    const listed = own.reduce((sum, transformer) => sum + transformer.customers, 0);
    const scale = listed > 0 ? feeder.customers / listed : 0;
    const indices: number[] = [];
    own.forEach((transformer, j) => {
      const section = Math.floor((j * n) / own.length);
      const customers = transformer.customers * scale;
      sectionCustomers[section] += customers;
      sectionUsers[section] += 1;
      const ti = transformers.length;
      transformers.push({
        id: transformer.id,
        feeder: index,
        section,
        customers,
        isPublic: transformer.ownership === "public",
      });
      indices.push(ti);
      regionState.transformers.push(ti);
      if (transformer.ownership === "public") regionState.publicTransformers.push(ti);
    });
    if (listed === 0) sectionCustomers.fill(feeder.customers / n);
    regionState.feeders.push(index);
    regionState.customers += feeder.customers;
    regionState.users += own.length;
    regionState.overheadKm += feeder.overheadKm;
    regionState.cableKm += feeder.cableKm;
    return {
      id: feeder.id,
      region: feeder.region,
      regionIndex,
      automation: automation[index],
      demoZone: inDemoZone(levers.demoZone, feeder.region, feeder.demoZone),
      customers: feeder.customers,
      users: own.length,
      overheadKm: feeder.overheadKm,
      cableKm: feeder.cableKm,
      sectionCustomers,
      sectionUsers,
      tied: feeder.tieSwitches > 0,
      patrolHours: (feeder.overheadKm + feeder.cableKm) / levers.patrolKmPerHour,
      transformers: indices,
    };
  });
  const customers = feeders.reduce((s, f) => s + f.customers, 0);
  const users = feeders.reduce((s, f) => s + f.users, 0);
  return { feeders, feederIndex, transformers, regions, customers, users };
}

/** Whether a feeder is in the demonstration zone under the chosen scope (plan 三.(五).5). */
function inDemoZone(
  scope: NetworkLevers["demoZone"],
  region: Region,
  flagged: boolean,
): boolean {
  switch (scope) {
    case "data":
      return flagged;
    case "urban_core":
      return region === "urban_core";
    case "all":
      return true;
    case "none":
      return false;
  }
}

/** The automation of each feeder after the year's upgrades. */
function upgradedAutomation(county: County, shares: NetworkLevers["automation"]): Automation[] {
  const levels = county.feeders.map((f) => f.automation);
  const upgrade = (from: Automation, to: Automation, shareUpgraded: number) => {
    const candidates = levels
      .map((level, i) => ({ level, i, customers: county.feeders[i].customers }))
      .filter((c) => c.level === from)
      .sort((a, b) => b.customers - a.customers || a.i - b.i);
    const k = Math.round(shareUpgraded * candidates.length);
    for (let j = 0; j < k; j++) levels[candidates[j].i] = to;
  };
  upgrade("none", "remote", shares.noneToRemoteShare);
  upgrade("remote", "self_healing", shares.remoteToSelfHealingShare);
  return levels;
}

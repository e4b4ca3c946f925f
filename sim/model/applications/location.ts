/**
 * Where an application is: its feeder (and so its region), the compound of an EV charger, the
 * transformer of a PV system. Drawn in proportion to what the county data say about where
 * customers, parking spaces and roofs are.
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import type { Compound } from "../../data/compounds.ts";
import type { Feeder } from "../../data/feeders.ts";
import type { Transformer } from "../../data/transformers.ts";
import { discrete } from "../../engine/random/discrete.ts";
import type { Rng } from "../../engine/random/rng.ts";
import { memo } from "../memo.ts";

/**
 * A feeder drawn in proportion to its customers: new connections come where people and firms
 * are (the default data's application rates are ≈ 2 % of customers a year).
 */
export function feederSampler(rng: Rng, county: County): () => Feeder {
  const feeders = county.feeders;
  const pick = discrete(rng, feeders.map((_, i) => i), feeders.map((f) => f.customers));
  return () => feeders[pick()];
}

/**
 * A compound for a charger application, in proportion to its parking spaces, among the
 * compounds whose supply the utility owns: in the others a resident applies to the property
 * owner, not to the utility (三.(七).2). Null when the county has no such compound.
 */
export function compoundSampler(rng: Rng, county: County): (() => Compound) | null {
  const compounds = county.compounds.filter((c) =>
    c.supplyOwner === "utility" && c.parkingSpaces > 0
  );
  if (compounds.length === 0) return null;
  const pick = discrete(rng, compounds.map((_, i) => i), compounds.map((c) => c.parkingSpaces));
  return () => compounds[pick()];
}

/**
 * A transformer of a feeder for a PV system when the PV model is not running: a public one
 * (village and compound roofs) for household PV, a customer-owned one for commercial PV, any
 * when the feeder has none of that kind; null when the feeder has no transformer.
 *
 * The lists depend on the county data only, so they are built once per county and kept across
 * replications (`memo.ts`), keyed by the feeder object; a replication of the default data picks
 * for about 4,700 PV applicants (warm-up and run-out). With the factory's cached tools and
 * profile (`applicants.ts`), the arrivals alone were 3.7 % faster (`paired-arrivals.ts`, 150
 * pairs: 0.963).
 */
export class PvTransformerPicker {
  readonly #byFeeder: Map<
    Feeder,
    { public: readonly Transformer[]; private: readonly Transformer[] }
  >;

  constructor(county: County) {
    this.#byFeeder = memo(
      county,
      "applications.pvTransformers",
      () =>
        new Map(county.feeders.map((feeder) => {
          const all = county.transformersByFeeder.get(feeder.id) ?? [];
          const pub = all.filter((t) => t.ownership === "public");
          const priv = all.filter((t) => t.ownership === "private");
          return [feeder, {
            public: pub.length > 0 ? pub : all,
            private: priv.length > 0 ? priv : all,
          }];
        })),
    );
  }

  /** The transformer for uniform `u` ∈ [0, 1). */
  pick(u: number, feeder: Feeder, household: boolean): Transformer | null {
    const lists = this.#byFeeder.get(feeder);
    if (lists === undefined) {
      throw new Error(`PV application: feeder "${feeder.id}" is not the county's`);
    }
    const list = household ? lists.public : lists.private;
    return list.length === 0 ? null : list[Math.floor(u * list.length)];
  }
}

/** The share of a feeder's line that is cable (an extension there is as likely to be cable). */
export function cableShare(feeder: Feeder): number {
  const total = feeder.cableKm + feeder.overheadKm;
  return total > 0 ? feeder.cableKm / total : 0;
}

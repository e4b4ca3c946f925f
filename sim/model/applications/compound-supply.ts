/**
 * The charger capacity of a residential compound during a run (plan 三.(七)): what is reserved,
 * what chargers take, and the upgrade under way. Its own module, apart from the step that uses
 * it (`ev-capacity.ts`), because every application at a compound holds one.
 *
 * @module
 */
import type { Compound } from "../../data/compounds.ts";
import type { Signal } from "../../engine/waitable.ts";

/** The charger capacity of one compound during a run. */
export class CompoundSupply {
  readonly compound: Compound;
  /** Capacity reserved for chargers, kW. */
  reserveKw: number;
  /** Capacity taken by chargers connected or being connected, kW. */
  usedKw: number;
  /** Triggered when the upgrade under way finishes; null when none is under way. */
  upgrade: Signal<void> | null = null;

  /**
   * A new compound's reserve follows the rule (三.(七).1: `evReservedShare` of its spaces at
   * `evKwPerSpace`); an existing compound has what the data say it has. Chargers already there
   * count at `evKwPerSpace` each.
   */
  constructor(compound: Compound, reservedShare: number, kwPerSpace: number) {
    this.compound = compound;
    this.reserveKw = compound.kind === "new"
      ? reservedShare * compound.parkingSpaces * kwPerSpace
      : compound.reservedKw;
    this.usedKw = compound.chargersInstalled * kwPerSpace;
  }
}

import type { Feeder } from "../../data/feeders.ts";
import type { Transformer } from "../../data/transformers.ts";
import type { HostingRule } from "./hosting-rule.ts";
import { classifyZone, GREEN, KW_TOLERANCE, type Zone } from "./zone.ts";

/**
 * The PV on every transformer of the county and what the hosting-capacity rule allows, in
 * typed arrays indexed like `county.transformers`, so that a whole county is re-zoned in one
 * pass over a few arrays (plan 三.(九).1: assessed and published regularly).
 *
 * "Used" capacity is PV connected plus PV filed but not yet connected: the plan counts both
 * (三.(九).3, 含已备案在建或待建容量), and so does DL/T 2041's headroom.
 */
export class HostingState {
  readonly rule: HostingRule;
  /** Number of transformers. */
  readonly size: number;
  readonly ratingKva: Float64Array;
  readonly middayMinLoadKw: Float64Array;
  /** PV connected, kW. */
  readonly connectedKw: Float64Array;
  /** PV filed (accepted) but not connected, kW. */
  readonly filedKw: Float64Array;
  /** PV the rule allows, kW (recomputed when the rating changes). */
  readonly capacityKw: Float64Array;
  /** PV above which the transformer is yellow, kW. */
  readonly yellowFromKw: Float64Array;
  /** Index of each transformer's feeder in `feeders`. */
  readonly feeder: Int32Array;
  /** Number of feeders. */
  readonly feederCount: number;

  constructor(
    transformers: readonly Transformer[],
    feeders: readonly Feeder[],
    rule: HostingRule,
  ) {
    const n = transformers.length;
    this.rule = rule;
    this.size = n;
    this.ratingKva = new Float64Array(n);
    this.middayMinLoadKw = new Float64Array(n);
    this.connectedKw = new Float64Array(n);
    this.filedKw = new Float64Array(n);
    this.capacityKw = new Float64Array(n);
    this.yellowFromKw = new Float64Array(n);
    this.feeder = new Int32Array(n);
    this.feederCount = feeders.length;
    const feederIndex = new Map(feeders.map((f, i) => [f.id, i]));
    for (let i = 0; i < n; i++) {
      const t = transformers[i];
      this.ratingKva[i] = t.ratingKva;
      this.middayMinLoadKw[i] = t.middayMinLoadKw;
      this.connectedKw[i] = t.pvConnectedKw;
      this.filedKw[i] = t.pvFiledKw;
      const f = feederIndex.get(t.feederId);
      if (f === undefined) {
        throw new RangeError(
          `HostingState: transformer ${t.id} hangs on feeder ${t.feederId}, which is not in ` +
            `the feeder list`,
        );
      }
      this.feeder[i] = f;
      this.#limits(i);
    }
  }

  /** PV connected + filed on transformer `i`, kW. */
  usedKw(i: number): number {
    return this.connectedKw[i] + this.filedKw[i];
  }

  /** Whether `kw` more PV fits under the rule on transformer `i`. */
  fits(i: number, kw: number): boolean {
    return this.connectedKw[i] + this.filedKw[i] + kw <= this.capacityKw[i] + KW_TOLERANCE;
  }

  /** The zone of transformer `i` now. */
  zone(i: number): Zone {
    return classifyZone(this.usedKw(i), this.capacityKw[i], this.yellowFromKw[i]);
  }

  /** Records an accepted application: its kW are filed and count against the limit. */
  file(i: number, kw: number): void {
    this.filedKw[i] += kw;
  }

  /** Records an energised application: its kW move from filed to connected. */
  connect(i: number, kw: number): void {
    this.filedKw[i] = Math.max(0, this.filedKw[i] - kw);
    this.connectedKw[i] += kw;
  }

  /** Replaces transformer `i` by a unit of `ratingKva` (an upgrade) and recomputes its limits. */
  setRating(i: number, ratingKva: number): void {
    this.ratingKva[i] = ratingKva;
    this.#limits(i);
  }

  /** Writes every transformer's zone into `out` (length {@link size}). */
  zonesInto(out: Uint8Array): void {
    const { connectedKw, filedKw, capacityKw, yellowFromKw } = this;
    for (let i = 0; i < this.size; i++) {
      out[i] = classifyZone(connectedKw[i] + filedKw[i], capacityKw[i], yellowFromKw[i]);
    }
  }

  /**
   * Writes every feeder's zone into `out` (length {@link feederCount}): the rule applied to
   * the sums over the feeder's transformers (PV used, capacity, yellow threshold), i.e. the
   * plan's share of the summed ratings, or DL/T 2041's reverse load rate of the summed PV,
   * minimum loads and ratings. A feeder without transformers is green. The sums of PV used
   * and of capacity go to `usedOut` and `capacityOut` when given.
   */
  feederZonesInto(out: Uint8Array, usedOut?: Float64Array, capacityOut?: Float64Array): void {
    const m = this.feederCount;
    const used = usedOut ?? new Float64Array(m);
    const cap = capacityOut ?? new Float64Array(m);
    used.fill(0);
    cap.fill(0);
    const yellow = new Float64Array(m);
    const { connectedKw, filedKw, capacityKw, yellowFromKw, feeder } = this;
    for (let i = 0; i < this.size; i++) {
      const f = feeder[i];
      used[f] += connectedKw[i] + filedKw[i];
      cap[f] += capacityKw[i];
      yellow[f] += yellowFromKw[i];
    }
    for (let f = 0; f < m; f++) {
      out[f] = cap[f] === 0 && used[f] === 0 ? GREEN : classifyZone(used[f], cap[f], yellow[f]);
    }
  }

  #limits(i: number): void {
    this.capacityKw[i] = this.rule.capacityKw(this.ratingKva[i], this.middayMinLoadKw[i]);
    this.yellowFromKw[i] = this.rule.yellowFromKw(this.ratingKva[i], this.middayMinLoadKw[i]);
  }
}

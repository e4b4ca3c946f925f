import type { Transformer } from "../../data/transformers.ts";

/**
 * Where commercial and industrial rooftop PV connects: behind a customer-owned transformer,
 * since the plan asks such PV to be fully self-consumed (三.(九).3) and a firm sizes it within
 * its own supply. A system of `kw` goes to a customer-owned transformer rated at least `kw`
 * kVA, chosen with probability proportional to the rating (larger firms, larger roofs); when
 * none is that large, to the largest. A county without customer-owned transformers uses all
 * its transformers the same way.
 */
export class CommercialSites {
  /** Candidate transformer indices, by rating ascending (file order among equal ratings). */
  readonly #order: Int32Array;
  /** Their ratings, ascending. */
  readonly #rating: Float64Array;
  /** Prefix sums of the ratings (length + 1). */
  readonly #cum: Float64Array;

  constructor(transformers: readonly Transformer[]) {
    let pool = transformers.map((t, i) => ({ t, i })).filter(({ t }) => t.ownership === "private");
    if (pool.length === 0) pool = transformers.map((t, i) => ({ t, i }));
    pool.sort((a, b) => a.t.ratingKva - b.t.ratingKva || a.i - b.i);
    const n = pool.length;
    this.#order = Int32Array.from(pool, ({ i }) => i);
    this.#rating = Float64Array.from(pool, ({ t }) => t.ratingKva);
    this.#cum = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) this.#cum[k + 1] = this.#cum[k] + this.#rating[k];
  }

  /** Number of candidate transformers. */
  get size(): number {
    return this.#order.length;
  }

  /**
   * The transformer (index in `county.transformers`) a system of `kw` connects to, chosen by
   * the uniform `u` ∈ [0, 1). Returns −1 when the county has no transformer at all.
   */
  pick(kw: number, u: number): number {
    const n = this.#order.length;
    if (n === 0) return -1;
    const rating = this.#rating;
    // First candidate rated ≥ kw.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rating[mid] < kw) lo = mid + 1;
      else hi = mid;
    }
    if (lo === n) return this.#order[n - 1];
    const cum = this.#cum;
    const target = cum[lo] + u * (cum[n] - cum[lo]);
    // Last k ≥ lo with cum[k] ≤ target: the candidate whose weight interval holds the target.
    let a = lo;
    let b = n - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if (cum[mid] <= target) a = mid;
      else b = mid - 1;
    }
    return this.#order[a];
  }
}

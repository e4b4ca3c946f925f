/**
 * The sizing search's memory of candidates: each staffing tried, with the replications of it run
 * so far. It asks the evaluator only for what a candidate lacks, so under common random numbers a
 * replication of a candidate is never run twice (confirming a candidate adds replications to its
 * screening ones), and a batch of candidates goes to the evaluator in one call (one pool start).
 *
 * @example
 * const book = new CandidateBook(dimensions, evaluator);
 * const [a, b] = await book.ensure([{ counts: [3, 4], n: 20 }, { counts: [4, 4], n: 20 }]);
 * a.outcomes.length; // 20
 */
import type { Candidate, Dimension, Evaluator, Outcome } from "./types.ts";

/** What a batch wants of one candidate: replications 0 … n − 1 and any single ones. */
export interface CandidateWant {
  counts: readonly number[];
  n?: number;
  indices?: readonly number[];
}

/** Every candidate run, by its counts, in the order first run. */
export class CandidateBook {
  readonly #dims: readonly Dimension[];
  readonly #evaluator: Evaluator;
  readonly #cache = new Map<string, Candidate>();
  /** Every candidate, in the order first asked for. */
  readonly order: Candidate[] = [];
  /** Replications run in all. */
  replications = 0;

  constructor(dims: readonly Dimension[], evaluator: Evaluator) {
    this.#dims = dims;
    this.#evaluator = evaluator;
  }

  /** The candidate with `counts` (created, with nothing run, when first asked for). */
  of(counts: readonly number[]): Candidate {
    const key = counts.join(",");
    let candidate = this.#cache.get(key);
    if (candidate === undefined) {
      const cost = counts.reduce((sum, c, i) => sum + c * this.#dims[i].unitCost, 0);
      candidate = { counts: [...counts], cost, outcomes: [], extra: new Map() };
      this.#cache.set(key, candidate);
      this.order.push(candidate);
    }
    return candidate;
  }

  /** Whether replication `r` of `c` has been run. */
  has(c: Candidate, r: number): boolean {
    return r < c.outcomes.length || c.extra.has(r);
  }

  /** Replication `r` of `c` (which must have been run). */
  outcomeOf(c: Candidate, r: number): Outcome {
    return c.outcomes[r] ?? c.extra.get(r)!;
  }

  /** Runs what `counts` lacks of replications 0 … n − 1 and returns it. */
  async run(counts: readonly number[], n: number): Promise<Candidate> {
    return (await this.ensure([{ counts, n }]))[0];
  }

  /**
   * Runs what a batch of candidates lacks, in one call of the evaluator, and returns the
   * candidates in the order of `wants`.
   */
  async ensure(wants: readonly CandidateWant[]): Promise<Candidate[]> {
    const candidates = wants.map((w) => this.of(w.counts));
    // One request per distinct candidate, whatever the batch repeats.
    const byCandidate = new Map<Candidate, Set<number>>();
    wants.forEach((w, k) => {
      const c = candidates[k];
      const wanted = byCandidate.get(c) ?? new Set<number>();
      for (let r = c.outcomes.length; r < (w.n ?? 0); r++) wanted.add(r);
      for (const r of w.indices ?? []) wanted.add(r);
      byCandidate.set(c, wanted);
    });
    const requests = [...byCandidate].map(([c, wanted]) => ({
      counts: c.counts,
      indices: [...wanted].filter((r) => !this.has(c, r)),
    })).filter((r) => r.indices.length > 0);
    if (requests.length > 0) {
      const fresh = await this.#evaluator.run(requests);
      requests.forEach((request, k) => {
        const c = this.of(request.counts);
        request.indices.forEach((r, j) => c.extra.set(r, fresh[k][j]));
        this.replications += request.indices.length;
      });
    }
    // Move replications that continue a candidate's prefix into it.
    for (const c of candidates) {
      while (c.extra.has(c.outcomes.length)) {
        const r = c.outcomes.length;
        c.outcomes.push(c.extra.get(r)!);
        c.extra.delete(r);
      }
    }
    return candidates;
  }
}

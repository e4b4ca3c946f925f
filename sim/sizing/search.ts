/**
 * The sizing search: the cheapest counts of a few resources (staff roles, crews) such that, for
 * each group of targets, the probability that a replication meets every target of the group is
 * at least a confidence level, judged on the lower end of its 95 % Wilson interval.
 *
 * It knows nothing of the county: an {@link Evaluator} runs replications of a candidate. What it
 * uses about the problem:
 *
 * - **Monotonicity**: more of a resource is never slower, so the probability of meeting a target
 *   never falls as a count grows. A target missed with every count at its ceiling is out of
 *   reach of staffing and is reported, not searched for; along one count the feasible counts
 *   are an interval reaching up to the ceiling, so a binary search finds its lower end.
 * - **Common random numbers**: every candidate runs replications 0, 1, 2, … of the same seed, so
 *   candidates differ by their counts, not by their luck, and a candidate's replications are
 *   run once: confirming it adds replications to its screening ones.
 * - **Screening, then confirmation**: candidates are screened on a few replications against the
 *   share the confirmation needs (the smallest share that would pass the Wilson rule with the
 *   confirmation's replications); the answer alone is confirmed with many.
 *
 * The search: the scenario's counts, or if they fail the smallest step on the way to the
 * ceilings that passes; then coordinate descent, the costliest resource first, each count
 * bisected down to the smallest that still passes with the others held, from no lower than
 * its offered load (count × utilisation at the ceiling, where a resource reports one). The
 * point found is minimal (one less of any resource fails its screening), and the costly
 * resources were cut first; it need not be the global cheapest when resources can stand in for
 * one another, which the table of one-less probabilities lets a planner see. If the
 * confirmation fails, each resource is tried one higher on the replications that failed (the
 * same years), and the one that turns most of them per yuan is raised, until it passes; a
 * target the ceiling misses in those years is out of reach at that confidence. Then one less of
 * each resource is run on the confirmation's replications (the table of which role binds), and
 * where one less still passes (slack a raise left), the answer is trimmed once.
 * Candidates that do not depend on one another (the ceiling and the scenario's counts, the
 * raises tried, the one-less staffings) run in one batch.
 *
 * @module
 */
import { proportionSummary } from "../engine/stats/proportion-summary.ts";
import { UserError } from "../errors.ts";

/** One count the search may change. */
export interface Dimension {
  /** Stable id, e.g. `applications.staff.surveyCrews.count`. */
  id: string;
  /** Shown in tables. */
  label: string;
  /** The target group it serves (e.g. `staff`, `crews`). */
  group: string;
  /** The scenario's count. */
  base: number;
  min: number;
  /** The ceiling of the search. */
  max: number;
  /** Cost of one unit a year, ¥. */
  unitCost: number;
  /** False: held at `base`. */
  free: boolean;
  /**
   * A measure of the outcomes giving the dimension's utilisation (busy over available time):
   * with it, the search starts its bisection no lower than the offered load in units
   * (count × utilisation at the ceiling, rounded down), below which a queue cannot keep up.
   */
  loadKey?: string;
}

/** A target the search must meet, in a group. */
export interface Target {
  id: string;
  group: string;
}

/** One replication's outcome: each target met (true), missed (false) or not judged (undefined). */
export interface Outcome {
  met: Readonly<Record<string, boolean | undefined>>;
  /** Other measures by key (utilisation, waits), kept for the answer's table. */
  measures?: Readonly<Record<string, number>>;
}

/** A candidate's counts (in dimension order) and the replications of it to run. */
export interface EvaluationRequest {
  counts: readonly number[];
  indices: readonly number[];
}

/**
 * Runs replications of candidates: one batch of requests at a time (run together, so a pool of
 * workers is started once for them all); outcomes per request, in the order of its indices.
 */
export interface Evaluator {
  run(requests: readonly EvaluationRequest[]): Promise<Outcome[][]>;
}

/** Options of {@link searchSizing}. */
export interface SearchOptions {
  /** Required probability, in (0, 1). */
  confidence: number;
  /** Replications a candidate is screened on. */
  screenReps: number;
  /** Replications the answer is confirmed on. */
  confirmReps: number;
  /** Told what the search is doing (one line each). */
  onStage?: (message: string) => void;
}

/** What was learnt about one candidate. */
export interface Candidate {
  counts: number[];
  cost: number;
  /** Replications 0 … n − 1 run so far, in index order. */
  outcomes: Outcome[];
  /** Replications run beyond them (the raise step reruns single replications), by index. */
  extra: Map<number, Outcome>;
}

/** A group's joint verdict at a candidate. */
export interface GroupVerdict {
  group: string;
  met: number;
  n: number;
  probability: number;
  ci95: [number, number];
}

/** The search's result. */
export interface SearchResult {
  dimensions: Dimension[];
  /** Targets searched for, and those out of reach with every count at its ceiling. */
  targets: Target[];
  unreachable: { target: Target; probability: number }[];
  /** Groups that no staffing within the ceilings meets: the search could not answer them. */
  infeasibleGroups: string[];
  /** The confirmed answer, or null when a group is infeasible. */
  answer: Candidate | null;
  /** Whether the answer passed the confirmation rule. */
  confirmed: boolean;
  /** At one less of each free dimension (those above their minimum), on the confirmation's replications. */
  oneLess: { dimension: number; candidate: Candidate }[];
  /** Every candidate run, in the order first run. */
  candidates: Candidate[];
  /** Replications run in all. */
  replications: number;
  /** The share of the screening replications a candidate needs. */
  screenShare: number;
}

const Z95 = 0.95;

/** The lower end of the 95 % Wilson interval of `met` of `n`. */
export function wilsonLower(met: number, n: number): number {
  return n === 0 ? 0 : proportionSummary(met, n, Z95).ci[0];
}

/**
 * The smallest share of `n` replications whose Wilson lower end reaches `confidence`, or null
 * when even n of n does not (too few replications to ever confirm it).
 */
export function requiredShare(confidence: number, n: number): number | null {
  for (let k = 0; k <= n; k++) if (wilsonLower(k, n) >= confidence) return k / n;
  return null;
}

/** The fewest replications with which n of n meets `confidence` on the Wilson rule. */
export function fewestConfirmReps(confidence: number): number {
  let n = 1;
  while (wilsonLower(n, n) < confidence) n++;
  return n;
}

/** Checks the options; a mistake is a UserError naming the flag. */
export function checkSearchOptions(options: SearchOptions, command = "size"): void {
  const { confidence, screenReps, confirmReps } = options;
  if (!(confidence > 0 && confidence < 1)) {
    throw new UserError(`${command}: --confidence expects a number in (0, 1), found ${confidence}`);
  }
  if (requiredShare(confidence, confirmReps) === null) {
    throw new UserError(
      `${command}: --reps ${confirmReps} is too few to confirm a confidence of ${confidence} ` +
        `on the Wilson rule (even ${confirmReps} of ${confirmReps} is not enough): use at least ` +
        `${fewestConfirmReps(confidence)}`,
    );
  }
  if (screenReps > confirmReps) {
    throw new UserError(
      `${command}: --screen ${screenReps} is more than --reps ${confirmReps}: screening uses ` +
        `fewer replications than the confirmation`,
    );
  }
}

/** The sizing search (see the module's documentation). */
export async function searchSizing(
  dimensions: readonly Dimension[],
  targets: readonly Target[],
  evaluator: Evaluator,
  options: SearchOptions,
): Promise<SearchResult> {
  checkSearchOptions(options);
  const { confidence, screenReps, confirmReps } = options;
  const stage = options.onStage ?? (() => {});
  const screenShare = requiredShare(confidence, confirmReps)!;
  // Failures a screening may see and still pass; once past it, a candidate is rejected at once.
  const screenFailures = Math.floor(screenReps * (1 - screenShare) + 1e-9);
  const dims = dimensions.map((d) => ({ ...d }));
  const cache = new Map<string, Candidate>();
  const order: Candidate[] = [];
  let replications = 0;

  const costOf = (counts: readonly number[]) =>
    counts.reduce((sum, c, i) => sum + c * dims[i].unitCost, 0);
  const candidateOf = (counts: readonly number[]) => {
    const key = counts.join(",");
    let candidate = cache.get(key);
    if (candidate === undefined) {
      candidate = { counts: [...counts], cost: costOf(counts), outcomes: [], extra: new Map() };
      cache.set(key, candidate);
      order.push(candidate);
    }
    return candidate;
  };

  /**
   * Runs what a batch of candidates lacks, in one call of the evaluator: for each, replications
   * 0 … n − 1 (`n`) and any single replications (`indices`). Returns the candidates.
   */
  async function ensure(
    wants: readonly { counts: readonly number[]; n?: number; indices?: readonly number[] }[],
  ): Promise<Candidate[]> {
    const candidates = wants.map((w) => candidateOf(w.counts));
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
      indices: [...wanted].filter((r) => !has(c, r)),
    })).filter((r) => r.indices.length > 0);
    if (requests.length > 0) {
      const fresh = await evaluator.run(requests);
      requests.forEach((request, k) => {
        const c = candidateOf(request.counts);
        request.indices.forEach((r, j) => c.extra.set(r, fresh[k][j]));
        replications += request.indices.length;
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
  const has = (c: Candidate, r: number) => r < c.outcomes.length || c.extra.has(r);
  const outcomeOf = (c: Candidate, r: number) => c.outcomes[r] ?? c.extra.get(r)!;
  const run = async (counts: readonly number[], n: number) => (await ensure([{ counts, n }]))[0];

  let searched = [...targets];
  const groups = () => [...new Set(searched.map((t) => t.group))];
  const meetsGroup = (o: Outcome, group: string) =>
    searched.every((t) => t.group !== group || o.met[t.id] !== false);
  const meetsAll = (o: Outcome) => groups().every((g) => meetsGroup(o, g));

  /** Replications (of the first `n`) meeting every searched target of `group`. */
  const jointMet = (c: Candidate, group: string, n: number) =>
    c.outcomes.slice(0, n).filter((o) => meetsGroup(o, group)).length;

  /** Screening: the candidate's first replications fail no more often than the confirmation allows. */
  const screenPasses = async (counts: readonly number[]) => {
    const c = await run(counts, screenReps);
    return c.outcomes.slice(0, screenReps).filter((o) => !meetsAll(o)).length <= screenFailures;
  };
  const confirmPasses = async (counts: readonly number[]) => {
    const c = await run(counts, confirmReps);
    return groups().every((g) =>
      wilsonLower(jointMet(c, g, confirmReps), confirmReps) >= confidence
    );
  };

  // 1. The ceilings: a target missed there is out of reach of staffing.
  const ceiling = dims.map((d) => d.free ? d.max : d.base);
  // 2. A passing start: the scenario's counts, else the first passing step towards the ceiling.
  // (Screened together with the ceiling, in one batch.)
  const base = dims.map((d) => d.free ? Math.min(d.max, Math.max(d.min, d.base)) : d.base);
  stage(`screening the ceiling (${describe(dims, ceiling)}) and the scenario's counts`);
  const [top] = await ensure([{ counts: ceiling, n: screenReps }, {
    counts: base,
    n: screenReps,
  }]);
  const unreachable: SearchResult["unreachable"] = [];
  for (const target of targets) {
    const judged = top.outcomes.filter((o) => o.met[target.id] !== undefined);
    if (judged.length === 0) continue;
    const share = judged.filter((o) => o.met[target.id] === true).length / judged.length;
    if (share < screenShare) unreachable.push({ target, probability: share });
  }
  searched = targets.filter((t) => !unreachable.some((u) => u.target.id === t.id));
  const infeasibleGroups = groups().filter((g) =>
    screenReps - jointMet(top, g, screenReps) > screenFailures
  );
  const result = (
    answer: Candidate | null,
    confirmed: boolean,
    oneLess: SearchResult["oneLess"],
  ): SearchResult => ({
    dimensions: dims,
    targets: searched,
    unreachable,
    infeasibleGroups,
    answer,
    confirmed,
    oneLess,
    candidates: order,
    replications,
    screenShare,
  });
  if (infeasibleGroups.length > 0) return result(null, false, []);
  // A resource whose group has no target left to answer for is held at the scenario's count.
  for (const d of dims) if (d.free && !groups().includes(d.group)) d.free = false;

  // The offered load of each dimension with a utilisation measure: no count below it keeps up.
  const floorOf = dims.map((d, i) => {
    if (!d.free || d.loadKey === undefined) return d.min;
    const u = top.outcomes.map((o) => o.measures?.[d.loadKey!] ?? NaN).filter(Number.isFinite);
    const load = u.length > 0 ? ceiling[i] * u.reduce((a, b) => a + b, 0) / u.length : 0;
    return Math.min(ceiling[i], Math.max(d.min, Math.floor(load)));
  });

  let current = base;
  if (!(await screenPasses(base))) {
    const STEPS = 8;
    const at = (k: number) =>
      base.map((b, i) => dims[i].free ? Math.ceil(b + (ceiling[i] - b) * k / STEPS) : b);
    let lo = 1;
    let hi = STEPS;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (await screenPasses(at(mid))) hi = mid;
      else lo = mid + 1;
    }
    current = at(hi);
  }

  // 3. Coordinate descent, costliest first: each count bisected down to the smallest that
  // passes with the others held. One pass is enough: a count that failed with the others where
  // they were fails with the others lowered after it (more of a resource never slows anything).
  // The groups answer for different targets (staff for the timelines, crews for SAIDI), so each
  // group runs its own descent and one candidate carries a trial count of every group: each
  // group's verdict decides its own bisection (a group that fails only because another's trial
  // count is low is judged conservatively, and the answer is confirmed as a whole).
  const free = dims.map((_, i) => i).filter((i) => dims[i].free)
    .sort((a, b) => dims[b].unitCost - dims[a].unitCost || a - b);
  const queues = groups().map((g) => free.filter((i) => dims[i].group === g));
  const active = queues.map(() => ({ dim: -1, lo: 0, hi: 0 }));
  const groupList = groups();
  const groupPasses = (c: Candidate, g: string) =>
    c.outcomes.slice(0, screenReps).filter((o) => !meetsGroup(o, g)).length <= screenFailures;
  for (;;) {
    // Each group's next bisection step, or its next dimension.
    for (const [k, queue] of queues.entries()) {
      const a = active[k];
      if (a.dim >= 0 && a.lo < a.hi) continue;
      if (a.dim >= 0) current = current.with(a.dim, a.hi);
      a.dim = -1;
      while (queue.length > 0) {
        const i = queue.shift()!;
        const lo = Math.min(floorOf[i], current[i]);
        if (lo < current[i]) {
          Object.assign(a, { dim: i, lo, hi: current[i] });
          stage(`screening ${dims[i].label} from ${lo} to ${current[i]}`);
          break;
        }
      }
    }
    const stepping = active.map((a, k) => ({ a, g: groupList[k] })).filter(({ a }) => a.dim >= 0);
    if (stepping.length === 0) break;
    let trial = current;
    const mids = stepping.map(({ a }) => Math.floor((a.lo + a.hi) / 2));
    stepping.forEach(({ a }, k) => trial = trial.with(a.dim, mids[k]));
    const c = await run(trial, screenReps);
    stepping.forEach(({ a, g }, k) => {
      if (groupPasses(c, g)) a.hi = mids[k];
      else a.lo = mids[k] + 1;
    });
  }

  // 4. Confirmation. If it fails, for each group failing, each of its resources is tried one
  // higher on the years that failed the group (common random numbers: the same years), and the
  // one that turns most of them per yuan is raised; while too many of those years still fail,
  // again on the years still failing; then the raised staffing is confirmed on every replication.
  stage(`confirming ${describe(dims, current)} on ${confirmReps} replications`);
  const allowed = Math.floor(confirmReps * (1 - screenShare) + 1e-9);
  let confirmed = await confirmPasses(current);
  const groupFailures = (c: Candidate, g: string) =>
    c.outcomes.slice(0, confirmReps).flatMap((o, r) => meetsGroup(o, g) ? [] : [r]);
  let failed = new Map(
    groups().map((g) => [g, confirmed ? [] : groupFailures(cache.get(current.join(","))!, g)]),
  );
  while (!confirmed) {
    // A target the ceiling misses in one of those years is out of reach of staffing at this
    // confidence (more of anything does not meet it there): listed, and no longer searched for.
    const [roof] = await ensure([{
      counts: ceiling,
      indices: [...new Set([...failed.values()].flat())],
    }]);
    const missed = searched.filter((t) =>
      (failed.get(t.group) ?? []).some((r) => outcomeOf(roof, r).met[t.id] === false)
    );
    if (missed.length > 0) {
      const known = [...roof.outcomes, ...roof.extra.values()];
      for (const target of missed) {
        const judged = known.filter((o) => o.met[target.id] !== undefined);
        const met = judged.filter((o) => o.met[target.id] === true).length;
        unreachable.push({ target, probability: met / Math.max(1, judged.length) });
        stage(`out of reach of staffing at this confidence: ${target.id}`);
      }
      searched = searched.filter((t) => !missed.includes(t));
      const here = candidateOf(current);
      failed = new Map(
        groups().map((
          g,
        ) => [
          g,
          (failed.get(g) ?? []).filter((r) => !has(here, r) || !meetsGroup(outcomeOf(here, r), g)),
        ]),
      );
      if ([...failed.values()].every((years) => years.length <= allowed)) {
        confirmed = await confirmPasses(current);
        if (!confirmed) {
          failed = new Map(groups().map((g) => [g, groupFailures(candidateOf(current), g)]));
        }
        continue;
      }
    }
    const failing = [...failed].filter(([, years]) => years.length > allowed);
    const tries = failing.flatMap(([g, years]) =>
      free.filter((i) => dims[i].group === g && current[i] < dims[i].max).map((i) => ({
        g,
        i,
        years,
      }))
    );
    const ups = await ensure(
      tries.map(({ i, years }) => ({ counts: current.with(i, current[i] + 1), indices: years })),
    );
    let raised = false;
    for (const [g, years] of failing) {
      let best = -1;
      let bestFixed: number[] = [];
      for (const [k, t] of tries.entries()) {
        if (t.g !== g) continue;
        const fixed = years.filter((r) => meetsGroup(outcomeOf(ups[k], r), g));
        const better = best < 0 ||
          fixed.length * dims[best].unitCost > bestFixed.length * dims[t.i].unitCost;
        if (fixed.length > 0 && better) {
          best = t.i;
          bestFixed = fixed;
        }
      }
      if (best < 0) {
        // No one resource turns any of those years: every resource of the group one higher
        // (a step towards the ceiling, which met the targets), and those years again.
        const all = free.filter((i) => dims[i].group === g && current[i] < dims[i].max);
        if (all.length === 0) continue;
        raised = true;
        for (const i of all) current = current.with(i, current[i] + 1);
        const [step] = await ensure([{ counts: current, indices: years }]);
        failed.set(g, years.filter((r) => !meetsGroup(outcomeOf(step, r), g)));
        stage(`raised every resource of ${g}: ${failed.get(g)!.length} years still fail it`);
        continue;
      }
      raised = true;
      current = current.with(best, current[best] + 1);
      failed.set(g, years.filter((r) => !bestFixed.includes(r)));
      stage(
        `raised ${dims[best].label} to ${current[best]}: ${
          failed.get(g)!.length
        } years still fail ${g}`,
      );
    }
    if (!raised) break;
    if ([...failed.values()].some((years) => years.length > allowed)) continue;
    stage(`confirming ${describe(dims, current)} on ${confirmReps} replications`);
    confirmed = await confirmPasses(current);
    if (!confirmed) {
      const c = cache.get(current.join(","))!;
      failed = new Map(groups().map((g) => [g, groupFailures(c, g)]));
    }
  }
  // 5. One less of each free resource, on the confirmation's replications.
  const oneLessOf = async (counts: readonly number[]) => {
    const lowerable = free.filter((i) => counts[i] > dims[i].min);
    stage(`one less of each role (${lowerable.length} staffings on ${confirmReps} replications)`);
    const lower = await ensure(
      lowerable.map((i) => ({ counts: counts.with(i, counts[i] - 1), n: confirmReps })),
    );
    return lowerable.map((i, k) => ({ dimension: i, candidate: lower[k] }));
  };
  const passesRule = (c: Candidate) =>
    groups().every((g) => wilsonLower(jointMet(c, g, confirmReps), confirmReps) >= confidence);
  let oneLess = await oneLessOf(current);
  // 6. One trim: a raise made for a target later found out of reach can leave slack, seen as a
  // one-less staffing that still passes the confirmation. All such resources one lower if that
  // passes too, else the costliest of them; then one less of each again, from there.
  const slack = confirmed ? oneLess.filter((o) => passesRule(o.candidate)) : [];
  if (slack.length > 0) {
    const costliest = slack.reduce((a, b) =>
      dims[b.dimension].unitCost > dims[a.dimension].unitCost ? b : a
    );
    let trimmed = costliest.candidate.counts;
    if (slack.length > 1) {
      const together = slack.reduce((c, o) => c.with(o.dimension, c[o.dimension] - 1), current);
      if (await confirmPasses(together)) trimmed = together;
    }
    current = trimmed;
    stage(`trimmed to ${describe(dims, current)}`);
    oneLess = await oneLessOf(current);
  }
  // The answer has its confirmation's replications even when the raising stopped short.
  const answer = await run(current, confirmReps);
  return result(answer, confirmed, oneLess);
}

/** The share of a candidate's first `n` replications meeting every target of `group`. */
export function groupVerdict(
  candidate: Candidate,
  targets: readonly Target[],
  group: string | null,
  n = candidate.outcomes.length,
): GroupVerdict {
  const outcomes = candidate.outcomes.slice(0, n);
  const met =
    outcomes.filter((o) =>
      targets.every((t) => (group !== null && t.group !== group) || o.met[t.id] !== false)
    ).length;
  const summary = proportionSummary(met, Math.max(1, outcomes.length));
  return {
    group: group ?? "all",
    met,
    n: outcomes.length,
    probability: outcomes.length > 0 ? summary.proportion : NaN,
    ci95: [summary.ci[0], summary.ci[1]],
  };
}

/** The probability of one target over a candidate's first `n` replications (NaN if never judged). */
export function targetProbability(
  candidate: Candidate,
  target: string,
  n = candidate.outcomes.length,
): { met: number; n: number; probability: number } {
  const judged = candidate.outcomes.slice(0, n).filter((o) => o.met[target] !== undefined);
  const met = judged.filter((o) => o.met[target] === true).length;
  return { met, n: judged.length, probability: judged.length > 0 ? met / judged.length : NaN };
}

function describe(dims: readonly Dimension[], counts: readonly number[]): string {
  return dims.filter((d) => d.free).map((d) => `${d.label} ${counts[dims.indexOf(d)]}`).join(", ");
}

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
import { CandidateBook } from "./candidate-book.ts";
import type { Candidate, Dimension, Evaluator, Outcome, Target } from "./types.ts";

export type {
  Candidate,
  Dimension,
  EvaluationRequest,
  Evaluator,
  Outcome,
  Target,
} from "./types.ts";

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

/** What the stages of one search share. */
interface SearchState {
  /** The dimensions (a copy: a dimension whose group has no target left is no longer free). */
  dims: Dimension[];
  book: CandidateBook;
  options: SearchOptions;
  stage: (message: string) => void;
  /** The share of the screening replications a candidate needs. */
  screenShare: number;
  /** Failures a screening may see and still pass. */
  screenFailures: number;
  /** Targets still searched for (those out of reach are moved to `unreachable`). */
  searched: Target[];
  unreachable: SearchResult["unreachable"];
}

/** The groups of the targets still searched for. */
function groupsOf(s: SearchState): string[] {
  return [...new Set(s.searched.map((t) => t.group))];
}

/** Whether an outcome meets every searched target of `group`. */
function meetsGroup(s: SearchState, o: Outcome, group: string): boolean {
  return s.searched.every((t) => t.group !== group || o.met[t.id] !== false);
}

/** Replications (of the first `n`) meeting every searched target of `group`. */
function jointMet(s: SearchState, c: Candidate, group: string, n: number): number {
  return c.outcomes.slice(0, n).filter((o) => meetsGroup(s, o, group)).length;
}

/** Whether `c`'s confirmation replications pass the Wilson rule for every group. */
function passesRule(s: SearchState, c: Candidate): boolean {
  const { confidence, confirmReps } = s.options;
  return groupsOf(s).every((g) =>
    wilsonLower(jointMet(s, c, g, confirmReps), confirmReps) >= confidence
  );
}

/** Screening: the candidate's first replications fail no more often than the confirmation allows. */
async function screenPasses(s: SearchState, counts: readonly number[]): Promise<boolean> {
  const { screenReps } = s.options;
  const c = await s.book.run(counts, screenReps);
  const groups = groupsOf(s);
  const failures = c.outcomes.slice(0, screenReps)
    .filter((o) => !groups.every((g) => meetsGroup(s, o, g))).length;
  return failures <= s.screenFailures;
}

/** Confirmation: the Wilson rule on the confirmation's replications. */
async function confirmPasses(s: SearchState, counts: readonly number[]): Promise<boolean> {
  return passesRule(s, await s.book.run(counts, s.options.confirmReps));
}

/** The confirmation replications of `c` that fail `g`. */
function groupFailures(s: SearchState, c: Candidate, g: string): number[] {
  return c.outcomes.slice(0, s.options.confirmReps).flatMap((o, r) =>
    meetsGroup(s, o, g) ? [] : [r]
  );
}

/**
 * 1. The ceilings, screened with the scenario's counts in one batch: a target missed there is out
 * of reach of staffing; a group failing there even so is infeasible.
 */
async function screenCeiling(s: SearchState, targets: readonly Target[]) {
  const { dims } = s;
  const { screenReps } = s.options;
  const ceiling = dims.map((d) => d.free ? d.max : d.base);
  const base = dims.map((d) => d.free ? Math.min(d.max, Math.max(d.min, d.base)) : d.base);
  s.stage(`screening the ceiling (${describe(dims, ceiling)}) and the scenario's counts`);
  const [top] = await s.book.ensure([{ counts: ceiling, n: screenReps }, {
    counts: base,
    n: screenReps,
  }]);
  for (const target of targets) {
    const judged = top.outcomes.filter((o) => o.met[target.id] !== undefined);
    if (judged.length === 0) continue;
    const share = judged.filter((o) => o.met[target.id] === true).length / judged.length;
    if (share < s.screenShare) s.unreachable.push({ target, probability: share });
  }
  s.searched = targets.filter((t) => !s.unreachable.some((u) => u.target.id === t.id));
  const infeasibleGroups = groupsOf(s).filter((g) =>
    screenReps - jointMet(s, top, g, screenReps) > s.screenFailures
  );
  return { top, ceiling, base, infeasibleGroups };
}

/** 2. A passing start: the scenario's counts, else the first passing step towards the ceiling. */
async function passingStart(
  s: SearchState,
  base: number[],
  ceiling: readonly number[],
): Promise<number[]> {
  if (await screenPasses(s, base)) return base;
  const STEPS = 8;
  const at = (k: number) =>
    base.map((b, i) => s.dims[i].free ? Math.ceil(b + (ceiling[i] - b) * k / STEPS) : b);
  let lo = 1;
  let hi = STEPS;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await screenPasses(s, at(mid))) hi = mid;
    else lo = mid + 1;
  }
  return at(hi);
}

/**
 * 3. Coordinate descent, costliest first: each count bisected down to the smallest that passes
 * with the others held, from no lower than its floor. One pass is enough: a count that failed
 * with the others where they were fails with the others lowered after it (more of a resource
 * never slows anything). The groups answer for different targets (staff for the timelines,
 * crews for SAIDI), so each group runs its own descent and one candidate carries a trial count
 * of every group: each group's verdict decides its own bisection (a group that fails only
 * because another's trial count is low is judged conservatively, and the answer is confirmed
 * as a whole).
 */
async function descend(
  s: SearchState,
  start: number[],
  free: readonly number[],
  floorOf: readonly number[],
): Promise<number[]> {
  const { dims } = s;
  const { screenReps } = s.options;
  let current = start;
  const groupList = groupsOf(s);
  const queues = groupList.map((g) => free.filter((i) => dims[i].group === g));
  const active = queues.map(() => ({ dim: -1, lo: 0, hi: 0 }));
  const groupPasses = (c: Candidate, g: string) =>
    c.outcomes.slice(0, screenReps).filter((o) => !meetsGroup(s, o, g)).length <=
      s.screenFailures;
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
          s.stage(`screening ${dims[i].label} from ${lo} to ${current[i]}`);
          break;
        }
      }
    }
    const stepping = active.map((a, k) => ({ a, g: groupList[k] })).filter(({ a }) => a.dim >= 0);
    if (stepping.length === 0) return current;
    let trial = current;
    const mids = stepping.map(({ a }) => Math.floor((a.lo + a.hi) / 2));
    stepping.forEach(({ a }, k) => trial = trial.with(a.dim, mids[k]));
    const c = await s.book.run(trial, screenReps);
    stepping.forEach(({ a, g }, k) => {
      if (groupPasses(c, g)) a.hi = mids[k];
      else a.lo = mids[k] + 1;
    });
  }
}

/**
 * 4. Confirmation. If it fails, for each group failing, each of its resources is tried one
 * higher on the years that failed the group (common random numbers: the same years), and the
 * one that turns most of them per yuan is raised; while too many of those years still fail,
 * again on the years still failing; then the raised staffing is confirmed on every replication.
 * A target the ceiling misses in one of those years is out of reach of staffing at this
 * confidence (more of anything does not meet it there): listed, and no longer searched for.
 */
async function confirmOrRaise(
  s: SearchState,
  start: number[],
  ceiling: readonly number[],
  free: readonly number[],
): Promise<{ current: number[]; confirmed: boolean }> {
  const { dims, book } = s;
  const { confirmReps } = s.options;
  let current = start;
  s.stage(`confirming ${describe(dims, current)} on ${confirmReps} replications`);
  const allowed = Math.floor(confirmReps * (1 - s.screenShare) + 1e-9);
  let confirmed = await confirmPasses(s, current);
  const failuresAt = (counts: readonly number[]) =>
    new Map(groupsOf(s).map((g) => [g, groupFailures(s, book.of(counts), g)]));
  let failed = confirmed
    ? new Map(groupsOf(s).map((g) => [g, [] as number[]]))
    : failuresAt(current);
  while (!confirmed) {
    const [roof] = await book.ensure([{
      counts: ceiling,
      indices: [...new Set([...failed.values()].flat())],
    }]);
    const missed = s.searched.filter((t) =>
      (failed.get(t.group) ?? []).some((r) => book.outcomeOf(roof, r).met[t.id] === false)
    );
    if (missed.length > 0) {
      const known = [...roof.outcomes, ...roof.extra.values()];
      for (const target of missed) {
        const judged = known.filter((o) => o.met[target.id] !== undefined);
        const met = judged.filter((o) => o.met[target.id] === true).length;
        s.unreachable.push({ target, probability: met / Math.max(1, judged.length) });
        s.stage(`out of reach of staffing at this confidence: ${target.id}`);
      }
      s.searched = s.searched.filter((t) => !missed.includes(t));
      const here = book.of(current);
      failed = new Map(
        groupsOf(s).map((g) => [
          g,
          (failed.get(g) ?? []).filter((r) =>
            !book.has(here, r) || !meetsGroup(s, book.outcomeOf(here, r), g)
          ),
        ]),
      );
      if ([...failed.values()].every((years) => years.length <= allowed)) {
        confirmed = await confirmPasses(s, current);
        if (!confirmed) failed = failuresAt(current);
        continue;
      }
    }
    const raised = await raiseOnce(s, current, failed, allowed, free);
    if (raised === null) break;
    current = raised;
    if ([...failed.values()].some((years) => years.length > allowed)) continue;
    s.stage(`confirming ${describe(dims, current)} on ${confirmReps} replications`);
    confirmed = await confirmPasses(s, current);
    if (!confirmed) failed = failuresAt(current);
  }
  return { current, confirmed };
}

/**
 * One raise for each group failing on more than `allowed` years: the resource that turns most
 * of its failed years per yuan one higher, or every resource of the group when none turns any.
 * Updates `failed` to the years still failing; returns the raised counts, or null when nothing
 * could be raised.
 */
async function raiseOnce(
  s: SearchState,
  start: number[],
  failed: Map<string, number[]>,
  allowed: number,
  free: readonly number[],
): Promise<number[] | null> {
  const { dims, book } = s;
  let current = start;
  const failing = [...failed].filter(([, years]) => years.length > allowed);
  const tries = failing.flatMap(([g, years]) =>
    free.filter((i) => dims[i].group === g && current[i] < dims[i].max).map((i) => ({
      g,
      i,
      years,
    }))
  );
  const ups = await book.ensure(
    tries.map(({ i, years }) => ({ counts: current.with(i, current[i] + 1), indices: years })),
  );
  let raised = false;
  for (const [g, years] of failing) {
    let best = -1;
    let bestFixed: number[] = [];
    for (const [k, t] of tries.entries()) {
      if (t.g !== g) continue;
      const fixed = years.filter((r) => meetsGroup(s, book.outcomeOf(ups[k], r), g));
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
      const [step] = await book.ensure([{ counts: current, indices: years }]);
      failed.set(g, years.filter((r) => !meetsGroup(s, book.outcomeOf(step, r), g)));
      s.stage(`raised every resource of ${g}: ${failed.get(g)!.length} years still fail it`);
      continue;
    }
    raised = true;
    current = current.with(best, current[best] + 1);
    failed.set(g, years.filter((r) => !bestFixed.includes(r)));
    s.stage(
      `raised ${dims[best].label} to ${current[best]}: ${
        failed.get(g)!.length
      } years still fail ${g}`,
    );
  }
  return raised ? current : null;
}

/** 5. One less of each free resource, on the confirmation's replications. */
async function oneLessOf(
  s: SearchState,
  counts: readonly number[],
  free: readonly number[],
): Promise<SearchResult["oneLess"]> {
  const { confirmReps } = s.options;
  const lowerable = free.filter((i) => counts[i] > s.dims[i].min);
  s.stage(`one less of each role (${lowerable.length} staffings on ${confirmReps} replications)`);
  const lower = await s.book.ensure(
    lowerable.map((i) => ({ counts: counts.with(i, counts[i] - 1), n: confirmReps })),
  );
  return lowerable.map((i, k) => ({ dimension: i, candidate: lower[k] }));
}

/**
 * 6. One trim: a raise made for a target later found out of reach can leave slack, seen as a
 * one-less staffing that still passes the confirmation. All such resources one lower if that
 * passes too, else the costliest of them. Returns the trimmed counts, or null when there is no
 * slack.
 */
async function trim(
  s: SearchState,
  current: number[],
  oneLess: SearchResult["oneLess"],
): Promise<number[] | null> {
  const slack = oneLess.filter((o) => passesRule(s, o.candidate));
  if (slack.length === 0) return null;
  const costliest = slack.reduce((a, b) =>
    s.dims[b.dimension].unitCost > s.dims[a.dimension].unitCost ? b : a
  );
  if (slack.length > 1) {
    const together = slack.reduce((c, o) => c.with(o.dimension, c[o.dimension] - 1), current);
    if (await confirmPasses(s, together)) return together;
  }
  return costliest.candidate.counts;
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
  const screenShare = requiredShare(confidence, confirmReps)!;
  const dims = dimensions.map((d) => ({ ...d }));
  const s: SearchState = {
    dims,
    book: new CandidateBook(dims, evaluator),
    options,
    stage: options.onStage ?? (() => {}),
    screenShare,
    // Failures a screening may see and still pass; once past it, a candidate is rejected at once.
    screenFailures: Math.floor(screenReps * (1 - screenShare) + 1e-9),
    searched: [...targets],
    unreachable: [],
  };
  const { top, ceiling, base, infeasibleGroups } = await screenCeiling(s, targets);
  const result = (
    answer: Candidate | null,
    confirmed: boolean,
    oneLess: SearchResult["oneLess"],
  ): SearchResult => ({
    dimensions: dims,
    targets: s.searched,
    unreachable: s.unreachable,
    infeasibleGroups,
    answer,
    confirmed,
    oneLess,
    candidates: s.book.order,
    replications: s.book.replications,
    screenShare,
  });
  if (infeasibleGroups.length > 0) return result(null, false, []);
  // A resource whose group has no target left to answer for is held at the scenario's count.
  const groups = groupsOf(s);
  for (const d of dims) if (d.free && !groups.includes(d.group)) d.free = false;

  // The offered load of each dimension with a utilisation measure: no count below it keeps up.
  const floorOf = dims.map((d, i) => {
    if (!d.free || d.loadKey === undefined) return d.min;
    const u = top.outcomes.map((o) => o.measures?.[d.loadKey!] ?? NaN).filter(Number.isFinite);
    const load = u.length > 0 ? ceiling[i] * u.reduce((a, b) => a + b, 0) / u.length : 0;
    return Math.min(ceiling[i], Math.max(d.min, Math.floor(load)));
  });
  const free = dims.map((_, i) => i).filter((i) => dims[i].free)
    .sort((a, b) => dims[b].unitCost - dims[a].unitCost || a - b);

  const start = await passingStart(s, base, ceiling);
  const descended = await descend(s, start, free, floorOf);
  let { current, confirmed } = await confirmOrRaise(s, descended, ceiling, free);
  let oneLess = await oneLessOf(s, current, free);
  const trimmed = confirmed ? await trim(s, current, oneLess) : null;
  if (trimmed !== null) {
    current = trimmed;
    s.stage(`trimmed to ${describe(dims, current)}`);
    oneLess = await oneLessOf(s, current, free);
  }
  // The answer has its confirmation's replications even when the raising stopped short.
  const answer = await s.book.run(current, confirmReps);
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

/**
 * Which public transformers get a larger unit at a quarterly review (plan 三.(九).2: improve
 * hosting capacity where it is worst), within the count or budget released so far.
 *
 * @module
 */
import type { PvParameters } from "./parameters.ts";
import type { PvState } from "./state.ts";
import { upgradeCost, upgradeRating } from "./upgrade.ts";
import { upgradeWorks } from "./upgrade-works.ts";
import { RED } from "./zone.ts";

/** The upgrade levers (`pv.upgrades`). */
export type UpgradeLevers = PvParameters["upgrades"];

/** A transformer that may be upgraded, with what ranks it. */
interface Candidate {
  transformer: number;
  /** 1 when published red. */
  red: number;
  /** PV used and waiting over the capacity the rule allows. */
  pressure: number;
  /** PV used (connected + filed) and waiting, kW. */
  pvKw: number;
}

/**
 * Plan 三.(九).2: improve hosting capacity where it is worst. Candidates are public
 * transformers not already being replaced that are red or have applications waiting; red
 * first, then by PV (used + waiting) over capacity, highest first. Each gets the smallest
 * standard unit that turns it green (up to maxKva), while the count or budget released so
 * far lasts: a quarter of the year's at each review (`quarter` 1–4), unspent carried over,
 * so that areas where applications pile up later in the year can still be helped.
 */
export function planUpgrades(state: PvState, levers: UpgradeLevers, quarter: number): void {
  const { limit, countPerYear, budgetCnyPerYear, maxKva } = levers;
  if (limit === "none") return;
  const { hosting, ctx: { county } } = state;
  const countReleased = Math.ceil(countPerYear * quarter / 4);
  const budgetReleased = budgetCnyPerYear * quarter / 4;
  for (const { transformer, pvKw } of rankedCandidates(state)) {
    if (limit === "count" && state.upgradesStarted >= countReleased) return;
    const toKva = upgradeRating(
      hosting.ratingKva[transformer],
      maxKva,
      pvKw,
      hosting.middayMinLoadKw[transformer],
      hosting.rule,
    );
    if (toKva !== toKva) continue; // no standard unit in (rating, maxKva]
    const cost = upgradeCost(county.costs, toKva);
    if (limit === "budget" && state.upgradeSpentCny + cost > budgetReleased) continue;
    state.upgradesStarted++;
    state.upgradeSpentCny += cost;
    state.underUpgrade[transformer] = 1;
    state.ctx.env.process(
      upgradeWorks(state, transformer, toKva, cost, levers.constructionDays),
      "pv.upgrade",
    );
  }
}

/** The candidates of {@link planUpgrades}, worst first. */
function rankedCandidates(state: PvState): Candidate[] {
  const { hosting, publishedZones, waitingQueues, underUpgrade } = state;
  const transformers = state.ctx.county.transformers;
  const candidates: Candidate[] = [];
  for (let i = 0; i < hosting.size; i++) {
    const queue = waitingQueues[i];
    const queued = queue === undefined
      ? 0
      : queue.reduce((sum, a) => sum + a.request.capacityKw, 0);
    if (transformers[i].ownership !== "public" || underUpgrade[i] === 1) continue;
    if (publishedZones[i] !== RED && queued === 0) continue;
    const pvKw = hosting.usedKw(i) + queued;
    const red = publishedZones[i] === RED ? 1 : 0;
    candidates.push({ transformer: i, red, pressure: pvKw / hosting.capacityKw[i], pvKw });
  }
  candidates.sort((a, b) =>
    b.red - a.red || b.pressure - a.pressure || a.transformer - b.transformer
  );
  return candidates;
}

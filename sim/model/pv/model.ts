/**
 * The distributed-PV model of a county-year (plan 三.(九)): how household and commercial PV
 * applications arise, whether and when each may connect under the hosting-capacity rule, the
 * red / yellow / green zones published every quarter, and the transformers upgraded for PV.
 *
 * - Growth: household rooftop PV spreads in every public transformer area as a Bass diffusion
 *   started where the area's existing PV puts it ({@link BassAreas}); commercial PV arrives as
 *   a Poisson process at the data's rate, on customer-owned transformers (`growth.ts`).
 * - Admission, when an application is ready to connect: it must fit under the rule in force
 *   (plan 三.(九).3: connected + filed + new ≤ 80 % of the rating; or DL/T 2041-2019's reverse
 *   load rate), in arrival order; in a yellow area it first waits for a special study; when it
 *   does not fit (a red area, or too little headroom) it waits until an upgrade frees capacity
 *   (`admission.ts`).
 * - Every quarter the zones are re-published (`reviews.ts`) and, if upgrades are funded, the
 *   worst public transformers get a larger unit, which re-zones them when it enters service
 *   (`upgrade-plan.ts`, `upgrade-works.ts`).
 * - Audit: at every review and at the horizon, the plan's 80 % cap is checked on the county's
 *   actual PV, transformers and substations alike, pre-existing excesses included
 *   (`cap-audit.ts`): the rule governs admissions, the audit says whether the county meets it.
 *
 * With the application model running, each adopter is submitted to it as a connection
 * application (`hooks.submitPvApplication`), and it asks `hooks.pvAdmission` and reports
 * `hooks.pvConnected`. Without it (tests, benchmarks), an admitted application is energised
 * `standaloneConnectionDays` working days after admission (`connection.ts`).
 *
 * This module wires the steps together; `year.ts` runs them as processes, `state.ts` holds what
 * they share, and README.md lists them with the plan clauses they implement.
 *
 * @module
 */
import type { ModelContext, ModelResult, Setup } from "../context.ts";
import type { TrackedApplication } from "./application.ts";
import type { BassAreas } from "./bass-areas.ts";
import { drawGrowth } from "./growth.ts";
import { installHooks } from "./hooks.ts";
import { ruleInForce } from "./hosting-rule.ts";
import type { HostingState } from "./hosting-state.ts";
import { monthStartsOf, quarterStartsOf } from "./months.ts";
import type { PvParameters } from "./parameters.ts";
import { type PvRecords, pvResults } from "./results.ts";
import { snapshotZones } from "./reviews.ts";
import { PvState } from "./state.ts";
import { checkPvParameters } from "./validate.ts";
import { pvYear } from "./year.ts";

export type { PvRecords } from "./results.ts";

/** The PV model of one replication, with its state exposed for tests. */
export interface PvModel {
  /** Collects KPIs and records; call at the horizon. */
  finish: () => ModelResult<PvRecords>;
  /** PV and limits of every transformer (read it, do not change it). */
  hosting: HostingState;
  /** The household Bass diffusion of every area. */
  bass: BassAreas;
  /** Every application so far, in order of filing (read only). */
  applications: readonly TrackedApplication[];
}

/** Sets the PV model up on `ctx` (see the module documentation). */
export const setupPv: Setup<PvParameters, PvRecords> = (ctx, parameters) =>
  createPvModel(ctx, parameters).finish;

/**
 * Sets the PV model up on `ctx` and returns it with its state, for tests that check the rule at
 * every step. {@link setupPv} is the entry point of a county-year.
 *
 * @throws UserError naming the parameter or data file when the parameters are out of range or
 *   the data cannot support them (no PV sizes in data/demand/capacity.csv for households …)
 */
export function createPvModel(ctx: ModelContext, parameters: PvParameters): PvModel {
  const levers = checkPvParameters(parameters);
  const monthStarts = monthStartsOf(ctx);
  const { applications, bass } = drawGrowth(ctx, levers, monthStarts);
  const rule = ruleInForce(levers.hosting);
  const state = new PvState(ctx, rule, quarterStartsOf(monthStarts), applications);
  const { yellowStudyDays } = levers.hosting;
  installHooks(state, yellowStudyDays);
  const yearLevers = {
    yellowStudyDays,
    connectionDays: levers.standaloneConnectionDays,
    upgrades: levers.upgrades,
  };
  ctx.env.process(pvYear(state, yearLevers), "pv.year");
  return {
    hosting: state.hosting,
    bass,
    applications,
    finish: () => finish(state, bass),
  };
}

/** At the horizon: the last snapshot of the zones, then the KPIs and records. */
function finish(state: PvState, bass: BassAreas): ModelResult<PvRecords> {
  const { ctx, hosting } = state;
  const { county } = ctx;
  snapshotZones(state, "end");
  return pvResults({
    ctx,
    applications: state.applications,
    snapshots: state.zoneSnapshots,
    upgrades: state.upgradeRecords,
    quarterStarts: state.quarterStarts,
    expectedHouseholdApplications: bass.expectedBy(1),
    initialConnectedKw: county.transformers.reduce((sum, t) => sum + t.pvConnectedKw, 0),
    hosting,
    maxShareAfterAdmission: state.maxShareAfterAdmission,
    upgradeSpentCny: state.upgradeSpentCny,
    feederIds: county.feeders.map((f) => f.id),
  });
}

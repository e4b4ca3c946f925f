/**
 * The connection-application model (plan 二.(一)–(三), 三.(一)–(四), 三.(七), 三.(十)): how
 * long each customer waits for electricity, in working days, and why.
 *
 * Applications of every class arrive from `data/demand` (or, for PV in the year, from the PV
 * model through `hooks.submitPvApplication`) and each runs the workflow of `workflow.ts` on staff
 * who work office hours, from the warm-up before the year (`ModelContext.warmupStart`). What is
 * measured is the year's **cohort**, the applications filed in the year: `finish()` runs the
 * county on after 31 December until each is energised or refused, or waits only on the plan's
 * own pauses or on its customer's works ending after the cap (`ModelContext.runOutCap`), and
 * returns:
 *
 * **KPIs** of the cohort (flat keys; working days by the Civil Code count, shares in [0, 1],
 * money in ¥; an application open at the end measured up to it):
 * - `timeline.<class>.` for residential, lv_small, lv_other, hv_single, hv_dual, base_station,
 *   ev_charger, pv: `count` (energised), `measured` (energised or open for want of service),
 *   `withinTarget` (share of the measured within the target of the service they got, see
 *   `classes.ts`), `wholeDays`, `businessDays`, `serviceDays` (each `.{mean,median,p90,p95,
 *   max}`), `steps.mean`, `stepsWithinTarget`, `approvalsSkipped`, `open`, `pausedByPlan`,
 *   `awaitingCustomer`, `refused`, `arrived`, `energised`, `customerCostCny`, `investmentCny`;
 *   `timeline.mining.{arrived,refused,energised,open}`.
 * - `service.<class>.{measured,open,withinShare,meanDays,p95Days}` for the plan's five classes:
 *   what the timeline verdicts read.
 * - `applications.{arrived,energised,open,pausedByPlan,awaitingCustomer,refused,openAtYearEnd,
 *   runOutDays}`; `applications.movedToLvByThreshold` (connected at LV with a capacity above
 *   160 kW) and `applications.movedToHvByThreshold` (connected at 10 kV at or below 160 kW).
 * - `staff.<role>.utilisation` (busy working hours / available working hours, over the year),
 *   `staff.<role>.meanWaitDays` (queue wait in working days) for customerManagers,
 *   surveyCrews, designReviewers, lvCrews, mvCrews, inspectors.
 * - `cost.{customerCny,utilityCny,governmentCny,extendedEligible}`,
 *   `cost.extendedInvestmentShare` (二.(一): of the eligible users whose network works were
 *   built, the share whose works the government or utility paid, as priced).
 * - `approval.{count,meanDays,withinTarget,exemptEligible,zeroApprovalShare}`,
 *   `networkWorks.{lv,mv}.{count,meanDays,withinTarget}`, `networkWorks.inStepWithCustomer`,
 *   `push.{count,contactWithinTarget,governmentWithinTarget}`,
 *   `steps.<channel>.{count,withinShare,max}`, `inspection.{count,firstPassShare,meanVisits}`,
 *   `planWait.{ev,pv}.{count,meanDays}`, `ev.{capacityWaits,meanCapacityWaitDays,upgrades,
 *   upgradeCny}`.
 *
 * **Records**: `applications`, one {@link ApplicationRecord} per application of the cohort.
 *
 * Arrived = energised + in progress + refused holds in every run for every application, and
 * every cohort application ends energised, refused or open (no withdrawals are modelled);
 * `finish()` throws if not, since that would be a bug.
 *
 * @module
 */
import type { ModelContext, PvApplication, Setup } from "../context.ts";
import { lazyRecords } from "../lazy-records.ts";
import type { Application } from "./application.ts";
import { ApplicantFactory, type ApplicationRequest } from "./applicants.ts";
import { leadDaysOf, scheduleArrivals } from "./arrival-feed.ts";
import { checkCohort, checkConservation } from "./conservation.ts";
import { measureDays } from "./energisation.ts";
import { applicationKpis } from "./kpis.ts";
import type { ApplicationParameters } from "./parameters.ts";
import { type ApplicationRecord, recordsOf } from "./records.ts";
import { ModelState } from "./state.ts";
import { checkApplicationParameters } from "./validate.ts";
import { type CaseLevers, type CaseMeasures, measureCase, scheduleCase } from "./doing-business.ts";
import { applicationWorkflow } from "./workflow.ts";

export type { ApplicationRecord } from "./records.ts";
export type { ApplicationRequest } from "./applicants.ts";
export { type ApplicationParameters, APPLICATIONS_SPEC } from "./parameters.ts";

/** The records the application model returns. */
export type ApplicationRecords = { applications: ApplicationRecord[] };

/** Options of {@link createApplicationModel}. */
export interface ApplicationModelOptions {
  /**
   * Generate arrivals from `data/demand` (default true). Tests that submit hand-made
   * applications turn it off.
   */
  arrivals?: boolean;
  /** Follow the Doing Business case through the year (`doing-business.ts`); none by default. */
  scorecardCase?: CaseLevers;
}

/** A running application model: submit applications by hand, collect the cohort's results. */
export interface ApplicationModel {
  /** Submits an application now (`env.now`). Returns it, to follow in a test or notebook. */
  submit(request: ApplicationRequest): Application;
  /** Runs out the cohort, then returns its KPIs and records; checks conservation. */
  finish(): { kpis: Record<string, number>; records: ApplicationRecords };
  /** The Doing Business case's measures, after `finish()`; null when it is not followed. */
  caseMeasures(): CaseMeasures | null;
  /** The model's state (staff, applications), for tests and notebooks. */
  readonly state: ModelState;
}

/**
 * Starts the application model on `ctx`: checks the parameters, sets
 * `ctx.hooks.submitPvApplication`, schedules the year's arrivals (PV ones only when the PV
 * model is not active: otherwise it submits them).
 *
 * @throws UserError listing every problem of `parameters`
 */
export function createApplicationModel(
  ctx: ModelContext,
  parameters: ApplicationParameters,
  options: ApplicationModelOptions = {},
): ApplicationModel {
  checkApplicationParameters(parameters, ctx.year);
  const state = new ModelState(ctx, parameters);
  const factory = new ApplicantFactory(state);
  const env = ctx.env;

  const admit = (app: Application) => {
    app.id = state.applications.length;
    state.applications.push(app);
    state.counts.arrived++;
    state.admitted(app);
    env.process(applicationWorkflow(state, app));
  };

  ctx.hooks.submitPvApplication = (pv: PvApplication) => {
    admit(factory.create("pv", env.now, {}, pv));
  };

  if (options.arrivals ?? true) scheduleArrivals(state, factory, admit);
  const caseApplication = options.scorecardCase === undefined
    ? () => null
    : scheduleCase(state, factory, admit, options.scorecardCase);
  let measuredCase: CaseMeasures | null = null;

  return {
    state: state,
    submit(request) {
      const app = factory.create(request.customerClass, env.now, request);
      if (app.channel === "proactive") app.filingAt = env.now + 24 * leadDaysOf(app, parameters);
      admit(app);
      return app;
    },
    finish() {
      runOut(state);
      let inProgress = 0, energisedStatus = 0, refusedStatus = 0;
      for (const app of state.applications) {
        if (app.status === "in_progress") inProgress++;
        else if (app.status === "energised") energisedStatus++;
        else refusedStatus++;
      }
      checkConservation({ ...state.counts, inProgress, energisedStatus, refusedStatus });
      const cohort = state.applications.filter((app) => app.period === "cohort");
      checkCohort(cohort, state.cohort.open);
      // Every cohort application is measured, an open one up to the end of the run-out.
      for (const app of cohort) {
        if (app.status === "in_progress") measureDays(state, app, state.ctx.env.now);
      }
      const app = caseApplication();
      if (app !== null) measuredCase = measureCase(state, app, state.ctx.env.now);
      const records = lazyRecords<ApplicationRecords>({
        applications: () => recordsOf(cohort, state.ctx.calendar),
      });
      return { kpis: applicationKpis(state, cohort), records };
    },
    caseMeasures: () => measuredCase,
  };
}

/**
 * Runs the county to the end of the year, then on until every application of the year's cohort
 * is energised or refused, or waits only on the plan's own rules, or the run-out's cap is
 * reached (`ModelContext.runOutCap`).
 */
function runOut(state: ModelState): void {
  const { env, horizon, runOutCap } = state.ctx;
  if (env.now < horizon) env.run(horizon);
  state.cohort.runningOut = true;
  state.cohort.openAtYearEnd = state.cohort.open;
  if (!state.cohort.settled && env.now < runOutCap) env.run(runOutCap);
}

/**
 * The application model as a sub-model of a county-year: starts it on `ctx` with the year's
 * arrivals and returns its `finish`.
 *
 * @example
 * const ctx = createContext({ county, calendar, year: 2023, seed: 1, replication: 0 });
 * const finish = setupApplications(ctx, defaultsOf(APPLICATIONS_SPEC));
 * ctx.env.run(ctx.horizon);
 * finish().kpis["timeline.residential.withinTarget"]; // runs out the cohort; e.g. 0.97
 */
export const setupApplications: Setup<ApplicationParameters, ApplicationRecords> = (
  ctx,
  parameters,
) => createApplicationModel(ctx, parameters).finish;

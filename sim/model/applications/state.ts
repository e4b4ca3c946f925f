/**
 * What the workflow's steps share during one replication: the context, the parameters, the
 * staff, the duration samplers (built once, each on its own random stream), the applications
 * and the counters the conservation check reads.
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import { bernoulli } from "../../engine/random/bernoulli.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import type { ModelContext } from "../context.ts";
import type { Application } from "./application.ts";
import { TIMELINE_CLASSES, type TimelineClass } from "./classes.ts";
import { medianP90Sampler } from "./duration.ts";
import type { ApplicationParameters, StaffRole } from "./parameters.ts";
import { STAFF_ROLES } from "./parameters.ts";
import { RoleStaff } from "./dispatch.ts";
import { WorkClock } from "../../engine/work-clock.ts";

/** Samplers of every duration and yes/no outcome of the workflow. */
export interface Draws {
  pushContactDays: () => number;
  intakeHours: () => number;
  lvSurveyHours: () => number;
  hvSurveyHours: () => number;
  dedicatedPlanHours: () => number;
  dualPlanHours: () => number;
  lvPlanHours: () => number;
  customerDesignDays: () => number;
  reviewHours: () => number;
  approvalDays: () => number;
  permitDays: () => number;
  lvWorksDays: () => number;
  mvWorksDays: () => number;
  governmentPushDays: () => number;
  governmentStartDays: () => number;
  customerWorksDays: Readonly<Record<TimelineClass, () => number>>;
  cloudInspection: () => number;
  inspectionPasses: () => number;
  onsiteInspectionHours: () => number;
  cloudInspectionHours: () => number;
  rectificationDays: () => number;
  lvMeteringHours: () => number;
  hvEnergisationHours: () => number;
  upgradeDays: () => number;
  thirdPartyDays: () => number;
}

/** Builds the samplers, each on its own stream `applications.<step>`. */
function makeDraws(streams: RandomStreams, levers: ApplicationParameters): Draws {
  const stream = (name: string) => streams.stream(`applications.${name}`);
  const lognormal = (name: string, median: number, p90: number) =>
    medianP90Sampler(stream(name), median, p90);
  const channels = levers.channels;
  const works = levers.networkWorks;
  const inspection = levers.inspection;
  return {
    pushContactDays: lognormal("push", channels.pushContactDaysMedian, channels.pushContactDaysP90),
    intakeHours: lognormal("intake", levers.intake.intakeHoursMedian, levers.intake.intakeHoursP90),
    lvSurveyHours: lognormal(
      "survey.lv",
      levers.survey.lvSurveyHoursMedian,
      levers.survey.lvSurveyHoursP90,
    ),
    hvSurveyHours: lognormal(
      "survey.hv",
      levers.survey.hvSurveyHoursMedian,
      levers.survey.hvSurveyHoursP90,
    ),
    dedicatedPlanHours: lognormal(
      "plan.dedicated",
      levers.survey.dedicatedPlanHoursMedian,
      levers.survey.dedicatedPlanHoursP90,
    ),
    dualPlanHours: lognormal(
      "plan.dual",
      levers.survey.dualPlanHoursMedian,
      levers.survey.dualPlanHoursP90,
    ),
    lvPlanHours: lognormal(
      "plan.lv",
      levers.survey.lvPlanHoursMedian,
      levers.survey.lvPlanHoursP90,
    ),
    customerDesignDays: lognormal(
      "design",
      levers.designReview.customerDesignDaysMedian,
      levers.designReview.customerDesignDaysP90,
    ),
    reviewHours: lognormal(
      "review",
      levers.designReview.reviewHoursMedian,
      levers.designReview.reviewHoursP90,
    ),
    approvalDays: lognormal(
      "approval",
      levers.approval.approvalDaysMedian,
      levers.approval.approvalDaysP90,
    ),
    permitDays: lognormal(
      "permits",
      levers.approval.permitDaysMedian,
      levers.approval.permitDaysP90,
    ),
    lvWorksDays: lognormal("works.lv", works.lvWorksDaysMedian, works.lvWorksDaysP90),
    mvWorksDays: lognormal("works.mv", works.mvWorksDaysMedian, works.mvWorksDaysP90),
    governmentPushDays: lognormal(
      "works.push",
      works.governmentPushDaysMedian,
      works.governmentPushDaysP90,
    ),
    governmentStartDays: lognormal(
      "works.government",
      works.governmentStartDaysMedian,
      works.governmentStartDaysP90,
    ),
    customerWorksDays: Object.fromEntries(
      TIMELINE_CLASSES.map((k) => {
        const works = levers.classes[k];
        return [
          k,
          lognormal(
            `customerWorks.${k}`,
            works.customerWorksDaysMedian,
            works.customerWorksDaysP90,
          ),
        ];
      }),
    ) as Record<TimelineClass, () => number>,
    cloudInspection: bernoulli(stream("inspection.cloud"), inspection.cloudInspectionShare),
    inspectionPasses: bernoulli(stream("inspection.pass"), inspection.firstPassProbability),
    onsiteInspectionHours: lognormal(
      "inspection.onsite",
      inspection.onsiteInspectionHoursMedian,
      inspection.onsiteInspectionHoursP90,
    ),
    cloudInspectionHours: lognormal(
      "inspection.remote",
      inspection.cloudInspectionHoursMedian,
      inspection.cloudInspectionHoursP90,
    ),
    rectificationDays: lognormal(
      "rectification",
      inspection.rectificationDaysMedian,
      inspection.rectificationDaysP90,
    ),
    lvMeteringHours: lognormal(
      "metering.lv",
      levers.energisation.lvMeteringHoursMedian,
      levers.energisation.lvMeteringHoursP90,
    ),
    hvEnergisationHours: lognormal(
      "metering.hv",
      levers.energisation.hvEnergisationHoursMedian,
      levers.energisation.hvEnergisationHoursP90,
    ),
    upgradeDays: lognormal(
      "ev.upgrade",
      levers.evCharging.upgradeDaysMedian,
      levers.evCharging.upgradeDaysP90,
    ),
    thirdPartyDays: lognormal(
      "baseStation.thirdParty",
      levers.baseStations.thirdPartyDaysMedian,
      levers.baseStations.thirdPartyDaysP90,
    ),
  };
}

/** Events counted as they happen (the conservation check compares them with the statuses). */
export interface Counts {
  arrived: number;
  energised: number;
  refused: number;
}

/**
 * The cohort (the applications filed in the simulated year) as it settles: the run-out after
 * the year stops once every cohort application is energised or refused, or waits only on the
 * plan's own rules or on its customer's works ending after the cap (nothing the service can do
 * about it).
 */
export class CohortProgress {
  /** Cohort applications neither energised nor refused. */
  open = 0;
  /** Of those, the ones now in a plan-imposed wait. */
  inPlanWait = 0;
  /** Of those, the ones whose customer's works end after the run-out's cap. */
  awaitingCustomer = 0;
  /** The Doing Business case, while it is neither energised nor refused (0 or 1). */
  caseOpen = 0;
  /** Set when the year is over: from then on, a settled cohort stops the environment. */
  runningOut = false;
  /** Cohort applications still open on 31 December (what the run-out follows). */
  openAtYearEnd = NaN;

  /** Whether nothing the service does can still change the cohort's results. */
  get settled(): boolean {
    return this.open === this.inPlanWait + this.awaitingCustomer && this.caseOpen === 0;
  }
}

/** The shared state of the application model in one replication. */
export class ModelState {
  readonly ctx: ModelContext;
  /** The scenario's levers of the application model. */
  readonly levers: ApplicationParameters;
  readonly county: County;
  readonly clock: WorkClock;
  /** Each role's staff at every station, with the dispatch rule (one pool for `county pool`). */
  readonly staff: Readonly<Record<StaffRole, RoleStaff>>;
  readonly draw: Draws;
  /** Every application that arrived, in arrival order. */
  readonly applications: Application[] = [];
  readonly counts: Counts = { arrived: 0, energised: 0, refused: 0 };
  readonly cohort = new CohortProgress();
  /** Compound supply upgrades finished, and what they cost the utility (¥). */
  evUpgrades = 0;
  evUpgradeCny = 0;

  constructor(ctx: ModelContext, levers: ApplicationParameters) {
    this.ctx = ctx;
    this.levers = levers;
    this.county = ctx.county;
    this.clock = new WorkClock(ctx.env, ctx.calendar, ctx.runOutCap);
    const staff = {} as Record<StaffRole, RoleStaff>;
    const year = { from: ctx.start, to: ctx.horizon };
    for (const role of STAFF_ROLES) {
      staff[role] = RoleStaff.create(ctx.env, this.clock, year, role, levers, ctx.county);
    }
    this.staff = staff;
    this.draw = makeDraws(ctx.streams, levers);
  }

  /** `app` entered the model. */
  admitted(app: Application): void {
    if (app.period === "cohort") this.cohort.open++;
    if (app.period === "case") this.cohort.caseOpen++;
  }

  /** `app` was energised or refused. */
  settled(app: Application): void {
    if (app.period === "case") this.cohort.caseOpen--;
    if (app.period !== "cohort" && app.period !== "case") return;
    if (app.period === "cohort") this.cohort.open--;
    this.#stopIfSettled();
  }

  /** `app` enters (`true`) or leaves a plan-imposed wait (三.(七).3, 三.(九).1). */
  planWait(app: Application, waiting: boolean): void {
    app.inPlanWait = waiting;
    app.planWaitFrom = waiting ? this.ctx.env.now : NaN;
    if (app.period !== "cohort") return;
    this.cohort.inPlanWait += waiting ? 1 : -1;
    this.#stopIfSettled();
  }

  /** `app`'s customer's works end after the run-out's cap (it stays open: see `awaitingCustomer`). */
  awaitingCustomer(app: Application): void {
    app.awaitingCustomer = true;
    if (app.period !== "cohort") return;
    this.cohort.awaitingCustomer++;
    this.#stopIfSettled();
  }

  #stopIfSettled(): void {
    if (this.cohort.runningOut && this.cohort.settled) this.ctx.env.stop();
  }
}

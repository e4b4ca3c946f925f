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
import { Staff } from "./staff.ts";
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
function makeDraws(streams: RandomStreams, p: ApplicationParameters): Draws {
  const s = (name: string) => streams.stream(`applications.${name}`);
  const d = (name: string, median: number, p90: number) => medianP90Sampler(s(name), median, p90);
  const c = p.channels;
  const works = p.networkWorks;
  const inspection = p.inspection;
  return {
    pushContactDays: d("push", c.pushContactDaysMedian, c.pushContactDaysP90),
    intakeHours: d("intake", p.intake.intakeHoursMedian, p.intake.intakeHoursP90),
    lvSurveyHours: d("survey.lv", p.survey.lvSurveyHoursMedian, p.survey.lvSurveyHoursP90),
    hvSurveyHours: d("survey.hv", p.survey.hvSurveyHoursMedian, p.survey.hvSurveyHoursP90),
    dedicatedPlanHours: d(
      "plan.dedicated",
      p.survey.dedicatedPlanHoursMedian,
      p.survey.dedicatedPlanHoursP90,
    ),
    dualPlanHours: d("plan.dual", p.survey.dualPlanHoursMedian, p.survey.dualPlanHoursP90),
    lvPlanHours: d("plan.lv", p.survey.lvPlanHoursMedian, p.survey.lvPlanHoursP90),
    customerDesignDays: d(
      "design",
      p.designReview.customerDesignDaysMedian,
      p.designReview.customerDesignDaysP90,
    ),
    reviewHours: d("review", p.designReview.reviewHoursMedian, p.designReview.reviewHoursP90),
    approvalDays: d("approval", p.approval.approvalDaysMedian, p.approval.approvalDaysP90),
    permitDays: d("permits", p.approval.permitDaysMedian, p.approval.permitDaysP90),
    lvWorksDays: d("works.lv", works.lvWorksDaysMedian, works.lvWorksDaysP90),
    mvWorksDays: d("works.mv", works.mvWorksDaysMedian, works.mvWorksDaysP90),
    governmentPushDays: d(
      "works.push",
      works.governmentPushDaysMedian,
      works.governmentPushDaysP90,
    ),
    governmentStartDays: d(
      "works.government",
      works.governmentStartDaysMedian,
      works.governmentStartDaysP90,
    ),
    customerWorksDays: Object.fromEntries(
      TIMELINE_CLASSES.map((k) => {
        const cw = p.classes[k];
        return [k, d(`customerWorks.${k}`, cw.customerWorksDaysMedian, cw.customerWorksDaysP90)];
      }),
    ) as Record<TimelineClass, () => number>,
    cloudInspection: bernoulli(s("inspection.cloud"), inspection.cloudInspectionShare),
    inspectionPasses: bernoulli(s("inspection.pass"), inspection.firstPassProbability),
    onsiteInspectionHours: d(
      "inspection.onsite",
      inspection.onsiteInspectionHoursMedian,
      inspection.onsiteInspectionHoursP90,
    ),
    cloudInspectionHours: d(
      "inspection.remote",
      inspection.cloudInspectionHoursMedian,
      inspection.cloudInspectionHoursP90,
    ),
    rectificationDays: d(
      "rectification",
      inspection.rectificationDaysMedian,
      inspection.rectificationDaysP90,
    ),
    lvMeteringHours: d(
      "metering.lv",
      p.energisation.lvMeteringHoursMedian,
      p.energisation.lvMeteringHoursP90,
    ),
    hvEnergisationHours: d(
      "metering.hv",
      p.energisation.hvEnergisationHoursMedian,
      p.energisation.hvEnergisationHoursP90,
    ),
    upgradeDays: d("ev.upgrade", p.evCharging.upgradeDaysMedian, p.evCharging.upgradeDaysP90),
    thirdPartyDays: d(
      "baseStation.thirdParty",
      p.baseStations.thirdPartyDaysMedian,
      p.baseStations.thirdPartyDaysP90,
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
  /** Set when the year is over: from then on, a settled cohort stops the environment. */
  runningOut = false;
  /** Cohort applications still open on 31 December (what the run-out follows). */
  openAtYearEnd = NaN;

  /** Whether nothing the service does can still change the cohort's results. */
  get settled(): boolean {
    return this.open === this.inPlanWait + this.awaitingCustomer;
  }
}

/** The shared state of the application model in one replication. */
export class ModelState {
  readonly ctx: ModelContext;
  readonly p: ApplicationParameters;
  readonly county: County;
  readonly clock: WorkClock;
  readonly staff: Readonly<Record<StaffRole, Staff>>;
  readonly draw: Draws;
  /** Every application that arrived, in arrival order. */
  readonly applications: Application[] = [];
  readonly counts: Counts = { arrived: 0, energised: 0, refused: 0 };
  readonly cohort = new CohortProgress();
  /** Compound supply upgrades finished, and what they cost the utility (¥). */
  evUpgrades = 0;
  evUpgradeCny = 0;

  constructor(ctx: ModelContext, p: ApplicationParameters) {
    this.ctx = ctx;
    this.p = p;
    this.county = ctx.county;
    this.clock = new WorkClock(ctx.env, ctx.calendar, ctx.runOutCap);
    const staff = {} as Record<StaffRole, Staff>;
    const year = { from: ctx.start, to: ctx.horizon };
    for (const role of STAFF_ROLES) {
      const { count, changes } = p.staff[role];
      staff[role] = new Staff(ctx.env, this.clock, year, role, count, changes);
    }
    this.staff = staff;
    this.draw = makeDraws(ctx.streams, p);
  }

  /** `app` entered the model. */
  admitted(app: Application): void {
    if (app.period === "cohort") this.cohort.open++;
  }

  /** `app` was energised or refused. */
  settled(app: Application): void {
    if (app.period !== "cohort") return;
    this.cohort.open--;
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

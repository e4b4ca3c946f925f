/**
 * The World Bank's Doing Business case for Getting Electricity, followed through the simulated
 * county: a new warehouse in the county seat (its largest business city; a non-residential area
 * within its limits) applies for a permanent three-phase, four-wire 140 kVA connection, 150 m
 * long, its internal wiring complete (Doing Business 2020 methodology, "Getting Electricity":
 * the standardized case; designing and doing the internal wiring are not procedures). In each
 * replication it applies on one working day of the year, on streams of its own (common random
 * numbers: the county's applicants draw what they drew without it), and waits in the queues the
 * rest of the county creates. It is measured apart from the cohort, the way the method counts:
 *
 * - **procedures**: each interaction of the customer with an outside party: the customer's steps
 *   as the plan counts them (二.(三): application, supply-plan reply, design review, inspection
 *   and energisation visits) and, when permits are obtained one after another (serial approval),
 *   each permit it must file itself; a parallel approval goes through the one window the utility
 *   files for it (二.(二)), so it adds none;
 * - **time**: calendar days from the application to electricity flowing, at least one day per
 *   procedure (the method's minimum; simultaneous procedures overlap in the elapsed time);
 * - **cost**: what the customer pays (its share of the works as priced, meters, fees), yuan.
 *
 * @module
 */
import type { Region } from "../../data/vocabulary.ts";
import type { Application } from "./application.ts";
import type { ApplicantFactory } from "./applicants.ts";
import { stepsOf } from "./steps.ts";
import type { ModelState } from "./state.ts";

/** The case as a scenario sets it (`scorecard.*`). */
export interface CaseLevers {
  /** Connection capacity, kVA (the method: 140 kVA); read as kW at unity power factor. */
  capacityKva: number;
  /** Distance to the nearest network, metres (the method: 150 m). */
  distanceM: number;
  /** Where the warehouse is: the county seat is `town`. */
  region: Region;
}

/** What the case measured in one replication. */
export interface CaseMeasures {
  procedures: number;
  /** Calendar days, at least one per procedure. */
  days: number;
  costCny: number;
  /** 1 when electricity flowed within the run-out, else 0 (its days then run to the end). */
  energised: number;
}

/** The hour of the day at which the case applies: 09:00, in office hours. */
const APPLY_HOUR = 9;

/**
 * Schedules the case's application on a working day of the year drawn from its own stream, and
 * returns a function giving the application once made (null before).
 */
export function scheduleCase(
  state: ModelState,
  factory: ApplicantFactory,
  admit: (app: Application) => void,
  levers: CaseLevers,
): () => Application | null {
  const { ctx } = state;
  const calendar = ctx.calendar;
  const rng = ctx.streams.stream("scorecard.case");
  const days: number[] = [];
  for (let t = ctx.start; t < ctx.horizon; t += 24) if (calendar.isWorkingDay(t)) days.push(t);
  const at = days[Math.floor(rng() * days.length)] + APPLY_HOUR;
  const feeders = state.county.feeders.filter((f) => f.region === levers.region);
  const feeder = feeders[Math.floor(rng() * feeders.length)];
  let app: Application | null = null;
  ctx.env.schedule(at - ctx.env.now, () => {
    app = factory.create(
      "lv_small",
      ctx.env.now,
      {
        capacityKw: levers.capacityKva,
        feederId: feeder.id,
        channel: "ordinary",
        // It needs an extension, overhead, of the case's length; its own streams draw the rest.
        draws: { uWorks: 0, cable: false, zLength: 0 },
        lineLengthM: levers.distanceM,
        customerReady: true, // "all internal wiring is completed" (the method's case)
      },
      null,
      "case",
    );
    admit(app);
  });
  return () => app;
}

/** The case's procedures, days and cost, as the method counts them; `end` if still open. */
export function measureCase(state: ModelState, app: Application, end: number): CaseMeasures {
  const levers = state.levers;
  const open = app.status !== "energised";
  const permits = app.approval === "serial" ? levers.approval.serialPermits : 0;
  const procedures = (open ? 1 : stepsOf(app, levers)) + permits;
  const elapsedDays = Math.ceil(((open ? end : app.energisedAt) - app.arrivedAt) / 24);
  return {
    procedures,
    days: Math.max(elapsedDays, procedures),
    costCny: open ? NaN : app.customerCny,
    energised: open ? 0 : 1,
  };
}

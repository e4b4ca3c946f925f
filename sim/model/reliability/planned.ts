/**
 * The year's planned work (issue §2, plan 三.(五)), in this order:
 *
 * 1. the maintenance plan: 10 kV and 0.4 kV jobs known at the start of the year
 *    (`maintenance-plan.ts`), placed in date order;
 * 2. cut-overs of new 10 kV connections as they become ready, from the application model or at
 *    a yearly rate (`cut-overs.ts`);
 * 3. each job done in the zero-planned-outage zone, live-line, or in an outage it opens or
 *    joins (一停多用), taken when it starts (`job-placement.ts`, `outage-book.ts`).
 *
 * Every job draws all its numbers (place, live-line, duration) whether or not it ends up in an
 * outage, so a change of live-line share or zone changes which jobs need an outage and nothing
 * else (common random numbers).
 *
 * @module
 */
import type { Tally } from "../../engine/stats/tally.ts";
import { CutOvers, startFallbackCutOvers } from "./cut-overs.ts";
import { JobPlacement } from "./job-placement.ts";
import { drawMaintenancePlan } from "./maintenance-plan.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import type { ReliabilityYear } from "./year.ts";

/** What the planned-work processes report at the end. */
export interface PlannedSummary {
  /** Jobs by kind. */
  maintenance10kvJobs: number;
  maintenance04kvJobs: number;
  cutOverJobs: number;
  /** Jobs done live-line, no outage. */
  liveLineJobs: number;
  /** Jobs on demonstration-zone feeders, no outage. */
  zoneJobs: number;
  /** Jobs that needed the line dead. */
  outageJobs: number;
  /** Outages taken this year (one or more jobs each). */
  outages: number;
  /** Cut-overs whose earliest date falls into next year. */
  cutOversNextYear: number;
  /** Days a cut-over outage waited beyond its earliest date to share an outage. */
  cutOverWaitDays: Tally;
}

/** Planned work of the year; `cutOver(feeder)` books a cut-over job now. */
export interface PlannedWork {
  cutOver(feeder: number): void;
  finish(): PlannedSummary;
}

/**
 * Starts the year's planned work.
 *
 * @param fallbackCutOvers whether cut-overs come at `cutOversPerYear` (the application model
 *   is not running)
 */
export function startPlanned(
  year: ReliabilityYear,
  levers: ReliabilityParameters["planned"],
  fallbackCutOvers: boolean,
): PlannedWork {
  const placement = new JobPlacement(year, levers.bundlingWindowDays);
  let maintenance10kvJobs = 0;
  let maintenance04kvJobs = 0;
  for (const job of drawMaintenancePlan(year, levers)) {
    if (job.kind === "maintenance10kv") maintenance10kvJobs++;
    else maintenance04kvJobs++;
    placement.placeMaintenance(job);
  }
  const cutOvers = new CutOvers(year, levers, placement);
  if (fallbackCutOvers) startFallbackCutOvers(year, levers.cutOversPerYear, cutOvers);
  return {
    cutOver: (feeder) => cutOvers.book(feeder),
    finish: () => ({
      maintenance10kvJobs,
      maintenance04kvJobs,
      cutOverJobs: cutOvers.jobs,
      liveLineJobs: placement.liveLineJobs,
      zoneJobs: placement.zoneJobs,
      outageJobs: placement.outageJobs,
      outages: placement.outages,
      cutOversNextYear: cutOvers.nextYear,
      cutOverWaitDays: cutOvers.waitDays,
    }),
  };
}

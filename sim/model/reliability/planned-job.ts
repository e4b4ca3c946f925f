/**
 * One planned job (maintenance, construction or a cut-over) as drawn, before it is known
 * whether it takes an outage: it carries every number it drew, so that the decision can change
 * with the levers without changing the draws (common random numbers).
 *
 * @module
 */
import type { FeederState } from "./network.ts";
import type { JobScope } from "./outage-book.ts";
import type { OutageKind } from "./parameters.ts";

/** A planned job. */
export interface PlannedJob {
  kind: OutageKind;
  /** Index in `Network.feeders`. */
  feeder: number;
  /** Its date: the start of its day's work (the maintenance plan's, or a cut-over's earliest). */
  time: number;
  /** What it takes dead if done in an outage. */
  scope: JobScope;
  hours: number;
  /** Done live-line (带电作业): no outage. */
  live: boolean;
}

/**
 * The trunk sections a 10 kV job at section `section` of `feeder` takes dead: with those
 * behind it when no tie switch can backfeed them (a radial feeder).
 */
export function sectionScope(feeder: FeederState, section: number): JobScope {
  const sections = feeder.sectionCustomers.length;
  return { sectionFrom: section, sectionTo: feeder.tied ? section : sections - 1 };
}

/** When planned work starts on day `day` of the year (at `startHour` o'clock). */
export function workStart(origin: number, day: number, startHour: number): number {
  return origin + day * 24 + startHour;
}

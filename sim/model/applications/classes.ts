/**
 * The words of the application model: customer classes, voltages, the service an application
 * gets (which decides the plan's target it is measured against), channels, investors and
 * approval kinds.
 *
 * @module
 */
import { CUSTOMER_CLASSES, type CustomerClass } from "../../data/vocabulary.ts";
import { type STEP_TARGETS, TIMELINE_TARGETS, type TimelineTarget } from "../plan.ts";

/** A class with a timeline in the results: every class but `mining`, which never connects. */
export type TimelineClass = Exclude<CustomerClass, "mining">;

/** The classes with a timeline, in the data's order. */
export const TIMELINE_CLASSES: readonly TimelineClass[] = CUSTOMER_CLASSES.filter(
  (c): c is TimelineClass => c !== "mining",
);

/** Connection voltage: 0.4 kV or 10 kV. */
export type Voltage = "lv" | "10kv";

/**
 * The service an application gets, one of the five the plan sets a timeline target for
 * (二.(二)). Classes without a target of their own are measured against the target of the
 * service they get:
 * - `base_station`: LV → `lv_other` (a tower company is not a small or micro firm, so no
 *   three-zero service), 10 kV → `hv_single`;
 * - `ev_charger`: a private charger (≤ `evPrivateMaxKw`) is a resident's LV connection →
 *   `residential`; a larger LV charger → `lv_other`; 10 kV → `hv_single`;
 * - `pv`: LV → `lv_other`, 10 kV → `hv_single`; business handling time, since the customer's
 *   own works (installing the PV system) are the bulk of the whole process;
 * - `lv_small` without three-zero service → `lv_other`.
 */
export type Service = keyof typeof TIMELINE_TARGETS;

/** The plan's timeline target of a service. */
export function targetOf(service: Service): TimelineTarget {
  return TIMELINE_TARGETS[service];
}

/**
 * How the application reached the utility (二.(三), 三.(二).2, 三.(三).3): `pushed` from a
 * business- or property-registration event, `proactive` (a project known early from the
 * land-transfer or project-approval platforms), or `ordinary` (online or at the counter).
 */
export type Channel = "ordinary" | "pushed" | "proactive";

/**
 * Who pays for the network works, the three-colour sheet (三色单, 三.(二).2.(4)): `red` the
 * government, `green` the utility, `yellow` the customer.
 */
export type Investor = "red" | "green" | "yellow";

/**
 * Administrative approval of the connection works (二.(二) and footnotes): none for three-zero
 * users, for "non-prohibited exempt" scope and for small low-risk projects; `parallel` or
 * `serial` approval otherwise; `no_works` when there are no network works to approve.
 */
export type ApprovalKind =
  | "three_zero"
  | "exempt"
  | "small_low_risk"
  | "parallel"
  | "serial"
  | "no_works";

/** Whether an approval kind is one of the plan's exemptions (an approval skipped). */
export function isSkippedApproval(kind: ApprovalKind): boolean {
  return kind === "three_zero" || kind === "exempt" || kind === "small_low_risk";
}

/** Where an application stands (at the end of the run-out, for the cohort). */
export type Status = "in_progress" | "energised" | "refused";

/**
 * When an application was filed relative to the simulated year: the `cohort` (filed in the
 * year, every one measured), or the `warmup` before it and the `runout` after it, which only load
 * the county's staff and crews; or the `case`, the World Bank's standard warehouse followed
 * through the year's queues for the scorecard (`doing-business.ts`), measured apart.
 */
export type Period = "warmup" | "cohort" | "runout" | "case";

/** Whether an application of `period` is measured (steps, days, costs): the cohort and the case. */
export function isMeasured(period: Period): boolean {
  return period === "cohort" || period === "case";
}

/** A step channel the plan sets a limit for (二.(三), 三.(十).2), as keys of `STEP_TARGETS`. */
export type StepChannel = Exclude<keyof typeof STEP_TARGETS, "clause">;

/**
 * Who pays for the network works: the three-colour supply-plan sheet (三色单, 三.(二).2.(4)) —
 * red: the government (from land-reserve costs, 三.(一).1.(1)); green: the utility; yellow: the
 * customer.
 *
 * @module
 */
import type { Application } from "./application.ts";
import type { Investor } from "./classes.ts";
import type { ApplicationParameters } from "./parameters.ts";

/** The investor of an application's network works, and whether it is an eligible user. */
export interface InvestmentDecision {
  investor: Investor;
  /** Eligible for extended investment to the property line (二.(一), 三.(一).1). */
  eligible: boolean;
}

/**
 * - Three-zero users: zero investment (二.(二) footnote 1), the utility pays.
 * - PV: the utility builds the public-grid side of a distributed PV connection at its own cost
 *   (State Grid's distributed-generation grid-connection service rules).
 * - Other users in the county and township seats (regions `urban_core` and `town`, inside the
 *   urban planning area that 国办函〔2020〕129号 extends investment to) are eligible: a share
 *   `extendedInvestmentShare` of them has its works paid, by the government when the land came
 *   from the land reserve (`governmentLandShare`), else by the utility; the rest pay (yellow).
 * - Users outside (villages) pay for their own works (yellow).
 */
export function investorOf(app: Application, levers: ApplicationParameters): InvestmentDecision {
  if (app.threeZero || app.customerClass === "pv") return { investor: "green", eligible: false };
  if (app.site.region === "rural") return { investor: "yellow", eligible: false };
  const { extendedInvestmentShare, governmentLandShare } = levers.investment;
  if (app.site.uFunded >= extendedInvestmentShare) return { investor: "yellow", eligible: true };
  return { investor: app.site.uLand < governmentLandShare ? "red" : "green", eligible: true };
}

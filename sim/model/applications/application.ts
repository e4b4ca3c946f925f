/**
 * One connection application: who applied, what was decided about it, and the times of its
 * milestones. The workflow's steps fill it in as the application moves on; the KPIs and the
 * exported records are read from it at the horizon.
 *
 * @module
 */
import type { CustomerClass, Region } from "../../data/vocabulary.ts";
import type { PvApplication } from "../context.ts";
import type { ApprovalKind, Channel, Investor, Service, Status, Voltage } from "./classes.ts";
import type { CompoundSupply } from "./ev-capacity.ts";

/**
 * Where the application's site is and what its connection involves, drawn once when it
 * arrives (from the class's own random streams, so that a lever changes how these are used,
 * not what was drawn: common random numbers).
 */
export interface Site {
  region: Region;
  feederId: string;
  /** Transformer of a PV application ("" for other classes). */
  transformerId: string;
  /** Compound of an EV charger, or null. */
  compound: CompoundSupply | null;
  /** Uniform deciding whether network works are needed (compared with the class's share). */
  uWorks: number;
  /** Standard-normal score of the extension's length (scaled by the voltage's median/p90). */
  zLength: number;
  /** Whether the extension is cable (so its whole length is excavated) rather than overhead. */
  cable: boolean;
  /** Standard-normal score of the supplied building's floor area. */
  zFloor: number;
  /** Uniform deciding whether a project within the floor-area limit is low-risk. */
  uLowRisk: number;
  /** Uniform deciding whether an eligible user's works are funded by government or utility. */
  uFunded: number;
  /** Uniform deciding whether the funder is the government (land reserve). */
  uLand: number;
  /** Uniform deciding whether a 5G station is inside a third party's property line. */
  uThirdParty: number;
  /** Standard-normal score of how early a proactive project becomes known. */
  zLead: number;
}

/** A connection application and its history. */
export class Application {
  /** Number in arrival order (set when it enters the model; -1 before). */
  id = -1;
  /** The class it applied in (data class, or `pv` from the PV model). */
  readonly appliedClass: CustomerClass;
  readonly capacityKw: number;
  readonly channel: Channel;
  readonly site: Site;
  /** The PV model's application object (identity preserved for its hooks), or null. */
  readonly pv: PvApplication | null;

  // Decided by the access rules at arrival.
  customerClass: CustomerClass;
  voltage: Voltage = "lv";
  service: Service = "residential";
  threeZero = false;
  moved: -1 | 0 | 1 = 0;

  // Times, simulation hours (NaN until reached).
  /** When it entered the model (for a proactive project: when the project became known). */
  arrivedAt: number;
  /** Formal application (for a pushed one: when the utility contacted the user). */
  filedAt = NaN;
  /** When the formal application will be made, for a proactive project; else NaN. */
  filingAt = NaN;
  /** Supply plan answered. */
  planAt = NaN;
  networkDoneAt = NaN;
  customerDoneAt = NaN;
  energisedAt = NaN;

  // Decided at the supply plan.
  needsNetworkWorks = false;
  investor: Investor = "green";
  /** Whether the user is eligible for extended investment (二.(一)). */
  eligibleForExtension = false;
  approval: ApprovalKind = "no_works";
  lineLengthM = 0;
  excavationM = 0;
  thirdParty = false;
  /** Whether the survey and plan were done before the simulated year (proactive projects). */
  preparedBeforeYear = false;

  // Measured along the way.
  /** Working days spent on works and customer-side waits, excluded from business handling. */
  excludedDays = 0;
  /** Working days the utility spent reviewing the customer's design (inside the works phase). */
  reviewDays = 0;
  approvalDays = NaN;
  networkWorksDays = NaN;
  pushDays = NaN;
  governmentPushDays = NaN;
  capacityWaitDays = NaN;
  pvAdmissionDays = NaN;
  inspections = 0;
  firstInspectionPassed = false;
  steps = 0;
  stepTarget = 0;
  status: Status = "in_progress";
  /** Working days from filing to energisation (Civil Code count), once energised. */
  wholeDays = NaN;
  /** The whole process less works and customer-side waits (plan 二.(二)), once energised. */
  businessDays = NaN;
  /** Whether the measure the plan sets for the service is within its target. */
  withinTarget = false;

  // Costs, ¥, counted at energisation.
  customerCny = 0;
  utilityCny = 0;
  governmentCny = 0;

  constructor(
    appliedClass: CustomerClass,
    capacityKw: number,
    channel: Channel,
    site: Site,
    arrivedAt: number,
    pv: PvApplication | null,
  ) {
    this.appliedClass = appliedClass;
    this.customerClass = appliedClass;
    this.capacityKw = capacityKw;
    this.channel = channel;
    this.site = site;
    this.arrivedAt = arrivedAt;
    this.pv = pv;
  }
}

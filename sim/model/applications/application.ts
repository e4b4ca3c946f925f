/**
 * One connection application: who applied, what was decided about it, and the times of its
 * milestones. The workflow's steps fill it in as the application moves on; the KPIs and the
 * exported records are read from it at the horizon.
 *
 * @module
 */
import type { CustomerClass, Payer, Region } from "../../data/vocabulary.ts";
import type { PvApplication } from "../context.ts";
import type {
  ApprovalKind,
  Channel,
  Investor,
  Period,
  Service,
  Status,
  Voltage,
} from "./classes.ts";
import type { CompoundSupply } from "./compound-supply.ts";
import {
  type ColumnRow,
  defineColumnProperties,
  NumberColumns,
} from "../../engine/number-columns.ts";

/** The number fields of an application and its site, with the value each starts with. */
const NUMBERS = {
  // Site draws (see Site).
  uWorks: NaN,
  zLength: NaN,
  zFloor: NaN,
  uLowRisk: NaN,
  uFunded: NaN,
  uLand: NaN,
  uThirdParty: NaN,
  zLead: NaN,
  // Application.
  capacityKw: NaN,
  arrivedAt: NaN,
  filedAt: NaN,
  filingAt: NaN,
  planAt: NaN,
  networkDoneAt: NaN,
  customerDoneAt: NaN,
  energisedAt: NaN,
  lineLengthM: 0,
  excavationM: 0,
  constructionDays: 0,
  planWaitDays: 0,
  networkBuildAt: NaN,
  planWaitFrom: NaN,
  worksFrom: NaN,
  worksTo: NaN,
  customerBuildFrom: NaN,
  reviewFrom: NaN,
  reviewTo: NaN,
  approvalDays: NaN,
  networkWorksDays: NaN,
  pushDays: NaN,
  governmentPushDays: NaN,
  capacityWaitDays: NaN,
  pvAdmissionDays: NaN,
  pvPauseDays: NaN,
  wholeDays: NaN,
  businessDays: NaN,
  serviceDays: NaN,
  customerCny: 0,
  utilityCny: 0,
  governmentCny: 0,
};

/** A number field of an application or its site. */
export type ApplicationNumber = keyof typeof NUMBERS;
const FIELDS = Object.keys(NUMBERS) as ApplicationNumber[];

/**
 * The numbers of one replication's applications, one typed column per field (an application
 * keeps about thirty until the horizon; see {@link NumberColumns} for why they are not plain
 * properties). It starts with room for 32,768: a county-year of the default data makes 20–30
 * thousand applications with its warm-up and run-out, and growing the table from half that
 * (allocating, filling and copying every column again) cost about 1 % of a replication.
 */
export class ApplicationTable extends NumberColumns<ApplicationNumber> {
  constructor() {
    super(NUMBERS, 32_768);
  }
}

/** The site draws a caller may fix (tests, notebooks); see {@link Site}. */
export interface SiteDraws {
  uWorks: number;
  zLength: number;
  cable: boolean;
  zFloor: number;
  uLowRisk: number;
  uFunded: number;
  uLand: number;
  uThirdParty: number;
  zLead: number;
}

/**
 * Where the application's site is and what its connection involves, drawn once when it
 * arrives (from the class's own random streams, so that a lever changes how these are used,
 * not what was drawn: common random numbers). The draws are stored in the application's row of
 * its {@link ApplicationTable}.
 */
export class Site implements ColumnRow<ApplicationNumber> {
  readonly table: ApplicationTable;
  readonly row: number;
  readonly region: Region;
  readonly feederId: string;
  /** Transformer of a PV application ("" for other classes). */
  readonly transformerId: string;
  /** Compound of an EV charger, or null. */
  readonly compound: CompoundSupply | null;
  /** Whether the extension is cable (so its whole length is excavated) rather than overhead. */
  readonly cable: boolean;
  /** Uniform deciding whether network works are needed (compared with the class's share). */
  declare readonly uWorks: number;
  /** Standard-normal score of the extension's length (scaled by the voltage's median/p90). */
  declare readonly zLength: number;
  /** Standard-normal score of the supplied building's floor area. */
  declare readonly zFloor: number;
  /** Uniform deciding whether a project within the floor-area limit is low-risk. */
  declare readonly uLowRisk: number;
  /** Uniform deciding whether an eligible user's works are funded by government or utility. */
  declare readonly uFunded: number;
  /** Uniform deciding whether the funder is the government (land reserve). */
  declare readonly uLand: number;
  /** Uniform deciding whether a 5G station is inside a third party's property line. */
  declare readonly uThirdParty: number;
  /** Standard-normal score of how early a proactive project becomes known. */
  declare readonly zLead: number;

  /**
   * Takes a new row of `table` for the site; its draws (`uWorks` … `zLead`) start as NaN and are
   * written by the caller, as it draws them. Plain arguments rather than objects: a county-year
   * makes 20,000 to 25,000 sites, and the two short-lived objects per site this once took
   * (place, and the draws with a heap box per number) cost: without them the arrivals alone were
   * 7 % faster (`tests/support/paired-arrivals.ts`, 150 pairs: 0.932, 0.935), a county-year
   * 1–4 % (paired timing, 30 pairs: 0.954, 0.989).
   */
  constructor(
    table: ApplicationTable,
    region: Region,
    feederId: string,
    transformerId: string,
    compound: CompoundSupply | null,
    cable: boolean,
  ) {
    this.table = table;
    this.row = table.addRow();
    this.region = region;
    this.feederId = feederId;
    this.transformerId = transformerId;
    this.compound = compound;
    this.cable = cable;
  }
}
/** The number fields that belong to the site; the others are the application's. */
const SITE_FIELDS: readonly (ApplicationNumber & keyof SiteDraws)[] = [
  "uWorks",
  "zLength",
  "zFloor",
  "uLowRisk",
  "uFunded",
  "uLand",
  "uThirdParty",
  "zLead",
];
defineColumnProperties(Site.prototype, FIELDS, SITE_FIELDS);

/**
 * A connection application and its history. Its number fields live in its site's row of the
 * replication's {@link ApplicationTable}; they read and write as ordinary properties.
 */
export class Application implements ColumnRow<ApplicationNumber> {
  /** Number in arrival order (set when it enters the model; -1 before). */
  id = -1;
  /** The class it applied in (data class, or `pv` from the PV model). */
  readonly appliedClass: CustomerClass;
  readonly channel: Channel;
  readonly site: Site;
  /** The PV model's application object (identity preserved for its hooks), or null. */
  readonly pv: PvApplication | null;
  /**
   * When it was filed relative to the simulated year: `cohort` (in the year: measured),
   * `warmup` (before it: loads the county on 1 January) or `runout` (after it: keeps loading the
   * staff while the cohort finishes).
   */
  period: Period = "cohort";
  readonly table: ApplicationTable;
  /** The application's row of `table` (its site's). */
  readonly row: number;
  declare readonly capacityKw: number;

  // Decided by the access rules at arrival.
  customerClass: CustomerClass;
  voltage: Voltage = "lv";
  service: Service = "residential";
  threeZero = false;
  moved: -1 | 0 | 1 = 0;

  // Times, simulation hours (NaN until reached).
  /** When it entered the model (for a proactive project: when the project became known). */
  declare arrivedAt: number;
  /** Formal application (for a pushed one: when the utility contacted the user). */
  declare filedAt: number;
  /** When the formal application will be made, for a proactive project; else NaN. */
  declare filingAt: number;
  /** Supply plan answered. */
  declare planAt: number;
  declare networkDoneAt: number;
  declare customerDoneAt: number;
  declare energisedAt: number;

  // Decided at the supply plan.
  needsNetworkWorks = false;
  investor: Investor = "green";
  /** Whether the user is eligible for extended investment (二.(一)). */
  eligibleForExtension = false;
  approval: ApprovalKind = "no_works";
  declare lineLengthM: number;
  declare excavationM: number;
  thirdParty = false;
  /**
   * Whether the survey and plan were done before the simulation began (a proactive project known
   * before the warm-up, or before the model's first arrivals were generated).
   */
  preparedBeforeYear = false;
  /**
   * Whether the PV model admitted it (a PV system filed in the warm-up, before the PV model
   * starts, is among the data's filed PV instead, `pv_filed_kw`).
   */
  pvAdmitted = false;
  /** Whether it is now in a wait the plan itself imposes (a red-zone PV pause, a charger pause). */
  inPlanWait = false;
  /**
   * Whether its customer's own works end after the run-out's cap: it cannot be energised within
   * the run-out, and what it waits for is the customer, not the service.
   */
  awaitingCustomer = false;
  /**
   * Whether the customer's own installation is complete when it applies (the Doing Business
   * case: "all internal wiring is completed"), so its customer works take no time.
   */
  customerReady = false;
  /** The extension's length asked for in the request, metres (NaN: drawn, as for any site). */
  requestedLineLengthM = NaN;

  // Measured along the way.
  /**
   * Working days during which the network works or the customer's own works were being built
   * (and the customer's fixing of inspection defects, a third party's supply works): what
   * business handling time leaves out (二.(二): 不含接网工程及用户受电工程建设时间).
   */
  declare constructionDays: number;
  /**
   * Working days in waits the plan itself imposes (三.(七).3 a compound's capacity upgrade, 三.(九).1
   * a red-zone PV pause): reported apart, left out of both service measures.
   */
  declare planWaitDays: number;
  /** The works phase: from the supply plan (after any PV decision) until both works are done. */
  declare worksFrom: number;
  declare worksTo: number;
  /**
   * When the customer's current works outside the works phase began (fixing inspection defects,
   * a third party's supply works; NaN when none is under way).
   */
  declare customerBuildFrom: number;
  /** When the current plan-imposed wait began (NaN when not in one). */
  declare planWaitFrom: number;
  /** When the network works' construction began (after push, approval and a free crew). */
  declare networkBuildAt: number;
  /** The utility's review of the customer's design: submitted, answered (business time). */
  declare reviewFrom: number;
  declare reviewTo: number;
  declare approvalDays: number;
  declare networkWorksDays: number;
  declare pushDays: number;
  declare governmentPushDays: number;
  declare capacityWaitDays: number;
  declare pvAdmissionDays: number;
  /** Working days of the PV admission spent paused in a red zone (a plan wait), else NaN. */
  declare pvPauseDays: number;
  inspections = 0;
  firstInspectionPassed = false;
  steps = 0;
  stepTarget = 0;
  status: Status = "in_progress";
  /** Working days from filing to energisation (Civil Code count), once energised. */
  declare wholeDays: number;
  /**
   * Business handling time (plan 二.(二)): the whole process less construction and plan waits
   * (`wholeDays − constructionDays − planWaitDays`), once energised or censored at the end.
   */
  declare businessDays: number;
  /**
   * The measure the plan sets for the service: the whole process less plan waits, or business
   * handling time; what the target is checked on.
   */
  declare serviceDays: number;
  /** Whether `serviceDays` is within the service's target (false while open). */
  withinTarget = false;

  /** Who paid for the network works, as priced at energisation ("" when none were built). */
  networkPaidBy: Payer | "" = "";

  // Costs, ¥, counted at energisation.
  declare customerCny: number;
  declare utilityCny: number;
  declare governmentCny: number;

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
    this.channel = channel;
    this.site = site;
    this.pv = pv;
    this.table = site.table;
    this.row = site.row;
    const c = this.table.columns;
    c.capacityKw[this.row] = capacityKw;
    c.arrivedAt[this.row] = arrivedAt;
  }
}
defineColumnProperties(
  Application.prototype,
  FIELDS,
  FIELDS.filter((field) => !(SITE_FIELDS as readonly ApplicationNumber[]).includes(field)),
);

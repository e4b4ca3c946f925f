/**
 * One connection application: who applied, what was decided about it, and the times of its
 * milestones. The workflow's steps fill it in as the application moves on; the KPIs and the
 * exported records are read from it at the horizon.
 *
 * Everything an application holds is stored in its row of the replication's
 * {@link ApplicationTable}; an {@link Application} is a view (table, row) that reads and writes
 * it through ordinary-looking properties. A replication keeps some 11,000 applications until
 * the horizon; as objects they were most of what V8's young-generation collector copied (twice
 * each, before they settled in the old generation), while a view lives only as long as a step
 * of the workflow holds it. Measured: the collector's share of a replication fell from 16 %
 * to about 8 %.
 *
 * @module
 */
import {
  CUSTOMER_CLASSES,
  type CustomerClass,
  type Region,
  REGIONS,
} from "../../data/vocabulary.ts";
import {
  type ColumnRow,
  defineCodeProperty,
  defineColumnProperties,
  defineFlagProperties,
  NumberColumns,
} from "../../engine/number-columns.ts";
import type { PvApplication } from "../context.ts";
import {
  APPROVAL_KINDS,
  type ApprovalKind,
  type Channel,
  CHANNELS,
  type Investor,
  INVESTORS,
  type Service,
  SERVICES,
  type Status,
  STATUSES,
  type Voltage,
  VOLTAGES,
} from "./classes.ts";
import type { CompoundSupply } from "./ev-capacity.ts";

/**
 * The columns of an application and its site, with the value each starts with. Strings from a
 * fixed set and booleans are stored as codes (the index in their set; 0 or 1).
 */
const COLUMNS = {
  // Site.
  region: 0,
  cable: 0,
  uWorks: NaN,
  zLength: NaN,
  zFloor: NaN,
  uLowRisk: NaN,
  uFunded: NaN,
  uLand: NaN,
  uThirdParty: NaN,
  zLead: NaN,
  // Who applied.
  id: -1,
  appliedClass: 0,
  channel: 0,
  capacityKw: NaN,
  // Access rules.
  customerClass: 0,
  voltage: 0,
  service: 0,
  threeZero: 0,
  moved: 0,
  // Times.
  arrivedAt: NaN,
  filedAt: NaN,
  filingAt: NaN,
  planAt: NaN,
  networkDoneAt: NaN,
  customerDoneAt: NaN,
  energisedAt: NaN,
  // Supply plan.
  needsNetworkWorks: 0,
  investor: 1, // green
  eligibleForExtension: 0,
  approval: APPROVAL_KINDS.indexOf("no_works"),
  lineLengthM: 0,
  excavationM: 0,
  thirdParty: 0,
  preparedBeforeYear: 0,
  // Measured along the way.
  excludedDays: 0,
  reviewDays: 0,
  approvalDays: NaN,
  networkWorksDays: NaN,
  pushDays: NaN,
  governmentPushDays: NaN,
  capacityWaitDays: NaN,
  pvAdmissionDays: NaN,
  inspections: 0,
  firstInspectionPassed: 0,
  steps: 0,
  stepTarget: 0,
  status: 0, // in_progress
  wholeDays: NaN,
  businessDays: NaN,
  withinTarget: 0,
  // Costs.
  customerCny: 0,
  utilityCny: 0,
  governmentCny: 0,
};

/** A column of the application table. */
export type ApplicationColumn = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as ApplicationColumn[];

/**
 * The applications of one replication, one row each: typed columns for numbers, codes and
 * flags, and plain arrays for the few references (feeder and transformer ids, the compound,
 * the PV model's application object).
 */
export class ApplicationTable extends NumberColumns<ApplicationColumn> {
  readonly feederIds: string[] = [];
  readonly transformerIds: string[] = [];
  readonly compounds: (CompoundSupply | null)[] = [];
  readonly pvs: (PvApplication | null)[] = [];

  constructor() {
    super(COLUMNS, 16_384);
  }

  /**
   * Adds an application: its place and draws, who applied, and when it entered the model.
   * Returns its view.
   */
  add(applicant: {
    site: SitePlace & SiteDraws;
    appliedClass: CustomerClass;
    capacityKw: number;
    channel: Channel;
    arrivedAt: number;
    pv: PvApplication | null;
  }): Application {
    const row = this.addRow();
    const { site } = applicant;
    this.feederIds.push(site.feederId);
    this.transformerIds.push(site.transformerId);
    this.compounds.push(site.compound);
    this.pvs.push(applicant.pv);
    const app = new Application(this, row);
    const place = app.site as Writable<Site>;
    const fields = app as Writable<Application>;
    place.region = site.region;
    place.cable = site.cable;
    place.uWorks = site.uWorks;
    place.zLength = site.zLength;
    place.zFloor = site.zFloor;
    place.uLowRisk = site.uLowRisk;
    place.uFunded = site.uFunded;
    place.uLand = site.uLand;
    place.uThirdParty = site.uThirdParty;
    place.zLead = site.zLead;
    fields.appliedClass = applicant.appliedClass;
    fields.customerClass = applicant.appliedClass;
    fields.capacityKw = applicant.capacityKw;
    fields.channel = applicant.channel;
    fields.arrivedAt = applicant.arrivedAt;
    return app;
  }
}

/** Where a site is. */
export interface SitePlace {
  region: Region;
  feederId: string;
  /** Transformer of a PV application ("" for other classes). */
  transformerId: string;
  /** Compound of an EV charger, or null. */
  compound: CompoundSupply | null;
}

/** The site draws; a caller may fix some (tests, notebooks). See {@link Site}. */
export interface SiteDraws {
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

/** A view with its read-only fields writable (only {@link ApplicationTable.add} writes them). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Where the application's site is and what its connection involves, drawn once when it
 * arrives (from the class's own random streams, so that a lever changes how these are used,
 * not what was drawn: common random numbers). A view of the application's row.
 */
export class Site implements ColumnRow<ApplicationColumn>, Readonly<SitePlace & SiteDraws> {
  readonly table: ApplicationTable;
  readonly row: number;
  declare readonly region: Region;
  declare readonly cable: boolean;
  declare readonly uWorks: number;
  declare readonly zLength: number;
  declare readonly zFloor: number;
  declare readonly uLowRisk: number;
  declare readonly uFunded: number;
  declare readonly uLand: number;
  declare readonly uThirdParty: number;
  declare readonly zLead: number;

  constructor(table: ApplicationTable, row: number) {
    this.table = table;
    this.row = row;
  }

  get feederId(): string {
    return this.table.feederIds[this.row];
  }

  get transformerId(): string {
    return this.table.transformerIds[this.row];
  }

  get compound(): CompoundSupply | null {
    return this.table.compounds[this.row];
  }
}
const SITE_NUMBERS: ApplicationColumn[] = [
  "uWorks",
  "zLength",
  "zFloor",
  "uLowRisk",
  "uFunded",
  "uLand",
  "uThirdParty",
  "zLead",
];
defineColumnProperties(Site.prototype, FIELDS, SITE_NUMBERS);
defineCodeProperty(Site.prototype, FIELDS, "region", REGIONS);
defineFlagProperties(Site.prototype, FIELDS, ["cable"]);

/**
 * A connection application and its history: a view of its row of the replication's
 * {@link ApplicationTable}. Two views of one row see the same application.
 */
export class Application implements ColumnRow<ApplicationColumn> {
  readonly table: ApplicationTable;
  /** The application's row of `table`. */
  readonly row: number;
  readonly site: Site;

  /** Number in arrival order (set when it enters the model; -1 before). */
  declare id: number;
  /** The class it applied in (data class, or `pv` from the PV model). */
  declare readonly appliedClass: CustomerClass;
  declare readonly capacityKw: number;
  declare readonly channel: Channel;

  // Decided by the access rules at arrival.
  declare customerClass: CustomerClass;
  declare voltage: Voltage;
  declare service: Service;
  declare threeZero: boolean;
  /** Moved by the threshold: 1 to LV, −1 to 10 kV, 0 not moved. */
  declare moved: -1 | 0 | 1;

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
  declare needsNetworkWorks: boolean;
  declare investor: Investor;
  /** Whether the user is eligible for extended investment (二.(一)). */
  declare eligibleForExtension: boolean;
  declare approval: ApprovalKind;
  declare lineLengthM: number;
  declare excavationM: number;
  declare thirdParty: boolean;
  /** Whether the survey and plan were done before the simulated year (proactive projects). */
  declare preparedBeforeYear: boolean;

  // Measured along the way.
  /** Working days spent on works and customer-side waits, excluded from business handling. */
  declare excludedDays: number;
  /** Working days the utility spent reviewing the customer's design (inside the works phase). */
  declare reviewDays: number;
  declare approvalDays: number;
  declare networkWorksDays: number;
  declare pushDays: number;
  declare governmentPushDays: number;
  declare capacityWaitDays: number;
  declare pvAdmissionDays: number;
  declare inspections: number;
  declare firstInspectionPassed: boolean;
  declare steps: number;
  declare stepTarget: number;
  declare status: Status;
  /** Working days from filing to energisation (Civil Code count), once energised. */
  declare wholeDays: number;
  /** The whole process less works and customer-side waits (plan 二.(二)), once energised. */
  declare businessDays: number;
  /** Whether the measure the plan sets for the service is within its target. */
  declare withinTarget: boolean;

  // Costs, ¥, counted at energisation.
  declare customerCny: number;
  declare utilityCny: number;
  declare governmentCny: number;

  /** The view of row `row` of `table` (see {@link ApplicationTable.add} for a new one). */
  constructor(table: ApplicationTable, row: number) {
    this.table = table;
    this.row = row;
    this.site = new Site(table, row);
  }

  /** The PV model's application object (identity preserved for its hooks), or null. */
  get pv(): PvApplication | null {
    return this.table.pvs[this.row];
  }
}
defineColumnProperties(Application.prototype, FIELDS, [
  "id",
  "capacityKw",
  "moved",
  "arrivedAt",
  "filedAt",
  "filingAt",
  "planAt",
  "networkDoneAt",
  "customerDoneAt",
  "energisedAt",
  "lineLengthM",
  "excavationM",
  "excludedDays",
  "reviewDays",
  "approvalDays",
  "networkWorksDays",
  "pushDays",
  "governmentPushDays",
  "capacityWaitDays",
  "pvAdmissionDays",
  "inspections",
  "steps",
  "stepTarget",
  "wholeDays",
  "businessDays",
  "customerCny",
  "utilityCny",
  "governmentCny",
]);
defineFlagProperties(Application.prototype, FIELDS, [
  "threeZero",
  "needsNetworkWorks",
  "eligibleForExtension",
  "thirdParty",
  "preparedBeforeYear",
  "firstInspectionPassed",
  "withinTarget",
]);
defineCodeProperty(Application.prototype, FIELDS, "appliedClass", CUSTOMER_CLASSES);
defineCodeProperty(Application.prototype, FIELDS, "customerClass", CUSTOMER_CLASSES);
defineCodeProperty(Application.prototype, FIELDS, "channel", CHANNELS);
defineCodeProperty(Application.prototype, FIELDS, "voltage", VOLTAGES);
defineCodeProperty(Application.prototype, FIELDS, "service", SERVICES);
defineCodeProperty(Application.prototype, FIELDS, "investor", INVESTORS);
defineCodeProperty(Application.prototype, FIELDS, "approval", APPROVAL_KINDS);
defineCodeProperty(Application.prototype, FIELDS, "status", STATUSES);

/**
 * The book of interruptions of one run: every event's customer groups go in, classified
 * sustained or momentary (IEEE 1366-2012 §3), and are summed by day, region and cause, so that
 * the indices can be computed at the end with and without major event days (which are known
 * only once the year's daily SAIDI is), and one record per event is kept for export.
 *
 * An event's interruptions accrue to the day on which it began, as IEEE 1366-2012 §4.5 counts
 * daily SAIDI for the major-event-day method, even when restoration ends the next day.
 *
 * Every group is booked twice: by its customers (the customer basis) and by its 10 kV users
 * (DL/T 836's basis: distribution transformers; see `kpis.ts`), with the same sustained or
 * momentary classification, since a group's customers and transformers come back together.
 *
 * Use: `begin(...)`, then `add(customers, hours, users)` for each group (bound once, so it can
 * be passed around without allocating), then `end(...)`.
 *
 * @module
 */
import { emptyTotals, type InterruptionTotals } from "./indices.ts";
import type { FeederState } from "./network.ts";
import {
  OUTAGE_KINDS,
  type OutageCause,
  type OutageKind,
  type OutageRecord,
} from "./parameters.ts";

/** Causes, in the order of the ledger's arrays. */
export const CAUSES: readonly OutageCause[] = ["fault", "planned"];

/**
 * What the indices count as one "customer" (N_i, N_T): every customer (`lv`, the customer
 * basis) or every 10 kV user, i.e. distribution transformer (`mv`, DL/T 836). See `kpis.ts`.
 */
export type CountBasis = "lv" | "mv";

/** Compensation scheme: ¥ per customer-hour of an interruption beyond a limit. */
export interface CompensationScheme {
  cnyPerCustomerHour: number;
  limitHours: number;
}

/**
 * Compensation due for `customers` interrupted for `hours` (plan 三.(五): compensation when an
 * outage exceeds a limit): ¥ per customer-hour beyond the limit, nothing within it.
 *
 * @example
 * compensationCny(100, 10, { cnyPerCustomerHour: 5, limitHours: 8 }); // 100 × 2 × 5 = 1000
 */
export function compensationCny(
  customers: number,
  hours: number,
  scheme: CompensationScheme,
): number {
  return hours > scheme.limitHours
    ? customers * (hours - scheme.limitHours) * scheme.cnyPerCustomerHour
    : 0;
}

const REGION_COUNT = 3;
const CAUSE_COUNT = 2;

/** Interruptions of one run. */
export class Ledger {
  readonly days: number;
  readonly #thresholdMinutes: number;
  readonly #compensation: CompensationScheme | null;
  readonly #dateOf: (day: number) => string;
  readonly #ci: Float64Array;
  readonly #cmi: Float64Array;
  readonly #mci: Float64Array;
  /** The same three sums counted in 10 kV users (DL/T 836). */
  readonly #ui: Float64Array;
  readonly #umi: Float64Array;
  readonly #mui: Float64Array;
  /** Customer-minutes (sustained) by kind. */
  readonly kindMinutes = new Float64Array(OUTAGE_KINDS.length);
  readonly records: OutageRecord[] = [];
  compensationCny = 0;

  // The event being written.
  #cell = 0;
  #kind = 0;
  #customers = 0;
  #minutes = 0;
  #momentary = 0;
  #users = 0;
  #userMinutes = 0;
  #momentaryUsers = 0;
  #longest = 0;
  #feeder: FeederState | null = null;
  #cause: OutageCause = "fault";
  #start = 0;
  #storm = false;

  /** Adds a group of `customers` (of whom `users` 10 kV users) back after `hours`. */
  readonly add: (customers: number, hours: number, users: number) => void;

  /**
   * @param days days in the year
   * @param sustainedThresholdMinutes longer interruptions are sustained
   * @param compensation the scheme, or null when none applies
   * @param dateOf `YYYY-MM-DD` of a day index
   */
  constructor(
    days: number,
    sustainedThresholdMinutes: number,
    compensation: CompensationScheme | null,
    dateOf: (day: number) => string,
  ) {
    this.days = days;
    this.#thresholdMinutes = sustainedThresholdMinutes;
    this.#compensation = compensation;
    this.#dateOf = dateOf;
    const size = days * REGION_COUNT * CAUSE_COUNT;
    this.#ci = new Float64Array(size);
    this.#cmi = new Float64Array(size);
    this.#mci = new Float64Array(size);
    this.#ui = new Float64Array(size);
    this.#umi = new Float64Array(size);
    this.#mui = new Float64Array(size);
    this.add = (customers, hours, users) => this.#add(customers, hours, users);
  }

  /** Starts an event on `feeder` at `startHours` (within the year). */
  begin(
    feeder: FeederState,
    cause: OutageCause,
    kind: OutageKind,
    startHours: number,
    storm: boolean,
  ): void {
    const day = Math.min(this.days - 1, Math.max(0, Math.floor(startHours / 24)));
    this.#cell = (day * REGION_COUNT + feeder.regionIndex) * CAUSE_COUNT + CAUSES.indexOf(cause);
    this.#kind = OUTAGE_KINDS.indexOf(kind);
    this.#feeder = feeder;
    this.#cause = cause;
    this.#start = startHours;
    this.#storm = storm;
    this.#customers = 0;
    this.#minutes = 0;
    this.#momentary = 0;
    this.#users = 0;
    this.#userMinutes = 0;
    this.#momentaryUsers = 0;
    this.#longest = 0;
  }

  #add(customers: number, hours: number, users: number): void {
    if (customers <= 0 && users <= 0) return;
    if (customers < 0) customers = 0;
    if (users < 0) users = 0;
    const minutes = hours * 60;
    if (hours > this.#longest) this.#longest = hours;
    if (minutes > this.#thresholdMinutes) {
      this.#customers += customers;
      this.#minutes += customers * minutes;
      this.#users += users;
      this.#userMinutes += users * minutes;
      if (this.#compensation !== null) {
        this.compensationCny += compensationCny(customers, hours, this.#compensation);
      }
    } else {
      this.#momentary += customers;
      this.#momentaryUsers += users;
    }
  }

  /** Closes the current event and keeps its record. */
  end(details: { crewWaitHours: number; jobs: number; censored: boolean }): void {
    const cell = this.#cell;
    this.#ci[cell] += this.#customers;
    this.#cmi[cell] += this.#minutes;
    this.#mci[cell] += this.#momentary;
    this.#ui[cell] += this.#users;
    this.#umi[cell] += this.#userMinutes;
    this.#mui[cell] += this.#momentaryUsers;
    this.kindMinutes[this.#kind] += this.#minutes;
    const feeder = this.#feeder!;
    const day = Math.floor(cell / (REGION_COUNT * CAUSE_COUNT));
    this.records.push({
      id: 0,
      feeder: feeder.id,
      region: feeder.region,
      cause: this.#cause,
      kind: OUTAGE_KINDS[this.#kind],
      startHours: this.#start,
      date: this.#dateOf(day),
      durationHours: this.#longest,
      customersInterrupted: this.#customers,
      customerMinutes: this.#minutes,
      momentaryCustomers: this.#momentary,
      usersInterrupted: this.#users,
      userMinutes: this.#userMinutes,
      momentary: this.#customers === 0,
      med: false,
      storm: this.#storm,
      crewWaitHours: details.crewWaitHours,
      jobs: details.jobs,
      censored: details.censored,
    });
  }

  /** Customer-minutes (sustained) of `day`, summed over regions, of the given causes. */
  dayMinutes(day: number, causes: readonly OutageCause[]): number {
    let sum = 0;
    for (let r = 0; r < REGION_COUNT; r++) {
      for (const cause of causes) {
        sum += this.#cmi[(day * REGION_COUNT + r) * CAUSE_COUNT + CAUSES.indexOf(cause)];
      }
    }
    return sum;
  }

  /**
   * Sums over the days `include(day)` accepts, of the regions and causes asked for, counted on
   * `basis` (customers, or 10 kV users: then the totals' "customers" are users).
   *
   * @param regions region indices (0 urban_core, 1 town, 2 rural)
   */
  sum(
    include: (day: number) => boolean,
    regions: readonly number[],
    causes: readonly OutageCause[],
    basis: CountBasis = "lv",
  ): InterruptionTotals {
    const out = emptyTotals();
    const [ci, cmi, mci] = basis === "mv"
      ? [this.#ui, this.#umi, this.#mui]
      : [this.#ci, this.#cmi, this.#mci];
    const causeIndices = causes.map((c) => CAUSES.indexOf(c));
    for (let day = 0; day < this.days; day++) {
      if (!include(day)) continue;
      for (const r of regions) {
        for (const c of causeIndices) {
          const cell = (day * REGION_COUNT + r) * CAUSE_COUNT + c;
          out.customersInterrupted += ci[cell];
          out.customerMinutes += cmi[cell];
          out.momentaryCustomers += mci[cell];
        }
      }
    }
    return out;
  }
}

/**
 * The book of planned outages not yet taken, per feeder: "one outage, many uses" (一停多用,
 * plan 三.(五)) lets a job join an outage already booked on its feeder instead of causing one
 * of its own. A job either takes trunk sections dead (10 kV work: a range of sections) or one
 * transformer area (0.4 kV work with the area's low-voltage breaker open). In a shared outage
 * the teams work side by side: each section or area is dead for as long as the longest job
 * that needs it dead, and its customers are interrupted once instead of once per job — which
 * is the whole gain of bundling.
 *
 * @module
 */
import type { FeederState, Network } from "./network.ts";
import type { AddGroup } from "./restoration.ts";
import type { OutageKind } from "./parameters.ts";

/** What one planned job takes dead. */
export type JobScope =
  /** 10 kV work: trunk sections `from`…`to` (0-based, inclusive). */
  | { sectionFrom: number; sectionTo: number; area?: undefined }
  /** 0.4 kV work: one transformer area (index in `Network.transformers`). */
  | { area: number; sectionFrom?: undefined; sectionTo?: undefined };

/** A booked planned outage. */
export interface PlannedOutage {
  /** Index in `Network.feeders`. */
  feeder: number;
  /** Start time. */
  start: number;
  /**
   * Kind of its widest-reaching job (10 kV maintenance, then cut-over, then 0.4 kV): the kind
   * its customer-hours are booked to.
   */
  kind: OutageKind;
  /** Hours each trunk section is dead (0: it stays live). */
  sectionHours: Float64Array;
  /** Hours each dead 0.4 kV area (transformer index) is dead. */
  areaHours: Map<number, number>;
  /** Length of the outage: its longest job, hours. */
  hours: number;
  /** Jobs done in it. */
  jobs: number;
}

/** Rank of planned kinds by reach: a bundled outage is booked to its highest. */
const REACH: Partial<Record<OutageKind, number>> = {
  maintenance04kv: 1,
  cutover: 2,
  maintenance10kv: 3,
};

/** Adds a job of `kind`, `hours` and `scope` to `outage`. */
export function addJob(
  outage: PlannedOutage,
  kind: OutageKind,
  scope: JobScope,
  hours: number,
): void {
  if (outage.jobs === 0 || (REACH[kind] ?? 0) > (REACH[outage.kind] ?? 0)) outage.kind = kind;
  if (scope.area !== undefined) {
    outage.areaHours.set(scope.area, Math.max(outage.areaHours.get(scope.area) ?? 0, hours));
  } else {
    for (let s = scope.sectionFrom; s <= scope.sectionTo; s++) {
      if (hours > outage.sectionHours[s]) outage.sectionHours[s] = hours;
    }
  }
  if (hours > outage.hours) outage.hours = hours;
  outage.jobs++;
}

/**
 * The customers left in each section, reused by every call of {@link outageInterruptions}: a new
 * typed array per outage costs some 0.4 µs to allocate, a copy into this one 20 ns, and the
 * allocation was most of that function's time (0.5 % of a county-year of plan-2023).
 */
let scratch = new Float64Array(16);

/**
 * The interruptions of an outage, reported to `add` as groups of customers and hours: each
 * dead section's customers for the section's hours, except those of an area in it whose own
 * job lasts longer, who are out for the area's hours; areas in live sections for their hours.
 *
 * 10 kV users (DL/T 836, see `kpis.ts`): a dead section's transformers are out for the
 * section's hours, each one user; a 0.4 kV job (low-voltage breaker open) leaves its
 * transformer energised, so it interrupts no 10 kV user.
 */
export function outageInterruptions(
  outage: PlannedOutage,
  feeder: FeederState,
  network: Network,
  add: AddGroup,
): void {
  const sections = feeder.sectionCustomers.length;
  if (scratch.length < sections) scratch = new Float64Array(sections);
  const sectionCustomers = scratch; // its first `sections` entries
  sectionCustomers.set(feeder.sectionCustomers);
  for (const [a, hours] of outage.areaHours) {
    const area = network.transformers[a];
    const sectionHours = outage.sectionHours[area.section];
    if (hours > sectionHours) {
      add(area.customers, hours, 0);
      if (sectionHours > 0) sectionCustomers[area.section] -= area.customers;
    }
  }
  for (let s = 0; s < sections; s++) {
    if (outage.sectionHours[s] > 0) {
      add(sectionCustomers[s], outage.sectionHours[s], feeder.sectionUsers[s]);
    }
  }
}

/** Planned outages booked and not yet started, by feeder. */
export class OutageBook {
  readonly #pending: PlannedOutage[][];
  readonly #sections: number[];

  /** @param sections number of trunk sections of each feeder */
  constructor(sections: readonly number[]) {
    this.#sections = [...sections];
    this.#pending = sections.map(() => []);
  }

  /** The earliest pending outage of `feeder` starting in [earliest, latest], or null. */
  find(feeder: number, earliest: number, latest: number): PlannedOutage | null {
    for (const outage of this.#pending[feeder]) {
      if (outage.start >= earliest && outage.start <= latest) return outage;
    }
    return null;
  }

  /** Books a new, empty outage of `feeder` at `start` (its kind is set by its first job). */
  open(feeder: number, start: number): PlannedOutage {
    const outage: PlannedOutage = {
      feeder,
      start,
      kind: "maintenance10kv",
      sectionHours: new Float64Array(this.#sections[feeder]),
      areaHours: new Map(),
      hours: 0,
      jobs: 0,
    };
    const list = this.#pending[feeder];
    let i = list.length;
    while (i > 0 && list[i - 1].start > start) i--;
    list.splice(i, 0, outage);
    return outage;
  }

  /** The outage has started: nothing can join it any more. */
  close(outage: PlannedOutage): void {
    const list = this.#pending[outage.feeder];
    const i = list.indexOf(outage);
    if (i >= 0) list.splice(i, 1);
  }
}

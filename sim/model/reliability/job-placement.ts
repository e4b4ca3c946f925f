/**
 * How each planned job is done (plan 三.(五)), in this order of precedence:
 *
 * 1. on a feeder of the zero-planned-outage demonstration zone (三.(五).5): no outage (its work
 *    is done live-line or on mobile supply);
 * 2. live-line (带电作业): no outage;
 * 3. otherwise in an outage: one already booked on its feeder within the job's window
 *    (一停多用, one outage many uses: `outage-book.ts`), or one of its own.
 *
 * A maintenance job may move earlier or later by up to `bundlingWindowDays`, a cut-over only
 * later (it cannot happen before the connection is ready and announced). An outage is taken
 * at its start: nothing joins it after that, and its interruptions go into the ledger.
 *
 * @module
 */
import { addJob, OutageBook, outageInterruptions, type PlannedOutage } from "./outage-book.ts";
import type { PlannedJob } from "./planned-job.ts";
import { onStormDay, type ReliabilityYear } from "./year.ts";

/** Decides how planned jobs are done and takes their outages. */
export class JobPlacement {
  /** Jobs done live-line, no outage. */
  liveLineJobs = 0;
  /** Jobs on demonstration-zone feeders, no outage. */
  zoneJobs = 0;
  /** Jobs that needed the line dead. */
  outageJobs = 0;
  /** Outages taken this year (one or more jobs each). */
  outages = 0;
  readonly #year: ReliabilityYear;
  readonly #windowHours: number;
  readonly #book: OutageBook;

  constructor(year: ReliabilityYear, bundlingWindowDays: number) {
    this.#year = year;
    this.#windowHours = bundlingWindowDays * 24;
    this.#book = new OutageBook(year.network.feeders.map((f) => f.sectionCustomers.length));
  }

  /** Places a maintenance job: it may join an outage up to the window before or after it. */
  placeMaintenance(job: PlannedJob): void {
    this.#place(job, job.time - this.#windowHours, job.time + this.#windowHours);
  }

  /**
   * Places a cut-over: it may join an outage up to the window after its earliest date. Returns
   * its outage, or null when it needs none.
   */
  placeCutOver(job: PlannedJob): PlannedOutage | null {
    return this.#place(job, job.time, job.time + this.#windowHours);
  }

  /** Decides how a job is done; returns its outage (its own or one it joins), or null. */
  #place(job: PlannedJob, earliest: number, latest: number): PlannedOutage | null {
    // plan 三.(五).5: the demonstration zone's feeders take no planned outage.
    if (this.#year.network.feeders[job.feeder].demoZone) {
      this.zoneJobs++;
      return null;
    }
    // plan 三.(五) (带电作业): live-line work needs no outage.
    if (job.live) {
      this.liveLineJobs++;
      return null;
    }
    this.outageJobs++;
    // plan 三.(五) (一停多用): join an outage already booked within the window.
    const joined = this.#windowHours > 0 ? this.#book.find(job.feeder, earliest, latest) : null;
    const outage = joined ?? this.#open(job);
    addJob(outage, job.kind, job.scope, job.hours);
    return outage;
  }

  /** Books a new outage at the job's date; it is taken when it starts. */
  #open(job: PlannedJob): PlannedOutage {
    const outage = this.#book.open(job.feeder, job.time);
    this.outages++;
    const env = this.#year.env;
    env.schedule(outage.start - env.now, () => this.#take(outage));
    return outage;
  }

  /** The outage starts: nothing more joins it; each part is dead for its longest job. */
  #take(outage: PlannedOutage): void {
    const { network, ledger, origin } = this.#year;
    this.#book.close(outage);
    const feeder = network.feeders[outage.feeder];
    ledger.begin(
      feeder,
      "planned",
      outage.kind,
      outage.start - origin,
      onStormDay(this.#year, outage.start),
    );
    outageInterruptions(outage, feeder, network, ledger.add);
    ledger.end({ crewWaitHours: 0, jobs: outage.jobs, censored: false });
  }
}

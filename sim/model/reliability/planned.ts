/**
 * Planned outages (issue §2, plan 三.(五)):
 *
 * - 10 kV maintenance and construction jobs per feeder-year and 0.4 kV jobs per public
 *   transformer area and year, on working days, more in spring and autumn; the year's jobs are
 *   known from the maintenance plan at the start of the year.
 * - Cut-overs of new 10 kV connections (搭接): from the application model through
 *   `ctx.hooks.cutOver` when it runs, otherwise at a yearly rate. A cut-over becomes an outage
 *   no earlier than the notice period after the connection is ready (电力供应与使用条例 art. 28).
 * - Live-line work (带电作业), 10 kV and 0.4 kV: that share of jobs causes no outage.
 * - Zero-planned-outage demonstration zone: its feeders' jobs cause no outage.
 * - One outage, many uses (一停多用): a job joins an outage already booked on its feeder within
 *   the window — maintenance earlier or later by up to the window, a cut-over only later.
 *
 * Every job draws all its numbers (place, live-line, duration) whether or not it ends up in an
 * outage, so a change of live-line share or zone changes which jobs need an outage and nothing
 * else (common random numbers).
 *
 * @module
 */
import type { Environment } from "../../engine/environment.ts";
import { poisson } from "../../engine/random/poisson.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { Tally } from "../../engine/stats/tally.ts";
import { startArrivals } from "./arrivals.ts";
import { triangularQuantile } from "./distributions.ts";
import type { Ledger } from "./ledger.ts";
import type { Network } from "./network.ts";
import {
  addJob,
  type JobScope,
  OutageBook,
  outageInterruptions,
  type PlannedOutage,
} from "./outage-book.ts";
import type { OutageKind, ReliabilityParameters } from "./parameters.ts";
import { dailyFactors, type Weather } from "./weather.ts";
import { WeightedPick } from "./weighted-pick.ts";

export { triangularQuantile } from "./distributions.ts";

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

/** Everything planned work needs. */
export interface PlannedContext {
  env: Environment;
  streams: RandomStreams;
  p: ReliabilityParameters;
  network: Network;
  weather: Weather;
  ledger: Ledger;
  /** 00:00 on 1 January. */
  origin: number;
  /** Month (1–12) of each day of the year. */
  monthOfDay: Uint8Array;
  /** 1 for each working day of the year. */
  working: Uint8Array;
  /** Whether cut-overs come at the fallback rate (the application model is not running). */
  fallbackCutOvers: boolean;
}

/** Planned work of the year; `cutOver(feeder)` books a cut-over job now. */
export interface PlannedWork {
  cutOver(feeder: number): void;
  finish(): PlannedSummary;
}

interface Job {
  kind: OutageKind;
  feeder: number;
  time: number;
  scope: JobScope;
  hours: number;
  live: boolean;
}

/** Starts the year's planned work. */
export function startPlanned(c: PlannedContext): PlannedWork {
  const { env, streams, p, network, weather, ledger, origin, monthOfDay, working } = c;
  const pl = p.planned;
  const days = monthOfDay.length;
  const windowHours = pl.bundlingWindowDays * 24;
  const book = new OutageBook(network.feeders.map((f) => f.sectionCustomers.length));
  const summary: PlannedSummary = {
    maintenance10kvJobs: 0,
    maintenance04kvJobs: 0,
    cutOverJobs: 0,
    liveLineJobs: 0,
    zoneJobs: 0,
    outageJobs: 0,
    outages: 0,
    cutOversNextYear: 0,
    cutOverWaitDays: new Tally({ quantiles: [] }),
  };

  const season = dailyFactors(pl.monthFactors, monthOfDay);
  const jobDays = new WeightedPick(season.map((s, d) => (working[d] === 1 ? s : 0)));

  /** The outage starts: nothing more joins it; each part is dead for its longest job. */
  const take = (o: PlannedOutage) => {
    book.close(o);
    const f = network.feeders[o.feeder];
    const day = Math.floor((o.start - origin) / 24);
    ledger.begin(f, "planned", o.kind, o.start - origin, weather.storm[day] > 1);
    outageInterruptions(o, f, network, ledger.add);
    ledger.end({ crewWaitHours: 0, jobs: o.jobs, censored: false });
  };

  const open = (job: Job): PlannedOutage => {
    const o = book.open(job.feeder, job.time);
    summary.outages++;
    env.schedule(o.start - env.now, () => take(o));
    return o;
  };

  /**
   * Decides how a job is done: live-line, in the zero-outage zone, or in an outage (its own,
   * or one it joins within [earliest, latest]). Returns the outage, or null.
   */
  const place = (job: Job, earliest: number, latest: number): PlannedOutage | null => {
    if (network.feeders[job.feeder].demoZone) {
      summary.zoneJobs++;
      return null;
    }
    if (job.live) {
      summary.liveLineJobs++;
      return null;
    }
    summary.outageJobs++;
    const joined = windowHours > 0 ? book.find(job.feeder, earliest, latest) : null;
    const o = joined ?? open(job);
    addJob(o, job.kind, job.scope, job.hours);
    return o;
  };

  /** Trunk sections a 10 kV job at section `k` takes dead: with those behind it if radial. */
  const sectionScope = (feeder: number, k: number): JobScope => {
    const f = network.feeders[feeder];
    const n = f.sectionCustomers.length;
    return { sectionFrom: k, sectionTo: f.tied ? k : n - 1 };
  };

  // The maintenance plan of the year.
  const jobRng = streams.stream("reliability.planned.jobs");
  const liveRng = streams.stream("reliability.planned.liveLine");
  const hoursRng = streams.stream("reliability.planned.duration");
  const at = (day: number) => origin + day * 24 + pl.startHour;
  const jobs: Job[] = [];
  for (const region of jobDays.total > 0 ? network.regions : []) {
    const rate = pl.maintenance10kvPerFeederYear[region.region];
    const n10 = region.feeders.length > 0 ? poisson(jobRng, region.feeders.length * rate)() : 0;
    for (let k = 0; k < n10; k++) {
      const feeder = region.feeders[Math.floor(jobRng() * region.feeders.length)];
      const day = jobDays.pick(jobRng());
      const whole = jobRng() < pl.wholeFeederShare;
      const sectionU = jobRng();
      const n = network.feeders[feeder].sectionCustomers.length;
      jobs.push({
        kind: "maintenance10kv",
        feeder,
        time: at(day),
        scope: whole
          ? { sectionFrom: 0, sectionTo: n - 1 }
          : sectionScope(feeder, Math.floor(sectionU * n)),
        live: liveRng() < pl.liveLineShare10kv,
        hours: triangularQuantile(
          hoursRng(),
          pl.maintenance10kvHoursMin,
          pl.maintenance10kvHoursMode,
          pl.maintenance10kvHoursMax,
        ),
      });
    }
    const areas = region.publicTransformers;
    const n04 = areas.length > 0
      ? poisson(jobRng, areas.length * pl.maintenance04kvPerAreaYear)()
      : 0;
    for (let k = 0; k < n04; k++) {
      const area = areas[Math.floor(jobRng() * areas.length)];
      const day = jobDays.pick(jobRng());
      jobs.push({
        kind: "maintenance04kv",
        feeder: network.transformers[area].feeder,
        time: at(day),
        scope: { area },
        live: liveRng() < pl.liveLineShare04kv,
        hours: triangularQuantile(
          hoursRng(),
          pl.maintenance04kvHoursMin,
          pl.maintenance04kvHoursMode,
          pl.maintenance04kvHoursMax,
        ),
      });
    }
  }
  // In date order, so that a job joins the earliest outage within its window (stable sort).
  jobs.sort((a, b) => a.time - b.time);
  for (const job of jobs) {
    if (job.kind === "maintenance10kv") summary.maintenance10kvJobs++;
    else summary.maintenance04kvJobs++;
    place(job, job.time - windowHours, job.time + windowHours);
  }

  // Cut-overs of new 10 kV connections.
  const cutOverRng = streams.stream("reliability.planned.cutOverDraws");
  const cutOver = (feeder: number) => {
    const sectionU = cutOverRng();
    const liveU = cutOverRng();
    const hoursU = cutOverRng();
    summary.cutOverJobs++;
    const ready = env.now + pl.noticeDays * 24;
    let day = Math.floor((ready - origin) / 24);
    if (at(day) < ready) day++;
    while (day < days && working[day] === 0) day++;
    if (day >= days) {
      summary.cutOversNextYear++;
      return;
    }
    const earliest = at(day);
    const n = network.feeders[feeder].sectionCustomers.length;
    const job: Job = {
      kind: "cutover",
      feeder,
      time: earliest,
      scope: sectionScope(feeder, Math.floor(sectionU * n)),
      live: liveU < pl.liveLineShare10kv,
      hours: triangularQuantile(
        hoursU,
        pl.cutOverHoursMin,
        pl.cutOverHoursMode,
        pl.cutOverHoursMax,
      ),
    };
    const o = place(job, earliest, earliest + windowHours);
    if (o !== null) summary.cutOverWaitDays.add((o.start - earliest) / 24);
  };

  if (c.fallbackCutOvers) {
    // Where new 10 kV customers connect: in proportion to the customer-owned transformers
    // already on each feeder (or to customers, when the data has none).
    const owned = network.feeders.map((f) =>
      f.transformers.filter((t) => !network.transformers[t].isPublic).length
    );
    const byOwned = owned.some((x) => x > 0);
    const feederPick = new WeightedPick(
      byOwned ? owned : network.feeders.map((f) => f.customers),
    );
    const arrivals = streams.stream("reliability.planned.cutOvers");
    startArrivals(env, arrivals, origin, pl.cutOversPerYear, new Float64Array(days).fill(1), () => {
      cutOver(feederPick.pick(arrivals()));
    });
  }

  return { cutOver, finish: () => summary };
}

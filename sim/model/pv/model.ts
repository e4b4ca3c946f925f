/**
 * The distributed-PV model of a county-year (plan 三.(九)): how household and commercial PV
 * applications arise, whether and when each may connect under the hosting-capacity rule, the
 * red / yellow / green zones published every quarter, and the transformers upgraded for PV.
 *
 * - Growth: household rooftop PV spreads in every public transformer area as a Bass diffusion
 *   started where the area's existing PV puts it ({@link BassAreas}); commercial PV arrives as
 *   a Poisson process at the data's rate, on customer-owned transformers.
 * - Admission, when an application is ready to connect: it must fit under the rule in force
 *   (plan 三.(九).3: connected + filed + new ≤ 80 % of the rating; or DL/T 2041-2019's reverse
 *   load rate), in arrival order; in a yellow area it first waits for a special study; when it
 *   does not fit (a red area, or too little headroom) it waits until an upgrade frees capacity.
 * - Every quarter the zones are re-published and, if upgrades are funded, the worst public
 *   transformers get a larger unit, which re-zones them when it enters service.
 * - Audit: at every review and at the horizon, the plan's 80 % cap is checked on the county's
 *   actual PV, transformers and substations alike, pre-existing excesses included
 *   (`cap-audit.ts`): the rule governs admissions, the audit says whether the county meets it.
 *
 * With the application model running, each adopter is submitted to it as a connection
 * application (`hooks.submitPvApplication`), and it asks `hooks.pvAdmission` and reports
 * `hooks.pvConnected`. Without it (tests, benchmarks), an admitted application is energised
 * `standaloneConnectionDays` working days after admission.
 *
 * @module
 */
import type { Setup } from "../context.ts";
import type { ModelContext, ModelResult, PvApplication } from "../context.ts";
import type { ProcessBody } from "../../engine/process.ts";
import { Signal, type Waitable } from "../../engine/waitable.ts";
import {
  ACCEPTED,
  DEFERRED,
  PENDING,
  STUDIED,
  type TrackedApplication,
  trackedApplication,
} from "./application.ts";
import type { BassAreas } from "./bass-areas.ts";
import { drawGrowth } from "./growth.ts";
import { ruleInForce } from "./hosting-rule.ts";
import { HostingState } from "./hosting-state.ts";
import { monthStartsOf, quarterStartsOf } from "./months.ts";
import type { PvParameters } from "./parameters.ts";
import { type PvRecords, pvResults, type UpgradeRecord, type ZoneSnapshot } from "./results.ts";
import { upgradeCost, upgradeRating } from "./upgrade.ts";
import { checkPvParameters } from "./validate.ts";
import { RED, YELLOW, type Zone } from "./zone.ts";

export type { PvRecords } from "./results.ts";

/** The PV model of one replication, with its state exposed for tests. */
export interface PvModel {
  /** Collects KPIs and records; call at the horizon. */
  finish: () => ModelResult<PvRecords>;
  /** PV and limits of every transformer (read it, do not change it). */
  hosting: HostingState;
  /** The household Bass diffusion of every area. */
  bass: BassAreas;
  /** Every application so far, in order of filing (read only). */
  applications: readonly TrackedApplication[];
}

/** Sets the PV model up on `ctx` (see the module documentation). */
export const setupPv: Setup<PvParameters, PvRecords> = (ctx, parameters) =>
  createPvModel(ctx, parameters).finish;

/**
 * Sets the PV model up on `ctx` and returns it with its state, for tests that check the rule at
 * every step. {@link setupPv} is the entry point of a county-year.
 *
 * @throws UserError naming the parameter or data file when the parameters are out of range or
 *   the data cannot support them (no PV sizes in data/demand/capacity.csv for households …)
 */
export function createPvModel(ctx: ModelContext, parameters: PvParameters): PvModel {
  const { env, calendar, county } = ctx;
  const p = checkPvParameters(parameters);

  const monthStarts = monthStartsOf(ctx);
  const quarterStarts = quarterStartsOf(monthStarts);
  const { applications, bass } = drawGrowth(ctx, p, monthStarts);

  // --- The rule in force and the state of every transformer ----------------------------------
  const rule = ruleInForce(p.hosting);
  const hosting = new HostingState(county.transformers, county.feeders, rule);
  const n = hosting.size;
  const byRequest = new Map<PvApplication, TrackedApplication>();
  for (const a of applications) byRequest.set(a.request, a);

  // --- Zones, queues, upgrades ------------------------------------------------------------
  /** The zones as last published (plan 三.(九).1: published regularly). */
  const published = new Uint8Array(n);
  /** Deferred applications of each transformer, in arrival order. */
  const waiting: (TrackedApplication[] | undefined)[] = new Array(n);
  const upgrading = new Uint8Array(n);
  const snapshots: ZoneSnapshot[] = [];
  const upgrades: UpgradeRecord[] = [];
  let upgradesStarted = 0;
  let upgradeSpentCny = 0;
  let maxShareAfterAdmission = NaN;

  const studyHours = () => calendar.addWorkingDays(env.now, p.hosting.yellowStudyDays) - env.now;

  /** Accepts an application: its kW are filed and count against the limit (三.(九).3). */
  function accept(app: TrackedApplication): void {
    const i = app.transformer;
    hosting.file(i, app.request.capacityKw);
    app.admittedAt = env.now;
    const share = hosting.usedKw(i) / hosting.ratingKva[i];
    if (!(share <= maxShareAfterAdmission)) maxShareAfterAdmission = share;
  }

  /**
   * The admission of an application ready to connect (plan 三.(九)): what it must wait for.
   * Deferred when applications are already waiting on its transformer (arrival order), when
   * its area is published red (no new PV until capacity improves, 三.(九).1) or when its kW do
   * not fit under the rule (三.(九).3); then it waits for a signal. Otherwise it is accepted:
   * at once in a green area, after a special study in a yellow one (三.(九).1). The zone is the
   * one last published (at the quarter's review, or when an upgrade of this transformer entered
   * service), as an applicant would read it; the limit itself is checked on the PV of now.
   */
  function admission(app: TrackedApplication): number | Waitable {
    if (app.decision !== PENDING) {
      throw new Error(
        `pvAdmission: the PV application of ${app.request.capacityKw} kW on ` +
          `${app.request.transformerId} was already decided; ask once per application`,
      );
    }
    const i = app.transformer;
    const zone = published[i] as Zone;
    app.decidedAt = env.now;
    app.zoneAtDecision = zone;
    const queue = waiting[i];
    if ((queue !== undefined && queue.length > 0) || zone === RED) return defer(app);
    if (!hosting.fits(i, app.request.capacityKw)) return defer(app);
    accept(app);
    if (zone === YELLOW) {
      app.decision = STUDIED;
      return studyHours();
    }
    app.decision = ACCEPTED;
    return 0;
  }

  function defer(app: TrackedApplication): Waitable {
    app.decision = DEFERRED;
    app.release = new Signal();
    (waiting[app.transformer] ??= []).push(app);
    return app.release;
  }

  /** Capacity freed on transformer `i`: admits waiting applications in arrival order. */
  function releaseWaiting(i: number): void {
    const queue = waiting[i];
    if (queue === undefined) return;
    let k = 0;
    while (k < queue.length && hosting.fits(i, queue[k].request.capacityKw)) {
      accept(queue[k]);
      queue[k].release!.succeed();
      k++;
    }
    queue.splice(0, k);
  }

  /** The application was energised: its kW move from filed to connected. */
  function connected(app: TrackedApplication): void {
    if (!(app.admittedAt <= env.now) || app.connectedAt === app.connectedAt) {
      throw new Error(
        `pvConnected: the PV application of ${app.request.capacityKw} kW on ` +
          `${app.request.transformerId} was ${
            app.connectedAt === app.connectedAt ? "already connected" : "not admitted"
          }; wait for what pvAdmission returned, and report each connection once`,
      );
    }
    hosting.connect(app.transformer, app.request.capacityKw);
    app.connectedAt = env.now;
  }

  function lookup(request: PvApplication, hook: string): TrackedApplication {
    const known = byRequest.get(request);
    if (known !== undefined) return known;
    // An application the PV model did not submit (e.g. from another source): follow it too.
    const i = county.transformers.findIndex((t) => t.id === request.transformerId);
    if (i < 0 || !(request.capacityKw > 0)) {
      throw new Error(
        `${hook}: expected a PV application on a transformer of the county with capacityKw > ` +
          `0, found ${JSON.stringify(request)}`,
      );
    }
    const app = trackedApplication(applications.length, i, request, env.now);
    applications.push(app);
    byRequest.set(request, app);
    return app;
  }

  ctx.hooks.pvAdmission = (request) => admission(lookup(request, "pvAdmission"));
  ctx.hooks.pvConnected = (request) => connected(lookup(request, "pvConnected"));

  /** Snapshot of the published zones, for the records and the zone counts. */
  function snapshot(label: string): void {
    const feederZones = new Uint8Array(hosting.feederCount);
    const feederUsed = new Float64Array(hosting.feederCount);
    const feederCapacity = new Float64Array(hosting.feederCount);
    hosting.feederZonesInto(feederZones, feederUsed, feederCapacity);
    const used = new Float64Array(n);
    for (let i = 0; i < n; i++) used[i] = hosting.usedKw(i);
    snapshots.push({
      label,
      zones: published.slice(),
      usedKw: used,
      capacityKw: hosting.capacityKw.slice(),
      ratingKva: hosting.ratingKva.slice(),
      feederZones,
      feederUsedKw: feederUsed,
      feederCapacityKw: feederCapacity,
    });
  }

  /**
   * Plan 三.(九).2: improve hosting capacity where it is worst. Candidates are public
   * transformers not already being replaced that are red or have applications waiting; red
   * first, then by PV (used + waiting) over capacity, highest first. Each gets the smallest
   * standard unit that turns it green (up to maxKva), while the count or budget released so
   * far lasts: a quarter of the year's at each review (`quarter` 1–4), unspent carried over,
   * so that areas where applications pile up later in the year can still be helped.
   */
  function planUpgrades(quarter: number): void {
    const { limit, countPerYear, budgetCnyPerYear, maxKva } = p.upgrades;
    if (limit === "none") return;
    const countReleased = Math.ceil(countPerYear * quarter / 4);
    const budgetReleased = budgetCnyPerYear * quarter / 4;
    const candidates: { i: number; red: number; pressure: number; pvKw: number }[] = [];
    for (let i = 0; i < n; i++) {
      const queue = waiting[i];
      const queued = queue === undefined ? 0 : queue.reduce((s, a) => s + a.request.capacityKw, 0);
      if (county.transformers[i].ownership !== "public" || upgrading[i] === 1) continue;
      if (published[i] !== RED && queued === 0) continue;
      const pvKw = hosting.usedKw(i) + queued;
      const red = published[i] === RED ? 1 : 0;
      candidates.push({ i, red, pressure: pvKw / hosting.capacityKw[i], pvKw });
    }
    candidates.sort((a, b) => b.red - a.red || b.pressure - a.pressure || a.i - b.i);
    for (const { i, pvKw } of candidates) {
      if (limit === "count" && upgradesStarted >= countReleased) return;
      const toKva = upgradeRating(
        hosting.ratingKva[i],
        maxKva,
        pvKw,
        hosting.middayMinLoadKw[i],
        rule,
      );
      if (toKva !== toKva) continue;
      const cost = upgradeCost(county.costs, toKva);
      if (limit === "budget" && upgradeSpentCny + cost > budgetReleased) continue;
      upgradesStarted++;
      upgradeSpentCny += cost;
      upgrading[i] = 1;
      env.process(upgradeWorks(i, toKva, cost), "pv.upgrade");
    }
  }

  /** One upgrade: construction, then the new unit in service, re-zoned, waiting PV admitted. */
  function* upgradeWorks(i: number, toKva: number, cost: number): ProcessBody<void> {
    const record: UpgradeRecord = {
      transformerId: county.transformers[i].id,
      feederId: county.transformers[i].feederId,
      fromKva: hosting.ratingKva[i],
      toKva,
      costCny: cost,
      decidedAt: env.now,
      inServiceAt: NaN,
    };
    upgrades.push(record);
    yield calendar.addWorkingDays(env.now, p.upgrades.constructionDays) - env.now;
    hosting.setRating(i, toKva);
    published[i] = hosting.zone(i);
    upgrading[i] = 0;
    record.inServiceAt = env.now;
    releaseWaiting(i);
  }

  /** Every quarter: assess and publish the zones (三.(九).1), then plan upgrades (三.(九).2). */
  function* quarterlyReviews(): ProcessBody<void> {
    for (let q = 0; q < 4; q++) {
      yield quarterStarts[q] - env.now;
      hosting.zonesInto(published);
      snapshot(`q${q + 1}`);
      planUpgrades(q + 1);
    }
  }

  /** Without the application model: decide, wait as told, then connect after a fixed lag. */
  function* standaloneApplication(app: TrackedApplication): ProcessBody<void> {
    const wait = admission(app);
    if (typeof wait !== "number") yield wait; // deferred: until capacity frees up
    else if (wait > 0) yield wait; // yellow: the special study
    yield calendar.addWorkingDays(env.now, p.standaloneConnectionDays) - env.now;
    connected(app);
  }

  env.process(function* pvYear(): ProcessBody<void> {
    yield 0; // every setup has run: the application model's hook is in place by now
    const submit = ctx.hooks.submitPvApplication;
    if (ctx.active.has("applications") && submit === undefined) {
      throw new Error(
        "PV model: the application model is active but did not set " +
          "hooks.submitPvApplication during its setup",
      );
    }
    env.process(quarterlyReviews(), "pv.reviews");
    const count = applications.length;
    for (let k = 0; k < count; k++) {
      const app = applications[k];
      if (app.appliedAt > env.now) yield app.appliedAt - env.now;
      if (submit !== undefined) submit(app.request);
      else env.process(standaloneApplication(app), "pv.application");
    }
  }, "pv.year");

  return {
    hosting,
    bass,
    applications,
    finish: () => {
      snapshot("end");
      return pvResults({
        ctx,
        applications,
        snapshots,
        upgrades,
        quarterStarts,
        expectedHouseholdApplications: bass.expectedBy(1),
        initialConnectedKw: county.transformers.reduce((s, t) => s + t.pvConnectedKw, 0),
        hosting,
        maxShareAfterAdmission,
        upgradeSpentCny,
        feederIds: county.feeders.map((f) => f.id),
      });
    },
  };
}

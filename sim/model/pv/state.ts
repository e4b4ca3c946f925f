/**
 * What the PV model's steps share during one replication: the context, the PV and limits of
 * every transformer, the applications, the zones as last published, the applications waiting
 * for capacity, the upgrades under way and what the results read (zone snapshots, upgrade
 * records, money spent, the largest share after an admission).
 *
 * @module
 */
import { WorkClock } from "../../engine/work-clock.ts";
import type { ModelContext, PvApplication } from "../context.ts";
import { type TrackedApplication, trackedApplication } from "./application.ts";
import type { HostingRule } from "./hosting-rule.ts";
import { HostingState } from "./hosting-state.ts";
import type { UpgradeRecord, ZoneSnapshot } from "./records.ts";

/**
 * The key under which a request drawn by the PV model carries its application, for the hooks
 * to find it. It was a map from request to application, whose look-ups and insertions were
 * about 0.6 % of a county-year of plan-2023 (3 500 applications, two look-ups each). A symbol
 * key is invisible to JSON, `Object.keys` and structured cloning.
 */
const TRACKED: unique symbol = Symbol("pv.tracked");

/** A request that may carry its application. */
type Tagged = PvApplication & { [TRACKED]?: TrackedApplication };

/** The shared state of the PV model in one replication. */
export class PvState {
  readonly ctx: ModelContext;
  /** Waits in working days (a study, a connection, an upgrade's construction). */
  readonly clock: WorkClock;
  /** PV connected and filed on every transformer, and what the rule in force allows. */
  readonly hosting: HostingState;
  /** Start of each quarter, simulation hours: when the zones are reviewed. */
  readonly quarterStarts: readonly number[];
  /** Every application so far, in order of filing; `id` is the index. */
  readonly applications: TrackedApplication[];
  /** The application of each request not drawn by this model (few; see {@link applicationOf}). */
  readonly #byRequest = new Map<PvApplication, TrackedApplication>();
  /** Each transformer's zone as last published (plan 三.(九).1: published regularly). */
  readonly publishedZones: Uint8Array;
  /** Deferred applications of each transformer, in arrival order (undefined: none yet). */
  readonly waitingQueues: (TrackedApplication[] | undefined)[];
  /** 1 while a transformer's upgrade is under construction. */
  readonly underUpgrade: Uint8Array;
  /** The published zones at each review and at the horizon. */
  readonly zoneSnapshots: ZoneSnapshot[] = [];
  /** Every upgrade decided, in order of decision. */
  readonly upgradeRecords: UpgradeRecord[] = [];
  /** Upgrades decided so far. */
  upgradesStarted = 0;
  /** Money committed to upgrades so far, yuan. */
  upgradeSpentCny = 0;
  /** Largest (connected + filed) / rating right after an admission; NaN before the first. */
  maxShareAfterAdmission = NaN;

  /**
   * @param rule the hosting-capacity rule in force
   * @param applications the year's applications, by filing time (growth.ts)
   */
  constructor(
    ctx: ModelContext,
    rule: HostingRule,
    quarterStarts: readonly number[],
    applications: TrackedApplication[],
  ) {
    this.ctx = ctx;
    this.clock = new WorkClock(ctx.env, ctx.calendar, ctx.horizon);
    this.hosting = new HostingState(ctx.county.transformers, ctx.county.feeders, rule);
    this.quarterStarts = quarterStarts;
    this.applications = applications;
    for (const app of applications) (app.request as Tagged)[TRACKED] = app;
    const transformerCount = this.hosting.size;
    this.publishedZones = new Uint8Array(transformerCount);
    this.waitingQueues = new Array(transformerCount);
    this.underUpgrade = new Uint8Array(transformerCount);
  }

  /**
   * The application of `request`. An application the PV model did not submit (e.g. from
   * another source) is followed too, filed now.
   *
   * @param hook the hook asking, named in the error
   * @throws Error when `request` names no transformer of the county or no capacity
   */
  applicationOf(request: PvApplication, hook: string): TrackedApplication {
    const tagged = (request as Tagged)[TRACKED];
    if (tagged !== undefined && this.applications[tagged.id] === tagged) return tagged;
    const known = this.#byRequest.get(request);
    if (known !== undefined) return known;
    const { county, env } = this.ctx;
    const byId = county.transformerById.get(request.transformerId);
    const transformer = byId === undefined ? -1 : county.transformers.indexOf(byId);
    if (transformer < 0 || !(request.capacityKw > 0)) {
      throw new Error(
        `${hook}: expected a PV application on a transformer of the county with capacityKw > ` +
          `0, found ${JSON.stringify(request)}`,
      );
    }
    const app = trackedApplication(this.applications.length, transformer, request, env.now);
    this.applications.push(app);
    this.#byRequest.set(request, app);
    return app;
  }
}

/**
 * What every sub-model of a county-year shares: one environment, one calendar, one family of
 * random streams, the county's data, and a few hooks through which the models talk to each other
 * (a PV adoption becomes a connection application; a new 10 kV connection needs a cut-over
 * outage). A sub-model is a `setup` function: it starts its processes on `ctx.env` and returns a
 * `finish` function that the county-year calls at the horizon to collect its results.
 */
import type { WorkCalendar } from "../engine/calendar.ts";
import type { Environment } from "../engine/environment.ts";
import type { RandomStreams } from "../engine/random/streams.ts";
import type { Waitable } from "../engine/waitable.ts";
import type { County } from "../data/county.ts";

/** The shared state of one replication of one county-year. */
export interface ModelContext {
  env: Environment;
  /** Working calendar whose epoch (time 0) is 00:00 on 1 January of `year`. */
  calendar: WorkCalendar;
  /**
   * The replication's random streams. Each model names its streams with its own prefix
   * (`applications.arrivals.residential`, `reliability.faults.F001`, `pv.adoption`), so that a
   * change in one model never shifts another model's draws (common random numbers).
   */
  streams: RandomStreams;
  county: County;
  /** The simulated calendar year. */
  year: number;
  /** Start of the year in simulation hours (00:00 on 1 January of `year`: the calendar's epoch, 0). */
  start: number;
  /** End of the year in simulation hours (00:00 on 1 January of `year + 1`). */
  horizon: number;
  /**
   * Start of the warm-up (≤ `start`): the application model runs from here, with the arrivals
   * of the months before the year, so that the county carries work on 1 January (queues, staff
   * and crews loaded). The other models start at `start`. Equal to `start` without a warm-up.
   */
  warmupStart: number;
  /**
   * Cap of the run-out (≥ `horizon`): the application model follows the year's cohort (the
   * applications filed in the year) past the horizon until each is energised or refused, with
   * the arrivals of the months after the year still loading the staff, but no later than this.
   * An application still open at the cap counts as outside every limit. Equal to `horizon`
   * without a run-out.
   */
  runOutCap: number;
  hooks: ModelHooks;
  /**
   * The sub-models taking part in this replication. A model whose partner is absent falls back
   * on its own assumptions (the reliability model uses a rate of 10 kV cut-overs when the
   * application model is not running; the application model draws `pv` arrivals from
   * `data/demand` when the PV model is not running).
   */
  active: ReadonlySet<ModelName>;
}

/** The sub-models of a county-year. */
export type ModelName = "applications" | "reliability" | "pv";

/** A PV connection application, as the PV model submits it to the application model. */
export interface PvApplication {
  /** Capacity applied for, kW. */
  capacityKw: number;
  /** Transformer area it connects in (an id of `county.transformers`). */
  transformerId: string;
  /** `household` rooftop PV (self-consumption, surplus to grid) or `commercial` (plan 三.(九)). */
  kind: "household" | "commercial";
}

/**
 * How the models call each other. A model that provides a hook sets it during `setup`; the
 * others call it during the run (never during setup, so setup order does not matter).
 */
export interface ModelHooks {
  /**
   * Set by the application model: submit a connection application now (the PV model turns
   * each Bass-diffusion adopter into one). When the PV model is active, the application model
   * does not generate `pv` arrivals from `data/demand` itself.
   */
  submitPvApplication?: (application: PvApplication) => void;
  /**
   * Set by the PV model: called by the application model when a PV application is ready to be
   * connected. Returns what the application must wait for before it may connect (nothing for a
   * green zone, a study delay in hours for yellow, a Waitable triggered when capacity frees up
   * for red) and records the decision.
   */
  pvAdmission?: (application: PvApplication) => number | Waitable;
  /** Set by the PV model: the PV application was energised (its kW are now connected). */
  pvConnected?: (application: PvApplication) => void;
  /**
   * Set by the reliability model: a new 10 kV connection on `feederId` needs a cut-over job
   * (a planned outage unless done live-line), which may be bundled with other planned work.
   */
  cutOver?: (feederId: string) => void;
}

/** What a sub-model's `finish` returns. */
export interface ModelResult<R extends Record<string, readonly object[]>> {
  /**
   * Flat numeric KPIs of this replication, keyed by dotted paths (`timeline.residential.
   * withinTarget`, `reliability.saidiHours`). The runner summarises each key across
   * replications and nests the dotted path into `summary.json`. NaN means "not defined in this
   * replication" (e.g. a mean over no applications) and is left out of the summary's mean.
   */
  kpis: Record<string, number>;
  /** Per-item records (applications, outages, PV applications) for export and plots. */
  records: R;
}

/** A sub-model: starts its processes and returns how to collect its results at the horizon. */
export type Setup<P, R extends Record<string, readonly object[]>> = (
  ctx: ModelContext,
  parameters: P,
) => () => ModelResult<R>;

/**
 * Cut-overs of new 10 kV connections (搭接): the application model books one through
 * `ctx.hooks.cutOver` when a connection is ready; when it does not run, they come at a yearly
 * rate (`startFallbackCutOvers`). A cut-over becomes an outage no earlier than the notice
 * period after the connection is ready (电力供应与使用条例 art. 28), on a working day; one whose
 * earliest date falls into next year is counted and left out of this year.
 *
 * Each cut-over draws its three numbers (section, live-line, duration) when it is booked,
 * whatever becomes of it (common random numbers).
 *
 * @module
 */
import type { Rng } from "../../engine/random/rng.ts";
import { Tally } from "../../engine/stats/tally.ts";
import { startArrivals } from "./arrivals.ts";
import { triangularQuantile } from "../../engine/random/triangular.ts";
import type { JobPlacement } from "./job-placement.ts";
import type { Network } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import { type PlannedJob, sectionScope, workStart } from "./planned-job.ts";
import { WeightedPick } from "../../engine/random/weighted-pick.ts";
import type { ReliabilityYear } from "./year.ts";

/** The levers of cut-overs. */
export type CutOverLevers = Pick<
  ReliabilityParameters["planned"],
  | "noticeDays"
  | "startHour"
  | "liveLineShare10kv"
  | "cutOverHoursMin"
  | "cutOverHoursMode"
  | "cutOverHoursMax"
>;

/** The year's cut-overs. */
export class CutOvers {
  /** Cut-overs booked. */
  jobs = 0;
  /** Cut-overs whose earliest date falls into next year. */
  nextYear = 0;
  /** Days a cut-over outage waited beyond its earliest date to share an outage. */
  readonly waitDays = new Tally({ quantiles: [] });
  readonly #year: ReliabilityYear;
  readonly #levers: CutOverLevers;
  readonly #placement: JobPlacement;
  readonly #rng: Rng;

  constructor(year: ReliabilityYear, levers: CutOverLevers, placement: JobPlacement) {
    this.#year = year;
    this.#levers = levers;
    this.#placement = placement;
    this.#rng = year.streams.stream("reliability.planned.cutOverDraws");
  }

  /** Books a cut-over on feeder `feeder` (index in `Network.feeders`), ready now. */
  book(feeder: number): void {
    const { env, network, origin, working } = this.#year;
    const levers = this.#levers;
    const sectionU = this.#rng();
    const liveU = this.#rng();
    const hoursU = this.#rng();
    this.jobs++;
    // 电力供应与使用条例 art. 28: the outage is announced `noticeDays` ahead, so it starts on
    // the first working day at least that long after the connection is ready.
    const ready = env.now + levers.noticeDays * 24;
    let day = Math.floor((ready - origin) / 24);
    if (workStart(origin, day, levers.startHour) < ready) day++;
    while (day < working.length && working[day] === 0) day++;
    if (day >= working.length) {
      this.nextYear++;
      return;
    }
    const earliest = workStart(origin, day, levers.startHour);
    const feederState = network.feeders[feeder];
    const job: PlannedJob = {
      kind: "cutover",
      feeder,
      time: earliest,
      scope: sectionScope(feederState, Math.floor(sectionU * feederState.sectionCustomers.length)),
      live: liveU < levers.liveLineShare10kv,
      hours: triangularQuantile(
        hoursU,
        levers.cutOverHoursMin,
        levers.cutOverHoursMode,
        levers.cutOverHoursMax,
      ),
    };
    const outage = this.#placement.placeCutOver(job);
    if (outage !== null) this.waitDays.add((outage.start - earliest) / 24);
  }
}

/**
 * Cut-overs at `perYear` when the application model does not run, on feeders in proportion to
 * the customer-owned transformers already on each (where new 10 kV customers connect), or to
 * their customers when the data has none.
 */
export function startFallbackCutOvers(
  year: ReliabilityYear,
  perYear: number,
  cutOvers: CutOvers,
): void {
  const feederPick = new WeightedPick(connectionWeights(year.network));
  const arrivals = year.streams.stream("reliability.planned.cutOvers");
  const everyDay = new Float64Array(year.working.length).fill(1);
  startArrivals(year.env, arrivals, year.origin, perYear, everyDay, () => {
    cutOvers.book(feederPick.pick(arrivals()));
  });
}

/** Each feeder's weight as the place of a new 10 kV connection. */
function connectionWeights(network: Network): number[] {
  const owned = network.feeders.map((f) =>
    f.transformers.filter((t) => !network.transformers[t].isPublic).length
  );
  return owned.some((x) => x > 0) ? owned : network.feeders.map((f) => f.customers);
}

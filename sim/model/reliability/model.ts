/**
 * The outage and reliability model of a county-year (plan 二.(四), 三.(五)): faults on every
 * feeder restored by automation and repair crews, planned work with live-line share, one
 * outage many uses and the zero-planned-outage zone, and the IEEE 1366 indices against the
 * plan's target. The README of this folder lists the steps and their modules; `faults.ts` and
 * `planned.ts` string them together, `kpis.ts` computes the results, `parameters.ts` holds the
 * levers.
 *
 * Interplay: it sets `ctx.hooks.cutOver`, through which the application model books the
 * cut-over of each new 10 kV connection; when the application model does not run, cut-overs
 * come at the rate `planned.cutOversPerYear`.
 *
 * @example
 * const ctx = createContext({ county, calendar, year: 2023, seed: 1, replication: 0 });
 * const finish = setupReliability(ctx, defaultsOf(RELIABILITY_SPEC));
 * ctx.env.run(ctx.horizon);
 * finish().kpis["reliability.saidiHours"]; // e.g. 4.6
 *
 * @module
 */
import type { ModelContext, Setup } from "../context.ts";
import { checkReliabilityParameters } from "./validate.ts";
import { CrewPool } from "./crews.ts";
import { startFaults } from "./faults.ts";
import { pastRecord } from "./history.ts";
import { reliabilityResult } from "./kpis.ts";
import { Ledger } from "./ledger.ts";
import { networkOf } from "./network.ts";
import type { ReliabilityParameters, ReliabilityRecords } from "./parameters.ts";
import { startPlanned } from "./planned.ts";
import { drawWeather } from "./weather.ts";
import { daysOfYear, type ReliabilityYear } from "./year.ts";

/** Sets up the reliability model on `ctx`; the returned function collects its results. */
export const setupReliability: Setup<ReliabilityParameters, ReliabilityRecords> = (
  ctx,
  parameters,
) => {
  checkReliabilityParameters(parameters);
  const { env, county, horizon } = ctx;
  const record = pastRecord(county, ctx.year, parameters.med);
  const year = reliabilityYear(ctx, parameters);
  const crews = new CrewPool(env, parameters.crews, horizon, county);
  const finishFaults = startFaults(year, parameters, crews);
  const planned = startPlanned(year, parameters.planned, !ctx.active.has("applications"));
  ctx.hooks.cutOver = (feederId: string) => {
    const feeder = year.network.feederIndex.get(feederId);
    if (feeder === undefined) {
      throw new Error(
        `reliability: cutOver called with an unknown feeder id ${JSON.stringify(feederId)}`,
      );
    }
    planned.cutOver(feeder);
  };

  return () =>
    reliabilityResult({
      medBasis: parameters.med.basis,
      network: year.network,
      ledger: year.ledger,
      med: record.med,
      lastYear: record.lastYear,
      faults: finishFaults(horizon),
      planned: planned.finish(),
      crews,
      now: env.now,
    });
};

/** The year the steps share: its days, the network, the storm days drawn, an empty ledger. */
function reliabilityYear(ctx: ModelContext, parameters: ReliabilityParameters): ReliabilityYear {
  const { env, calendar, streams, horizon } = ctx;
  const days = daysOfYear(calendar, ctx.year, horizon);
  const network = networkOf(ctx.county, {
    automation: parameters.automation,
    demoZone: parameters.planned.demoZone,
    patrolKmPerHour: parameters.restoration.patrolKmPerHour,
  });
  const weather = drawWeather(streams.stream("reliability.storms"), parameters, days.monthOfDay);
  // The dates come from the memo of the year's days: filled here, one replication at a time, a
  // sparse array of them cost about 0.4 % of a county-year of plan-2023.
  const { dateOfDay } = days;
  const ledger = new Ledger(
    days.monthOfDay.length,
    parameters.restoration.sustainedThresholdMinutes,
    parameters.compensation.enabled ? parameters.compensation : null,
    (day) => dateOfDay[day],
  );
  return { env, streams, ...days, network, weather, ledger };
}

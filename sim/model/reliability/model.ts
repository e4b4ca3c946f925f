/**
 * The outage and reliability model of a county-year (plan 二.(四), 三.(五)): faults on every
 * feeder restored by automation and repair crews, planned work with live-line share, one
 * outage many uses and the zero-planned-outage zone, and the IEEE 1366 indices against the
 * plan's target. See `faults.ts`, `restoration.ts`, `planned.ts` and `kpis.ts` for the rules,
 * `parameters.ts` for the levers.
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
import type { Setup } from "../context.ts";
import { checkReliabilityParameters } from "./check-parameters.ts";
import { CrewPool } from "./crews.ts";
import { startFaults } from "./faults.ts";
import { dailySaidiMinutes, historyBefore, yearSaidi } from "./history.ts";
import { reliabilityResult } from "./kpis.ts";
import { Ledger } from "./ledger.ts";
import { medThreshold } from "./med.ts";
import { memo } from "../memo.ts";
import { buildNetwork } from "./network.ts";
import type { ReliabilityParameters, ReliabilityRecords } from "./parameters.ts";
import { startPlanned } from "./planned.ts";
import { drawWeather } from "./weather.ts";

/** Sets up the reliability model on `ctx`; the returned function collects its results. */
export const setupReliability: Setup<ReliabilityParameters, ReliabilityRecords> = (ctx, p) => {
  checkReliabilityParameters(p);
  const { env, calendar, streams, county, year, horizon } = ctx;
  const origin = calendar.timeOf(`${year}-01-01`);
  const days = Math.round((horizon - origin) / 24);
  // Inputs that do not change between replications are computed once (memo.ts).
  const { monthOfDay, working } = memo(calendar, `year:${year}:${origin}:${days}`, () => {
    const month = new Uint8Array(days);
    const work = new Uint8Array(days);
    for (let d = 0; d < days; d++) {
      month[d] = calendar.month(origin + d * 24 + 12);
      work[d] = calendar.isWorkingDay(origin + d * 24 + 12) ? 1 : 0;
    }
    return { monthOfDay: month, working: work };
  });

  // The record before this year: T_MED (IEEE 1366 §4.5), and the SAIDI of the year before this
  // one (plan 二.(四): "−8 % on last year"; NaN when the record lacks that year, see history.ts).
  const { med, lastYear } = memo(
    county,
    `history:${year}:${p.med.historyYears}:${p.med.basis}`,
    () => {
      const history = historyBefore(county.history, year, p.med.historyYears);
      return {
        med: medThreshold(dailySaidiMinutes(history, p.med.basis)),
        lastYear: yearSaidi(county.history, year - 1),
      };
    },
  );

  const networkLevers = [p.automation, p.planned.demoZone, p.restoration.patrolKmPerHour];
  const network = memo(
    county,
    `network:${JSON.stringify(networkLevers)}`,
    () => buildNetwork(county, p),
  );
  const weather = drawWeather(streams.stream("reliability.storms"), p, monthOfDay);
  const dates: string[] = [];
  const ledger = new Ledger(
    days,
    p.restoration.sustainedThresholdMinutes,
    p.compensation.enabled ? p.compensation : null,
    (day) => (dates[day] ??= calendar.dateOf(origin + day * 24)),
  );
  const crews = new CrewPool(env, p.crews, horizon);
  const finishFaults = startFaults({ env, streams, p, network, weather, crews, ledger, origin });
  const planned = startPlanned({
    env,
    streams,
    p,
    network,
    weather,
    ledger,
    origin,
    monthOfDay,
    working,
    fallbackCutOvers: !ctx.active.has("applications"),
  });
  ctx.hooks.cutOver = (feederId: string) => {
    const feeder = network.feederIndex.get(feederId);
    if (feeder === undefined) {
      throw new Error(
        `reliability: cutOver called with an unknown feeder id ${JSON.stringify(feederId)}`,
      );
    }
    planned.cutOver(feeder);
  };

  return () =>
    reliabilityResult({
      medBasis: p.med.basis,
      network,
      ledger,
      med,
      lastYear,
      faults: finishFaults(horizon),
      planned: planned.finish(),
      crews,
      now: env.now,
    });
};

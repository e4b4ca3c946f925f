/**
 * The scorecard's KPIs of one replication (`scorecard.*`): the Doing Business case's four
 * components, their scores and the topic score (DB2020 scale), and the B-READY "Utility
 * Services" operational measures of electricity the simulation gives.
 *
 * - Procedures, days and cost come from the case followed through the county
 *   (`sim/model/applications/doing-business.ts`); cost as % of income per capita.
 * - The reliability index reads the year's SAIDI and SAIFI on the every-customer basis with
 *   every sustained interruption, planned ones and major event days included (the method counts
 *   every outage of 5 minutes or more, nothing excluded), the feeders' automation (restoration
 *   tools: any feeder restored by remote control or self-healing), the compensation lever
 *   (a financial deterrent) and the county's facts (`parameters.ts`).
 *
 * @module
 */
import type { CaseMeasures } from "../model/applications/doing-business.ts";
import type { ScorecardParameters } from "./parameters.ts";
import { reliabilityIndex } from "./reliability-index.ts";
import { gettingElectricityScore } from "./score.ts";

/** What the scorecard reads of the other models' levers. */
export interface ScorecardInput {
  caseMeasures: CaseMeasures;
  /** The replication's KPIs so far (the reliability model's among them). */
  kpis: Readonly<Record<string, number>>;
  levers: ScorecardParameters;
  /** Whether the reliability model's compensation scheme is on (三.(五)). */
  compensation: boolean;
}

/** The scorecard KPIs of a replication. */
export function scorecardKpis(input: ScorecardInput): Record<string, number> {
  const { caseMeasures: m, kpis, levers } = input;
  const saidiHours = kpis["reliability.saidiHours"];
  const saifi = kpis["reliability.saifi"];
  const automated = (kpis["reliability.automation.remote"] ?? 0) +
    (kpis["reliability.automation.self_healing"] ?? 0);
  const index = reliabilityIndex({
    saidiHours,
    saifi,
    monitoring: levers.outageMonitoring,
    restoration: automated > 0,
    regulator: levers.regulatorMonitoring,
    deterrent: input.compensation,
    tariffs: levers.tariffsPublished,
  });
  const costPercent = (100 * m.costCny) / levers.incomePerCapitaCny;
  const scores = gettingElectricityScore({
    procedures: m.procedures,
    days: m.days,
    costPercent,
    reliabilityIndex: index.index,
  });
  return {
    "scorecard.procedures": m.procedures,
    "scorecard.days": m.days,
    "scorecard.costCny": m.costCny,
    "scorecard.costPercent": costPercent,
    "scorecard.reliabilityIndex": index.index,
    "scorecard.indexScored": index.scored ? 1 : 0,
    "scorecard.caseEnergised": m.energised,
    "scorecard.componentScore.procedures": scores.procedures,
    "scorecard.componentScore.days": scores.days,
    "scorecard.componentScore.costPercent": scores.costPercent,
    "scorecard.componentScore.reliabilityIndex": scores.reliabilityIndex,
    "scorecard.score": scores.score,
    // B-READY, Utility Services (electricity): outages in a typical month, their mean length.
    "scorecard.bReady.outagesPerMonth": saifi / 12,
    "scorecard.bReady.outageHours": saifi > 0 ? saidiHours / saifi : 0,
  };
}

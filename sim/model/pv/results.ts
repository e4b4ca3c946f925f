/**
 * The PV model's results at the horizon: its KPIs (kpis.ts) and its records (records.ts), the
 * records built only when read.
 *
 * @module
 */
import type { ModelResult } from "../context.ts";
import { lazyRecords } from "../lazy-records.ts";
import type { HostingState } from "./hosting-state.ts";
import { type PvKpiInput, pvKpis } from "./kpis.ts";
import { applicationRecords, type PvRecords, zoneRecords } from "./records.ts";

export type { PvRecords } from "./records.ts";

/** What {@link pvResults} summarises. */
export interface PvResultsInput extends PvKpiInput {
  hosting: HostingState;
  feederIds: readonly string[];
}

/** The KPIs ({@link pvKpis}) and records of the PV model at the horizon. */
export function pvResults(input: PvResultsInput): ModelResult<PvRecords> {
  const { ctx, applications, snapshots } = input;
  const kpis = pvKpis(input);
  const upgrades = input.upgrades.slice();
  const records = lazyRecords<PvRecords>({
    pvApplications: () => applicationRecords(applications, ctx),
    zones: () =>
      zoneRecords(snapshots, ctx.county.transformers, input.hosting.feeder, input.feederIds),
    pvUpgrades: () => upgrades,
  });
  return { kpis, records };
}

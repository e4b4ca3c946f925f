/**
 * The plan's PV cap audited on the county's actual state (plan 三.(九).3: on transformers of
 * every level, 各级变压器, PV connected + filed + under construction ≤ 80 % of the rating).
 *
 * The admission rule only stops new applications that do not fit; it cannot tell whether the
 * county meets the cap. So at every quarterly review and at the horizon this module counts the
 * areas whose PV is above the cap, whatever put it there: PV already over on 1 January (the data's
 * `pv_connected_kw + pv_filed_kw`) as well as admissions of the year. The cap is the plan's 80 %
 * ({@link PV_TRANSFORMER_SHARE}), not the `pv.hosting.limitShareOfRating` lever: a scenario that
 * raises the lever is audited against the plan, so its verdict can fail.
 *
 * Two levels are audited: distribution transformers (each area's rating, upgrades included) and
 * the 110 kV / 35 kV substations the feeders leave from (`grid/feeders.csv`, column
 * `substation`), whose rating the data does not give: see {@link SUBSTATION_CAPACITY_LOAD_RATIO}.
 *
 * @module
 */
import type { County } from "../../data/county.ts";
import type { Feeder } from "../../data/feeders.ts";
import { memo } from "../memo.ts";
import { PV_TRANSFORMER_SHARE } from "../plan.ts";
import type { ZoneSnapshot } from "./records.ts";
import { KW_TOLERANCE } from "./zone.ts";

/** The clause audited: 三.(九).3 (PV ≤ 80 % of the rating on transformers of every level). */
export const PV_CAP_CLAUSE = "三.(九).3";

/**
 * Assumed capacity-to-load ratio (容载比) of the 110 kV and 35 kV substations: main-transformer
 * rating = this × the summed peak loads of the substation's feeders. The data has no substation
 * rating, and a single typical unit (2 × 50 MVA at 110 kV, 2 × 10 MVA at 35 kV) would ignore its
 * loads: the default data's 35 kV stations carry 19–55 MW of feeder peaks, which 2 × 10 MVA
 * cannot. Planners size main transformers from the load by this ratio; the urban-grid planning
 * guideline's range for 35–110 kV grids is 1.8–2.1 (城市电力网规划设计导则, as quoted
 * in http://wap.manyoumao.com/lizhi/134758.html), and DL/T 5729-2016 (配电网规划设计技术导则)
 * relates it to load growth. The lower end, 1.8, is taken: the smaller the rating, the stricter
 * the audit. The sum of feeder peaks is at least the substation's coincident peak, which offsets
 * that a little. Neither the feeders' trunk ratings (they bound what the lines carry, not the
 * transformers) nor the voltage (only the substation id names it) enter.
 */
export const SUBSTATION_CAPACITY_LOAD_RATIO = 1.8;

/** Areas above the cap at one review. */
export interface OverCapCount {
  /** Areas above the cap. */
  count: number;
  /** Largest PV / rating over the areas (0 when there are none). */
  maxShare: number;
}

/** Transformer areas above the cap at one review, split by what put them there. */
export interface OverCap extends OverCapCount {
  /** Of `count`, areas already above the cap on 1 January. */
  preexisting: number;
  /**
   * Of `count`, areas whose share of the rating rose during the year (admissions added PV):
   * below the cap on 1 January, or above it by less. Overlaps `preexisting` when PV was added to
   * an area already above the cap, which the plan's rule never admits.
   */
  causedByAdmissions: number;
}

/** Whether `usedKw` of PV on `ratingKva` is above the plan's cap (80 % of the rating). */
export function overCap(usedKw: number, ratingKva: number): boolean {
  return usedKw > PV_TRANSFORMER_SHARE * ratingKva + KW_TOLERANCE;
}

/** PV / rating; 0 for no PV, Infinity for PV on a zero rating. */
function shareOf(usedKw: number, ratingKva: number): number {
  return usedKw === 0 ? 0 : usedKw / ratingKva;
}

/** Every transformer on 1 January, from the data (PV connected + filed). */
export interface January {
  /** PV / rating. */
  share: Float64Array;
  /** 1 when above the cap. */
  over: Uint8Array;
}

/** The transformers' state on 1 January. */
export function januaryOf(county: County): January {
  const transformers = county.transformers;
  const used = (k: number) => transformers[k].pvConnectedKw + transformers[k].pvFiledKw;
  return {
    share: Float64Array.from(transformers, (t, k) => shareOf(used(k), t.ratingKva)),
    over: Uint8Array.from(transformers, (t, k) => (overCap(used(k), t.ratingKva) ? 1 : 0)),
  };
}

/** The transformers above the cap in `snapshot`, against their state on 1 January. */
export function transformersOverCap(snapshot: ZoneSnapshot, january: January): OverCap {
  const result: OverCap = { count: 0, preexisting: 0, causedByAdmissions: 0, maxShare: 0 };
  for (let i = 0; i < snapshot.usedKw.length; i++) {
    const share = shareOf(snapshot.usedKw[i], snapshot.ratingKva[i]);
    if (share > result.maxShare) result.maxShare = share;
    if (!overCap(snapshot.usedKw[i], snapshot.ratingKva[i])) continue;
    result.count++;
    if (january.over[i] === 1) result.preexisting++;
    if (share > january.share[i] + KW_TOLERANCE / snapshot.ratingKva[i]) {
      result.causedByAdmissions++;
    }
  }
  return result;
}

/** The 110 / 35 kV substations of a county and their assumed ratings. */
export interface Substations {
  ids: string[];
  /** Index in `ids` of each feeder's substation, indexed like `county.feeders`. */
  ofFeeder: Int32Array;
  /** {@link SUBSTATION_CAPACITY_LOAD_RATIO} × the summed peaks of its feeders, kVA. */
  ratingKva: Float64Array;
}

/** Groups `feeders` by substation and rates each substation from its feeders' peak loads. */
export function substationsOf(feeders: readonly Feeder[]): Substations {
  const index = new Map<string, number>();
  const ofFeeder = new Int32Array(feeders.length);
  feeders.forEach((f, k) => {
    if (!index.has(f.substation)) index.set(f.substation, index.size);
    ofFeeder[k] = index.get(f.substation)!;
  });
  const ratingKva = new Float64Array(index.size);
  feeders.forEach((
    f,
    k,
  ) => (ratingKva[ofFeeder[k]] += SUBSTATION_CAPACITY_LOAD_RATIO * f.peakLoadKw));
  return { ids: [...index.keys()], ofFeeder, ratingKva };
}

/**
 * The substations above the cap in `snapshot`: a substation's PV is that of every transformer
 * area on its feeders, public and customer-owned (commercial PV included).
 */
export function substationsOverCap(snapshot: ZoneSnapshot, substations: Substations): OverCapCount {
  const used = new Float64Array(substations.ids.length);
  for (let f = 0; f < snapshot.feederUsedKw.length; f++) {
    used[substations.ofFeeder[f]] += snapshot.feederUsedKw[f];
  }
  const result: OverCapCount = { count: 0, maxShare: 0 };
  for (let k = 0; k < used.length; k++) {
    result.maxShare = Math.max(result.maxShare, shareOf(used[k], substations.ratingKva[k]));
    if (overCap(used[k], substations.ratingKva[k])) result.count++;
  }
  return result;
}

/**
 * The audit's KPIs (under `pv.`), each review labelled as its snapshot (`q1`…`q4`, `end`):
 * `overLimit.<label>.count|preexisting|causedByAdmissions|share` and `maxShare.<label>` for
 * transformers, `substations.overLimit.<label>.count` and `substations.maxShare.<label>`, and
 * `overLimit.worst.count`, `overLimit.worst.causedByAdmissions`,
 * `substations.overLimit.worst.count`: the largest count over the
 * reviews (what the plan's checks read).
 */
export function capAuditKpis(
  snapshots: readonly ZoneSnapshot[],
  county: County,
): Record<string, number> {
  const kpis: Record<string, number> = {};
  // The state on 1 January and the substations are the county's: the same every replication.
  const { january, substations } = memo(county, "pv.capAudit", () => ({
    january: januaryOf(county),
    substations: substationsOf(county.feeders),
  }));
  let worst = 0;
  let worstCaused = 0;
  let worstSubstations = 0;
  for (const snapshot of snapshots) {
    const { label } = snapshot;
    // Transformer areas and substations above the cap (三.(九).3: 各级变压器).
    const areas = transformersOverCap(snapshot, january);
    kpis[`pv.overLimit.${label}.count`] = areas.count;
    kpis[`pv.overLimit.${label}.preexisting`] = areas.preexisting;
    kpis[`pv.overLimit.${label}.causedByAdmissions`] = areas.causedByAdmissions;
    kpis[`pv.overLimit.${label}.share`] = snapshot.usedKw.length > 0
      ? areas.count / snapshot.usedKw.length
      : 0;
    kpis[`pv.maxShare.${label}`] = areas.maxShare;
    const stations = substationsOverCap(snapshot, substations);
    kpis[`pv.substations.overLimit.${label}.count`] = stations.count;
    kpis[`pv.substations.maxShare.${label}`] = stations.maxShare;
    worst = Math.max(worst, areas.count);
    worstCaused = Math.max(worstCaused, areas.causedByAdmissions);
    worstSubstations = Math.max(worstSubstations, stations.count);
  }
  // No review, nothing measured: undefined rather than a count of 0 that would pass the check.
  const measured = snapshots.length > 0;
  kpis["pv.overLimit.worst.count"] = measured ? worst : NaN;
  kpis["pv.overLimit.worst.causedByAdmissions"] = measured ? worstCaused : NaN;
  kpis["pv.substations.overLimit.worst.count"] = measured ? worstSubstations : NaN;
  return kpis;
}

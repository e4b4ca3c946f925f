/**
 * What a county sizing says, as plain data: the table per role and station (count, utilisation,
 * mean wait, cost), the probability of each verdict at the answer and at one less of each role
 * (so a planner sees which role binds), and every candidate's cost against the probability of
 * meeting every target (the chart). `size.json`, `size.csv`, the page and the notebook read it.
 *
 * @module
 */
import { formatValue } from "../runner/headline.ts";
import { TARGET_CHECKS } from "../runner/targets.ts";
import type { CountySizing } from "./county.ts";
import { type Candidate, type GroupVerdict, groupVerdict, targetProbability } from "./search.ts";

/** One row of the answer's table. */
export interface SizingRow {
  id: string;
  role: string;
  /** The repair crews' shift; absent for staff. */
  shift?: "day" | "night";
  /** The station (or region, for repair crews) whose count it is; null for county-wide staff. */
  station: string | null;
  /** The scenario's count, and the answer's. */
  scenarioCount: number;
  count: number;
  /** Whether the search changed it (false: held at the scenario's). */
  sized: boolean;
  unitCostCny: number;
  costCny: number;
  /** Mean over the confirmation's replications (repair crews: every region together). */
  utilisation: number;
  meanWait: number;
  waitUnit: string;
  /** P(every target of its group) with one less of it; null when at its minimum or held. */
  oneLessProbability: number | null;
}

/** A verdict's probability at the answer and with one less of each sized resource. */
export interface VerdictRow {
  id: string;
  en: string;
  group: string;
  probability: number;
  n: number;
  /** By dimension id. */
  oneLess: Record<string, number>;
}

/** A candidate on the chart. */
export interface CandidatePoint {
  counts: Record<string, number>;
  costCny: number;
  replications: number;
  /** P(every searched target) with its 95 % Wilson interval. */
  probability: number;
  ci95: [number, number];
  answer: boolean;
}

/** `size.json`. */
export interface SizingSummary {
  scenario: string;
  seed: number;
  confidence: number;
  rule: string;
  screenReplications: number;
  confirmReplications: number;
  screenShare: number;
  replicationsSpent: number;
  seconds: number;
  confirmed: boolean;
  infeasibleGroups: string[];
  unreachable: { id: string; en: string; group: string; probabilityAtCeiling: number }[];
  answer: {
    costCny: number;
    scenarioCostCny: number;
    groups: GroupVerdict[];
    rows: SizingRow[];
    verdicts: VerdictRow[];
  } | null;
  candidates: CandidatePoint[];
}

const mean = (xs: readonly number[]) => {
  const finite = xs.filter(Number.isFinite);
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
};

/** The summary of a county sizing. */
export function summarizeSizing(sizing: CountySizing): SizingSummary {
  const { search, dimensions } = sizing;
  const { confidence, screenReps, confirmReps } = sizing.options;
  const targets = search.targets;
  const en = (id: string) => TARGET_CHECKS.find((c) => c.id === id)?.en ?? id;
  const answer = search.answer;
  const lessOf = (i: number) => search.oneLess.find((o) => o.dimension === i)?.candidate;
  const rows = answer === null ? [] : dimensions.map((d, i): SizingRow => {
    const less = lessOf(i);
    return {
      id: d.id,
      role: d.role,
      ...(d.shift === undefined ? {} : { shift: d.shift }),
      station: d.station,
      scenarioCount: d.base,
      count: answer.counts[i],
      sized: search.dimensions[i].free,
      unitCostCny: d.unitCost,
      costCny: answer.counts[i] * d.unitCost,
      utilisation: mean(answer.outcomes.map((o) => o.measures?.[d.utilisationKpi] ?? NaN)),
      meanWait: mean(answer.outcomes.map((o) => o.measures?.[d.waitKpi] ?? NaN)),
      waitUnit: d.waitUnit,
      oneLessProbability: less === undefined
        ? null
        : groupVerdict(less, targets, d.group, confirmReps).probability,
    };
  });
  const verdicts = answer === null ? [] : targets.map((t): VerdictRow => {
    const at = targetProbability(answer, t.id);
    return {
      id: t.id,
      en: en(t.id),
      group: t.group,
      probability: at.probability,
      n: at.n,
      oneLess: Object.fromEntries(
        search.oneLess.map((o) => [
          dimensions[o.dimension].id,
          targetProbability(o.candidate, t.id, confirmReps).probability,
        ]),
      ),
    };
  });
  const groups = [...new Set(targets.map((t) => t.group))];
  const point = (c: Candidate): CandidatePoint => {
    const all = groupVerdict(c, targets, null);
    return {
      counts: Object.fromEntries(
        dimensions.flatMap((d, i) => search.dimensions[i].free ? [[d.id, c.counts[i]]] : []),
      ),
      costCny: c.cost,
      replications: c.outcomes.length + c.extra.size,
      probability: all.probability,
      ci95: all.ci95,
      answer: c === answer,
    };
  };
  return {
    scenario: sizing.scenario.name,
    seed: sizing.seed,
    confidence,
    rule: `every target of each group met in one replication with probability ≥ ${confidence}, ` +
      `judged on the lower end of the 95 % Wilson interval over the confirmation's replications`,
    screenReplications: screenReps,
    confirmReplications: confirmReps,
    screenShare: search.screenShare,
    replicationsSpent: search.replications,
    seconds: sizing.seconds,
    confirmed: search.confirmed,
    infeasibleGroups: search.infeasibleGroups,
    unreachable: search.unreachable.map((u) => ({
      id: u.target.id,
      en: en(u.target.id),
      group: u.target.group,
      probabilityAtCeiling: u.probability,
    })),
    answer: answer === null ? null : {
      costCny: answer.cost,
      scenarioCostCny: dimensions.reduce((sum, d) => sum + d.base * d.unitCost, 0),
      groups: groups.map((g) => groupVerdict(answer, targets, g)),
      rows,
      verdicts,
    },
    candidates: search.candidates.map(point),
  };
}

/** The station column of a county-wide count (a role pooled over the county). */
export const COUNTY_WIDE = "all";

/** The rows of `size.csv`: one per role and station. */
export function sizingCsvRows(summary: SizingSummary): Record<string, unknown>[] {
  return (summary.answer?.rows ?? []).map((r) => ({
    id: r.id,
    role: r.role,
    shift: r.shift ?? "",
    station: r.station ?? COUNTY_WIDE,
    scenario_count: r.scenarioCount,
    count: r.count,
    sized: r.sized ? "yes" : "no",
    unit_cost_cny: r.unitCostCny,
    cost_cny: r.costCny,
    utilisation: r.utilisation,
    mean_wait: r.meanWait,
    wait_unit: r.waitUnit,
    p_group_one_less: r.oneLessProbability ?? undefined,
  }));
}

/** The header of the answer's table, as the command prints it and the page shows it. */
export const SIZING_TABLE_HEADER = [
  "role",
  "station",
  "scenario",
  "answer",
  "utilisation",
  "mean wait",
  "cost ¥/year",
  "P with one less",
];

/** One row of the answer's table, as text. */
export function sizingTableCells(r: SizingRow): string[] {
  return [
    r.shift === undefined ? r.role : `${r.role} (${r.shift})`,
    r.station ?? COUNTY_WIDE,
    String(r.scenarioCount),
    r.sized ? String(r.count) : `${r.count} (held)`,
    formatValue(r.utilisation, "share"),
    Number.isFinite(r.meanWait) ? `${r.meanWait.toFixed(2)} ${r.waitUnit}` : "–",
    String(Math.round(r.costCny)),
    r.oneLessProbability === null ? "–" : formatValue(r.oneLessProbability, "share"),
  ];
}

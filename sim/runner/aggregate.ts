/**
 * Across-replication summaries of every KPI: the flat per-replication KPIs (`timeline.
 * residential.withinTarget`) become a nested object (`timeline.residential.withinTarget.mean`,
 * `.ci95`, …) for `summary.json`.
 */
import { summarize } from "../engine/stats/summary.ts";

/** The summary of one KPI across replications. */
export interface KpiSummary {
  /** Replications in which the KPI was defined (finite). */
  n: number;
  mean: number;
  sd: number;
  /** 95 % Student-t confidence interval of the mean, [low, high]. */
  ci95: [number, number];
  min: number;
  max: number;
  median: number;
}

/** JSON has no NaN: undefined quantities are written as null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Summary of one KPI's values; NaN values (undefined in that replication) are left out. */
export function summarizeKpi(values: readonly number[]): KpiSummary | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const s = summarize(finite, 0.95);
  return {
    n: s.n,
    mean: s.mean,
    sd: s.sd,
    ci95: [s.ci[0], s.ci[1]],
    min: s.min,
    max: s.max,
    median: s.median,
  };
}

/** Every KPI key that occurs in any replication, sorted for a stable output. */
export function kpiKeys(replications: readonly Record<string, number>[]): string[] {
  const keys = new Set<string>();
  for (const kpis of replications) for (const key of Object.keys(kpis)) keys.add(key);
  return [...keys].sort();
}

/** Nests `value` into `target` at the dotted `path`. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== "object" || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * Summaries of every KPI, nested by their dotted keys. A KPI undefined in every replication
 * appears as null.
 *
 * @example
 * summarizeAll([{ "a.b": 1 }, { "a.b": 3 }]).a; // { b: { n: 2, mean: 2, … } }
 */
export function summarizeAll(
  replications: readonly Record<string, number>[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of kpiKeys(replications)) {
    const summary = summarizeKpi(replications.map((kpis) => kpis[key] ?? NaN));
    setPath(
      out,
      key,
      summary === null ? null : {
        ...summary,
        sd: finiteOrNull(summary.sd),
        ci95: summary.ci95.map(finiteOrNull),
      },
    );
  }
  return out;
}

/**
 * Compares scenarios KPI by KPI against the first one. Scenarios run with the same seed and
 * replication count share their random numbers (common random numbers), so replication r of
 * one is paired with replication r of the other and the paired-difference test applies (Law,
 * *Simulation Modeling and Analysis*, §10.2.1); otherwise Welch's test does.
 */
import { pairedDifference } from "../engine/stats/paired-difference.ts";
import { welchTTest } from "../engine/stats/welch-t-test.ts";
import { kpiKeys } from "./aggregate.ts";
import type { ScenarioRun } from "./run-scenario.ts";

/** One scenario's KPI against the first scenario's. */
export interface Difference {
  /** This scenario's mean minus the first one's. */
  difference: number;
  ci95: [number, number];
  pValue: number;
  significant: boolean;
  /** "paired" under common random numbers, else "welch". */
  test: "paired" | "welch";
}

/** A KPI across the compared scenarios. */
export interface KpiComparison {
  key: string;
  /** Mean per scenario, in the order given (NaN where undefined). */
  means: number[];
  /** Per scenario after the first: its difference from the first (null when not computable). */
  differences: (Difference | null)[];
}

function finitePairs(a: readonly number[], b: readonly number[]): [number[], number[]] {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Number.isFinite(a[i]) && Number.isFinite(b[i])) {
      x.push(a[i]);
      y.push(b[i]);
    }
  }
  return [x, y];
}

function mean(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? NaN : finite.reduce((s, v) => s + v, 0) / finite.length;
}

function differenceOf(base: ScenarioRun, other: ScenarioRun, key: string): Difference | null {
  const a = base.results.map((r) => r.kpis[key] ?? NaN);
  const b = other.results.map((r) => r.kpis[key] ?? NaN);
  const paired = base.seed === other.seed && a.length === b.length;
  if (paired) {
    const [x, y] = finitePairs(b, a);
    if (x.length < 2) return null;
    const d = pairedDifference(x, y);
    return {
      difference: d.mean,
      ci95: d.ci,
      pValue: d.pValue,
      significant: d.significant,
      test: "paired",
    };
  }
  const x = b.filter(Number.isFinite);
  const y = a.filter(Number.isFinite);
  if (x.length < 2 || y.length < 2) return null;
  const w = welchTTest(x, y);
  return {
    difference: w.difference,
    ci95: w.ci,
    pValue: w.pValue,
    significant: w.significant,
    test: "welch",
  };
}

/** Compares every KPI (or `keys`) of `runs` against `runs[0]`. */
export function compareRuns(
  runs: readonly ScenarioRun[],
  keys?: readonly string[],
): KpiComparison[] {
  const all = keys ?? kpiKeys(runs.flatMap((run) => run.results.map((r) => r.kpis)));
  return all.map((key) => ({
    key,
    means: runs.map((run) => mean(run.results.map((r) => r.kpis[key] ?? NaN))),
    differences: runs.slice(1).map((run) => differenceOf(runs[0], run, key)),
  }));
}

/**
 * A sensitivity run on the county model: Morris screening, the one-at-a-time runs at each
 * factor's ends (which assumption flips which verdict), and Sobol indices on the factors the
 * screening keeps, every design point run as a scenario on common random numbers (the same
 * seed and replication indices 0 … reps − 1), through the replication pool. The result depends
 * on (scenario, seed, plan) only: identical whatever the worker count.
 *
 * @module
 */
import { bootstrapIndices } from "../engine/sensitivity/bootstrap-indices.ts";
import { morrisDesign } from "../engine/sensitivity/morris-design.ts";
import { morrisEffects } from "../engine/sensitivity/morris-effects.ts";
import { saltelliDesign, saltelliPoints } from "../engine/sensitivity/saltelli-design.ts";
import { sobolIndices } from "../engine/sensitivity/sobol-indices.ts";
import { loadCounty } from "../data/county.ts";
import { checkScenarioFitsCounty } from "../scenario/county-fit.ts";
import type { CountyParameters } from "../model/county-year.ts";
import { runTasks } from "../runner/pool.ts";
import type { ReplicationJob } from "../runner/replicate.ts";
import type { Scenario } from "../scenario/scenario.ts";
import { pointParameters } from "./design-point.ts";
import { pointOutputs, SENSITIVITY_OUTPUTS, type SensitivityOutput } from "./outputs.ts";
import { type Factor, KEEP_SHARE, MAX_SOBOL_FACTORS, type SensitivityPlan } from "./plan.ts";

/** Options of {@link runSensitivity}. */
export interface SensitivityRunOptions {
  replications: number;
  seed: number;
  workers?: number;
  signal?: AbortSignal;
  /** A progress callback per stage ("morris", "ends", "sobol"). */
  progress?: (stage: string) => ((done: number, total: number) => void) | undefined;
  onNote?: (message: string) => void;
}

/** One member of an input as the result lists it. */
export interface MemberInfo {
  path: string;
  unit: string;
  /** The scenario's value. */
  value: number;
  low: number;
  high: number;
  source: string;
}

/** Morris measures of one factor for one output. */
export interface MorrisRow {
  factor: string;
  mu: number;
  muStar: number;
  sigma: number;
  n: number;
}

/** Sobol indices of one factor for one output, with bootstrap 95 % intervals. */
export interface SobolRow {
  factor: string;
  first: number;
  firstCi: [number, number];
  total: number;
  totalCi: [number, number];
}

/** A factor's end that flips a verdict. */
export interface Flip {
  factor: string;
  end: "low" | "high";
  probability: number;
}

/** `sensitivity.json`. */
export interface SensitivityResult {
  scenario: { name: string; file: string; year: number; seed: number };
  method: SensitivityPlan["method"];
  /** Replications of each design point. */
  replications: number;
  factors: { name: string; inputs: { name: string; members: MemberInfo[] }[] }[];
  /** The outputs, with their value at the scenario's own point. */
  outputs: (SensitivityOutput & { base: number })[];
  morris?: {
    trajectories: number;
    levels: number;
    points: number;
    /** Per output key, one row per factor, largest μ* first. */
    effects: Record<string, MorrisRow[]>;
  };
  /** The factors Sobol analysed, and why. */
  kept?: { factors: string[]; rule: string };
  sobol?: {
    n: number;
    points: number;
    /** Per output key, one row per factor, largest ST first. */
    indices: Record<string, SobolRow[]>;
  };
  /**
   * Every output at each analysed factor's low and high end (the others at the scenario's);
   * seasonal profiles have none (their ends are the scenario's shape).
   */
  ends: { factor: string; low: number[]; high: number[] }[];
  /**
   * Per verdict: its probability at the scenario's point and the factor ends on the other side
   * of 1/2 (met more likely than not, or not; a probability of exactly 1/2 is on neither side).
   */
  flips: Record<string, { base: number; flips: Flip[] }>;
  /** Design points run, and replications in all. */
  runs: { points: number; replications: number };
}

/** The value at a dotted path of nested parameters. */
function valueAt(parameters: CountyParameters, path: string): number {
  return path.split(".").reduce(
    (node: unknown, part) => (node as Record<string, unknown>)[part],
    parameters,
  ) as number;
}

/** The coordinates of factors: each input one coordinate, and its factor's index. */
function coordinates(factors: readonly Factor[]) {
  const inputs = factors.flatMap((f) => f.inputs);
  const groups = factors.flatMap((f, i) => f.inputs.map(() => i));
  return { inputs, groups };
}

/** Runs the design points (each `replications` times) and returns each point's outputs. */
async function evaluate(
  scenario: Scenario,
  points: readonly CountyParameters[],
  stage: string,
  options: SensitivityRunOptions,
): Promise<number[][]> {
  const reps = options.replications;
  // One job per design point, all on the scenario's seed: replication r of every point draws
  // the same random numbers (common random numbers).
  const jobs: ReplicationJob[] = points.map((parameters) => ({
    parameters,
    dataDir: scenario.dataDir,
    year: scenario.year,
    seed: options.seed,
    recordReplications: 0,
  }));
  const tasks = points.flatMap((_, job) =>
    Array.from({ length: reps }, (_, replication) => ({ job, replication }))
  );
  const results = await runTasks(jobs, tasks, {
    workers: options.workers,
    signal: options.signal,
    onProgress: options.progress?.(stage),
  });
  const levels = scenario.parameters.applications.verdicts;
  return points.map((_, p) =>
    pointOutputs(results.slice(p * reps, (p + 1) * reps).map((r) => r.kpis), levels)
  );
}

/** Rows sorted by `key`, largest first, NaN last. */
function ranked<T>(rows: T[], key: (row: T) => number): T[] {
  const v = (row: T) => Number.isFinite(key(row)) ? key(row) : -Infinity;
  return rows.sort((a, b) => v(b) - v(a));
}

/** The factors whose μ* reaches {@link KEEP_SHARE} of some output's largest, the strongest first. */
function keptFactors(factors: readonly Factor[], effects: Record<string, MorrisRow[]>): Factor[] {
  const score = new Map(factors.map((f) => [f.name, 0]));
  for (const rows of Object.values(effects)) {
    const top = Math.max(0, ...rows.map((r) => Number.isFinite(r.muStar) ? r.muStar : 0));
    if (top <= 0) continue;
    for (const r of rows) {
      if (Number.isFinite(r.muStar)) {
        score.set(r.factor, Math.max(score.get(r.factor)!, r.muStar / top));
      }
    }
  }
  return factors.filter((f) => score.get(f.name)! >= KEEP_SHARE)
    .sort((a, b) => score.get(b.name)! - score.get(a.name)!)
    .slice(0, MAX_SOBOL_FACTORS);
}

/** Runs the plan on `scenario`. */
export async function runSensitivity(
  scenario: Scenario,
  plan: SensitivityPlan,
  options: SensitivityRunOptions,
): Promise<SensitivityResult> {
  checkScenarioFitsCounty(scenario, await loadCounty(scenario.dataDir, { onNote: options.onNote }));
  const base = scenario.parameters;
  let points = 0;
  const result: Partial<SensitivityResult> = {};

  // 1. Morris (the analysis, or the screening for Sobol).
  let analysed = plan.factors;
  if (plan.trajectories > 0) {
    const { inputs, groups } = coordinates(plan.factors);
    const design = morrisDesign(plan.trajectories, groups, { seed: options.seed });
    const parameters = design.flatMap((t) => t.points.map((u) => pointParameters(base, inputs, u)));
    const outputs = await evaluate(scenario, parameters, "morris", options);
    points += parameters.length;
    const width = plan.factors.length + 1;
    const effects = Object.fromEntries(SENSITIVITY_OUTPUTS.map((o, k) => {
      const y = design.map((_, t) => outputs.slice(t * width, (t + 1) * width).map((p) => p[k]));
      const rows = morrisEffects(design, y).map((m, f) => ({ factor: plan.factors[f].name, ...m }));
      return [o.key, ranked(rows, (r) => r.muStar)];
    }));
    result.morris = {
      trajectories: plan.trajectories,
      levels: 4,
      points: parameters.length,
      effects,
    };
    if (plan.method === "sobol") {
      analysed = keptFactors(plan.factors, effects);
      result.kept = {
        factors: analysed.map((f) => f.name),
        rule: `μ* ≥ ${KEEP_SHARE} × the largest μ* of some output, at most ${MAX_SOBOL_FACTORS}`,
      };
    }
  } else if (plan.method === "sobol") {
    result.kept = { factors: plan.factors.map((f) => f.name), rule: "--inputs" };
  }

  // 2. One at a time at each analysed factor's ends (not a seasonal profile's: see Factor),
  // and the scenario's own point.
  const ended = analysed.filter((f) => !f.shape);
  const endPoints = [
    base,
    ...ended.flatMap((f) => {
      const ones = f.inputs.map(() => 0);
      return [
        pointParameters(base, f.inputs, ones),
        pointParameters(base, f.inputs, ones.map(() => 1)),
      ];
    }),
  ];
  const endOutputs = await evaluate(scenario, endPoints, "ends", options);
  points += endPoints.length;
  const baseOutputs = endOutputs[0];
  const ends = ended.map((f, i) => ({
    factor: f.name,
    low: endOutputs[1 + 2 * i],
    high: endOutputs[2 + 2 * i],
  }));
  const flips: SensitivityResult["flips"] = {};
  SENSITIVITY_OUTPUTS.forEach((o, k) => {
    if (o.kind !== "verdict" || !Number.isFinite(baseOutputs[k])) return;
    // Met more likely than not (+1), or not (−1); exactly one half decides nothing (0).
    const side = (p: number) => Math.sign(p - 0.5);
    const base = side(baseOutputs[k]);
    const found: Flip[] = [];
    for (const e of ends) {
      for (const end of ["low", "high"] as const) {
        const p = e[end][k];
        if (base !== 0 && Number.isFinite(p) && side(p) === -base) {
          found.push({ factor: e.factor, end, probability: p });
        }
      }
    }
    flips[o.key] = { base: baseOutputs[k], flips: found };
  });

  // 3. Sobol on the analysed factors.
  if (plan.method === "sobol" && analysed.length >= 2) {
    const { inputs, groups } = coordinates(analysed);
    const design = saltelliDesign(plan.sobolN, inputs.length, groups);
    const parameters = saltelliPoints(design).map((u) => pointParameters(base, inputs, u));
    const outputs = await evaluate(scenario, parameters, "sobol", options);
    points += parameters.length;
    const n = plan.sobolN;
    const indices = Object.fromEntries(SENSITIVITY_OUTPUTS.map((o, k) => {
      const y = outputs.map((p) => p[k]);
      const yA = y.slice(0, n);
      const yB = y.slice(n, 2 * n);
      const yAB = analysed.map((_, f) => y.slice((2 + f) * n, (3 + f) * n));
      const { first, total } = sobolIndices(yA, yB, yAB);
      const ci = bootstrapIndices(yA, yB, yAB, { seed: options.seed, resamples: 1000 });
      const rows = analysed.map((f, i) => ({
        factor: f.name,
        first: first[i],
        firstCi: ci.first[i],
        total: total[i],
        totalCi: ci.total[i],
      }));
      return [o.key, ranked(rows, (r) => r.total)];
    }));
    result.sobol = { n, points: parameters.length, indices };
  }

  return {
    scenario: {
      name: scenario.name,
      file: scenario.file,
      year: scenario.year,
      seed: options.seed,
    },
    method: plan.method,
    replications: options.replications,
    factors: plan.factors.map((f) => ({
      name: f.name,
      inputs: f.inputs.map((i) => ({
        name: i.name,
        members: i.members.map((m) => ({
          path: m.path,
          unit: m.spec.unit,
          value: valueAt(base, m.path),
          low: m.spec.range.low,
          high: m.spec.range.high,
          source: m.spec.range.source,
        })),
      })),
    })),
    outputs: SENSITIVITY_OUTPUTS.map((o, k) => ({ ...o, base: baseOutputs[k] })),
    ...result,
    ends,
    flips,
    runs: { points, replications: points * options.replications },
  };
}

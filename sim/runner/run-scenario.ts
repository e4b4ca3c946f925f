/**
 * Runs a scenario's Monte Carlo replications and summarises them: the library entry point that
 * the command line, the report and the notebooks share.
 *
 * @example
 * const scenario = await readScenario("plan-2023");
 * const run = await runScenario(scenario, { replications: 50 });
 * run.summary.timeline.residential.withinTarget.mean;
 */
import { loadCounty } from "../data/county.ts";
import { checkScenarioFitsCounty } from "../scenario/county-fit.ts";
import type { Scenario } from "../scenario/scenario.ts";
import { summarizeAll } from "./aggregate.ts";
import { type PoolOptions, runReplications } from "./pool.ts";
import type { ReplicationJob, ReplicationResult } from "./replicate.ts";
import { evaluateTargets, type TargetResult } from "./targets.ts";

/** Options of {@link runScenario}; each overrides the scenario's own setting. */
export interface RunOptions extends PoolOptions {
  replications?: number;
  seed?: number;
  /** Replications whose per-item records are kept (the first ones); default 2. */
  recordReplications?: number;
  /** Told about county data files taken from the default (once each). Default: silent. */
  onNote?: (message: string) => void;
}

/** `summary.json`: the scenario, the targets, and every KPI summarised across replications. */
export interface RunSummary {
  scenario: {
    name: string;
    description: string;
    file: string;
    extends: string[];
    data: string;
    year: number;
    seed: number;
  };
  replications: number;
  targets: TargetResult[];
  /** Nested KPI summaries: `timeline.<class>.withinTarget.mean`, `reliability.saidiHours.ci95`… */
  [group: string]: unknown;
}

/** A finished run. */
export interface ScenarioRun {
  scenario: Scenario;
  seed: number;
  /** One result per replication, in index order. */
  results: ReplicationResult[];
  summary: RunSummary;
}

/** Runs `scenario` and summarises it. */
export async function runScenario(
  scenario: Scenario,
  options: RunOptions = {},
): Promise<ScenarioRun> {
  const replications = options.replications ?? scenario.replications;
  const seed = options.seed ?? scenario.seed;
  // Load the data here first: a bad data directory is reported once, before any worker starts.
  // Its notes (a file taken from the default data) go to `onNote`, by default console.warn.
  const county = await loadCounty(scenario.dataDir, {
    onNote: options.onNote,
    source: options.source,
  });
  checkScenarioFitsCounty(scenario, county);
  const job: ReplicationJob = {
    parameters: scenario.parameters,
    dataDir: scenario.dataDir,
    year: scenario.year,
    seed,
    recordReplications: Math.min(options.recordReplications ?? 2, replications),
  };
  const results = await runReplications(job, replications, options);
  return { scenario, seed, results, summary: summarizeRun(scenario, seed, results) };
}

/**
 * `summary.json` of finished replications (in index order): what `sim` writes, and what the
 * explorer shows of the replications run so far.
 */
export function summarizeRun(
  scenario: Scenario,
  seed: number,
  results: readonly ReplicationResult[],
): RunSummary {
  const kpis = results.map((r) => r.kpis);
  return {
    scenario: {
      name: scenario.name,
      description: scenario.description,
      file: scenario.file,
      extends: scenario.chain.slice(1),
      data: scenario.dataDir,
      year: scenario.year,
      seed,
    },
    replications: results.length,
    targets: evaluateTargets(kpis, scenario.parameters.applications.verdicts),
    ...summarizeAll(kpis),
  };
}

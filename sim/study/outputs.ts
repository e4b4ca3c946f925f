/**
 * A study's output files, built from each cell's per-replication KPIs in replication order: the
 * one code path of the whole run on one machine and of the merge of shards, so both write the
 * same bytes. Cells are handed in one at a time (a province's cells need not all be in memory):
 *
 * - `cells/<county>/<scenario>[/<levers>]/summary.json` and `replications.csv`: what
 *   `deno task sim` writes for the cell's scenario (../runner/files.ts, same summary code);
 * - `cells/…/scenario.json`: a scenario file that runs the cell alone (its data, seed, levers);
 * - `study.csv`: one row per cell: each verdict's probability and the headline KPIs;
 * - `study.json`: the study, its digest and its cells with their seeds;
 * - `study.html`: the headline KPIs across counties (../report/study-page.ts).
 *
 * @module
 */
import { summarizeKpi } from "../runner/aggregate.ts";
import { runFiles } from "../runner/files.ts";
import { HEADLINE_KPIS } from "../runner/headline.ts";
import { toCsv } from "../runner/output.ts";
import { summarizeRun } from "../runner/run-scenario.ts";
import { studyPage, type StudyPageCell } from "../report/study-page.ts";
import type { StudyCell, StudyPlan } from "./plan.ts";

/** Writes one output file (its name may hold folders). */
export type WriteFile = (name: string, text: string) => Promise<void>;

/** The scenario file that reruns a cell alone with `deno task sim` (same seed and levers). */
export function reproductionScenario(cell: StudyCell): Record<string, unknown> {
  const levers: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(cell.levers)) {
    const parts = path.split(".");
    let node = levers;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = value;
  }
  return {
    extends: cell.scenario.file,
    name: cell.scenario.name,
    data: cell.scenario.dataDir,
    seed: cell.scenario.seed,
    replications: cell.scenario.replications,
    ...levers,
  };
}

/** Builds a study's files cell by cell; {@link finish} writes the study-wide ones. */
export class StudyOutputs {
  #rows: Record<string, unknown>[] = [];
  #page: StudyPageCell[] = [];
  #next = 0;

  constructor(readonly plan: StudyPlan, readonly write: WriteFile) {}

  /** Writes cell `cell`'s files from its replications' KPIs (replication 0 first). */
  async addCell(cell: StudyCell, kpis: readonly Record<string, number>[]): Promise<void> {
    if (cell.index !== this.#next++) throw new Error(`cell ${cell.index} out of order`);
    const results = kpis.map((k, replication) => ({ replication, kpis: k }));
    const summary = summarizeRun(cell.scenario, cell.scenario.seed, results);
    const files = runFiles({ scenario: cell.scenario, seed: cell.scenario.seed, results, summary });
    files["scenario.json"] = JSON.stringify(reproductionScenario(cell), null, 2) + "\n";
    for (const [name, text] of Object.entries(files)) {
      await this.write(`cells/${cell.id}/${name}`, text);
    }
    const headlines = HEADLINE_KPIS.map((h) => ({
      headline: h,
      values: kpis.map((k) => k[h.key] ?? NaN),
    }));
    const row: Record<string, unknown> = {
      county: cell.county,
      scenario: cell.scenarioName,
      ...cell.levers,
      seed: cell.scenario.seed,
      replications: kpis.length,
    };
    for (const target of summary.targets) row[`${target.id}.probability`] = target.probability;
    for (const { headline, values } of headlines) {
      const s = summarizeKpi(values);
      row[`${headline.key}.mean`] = s?.mean;
      row[`${headline.key}.ci95_low`] = s?.ci95[0];
      row[`${headline.key}.ci95_high`] = s?.ci95[1];
    }
    this.#rows.push(row);
    this.#page.push({ cell, headlines, targets: summary.targets });
  }

  /** Writes `study.csv`, `study.json` and `study.html` once every cell was added. */
  async finish(): Promise<void> {
    const { plan } = this;
    if (this.#next !== plan.cells.length) {
      throw new Error(`${this.#next} of ${plan.cells.length} cells written`);
    }
    const d = plan.definition;
    await this.write("study.csv", toCsv(this.#rows));
    const study = {
      study: {
        name: d.name,
        description: d.description,
        file: d.file,
        seed: d.seed,
        replications: d.replications,
        commonRandomNumbers: d.commonRandomNumbers,
        counties: d.counties,
        scenarios: d.scenarios,
        levers: d.levers,
        digest: plan.digest,
      },
      cells: plan.cells.map((c) => ({
        id: c.id,
        county: c.county,
        scenario: c.scenarioName,
        levers: c.levers,
        data: c.scenario.dataDir,
        seed: c.scenario.seed,
        summary: `cells/${c.id}/summary.json`,
      })),
    };
    await this.write("study.json", JSON.stringify(study, null, 2) + "\n");
    await this.write("study.html", studyPage(plan, this.#page));
  }
}

/**
 * jiedian as a library: what an analyst uses in a notebook or a script, from one import.
 *
 * Read a scenario, change a lever, run its replications, compare runs on common random numbers,
 * summarise KPIs (what each means: `kpiInfo`), read the plan's verdicts, and draw the report's
 * charts and tables. The folders behind it: `engine/` (the domain-free simulator), `model/` (the
 * county), `kpis/` (the KPI catalogue), `scenario/` and `runner/` (scenarios, replications,
 * verdicts), `report/` (charts, pages).
 *
 * @example
 * import { readScenario, runScenario, withSetting } from "./mod.ts";
 * const plan = await readScenario("plan-2023");
 * const variant = withSetting(plan, "applications.access.lvThresholdKw", "170");
 * const run = await runScenario(variant, { replications: 40 });
 * run.summary.targets; // each verdict: clause, measure, share of replications meeting it
 *
 * @module
 */

// Scenarios: read, change one lever.
export { readScenario, type Scenario, withSetting } from "./scenario/scenario.ts";

// Running and summarising.
export { runScenario, type RunSummary, type ScenarioRun } from "./runner/run-scenario.ts";
export { compareRuns } from "./runner/compare.ts";
export { summarizeKpi } from "./runner/aggregate.ts";
export { formatValue, HEADLINE_KPIS } from "./runner/headline.ts";
export { KPI_KEYS, type KpiInfo, kpiInfo, type KpiKey } from "./kpis/catalogue.ts";
export { TARGET_CHECKS, type TargetResult } from "./runner/targets.ts";
export { PV_CHECKS } from "./runner/checks/pv.ts";
export { proportionSummary } from "./engine/stats/proportion-summary.ts";

// The county and the plan.
export { loadCounty } from "./data/county.ts";
export {
  EXTENDED_INVESTMENT_SHARE,
  LV_THRESHOLD_KW,
  PV_TRANSFORMER_SHARE,
  RELIABILITY,
} from "./model/plan.ts";
export { TIMELINE_CLASSES } from "./model/applications/classes.ts";
export { STAFF_ROLES, type StaffRole } from "./model/applications/parameters.ts";
export type { ApplicationRecord } from "./model/applications/records.ts";

// The World Bank's Getting Electricity scorecard (Doing Business method).
export { DB2020_SCALE, PUBLISHED, type PublishedResult } from "./scorecard/frontier.ts";
export { gettingElectricityScore } from "./scorecard/score.ts";

// Province-scale studies: many counties, lever sweeps, shards and their merge (sim/study/).
export { readStudyFile, type StudyDefinition } from "./study/study-file.ts";
export { planStudy, type StudyCell, type StudyPlan } from "./study/plan.ts";
export { runShard, runStudy, writeStudy } from "./study/run.ts";
export { type CellResults, mergeShards } from "./study/partial.ts";
export { cellSeed } from "./study/seeds.ts";

// Charts and tables, as in the report.
export { spreadChart, sweepChart, type SweepPoint } from "./report/charts.ts";
export { Plot, plotToSvg } from "./report/svg.ts";
export { type Cell, escapeHtml, table } from "./report/html.ts";
export { headlineTarget } from "./report/reference-lines.ts";
export { REPORT_SCENARIOS } from "./report/report-scenarios.ts";

// Which assumptions matter: the assumed inputs, their ranges, Morris and Sobol on the model.
export { sensitivityInputs } from "./sensitivity/inputs.ts";
export { allFactors, planSensitivity } from "./sensitivity/plan.ts";
export { runSensitivity, type SensitivityResult } from "./sensitivity/analysis.ts";
export { morrisPlane, sobolBars } from "./report/sensitivity-section.ts";

// Sizing staff and crews (`deno task size`): the cheapest staffing meeting the targets.
export { REPAIR_CREWS, sizeCounty, SIZING_ROLES } from "./sizing/county.ts";
export { fewestConfirmReps } from "./sizing/search.ts";
export { type SizingSummary, summarizeSizing } from "./sizing/summary.ts";
export { sizingChart } from "./report/size-page.ts";

// Notebook helpers: parameters from the environment, output that survives headless runs.
export { parameters, show } from "./notebook/mod.ts";

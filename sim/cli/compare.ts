/**
 * `deno task compare <a> <b> [...]`: runs the scenarios on common random numbers and prints
 * their headline KPIs side by side, each later scenario's difference from the first with its
 * 95 % confidence interval and whether it is significant. Writes `compare.csv` (every KPI) and
 * `compare.html` (tables and plots) into DIR (default `out/compare/<a>-vs-<b>/`).
 */
import { UserError } from "../errors.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { compareRuns, type KpiComparison } from "../runner/compare.ts";
import { formatValue, presentHeadlines } from "../runner/headline.ts";
import { toCsv } from "../runner/output.ts";
import { runScenario, type ScenarioRun } from "../runner/run-scenario.ts";
import { comparisonPage } from "../report/compare-page.ts";
import { readScenario, type Scenario } from "../scenario/scenario.ts";
import { parseFlags } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, RUN_FLAGS_HELP, runSettings } from "./run-flags.ts";
import { textTable } from "./text-table.ts";

const HELP = `Usage: deno task compare <a> <b> [<c> ...] [options]

Runs two or more scenarios with the same seed and replications (common random numbers) and
compares every KPI with the first scenario's: difference, 95 % CI, significance.

${RUN_FLAGS_HELP}

Writes compare.csv and compare.html into --out (default out/compare/<a>-vs-<b>/).`;

function signed(value: number, unit: string): string {
  const text = formatValue(value, unit);
  return value > 0 ? `+${text}` : text;
}

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("compare", args, RUN_FLAGS);
  if (values.help) return console.log(HELP);
  if (positionals.length < 2) {
    throw new UserError(
      `compare: expected two or more scenarios, found ${positionals.length} (see compare --help)`,
    );
  }
  const scenarios: Scenario[] = [];
  for (const name of positionals) scenarios.push(await readScenario(name));
  const settings = runSettings("compare", values, scenarios[0]);
  const quiet = values.quiet ?? false;
  const out = values.out ?? `out/compare/${scenarios.map((s) => s.name).join("-vs-")}`;
  await writeOutputs(out, async () => {
    const runs: ScenarioRun[] = [];
    for (const scenario of scenarios) {
      runs.push(
        await runScenario(scenario, {
          ...settings,
          recordReplications: 0,
          signal,
          onProgress: progressReporter(scenario.name, quiet),
          onNote: printNote,
        }),
      );
    }
    const comparisons = compareRuns(runs);
    console.log(comparisonTable(runs, comparisons));
    console.log(
      `* significant at 5 % (${settings.replications} replications, seed ${settings.seed})`,
    );
    return {
      "compare.csv": comparisonCsv(runs, comparisons),
      "compare.html": comparisonPage(runs, comparisons),
    };
  });
  if (!quiet) console.error(`wrote ${out}/compare.csv and compare.html`);
}

/** The headline KPIs side by side, with each difference from the first scenario. */
function comparisonTable(runs: ScenarioRun[], comparisons: KpiComparison[]): string {
  const byKey = new Map(comparisons.map((c) => [c.key, c]));
  const headlines = presentHeadlines(runs.flatMap((r) => r.results.map((x) => x.kpis)));
  const names = runs.map((r) => r.scenario.name);
  const rows = headlines.map((h) => {
    const c = byKey.get(h.key)!;
    return [
      `${h.en} (${h.unit})`,
      ...c.means.map((m) => formatValue(m, h.unit)),
      ...c.differences.map((d) =>
        d === null
          ? "–"
          : `${signed(d.difference, h.unit)} [${formatValue(d.ci95[0], h.unit)}, ${
            formatValue(d.ci95[1], h.unit)
          }]${d.significant ? " *" : ""}`
      ),
    ];
  });
  const header = ["KPI", ...names, ...names.slice(1).map((n) => `${n} − ${names[0]} [95 % CI]`)];
  return textTable(header, rows);
}

/** Every KPI compared: means, and each later scenario's difference, CI, p-value. */
function comparisonCsv(runs: ScenarioRun[], comparisons: KpiComparison[]): string {
  const names = runs.map((r) => r.scenario.name);
  return toCsv(comparisons.map((c) => ({
    kpi: c.key,
    ...Object.fromEntries(c.means.map((m, i) => [names[i], m])),
    ...Object.fromEntries(c.differences.flatMap((d, i) => {
      const n = names[i + 1];
      return d === null ? [] : [
        [`${n}_minus_${names[0]}`, d.difference],
        [`${n}_ci95_low`, d.ci95[0]],
        [`${n}_ci95_high`, d.ci95[1]],
        [`${n}_p_value`, d.pValue],
        [`${n}_significant`, d.significant],
      ];
    })),
  })));
}

if (import.meta.main) runCommand(main);

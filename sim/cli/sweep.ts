/**
 * `deno task sweep <scenario> --set <path>=<v1,v2,…>`: runs the scenario once per value of one
 * lever (on common random numbers), prints one row per value with the headline KPIs, and writes
 * `sweep.csv` and `sweep.html` (each KPI against the lever, with 95 % bands).
 */
import { quoteValue, UserError } from "../errors.ts";
import { summarizeKpi } from "../runner/aggregate.ts";
import { formatValue, presentHeadlines } from "../runner/headline.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { toCsv } from "../runner/output.ts";
import { runScenario, type ScenarioRun } from "../runner/run-scenario.ts";
import { sweepPage } from "../report/sweep-page.ts";
import { readScenario, withSetting } from "../scenario/scenario.ts";
import { parseFlags } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, RUN_FLAGS_HELP, runSettings } from "./run-flags.ts";
import { textTable } from "./text-table.ts";

const HELP = `Usage: deno task sweep <scenario> --set <path>=<v1,v2,...> [options]

Runs the scenario once per value of one lever, e.g.
  deno task sweep plan-2023 --set applications.lvThresholdKw=100,130,160,170,200,250
and shows each headline KPI against the lever.

--set PATH=LIST the lever (a dotted path as in the scenario file) and its values
${RUN_FLAGS_HELP}

Writes sweep.csv and sweep.html into --out (default out/sweep/<scenario>-<path>/).`;

/** The most values one sweep runs: each is a whole scenario run, and the plot has a point each. */
export const MAX_SWEEP_VALUES = 100;

/** Splits `path=v1,v2` into the path and its values. */
export function parseSet(text: string | undefined): { path: string; values: string[] } {
  const match = /^([\w.]+)=(.+)$/s.exec(text ?? "");
  if (!match) {
    throw new UserError(
      `sweep: --set expects <path>=<v1,v2,...>, e.g. applications.lvThresholdKw=160,170, found ${
        text === undefined ? "nothing" : quoteValue(text)
      }`,
    );
  }
  const values = match[2].split(",").map((v) => v.trim());
  if (values.some((v) => v === "")) {
    throw new UserError(`sweep: --set has an empty value in ${quoteValue(match[2])}`);
  }
  if (values.length > MAX_SWEEP_VALUES) {
    throw new UserError(
      `sweep: --set expects at most ${MAX_SWEEP_VALUES} values, found ${values.length}`,
    );
  }
  return { path: match[1], values };
}

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("sweep", args, {
    ...RUN_FLAGS,
    set: { type: "string" },
  });
  if (values.help) return console.log(HELP);
  if (positionals.length !== 1) {
    throw new UserError(
      `sweep: expected one scenario, found ${positionals.length} (see sweep --help)`,
    );
  }
  const base = await readScenario(positionals[0]);
  const set = parseSet(values.set);
  // Check every value before running anything.
  const variants = set.values.map((v) => withSetting(base, set.path, v));
  const settings = runSettings("sweep", values, base);
  const quiet = values.quiet ?? false;
  const out = values.out ?? `out/sweep/${base.name}-${set.path}`;
  await writeOutputs(out, async () => {
    const runs: ScenarioRun[] = [];
    for (const [i, scenario] of variants.entries()) {
      runs.push(
        await runScenario(scenario, {
          ...settings,
          recordReplications: 0,
          signal,
          onProgress: progressReporter(`${set.path}=${set.values[i]}`, quiet),
          onNote: printNote,
        }),
      );
    }
    const headlines = presentHeadlines(runs.flatMap((r) => r.results.map((x) => x.kpis)));
    const table = runs.map((run, i) => ({
      value: set.values[i],
      summaries: headlines.map((h) => summarizeKpi(run.results.map((r) => r.kpis[h.key] ?? NaN))),
    }));
    console.log(textTable(
      [set.path, ...headlines.map((h) => `${h.en} (${h.unit})`)],
      table.map((row) => [
        row.value,
        ...row.summaries.map((s, k) => s === null ? "–" : formatValue(s.mean, headlines[k].unit)),
      ]),
    ));
    const csv = toCsv(table.map((row) => ({
      [set.path]: row.value,
      ...Object.fromEntries(headlines.flatMap((h, k) => {
        const s = row.summaries[k];
        return [[`${h.key}.mean`, s?.mean], [`${h.key}.ci95_low`, s?.ci95[0]], [
          `${h.key}.ci95_high`,
          s?.ci95[1],
        ]];
      })),
    })));
    return { "sweep.csv": csv, "sweep.html": sweepPage(base.name, set.path, set.values, runs) };
  });
  if (!quiet) console.error(`wrote ${out}/sweep.csv and sweep.html`);
}

if (import.meta.main) runCommand(main);

/**
 * `deno task size <scenario>`: the cheapest staff and repair crews that meet every timeline and
 * process verdict of the plan (staff) and the SAIDI verdict (crews) with a chosen probability;
 * writes `size.json`, `size.csv` and `size.html` (cost against the probability of meeting every
 * target). The search is `sim/sizing/`.
 */
import { quoteValue, UserError } from "../errors.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { sizingPage } from "../report/size-page.ts";
import { toCsv } from "../runner/output.ts";
import { readScenario } from "../scenario/scenario.ts";
import { countyDimensions, sizeCounty, SIZING_ROLES } from "../sizing/county.ts";
import { checkSearchOptions } from "../sizing/search.ts";
import {
  SIZING_TABLE_HEADER,
  sizingCsvRows,
  type SizingSummary,
  sizingTableCells,
  summarizeSizing,
} from "../sizing/summary.ts";
import { REGIONS } from "../data/vocabulary.ts";
import { parseFlags, wholeNumber } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, runSettings } from "./run-flags.ts";
import { textTable } from "./text-table.ts";

/** Default confidence: the plan's targets met in 9 years out of 10. */
export const DEFAULT_CONFIDENCE = 0.9;
/** Default screening replications per candidate. */
export const DEFAULT_SCREEN_REPS = 20;
/** Default confirmation replications of the answer (and of each one-less candidate). */
export const DEFAULT_CONFIRM_REPS = 60;

const HELP = `Usage: deno task size <scenario> [options]

Finds the cheapest staffing (costs per head or crew a year from the data's costs.csv) such that a
year meets every timeline and process verdict of the plan (staff) and the SAIDI verdict (repair
crews) with probability >= --confidence, judged on the lower end of the 95 % Wilson interval.
Candidates are screened on a few replications and the answer confirmed on many, all on the same
seed (common random numbers); more staff is never slower, so each count is bisected.

<scenario>        a name in scenarios/ (plan-2023) or a path to a scenario file
--confidence P    required probability, in (0, 1) (default ${DEFAULT_CONFIDENCE})
--roles LIST      roles to size, comma-separated (default all: ${SIZING_ROLES.join(", ")});
                  the others keep the scenario's counts
--stations LIST   stations and regions sized, comma-separated: with dispatch by station
                  (applications.dispatch.mode "station" or "nearest free") the staff of the
                  stations of grid/stations.csv named; the repair crews of the regions named
                  (${REGIONS.join(", ")}); default all
--screen N        screening replications per candidate (default ${DEFAULT_SCREEN_REPS})
--reps N          confirmation replications (default ${DEFAULT_CONFIRM_REPS})
--seed S          master seed (default: the scenario's)
--workers K       parallel workers (default: the number of cores; 0 = no workers)
--out DIR         output directory (default out/size/<scenario name>/)
--quiet           no progress output
--help            this text

Writes size.json, size.csv (per role and station: count, utilisation, mean wait, cost) and
size.html (cost against the probability of meeting every target).
Exit codes: 0 ok, 2 a mistake in the input, 1 a bug, 130 interrupted.`;

const SIZE_FLAGS = {
  ...RUN_FLAGS,
  confidence: { type: "string" },
  roles: { type: "string" },
  stations: { type: "string" },
  screen: { type: "string" },
} as const;

/** A probability flag in (0, 1). */
export function parseConfidence(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONFIDENCE;
  const p = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(p > 0 && p < 1)) {
    throw new UserError(
      `size: --confidence expects a probability strictly between 0 and 1, e.g. 0.9, found ${
        quoteValue(value)
      }`,
    );
  }
  return p;
}

/** A comma-separated list flag; undefined when absent. */
function parseList(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(",").map((s) => s.trim());
  if (names.some((n) => n === "")) {
    throw new UserError(`size: --${flag} has an empty name in ${quoteValue(value)}`);
  }
  return names;
}

/** The answer as a text table (stdout). */
function printSummary(summary: SizingSummary): void {
  const answer = summary.answer;
  if (answer === null) {
    console.log(
      `no staffing within the search's ceilings meets the targets of ${
        summary.infeasibleGroups.join(", ")
      }`,
    );
    return;
  }
  console.log(textTable(SIZING_TABLE_HEADER, answer.rows.map(sizingTableCells)));
  for (const g of answer.groups) {
    console.log(
      `${g.group}: ${g.met}/${g.n} replications meet every target (Wilson 95 % ${
        (g.ci95[0] * 100).toFixed(1)
      }–${(g.ci95[1] * 100).toFixed(1)} %)`,
    );
  }
  for (const u of summary.unreachable) {
    console.log(
      `out of reach of staffing: ${u.en} (${
        (u.probabilityAtCeiling * 100).toFixed(0)
      } % at the ceilings)`,
    );
  }
  console.log(
    `${summary.confirmed ? "confirmed" : "NOT confirmed"}: ${
      (answer.costCny / 1e6).toFixed(2)
    } million ¥ a year (scenario ${(answer.scenarioCostCny / 1e6).toFixed(2)}); ` +
      `${summary.replicationsSpent} replications in ${summary.seconds.toFixed(0)} s`,
  );
}

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("size", args, SIZE_FLAGS);
  if (values.help) return console.log(HELP);
  if (positionals.length !== 1) {
    throw new UserError(
      `size: expected one scenario, found ${positionals.length} (see size --help)`,
    );
  }
  const confidence = parseConfidence(values.confidence);
  const roles = parseList("roles", values.roles);
  const stations = parseList("stations", values.stations);
  const scenario = await readScenario(positionals[0]);
  const settings = runSettings("size", values, {
    replications: DEFAULT_CONFIRM_REPS,
    seed: scenario.seed,
  });
  const screenReps = wholeNumber("size", "screen", values.screen, DEFAULT_SCREEN_REPS, {
    min: 1,
    max: 100_000,
  });
  const search = { confidence, screenReps, confirmReps: settings.replications };
  checkSearchOptions(search);
  // Every name checked, and the data loaded, before the output directory is touched.
  await countyDimensions(scenario, roles, stations, printNote);
  const quiet = values.quiet ?? false;
  const out = values.out ?? `out/size/${scenario.name}`;
  const say = (message: string) => {
    if (!quiet) console.error(`size: ${message}`);
  };
  await writeOutputs(out, async () => {
    const sizing = await sizeCounty(scenario, {
      ...search,
      roles,
      stations,
      seed: settings.seed,
      workers: settings.workers,
      signal,
      onStage: say,
      onBatch: (count) => count >= 30 ? progressReporter("size: batch", quiet) : undefined,
    });
    const summary = summarizeSizing(sizing);
    printSummary(summary);
    return {
      "size.json": JSON.stringify(summary, null, 2) + "\n",
      "size.csv": toCsv(sizingCsvRows(summary)),
      "size.html": sizingPage(summary),
    };
  });
  if (!quiet) console.error(`wrote ${out}/size.json, size.csv and size.html`);
}

if (import.meta.main) runCommand(main);

/**
 * `deno task sensitivity <scenario> [--method morris|sobol] [--budget N] [--inputs a,b,…]`:
 * which assumptions move which verdict. Varies every assumed input over its plausible range
 * (Morris screening, or Sobol indices on the inputs screening keeps), runs each design point as
 * the scenario on common random numbers, and writes `sensitivity.json`, `.csv` and `.html`.
 */
import { quoteValue, UserError } from "../errors.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { readScenario } from "../scenario/scenario.ts";
import { runSensitivity } from "../sensitivity/analysis.ts";
import { sensitivityFiles } from "../sensitivity/files.ts";
import {
  allFactors,
  DEFAULT_POINT_REPLICATIONS,
  DEFAULT_SOBOL_N,
  DEFAULT_TRAJECTORIES,
  MAX_POINTS,
  type Method,
  METHODS,
  planSensitivity,
  type RangeOverride,
} from "../sensitivity/plan.ts";
import { formatValue } from "../runner/headline.ts";
import { parseFlags, wholeNumber } from "./args.ts";
import { printNote, runCommand } from "./main.ts";
import { progressReporter } from "./progress.ts";
import { RUN_FLAGS, RUN_FLAGS_HELP, runSettings } from "./run-flags.ts";

const HELP = `Usage: deno task sensitivity <scenario> [options]

Which assumptions matter: varies every assumed input (each number with a plausible range in its
spec; levers stay as the scenario sets them) over its range and measures each verdict's
probability and each headline KPI.

--method M      morris (default): elementary-effects screening, ${DEFAULT_TRAJECTORIES} trajectories by default;
                sobol: first-order and total Sobol indices (Saltelli design, Jansen estimator,
                bootstrap intervals) on the inputs a default Morris screening keeps, or on --inputs
--budget N      design points of the method (each a run of --reps replications): Morris runs
                N / (inputs + 1) trajectories, Sobol N / (inputs + 2) base points
                (default: ${DEFAULT_TRAJECTORIES} trajectories; ${DEFAULT_SOBOL_N} base points)
--inputs A,B    only these inputs (names as --list prints them)
--range P=L:H   use the range L–H for the assumed number P (a dotted path as --list prints),
                e.g. --range applications.survey.lvSurveyHoursMedian=0.8:1.5; repeatable
--list          print the inputs and their ranges, and stop
${
  RUN_FLAGS_HELP.replace(
    /--reps N .*\n/,
    `--reps N        replications of every design point (default ${DEFAULT_POINT_REPLICATIONS})\n`,
  ).replace(
    /--seed S [^]*?\(default: the first scenario's\)/,
    "--seed S        seed of every design point: replication r of each sees the same random\n" +
      "                numbers (default: the scenario's)",
  )
}

On top of the method's design, each input is run at the low and at the high end of its range
(the others as the scenario sets them) to find the assumptions that flip a verdict.
Writes sensitivity.json, sensitivity.csv and sensitivity.html into --out
(default out/sensitivity/<scenario>/).`;

const FLAGS = {
  ...RUN_FLAGS,
  method: { type: "string" },
  budget: { type: "string" },
  inputs: { type: "string" },
  list: { type: "boolean" },
  range: { type: "string", multiple: true },
} as const;

/** `--method` as a method. */
function parseMethod(text: string | undefined): Method {
  if (text === undefined) return "morris";
  if (!(METHODS as readonly string[]).includes(text)) {
    throw new UserError(
      `sensitivity: --method expects ${METHODS.join(" or ")}, found ${quoteValue(text)}`,
    );
  }
  return text as Method;
}

/** `--inputs a,b` as names. */
function parseInputs(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(",").map((s) => s.trim());
  if (names.some((n) => n === "")) {
    throw new UserError(`sensitivity: --inputs has an empty name in ${quoteValue(text)}`);
  }
  return names;
}

/** `--range path=low:high` flags as overrides. */
function parseRanges(texts: readonly string[] | undefined): RangeOverride[] {
  return (texts ?? []).map((text) => {
    const match = /^([\w.]+)=([^:]+):(.+)$/s.exec(text);
    const [low, high] = match ? [Number(match[2]), Number(match[3])] : [NaN, NaN];
    if (!match || !Number.isFinite(low) || !Number.isFinite(high)) {
      throw new UserError(
        `sensitivity: --range expects <path>=<low>:<high>, e.g. ` +
          `applications.survey.lvSurveyHoursMedian=0.8:1.5, found ${quoteValue(text)}`,
      );
    }
    return { path: match[1], low, high };
  });
}

function listInputs(): void {
  for (const factor of allFactors()) {
    console.log(factor.name);
    for (const input of factor.inputs) {
      for (const m of input.members) {
        const r = m.spec.range;
        console.log(
          `  ${m.path}: ${m.spec.default} (${r.low}–${r.high} ${m.spec.unit}; ${r.source})`,
        );
      }
    }
  }
}

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("sensitivity", args, FLAGS);
  if (values.help) return console.log(HELP);
  if (values.list) return listInputs();
  if (positionals.length !== 1) {
    throw new UserError(
      `sensitivity: expected one scenario, found ${positionals.length} (see sensitivity --help)`,
    );
  }
  const scenario = await readScenario(positionals[0]);
  const method = parseMethod(values.method);
  const budget = values.budget === undefined
    ? undefined
    : wholeNumber("sensitivity", "budget", values.budget, 0, { min: 1, max: MAX_POINTS });
  const plan = planSensitivity(
    method,
    budget,
    parseInputs(values.inputs),
    parseRanges(values.range),
  );
  const settings = runSettings("sensitivity", values, {
    replications: DEFAULT_POINT_REPLICATIONS,
    seed: scenario.seed,
  });
  const quiet = values.quiet ?? false;
  const out = values.out ?? `out/sensitivity/${scenario.name}`;
  await writeOutputs(out, async () => {
    const result = await runSensitivity(scenario, plan, {
      ...settings,
      signal,
      progress: (stage) => progressReporter(`${scenario.name} ${stage}`, quiet),
      onNote: printNote,
    });
    for (const o of result.outputs) {
      const top = (result.sobol?.indices[o.key] ?? result.morris?.effects[o.key] ?? [])
        .slice(0, 3).map((r) =>
          "total" in r
            ? `${r.factor} (ST ${r.total.toFixed(2)})`
            : `${r.factor} (μ* ${
              formatValue(r.muStar, o.unit === "probability" ? "share" : o.unit)
            })`
        );
      const flips = result.flips[o.key]?.flips.map((f) => `${f.factor} ${f.end}`) ?? [];
      console.log(
        `${o.en}: ${top.join(", ") || "–"}${
          flips.length > 0 ? `; flipped by ${flips.join(", ")}` : ""
        }`,
      );
    }
    return sensitivityFiles(result);
  });
  if (!quiet) console.error(`wrote ${out}/sensitivity.json, sensitivity.csv and sensitivity.html`);
}

if (import.meta.main) runCommand(main);

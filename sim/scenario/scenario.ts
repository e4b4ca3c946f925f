/**
 * The scenario format: a few settings (data, year, seed, replications) and every lever of every
 * model, from the models' own specs. This file is the one source of truth: validation, defaults,
 * `scenarios/schema.json` and the parameter reference in the README all come from
 * {@link SCENARIO_SPEC}.
 */
import { DEFAULT_DATA_DIR } from "../data/county.ts";
import { APPLICATIONS_SPEC } from "../model/applications/parameters.ts";
import type { CountyParameters } from "../model/county-year.ts";
import { count, group, text } from "../spec/spec.ts";
import { PV_SPEC } from "../model/pv/parameters.ts";
import { RELIABILITY_SPEC } from "../model/reliability/parameters.ts";
import { SCORECARD_SPEC } from "../scorecard/parameters.ts";
import { toJsonSchema } from "../spec/json-schema.ts";
import { loadScenario, scenarioPath } from "./load.ts";
import { withValue } from "./override.ts";
import { quoteValue, UserError } from "../errors.ts";
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";

/** Every field a scenario file may set. */
export const SCENARIO_SPEC = group("A jiedian scenario: the county, the year and every lever", {
  name: text("Short name, used for the output folder; default: the file name", ""),
  description: text("What the scenario represents and why its levers are set so", ""),
  data: text(
    "County data directory, relative to the scenario file; default: the shipped Wuzhi County data",
    "",
  ),
  year: count(
    "Simulated calendar year (the working calendar must cover it, the year before for the " +
      "warm-up and the year after for the run-out)",
    2023,
    {
      min: 2022,
      max: 2025,
      unit: "year",
    },
  ),
  seed: count("Master random seed: replication r uses streams derived from (seed, r)", 2023, {
    max: 2 ** 31 - 1,
    unit: "seed",
  }),
  replications: count("Monte Carlo replications", 200, {
    min: 1,
    max: 100_000,
    unit: "replications",
  }),
  applications: APPLICATIONS_SPEC,
  reliability: RELIABILITY_SPEC,
  pv: PV_SPEC,
  scorecard: SCORECARD_SPEC,
});

/** A scenario ready to run. */
export interface Scenario {
  name: string;
  description: string;
  /** The file it was read from, and the files it extends. */
  file: string;
  chain: string[];
  /** Resolved county data directory. */
  dataDir: string;
  year: number;
  seed: number;
  replications: number;
  parameters: CountyParameters;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.json$/, "");
}

/** The longest scenario name: it becomes a folder name, which file systems limit to 255 bytes. */
export const MAX_NAME_LENGTH = 80;

/**
 * Why `name` cannot name an output folder (`out/<name>/`), or undefined when it can: it must
 * stay one folder inside the output root on every system, so no separators, no `..`, no leading
 * dot, none of the characters Windows forbids, no control characters.
 */
export function badNameReason(name: string): string | undefined {
  if (name.trim() === "") return "an empty name";
  if (name.length > MAX_NAME_LENGTH) return `a name of ${name.length} characters`;
  if (/\p{Cc}/u.test(name)) return "a control character (such as a NUL byte)";
  const reserved = /[/\\:*?"<>|]/.exec(name);
  if (reserved !== null) return `a path or reserved character (${reserved[0]})`;
  if (name.startsWith(".")) return "a leading dot";
  if (name !== name.trim()) return "leading or trailing spaces";
  return undefined;
}

/**
 * Reads a scenario named on the command line (`plan-2023` or a path), from `source` (default
 * the file system).
 *
 * @throws UserError for a missing file, invalid JSON, unknown keys, bad values or an extends cycle.
 */
export async function readScenario(
  argument: string,
  source: TextSource = FILE_SOURCE,
): Promise<Scenario> {
  const file = scenarioPath(argument);
  const { chain, values } = await loadScenario(file, SCENARIO_SPEC, source);
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  const dataDir = values.data === ""
    ? DEFAULT_DATA_DIR
    : values.data.startsWith("/")
    ? values.data
    : `${dir}/${values.data}`;
  const name = values.name || baseName(file);
  const bad = badNameReason(name);
  if (bad !== undefined) {
    const field = values.name ? "name" : "the file name (its default name)";
    throw UserError.fromProblems(`${file}: the scenario has 1 problem:`, [{
      file,
      column: field,
      expected: `a name usable as one folder name (at most ${MAX_NAME_LENGTH} characters; ` +
        `no / \\ : * ? " < > |, control characters or leading dot)`,
      found: `${quoteValue(name)}: ${bad}`,
    }]);
  }
  return {
    name,
    description: values.description,
    file,
    chain,
    dataDir,
    year: values.year,
    seed: values.seed,
    replications: values.replications,
    parameters: {
      applications: values.applications,
      reliability: values.reliability,
      pv: values.pv,
      scorecard: values.scorecard,
    },
  };
}

/** The JSON Schema of scenario files (`scenarios/schema.json`). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(SCENARIO_SPEC);
  const properties = schema.properties as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "jiedian scenario",
    ...schema,
    properties: {
      $schema: { type: "string", description: "Path of this schema, for editors" },
      extends: {
        type: "string",
        description:
          "Scenario this one inherits from: a name in the same folder or a relative path",
      },
      ...properties,
    },
  };
}

/** A scenario's levers nested as in a scenario file: year, seed, replications and every model's. */
export function scenarioValues(scenario: Scenario) {
  return {
    year: scenario.year,
    seed: scenario.seed,
    replications: scenario.replications,
    ...scenario.parameters,
  };
}

/**
 * A copy of `scenario` with one lever changed (`applications.lvThresholdKw` = "170"), checked
 * against the spec; used by `sweep` and `--set`.
 *
 * @throws UserError for an unknown path or an invalid value.
 */
export function withSetting(scenario: Scenario, path: string, text: string): Scenario {
  if (["name", "description", "data"].includes(path.split(".")[0])) {
    throw new UserError(`--set ${path}: only numbers, switches and choices can be set`);
  }
  const next = withValue(SCENARIO_SPEC, scenarioValues(scenario), path, text);
  const { year, seed, replications, applications, reliability, pv, scorecard } = next;
  return {
    ...scenario,
    year,
    seed,
    replications,
    parameters: { applications, reliability, pv, scorecard },
  };
}

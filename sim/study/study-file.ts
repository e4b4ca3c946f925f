/**
 * The study file: a JSON object naming the counties (data directories), the scenarios and the
 * lever sweeps of a province-scale study, with its seed and replications. It is read as the
 * scenario files are (the same JSON locator for syntax errors, unknown keys named with the
 * closest valid name, built-in names such as `__proto__` refused), and every problem of the file
 * is reported at once in one {@link UserError}, before anything runs or is written.
 *
 * @example
 * // studies/test-province.json
 * {
 *   "name": "test-province",
 *   "seed": 2023,
 *   "replications": 100,
 *   "counties": ["province/county-01", { "name": "wuzhi", "data": "../data" }],
 *   "scenarios": ["plan-2023", "baseline-2022"],
 *   "levers": { "applications.access.lvThresholdKw": [100, 160, 200] }
 * }
 *
 * @module
 */
import { resolve } from "node:path";
import { excerpt, formatProblem, type Problem, quoteValue, UserError } from "../errors.ts";
import { readText } from "../io/read-text.ts";
import { parseJson, SCENARIOS_DIR } from "../scenario/load.ts";
import { badNameReason, MAX_NAME_LENGTH, SCENARIO_SPEC } from "../scenario/scenario.ts";
import { closest } from "../spec/closest.ts";
import { describe } from "../spec/validate.ts";

/** A county of a study: its name (a folder of the outputs) and its data directory. */
export interface StudyCounty {
  name: string;
  /** Absolute data directory. */
  data: string;
}

/** A lever swept across every county and scenario, with its values as written. */
export interface StudyLever {
  path: string;
  values: (number | boolean | string)[];
}

/** A study file, checked, with paths made absolute. */
export interface StudyDefinition {
  /** Absolute path of the study file. */
  file: string;
  name: string;
  description: string;
  seed: number;
  replications: number;
  counties: StudyCounty[];
  /** Scenario files (absolute paths). */
  scenarios: string[];
  levers: StudyLever[];
  /**
   * Every cell of a county runs on the county's seed (common random numbers, as `compare` and
   * `sweep`), or each cell on a seed of its own.
   */
  commonRandomNumbers: boolean;
}

/** The most cells (counties × scenarios × lever values) a study may hold. */
export const MAX_CELLS = 100_000;

/** The keys a study file may hold, with what each expects (for messages and the README). */
export const STUDY_KEYS = {
  $schema: "a path to a schema, for editors (ignored)",
  name: `a name usable as one folder name (at most ${MAX_NAME_LENGTH} characters)`,
  description: "a text",
  seed: "a whole number from 0 to 2147483647 (the study's master seed)",
  replications: "a whole number from 1 to 100000 (replications of every cell)",
  counties: 'a non-empty list of data directories or { "name": …, "data": … } objects',
  scenarios: "a non-empty list of scenario names (in scenarios/) or paths",
  levers: 'an object of lever paths, each with a non-empty list of values ("path": [v1, v2])',
  commonRandomNumbers: "true or false",
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** The last part of a path, without a trailing slash. */
function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** A scenario named in a study: a shipped name, or a path relative to the study file. */
function scenarioFile(entry: string, dir: string): string {
  const isPath = entry.includes("/") || entry.endsWith(".json");
  return isPath ? resolve(dir, entry) : resolve(SCENARIOS_DIR, `${entry}.json`);
}

/**
 * Reads and checks a study file.
 *
 * @throws UserError listing every problem of the file (nothing is returned half-read)
 */
export async function readStudyFile(argument: string): Promise<StudyDefinition> {
  const file = resolve(argument);
  const read = await readText(file, "a UTF-8 JSON study file");
  if ("problem" in read) {
    throw new UserError(
      read.missing ? `study file ${argument} does not exist` : formatProblem(read.problem),
    );
  }
  const raw = parseJson(read.text, argument);
  if (!isObject(raw)) {
    throw new UserError(
      `${argument}: expected a JSON object at the top level, found ${describe(raw)}`,
    );
  }
  const problems: Problem[] = [];
  /** A problem at `column`; `found` is described, or `said` used as it is. */
  const said = (column: string, expected: string, found: string) =>
    problems.push({ file: argument, column, expected, found });
  const problem = (column: string, expected: string, found: unknown) =>
    said(column, expected, found === undefined ? "nothing" : describe(found));
  const keys = Object.keys(STUDY_KEYS);
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(STUDY_KEYS, key)) {
      const near = closest(key, keys);
      said(
        excerpt(key),
        `one of ${keys.join(", ")}${near ? ` (did you mean "${near}"?)` : ""}`,
        `the unknown key ${quoteValue(key)}`,
      );
    }
  }
  const dir = file.slice(0, file.lastIndexOf("/")) || "/";
  const name = raw.name === undefined ? baseName(file).replace(/\.json$/, "") : raw.name;
  if (typeof name !== "string") problem("name", STUDY_KEYS.name, name);
  else {
    const bad = badNameReason(name);
    if (bad !== undefined) said("name", STUDY_KEYS.name, `${quoteValue(name)}: ${bad}`);
  }
  const description = raw.description ?? "";
  if (typeof description !== "string") problem("description", "a text", description);
  const seedSpec = SCENARIO_SPEC.fields.seed;
  const seed = raw.seed ?? 2023;
  if (!wholeIn(seed, seedSpec.min, seedSpec.max)) problem("seed", STUDY_KEYS.seed, seed);
  const repsSpec = SCENARIO_SPEC.fields.replications;
  const replications = raw.replications ?? 100;
  if (!wholeIn(replications, repsSpec.min, repsSpec.max)) {
    problem("replications", STUDY_KEYS.replications, replications);
  }
  const crn = raw.commonRandomNumbers ?? true;
  if (typeof crn !== "boolean") problem("commonRandomNumbers", STUDY_KEYS.commonRandomNumbers, crn);

  const counties: StudyCounty[] = [];
  if (!Array.isArray(raw.counties) || raw.counties.length === 0) {
    problem("counties", STUDY_KEYS.counties, raw.counties);
  } else {
    raw.counties.forEach((entry: unknown, i: number) => {
      const at = `counties[${i}]`;
      let county: { name: unknown; data: unknown };
      if (typeof entry === "string" && entry !== "") {
        county = { name: baseName(entry), data: entry };
      } else if (isObject(entry)) {
        for (const key of Object.keys(entry)) {
          if (key !== "name" && key !== "data") {
            const near = closest(key, ["name", "data"]);
            said(
              `${at}.${excerpt(key)}`,
              `"name" or "data"${near ? ` (did you mean "${near}"?)` : ""}`,
              `the unknown key ${quoteValue(key)}`,
            );
          }
        }
        county = { name: entry.name ?? baseName(String(entry.data ?? "")), data: entry.data };
      } else return problem(at, 'a data directory or { "name": …, "data": … }', entry);
      if (typeof county.data !== "string" || county.data === "") {
        return problem(`${at}.data`, "the path of a county data directory", county.data);
      }
      if (typeof county.name !== "string") return problem(`${at}.name`, "a text", county.name);
      const bad = badNameReason(county.name);
      if (bad !== undefined) {
        return said(`${at}.name`, STUDY_KEYS.name, `${quoteValue(county.name)}: ${bad}`);
      }
      if (counties.some((c) => c.name === county.name)) {
        return said(
          `${at}.name`,
          'a county name used once (give each county a distinct "name")',
          `${quoteValue(county.name as string)} again`,
        );
      }
      counties.push({ name: county.name, data: resolve(dir, county.data) });
    });
  }

  const scenarios: string[] = [];
  if (!Array.isArray(raw.scenarios) || raw.scenarios.length === 0) {
    problem("scenarios", STUDY_KEYS.scenarios, raw.scenarios);
  } else {
    raw.scenarios.forEach((entry: unknown, i: number) => {
      if (typeof entry !== "string" || entry === "") {
        return problem(`scenarios[${i}]`, "a scenario name or path", entry);
      }
      const path = scenarioFile(entry, dir);
      if (scenarios.includes(path)) {
        return said(`scenarios[${i}]`, "each scenario once", `${quoteValue(entry)} again`);
      }
      scenarios.push(path);
    });
  }

  const levers: StudyLever[] = [];
  if (raw.levers !== undefined && !isObject(raw.levers)) {
    problem("levers", STUDY_KEYS.levers, raw.levers);
  } else {
    for (const [path, values] of Object.entries(raw.levers ?? {})) {
      const at = `levers.${excerpt(path)}`;
      if (!Array.isArray(values) || values.length === 0) {
        problem(at, "a non-empty list of the lever's values", values);
        continue;
      }
      const bad = values.findIndex((v) => !["number", "boolean", "string"].includes(typeof v));
      if (bad >= 0) {
        problem(`${at}[${bad}]`, "a number, true/false or a choice", values[bad]);
        continue;
      }
      const seen = new Set(values.map(String));
      if (seen.size !== values.length) {
        said(at, "each value once", `${excerpt(JSON.stringify(values))}`);
        continue;
      }
      levers.push({ path, values });
    }
  }
  const cells = counties.length * scenarios.length *
    levers.reduce((n, lever) => n * lever.values.length, 1);
  if (cells > MAX_CELLS) {
    problem("levers", `at most ${MAX_CELLS} cells (counties × scenarios × lever values)`, cells);
  }
  if (problems.length > 0) {
    throw UserError.fromProblems(
      `${argument}: the study has ${problems.length} problem${problems.length === 1 ? "" : "s"}:`,
      problems,
    );
  }
  return {
    file,
    name: name as string,
    description: description as string,
    seed: seed as number,
    replications: replications as number,
    counties,
    scenarios,
    levers,
    commonRandomNumbers: crn as boolean,
  };
}

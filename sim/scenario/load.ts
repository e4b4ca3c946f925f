/**
 * Reads a scenario file: JSON with `extends` inheritance, checked against the models' specs.
 * A scenario inherits every field of the scenario it `extends` (a name in the same folder, or a
 * path relative to the file) and overrides what it sets; objects merge key by key, lists and
 * values replace.
 *
 * Every user mistake — a missing file, invalid JSON, an unknown key, a wrong type, a value out
 * of range, an `extends` cycle — becomes one {@link UserError} naming the file and the field.
 */
import { excerpt, formatProblem, type Problem, UserError } from "../errors.ts";
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";
import type { GroupSpec, ValueOf } from "../spec/spec.ts";
import { validateAgainst } from "../spec/validate.ts";
import { jsonError } from "./json-error.ts";

/** Keys a scenario file may hold besides its spec's fields. */
const FILE_KEYS = ["$schema", "extends"] as const;

/** Where the shipped scenarios live; bare names on the command line are looked up here. */
export const SCENARIOS_DIR = decodeURIComponent(
  new URL("../../scenarios/", import.meta.url).pathname,
);

/**
 * The file a command-line scenario argument names: a path as given when it looks like one
 * (has a `/` or ends in `.json`), else `scenarios/<name>.json`.
 */
export function scenarioPath(argument: string): string {
  return argument.includes("/") || argument.endsWith(".json")
    ? argument
    : `${SCENARIOS_DIR}${argument}.json`;
}

/** A scenario read from disk. */
export interface LoadedScenario<V> {
  /** The file it was read from. */
  file: string;
  /** The chain of files merged, the file itself first. */
  chain: string[];
  /** Every field, defaults filled in. */
  values: V;
}

/** Line and column (1-based) of a character offset in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Parses JSON, turning a syntax error into a message with the line and column of the first
 * mistake and its likely cause (a comment, `NaN`, single quotes, a trailing comma…).
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const mistake = jsonError(text);
    // V8's own message, without the copy of the text it carries, if the scanner saw no mistake.
    const reason = mistake?.reason ??
      excerpt((error as Error).message.replace(/, ".*" is not valid JSON$/s, ""));
    const { line, column } = lineColumn(text, mistake?.offset ?? text.length);
    throw new UserError(`${file}:${line}:${column}: invalid JSON: ${reason}`);
  }
}

function directoryOf(file: string): string {
  const i = file.lastIndexOf("/");
  return i < 0 ? "." : file.slice(0, i) || "/";
}

/** Resolves an `extends` value against the file that holds it. */
function resolveParent(parent: string, file: string): string {
  const name = parent.endsWith(".json") ? parent : `${parent}.json`;
  return name.startsWith("/") ? name : `${directoryOf(file)}/${name}`;
}

async function readJsonObject(
  file: string,
  source: TextSource,
): Promise<Record<string, unknown>> {
  const read = await source.read(file, "a UTF-8 JSON scenario file");
  if ("problem" in read) {
    throw new UserError(
      read.missing ? `scenario file ${file} does not exist` : formatProblem(read.problem),
    );
  }
  const value = parseJson(read.text, file);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UserError(
      `${file}: expected a JSON object at the top level, found ${
        Array.isArray(value) ? "an array" : excerpt(JSON.stringify(value))
      }`,
    );
  }
  return value as Record<string, unknown>;
}

/** The real path of a scenario file that was just read, so that cycles are found however named. */
async function identity(file: string, source: TextSource): Promise<string> {
  const real = await source.identity(file);
  if ("reason" in real) throw new UserError(`scenario file ${file}: ${real.reason}`);
  return real.path;
}

/** The longest `extends` chain accepted: deeper is surely a mistake, not a design. */
export const MAX_EXTENDS_DEPTH = 32;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `child` over `parent`: objects merge key by key; anything else in `child` replaces. */
export function mergeOver(
  parent: Record<string, unknown>,
  child: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    out[key] = isObject(value) && isObject(parent[key])
      ? mergeOver(parent[key] as Record<string, unknown>, value)
      : value;
  }
  return out;
}

function withoutFileKeys(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const key of FILE_KEYS) delete out[key];
  return out;
}

/**
 * Reads `file` and the chain of scenarios it extends, checks each file against `spec` (so each
 * problem names the file it is in), merges them and fills in defaults, reading through `source` (default the file system).
 *
 * @throws UserError on any problem (nothing is returned half-read).
 */
export async function loadScenario<S extends GroupSpec>(
  file: string,
  spec: S,
  source: TextSource = FILE_SOURCE,
): Promise<LoadedScenario<ValueOf<S>>> {
  const chain: string[] = [];
  // Real paths: "./a", "../dir/a" and a symbolic link to a are all the same file.
  const seen: string[] = [];
  const raws: Record<string, unknown>[] = [];
  const problems: Problem[] = [];
  let current: string | undefined = file;
  while (current !== undefined) {
    const raw = await readJsonObject(current, source);
    const real = await identity(current, source);
    if (seen.includes(real)) {
      throw new UserError(`${file}: extends cycle: ${[...chain, current].join(" → ")}`);
    }
    if (chain.length === MAX_EXTENDS_DEPTH) {
      throw new UserError(
        `${file}: extends a chain of more than ${MAX_EXTENDS_DEPTH} scenarios (${
          chain.slice(0, 3).join(" → ")
        } → …)`,
      );
    }
    chain.push(current);
    seen.push(real);
    raws.push(raw);
    const parent = raw.extends;
    if (parent !== undefined && (typeof parent !== "string" || parent === "")) {
      problems.push({
        file: current,
        column: "extends",
        expected: "the name or path of another scenario",
        found: excerpt(JSON.stringify(parent)),
      });
      break;
    }
    // Each file must be valid on its own as a partial scenario.
    validateAgainst(spec, withoutFileKeys(raw), "", current, problems);
    current = parent === undefined ? undefined : resolveParent(parent, current);
  }
  if (problems.length > 0) {
    throw UserError.fromProblems(
      `${file}: the scenario has ${problems.length} problem${problems.length === 1 ? "" : "s"}:`,
      problems,
    );
  }
  const merged = raws.reduceRight<Record<string, unknown>>(
    (acc, raw) => mergeOver(acc, withoutFileKeys(raw)),
    {},
  );
  const values = validateAgainst(spec, merged, "", file, problems);
  return { file, chain, values };
}

/**
 * Changing one lever of a loaded scenario from the command line (`--set applications.
 * lvThresholdKw=170`), checked against the same spec as the scenario files.
 */
import { excerpt, type Problem, quoteValue, UserError } from "../errors.ts";
import type { GroupSpec, KeyedCountsSpec, ParamSpec } from "../spec/spec.ts";
import { closest } from "../spec/closest.ts";
import { validateAgainst } from "../spec/validate.ts";

/**
 * The spec of the parameter at a dotted path, or a UserError naming the first unknown part. A
 * path may go on past a {@link KeyedCountsSpec} by two parts, an id and a field
 * (`applications.dispatch.stationStaff.S03.lvCrews`): they are returned as `rest`.
 */
export function specAt(root: GroupSpec, path: string): { spec: ParamSpec; rest: string[] } {
  let spec: ParamSpec = root;
  const parts = path.split(".");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const here = parts.slice(0, i + 1).join(".");
    if (spec.kind === "keyedCounts") {
      const rest = parts.slice(i);
      if (rest.length !== 2) {
        throw new UserError(
          `--set ${excerpt(path)}: ${parts.slice(0, i).join(".")} is set one count at a time, ` +
            `as ${parts.slice(0, i).join(".")}.<${spec.keys}>.<${spec.fields.join("|")}>=N`,
        );
      }
      return { spec, rest };
    }
    if (spec.kind !== "group") {
      throw new UserError(`--set ${path}: ${parts.slice(0, i).join(".")} has no parts`);
    }
    const names = Object.keys(spec.fields);
    // Own keys only: `part in` would accept "toString", "constructor" or "__proto__".
    if (!Object.hasOwn(spec.fields, part)) {
      const near = closest(part, names);
      throw new UserError(
        `--set ${excerpt(path)}: unknown parameter ${quoteValue(here)}` +
          (near ? ` (did you mean "${near}"?)` : ""),
      );
    }
    spec = spec.fields[part];
  }
  return { spec, rest: [] };
}

/** A command-line word as a JSON value: a number, true/false, or else the text itself. */
export function parseValue(text: string): unknown {
  if (text === "true" || text === "false") return text === "true";
  if (text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/**
 * A copy of `values` (a scenario's checked values, nested like the spec) with the parameter
 * at `path` set to `text`, after checking it against the spec.
 *
 * @throws UserError when the path is unknown or the value invalid.
 */
export function withValue<V extends object>(
  root: GroupSpec,
  values: V,
  path: string,
  text: string,
): V {
  const { spec, rest } = specAt(root, path);
  if (spec.kind === "keyedCounts" && rest.length === 2) {
    return withKeyedCount(spec, values, path, text);
  }
  if (spec.kind === "group" || spec.kind === "changes" || spec.kind === "keyedCounts") {
    throw new UserError(
      `--set ${path}: only single values can be set, and ${path} is a ${spec.kind}`,
    );
  }
  const value = parseValue(text);
  const problems: Problem[] = [];
  validateAgainst(spec, value, path, "--set", problems);
  if (problems.length > 0) {
    const p = problems[0];
    throw new UserError(`--set ${path}: expected ${p.expected}, found ${p.found}`);
  }
  return withValueAt(values, path.split("."), value);
}

/** One count of a keyed-counts lever: the whole lever checked with it, then set. */
function withKeyedCount<V extends object>(
  spec: KeyedCountsSpec,
  values: V,
  path: string,
  text: string,
): V {
  const parts = path.split(".");
  const [id, field] = parts.slice(-2);
  const lever = parts.slice(0, -2);
  let node: unknown = values;
  for (const part of lever) node = (node as Record<string, unknown>)[part];
  const current = (node ?? {}) as Record<string, Record<string, number>>;
  const value = parseValue(text);
  const next = { ...current, [id]: { ...current[id], [field]: value } };
  const problems: Problem[] = [];
  validateAgainst(spec, next, lever.join("."), "--set", problems);
  if (problems.length > 0) {
    const p = problems[0];
    throw new UserError(`--set ${p.column}: expected ${p.expected}, found ${p.found}`);
  }
  return withValueAt(values, lever, next);
}

/** A copy of `values` with `value` at the path `parts`. */
function withValueAt<V extends object>(values: V, parts: readonly string[], value: unknown): V {
  const copy = structuredClone(values) as Record<string, unknown>;
  let node = copy;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
  return copy as V;
}

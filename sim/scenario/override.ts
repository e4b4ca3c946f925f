/**
 * Changing one lever of a loaded scenario from the command line (`--set applications.
 * lvThresholdKw=170`), checked against the same spec as the scenario files.
 */
import { excerpt, type Problem, quoteValue, UserError } from "../errors.ts";
import type { GroupSpec, ParamSpec } from "../spec/spec.ts";
import { closest } from "../spec/closest.ts";
import { validateAgainst } from "../spec/validate.ts";

/** The spec of the parameter at a dotted path, or a UserError naming the first unknown part. */
export function specAt(root: GroupSpec, path: string): ParamSpec {
  let spec: ParamSpec = root;
  const parts = path.split(".");
  parts.forEach((part, i) => {
    const here = parts.slice(0, i + 1).join(".");
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
  });
  return spec;
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
  const spec = specAt(root, path);
  if (spec.kind === "group" || spec.kind === "changes") {
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
  const copy = structuredClone(values) as Record<string, unknown>;
  const parts = path.split(".");
  let node = copy;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
  return copy as V;
}

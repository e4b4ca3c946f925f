/**
 * Every lever of a spec as a flat list (path, spec, value): for the report's assumptions table,
 * the README's parameter reference and notebooks.
 */
import type { ParamSpec } from "./spec.ts";

/** One lever: its dotted path, its spec and a value. */
export interface Lever {
  path: string;
  spec: Exclude<ParamSpec, { kind: "group" }>;
  value: unknown;
}

/** The leaves of `spec` with the values found at the same paths in `values`. */
export function leversOf(spec: ParamSpec, values: unknown, path = ""): Lever[] {
  if (spec.kind !== "group") return [{ path, spec, value: values }];
  const record = (values ?? {}) as Record<string, unknown>;
  return Object.entries(spec.fields).flatMap(([key, field]) =>
    leversOf(field, record[key], path ? `${path}.${key}` : key)
  );
}

/** A lever's value for a table: numbers as given, lists of changes as "from date: value". */
export function leverText(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0
      ? "no change"
      : value.map((c: { from: string; value: number }) => `from ${c.from}: ${c.value}`).join("; ");
  }
  return String(value);
}

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

/**
 * Keyed counts as one line, `S03.lvCrews=4; S05.surveyCrews=2` (empty for none): how tables show
 * them and how the explorer's text field takes them.
 */
export function keyedCountsText(
  value: Readonly<Record<string, Readonly<Record<string, number>>>>,
): string {
  return Object.entries(value).flatMap(([id, counts]) =>
    Object.entries(counts).map(([field, count]) => `${id}.${field}=${count}`)
  ).join("; ");
}

/**
 * The keyed counts a line like `S03.lvCrews=4; S05.surveyCrews=2` stands for. An item without
 * the shape `id.field=value` is kept as its own text (a key and a value at once), so that checking
 * the result against the spec names it.
 */
export function parseKeyedCountsText(text: string): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const item of text.split(";").map((s) => s.trim()).filter(Boolean)) {
    const match = /^([^.=\s]+)\.([^.=\s]+)\s*=\s*(.*)$/.exec(item);
    if (match === null) {
      out[item] ??= {};
      continue;
    }
    const [, id, field, count] = match;
    (out[id] ??= {})[field] = count !== "" && Number.isFinite(Number(count))
      ? Number(count)
      : count;
  }
  return out;
}

/** A lever's value for a table: numbers as given, lists of changes as "from date: value". */
export function leverText(value: unknown): string {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const text = keyedCountsText(value as Record<string, Record<string, number>>);
    return text === "" ? "as the data" : text;
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? "no change"
      : value.map((c: { from: string; value: number }) => `from ${c.from}: ${c.value}`).join("; ");
  }
  return String(value);
}

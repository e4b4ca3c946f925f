/**
 * The assumptions of a spec (its number parameters that carry a plausible range) and the checks
 * every range must pass: `low ≤ high`, the default inside, the range inside the valid values,
 * whole ends for a whole number, and siblings that come as ordered sets (`…Median` ≤ `…P90`,
 * `…Min` ≤ `…Mode` ≤ `…Max`) ordered at both ends, so that any point of the ranges is a valid
 * scenario when a set moves together. A test runs {@link rangeProblems} over every model's spec.
 *
 * @module
 */
import type { NumberSpec, ParamSpec } from "./spec.ts";

/** One assumed input: its dotted path and spec (whose `range` is set). */
export interface Assumption {
  path: string;
  spec: NumberSpec & { range: NonNullable<NumberSpec["range"]> };
}

/** Every number of `spec` that carries a plausible range, in declaration order. */
export function assumptionsOf(spec: ParamSpec, path = ""): Assumption[] {
  if (spec.kind === "group") {
    return Object.entries(spec.fields).flatMap(([key, field]) =>
      assumptionsOf(field, path ? `${path}.${key}` : key)
    );
  }
  return spec.kind === "number" && spec.range ? [{ path, spec: spec as Assumption["spec"] }] : [];
}

/** Sibling suffixes that name ordered values of one quantity, smallest first. */
export const ORDERED_SUFFIXES: readonly (readonly string[])[] = [
  ["Median", "P90"],
  ["Min", "Mode", "Max"],
];

/** What is wrong with one range, or undefined. */
function rangeProblem(path: string, spec: NumberSpec): string | undefined {
  const r = spec.range;
  if (!r) return undefined;
  const at = `${path}: plausible range ${r.low}–${r.high}`;
  if (!Number.isFinite(r.low) || !Number.isFinite(r.high)) return `${at} is not finite`;
  if (r.low > r.high) return `${at} has low > high`;
  if (spec.default < r.low || spec.default > r.high) {
    return `${at} leaves out the default ${spec.default}`;
  }
  if (r.low < spec.min || r.high > spec.max) {
    return `${at} leaves the valid values ${spec.min}–${spec.max}`;
  }
  if (spec.integer && !(Number.isInteger(r.low) && Number.isInteger(r.high))) {
    return `${at} has a fractional end for a whole number`;
  }
  if (r.source.trim() === "") return `${at} gives no source or reasoning`;
  return undefined;
}

/** Ordered siblings (`xMedian` and `xP90`) whose ranges are not ordered at both ends. */
function orderProblems(path: string, fields: Record<string, ParamSpec>): string[] {
  const problems: string[] = [];
  for (const suffixes of ORDERED_SUFFIXES) {
    const stems = new Set(
      Object.keys(fields).flatMap((key) =>
        suffixes.filter((s) => key.endsWith(s)).map((s) => key.slice(0, -s.length))
      ),
    );
    for (const stem of stems) {
      const set = suffixes.map((s) => fields[`${stem}${s}`]).filter((f) => f !== undefined)
        .filter((f): f is NumberSpec => f.kind === "number" && f.range !== undefined);
      for (let i = 1; i < set.length; i++) {
        const [a, b] = [set[i - 1].range!, set[i].range!];
        if (a.low > b.low || a.high > b.high) {
          problems.push(
            `${path ? `${path}.` : ""}${stem}${suffixes.join("/")}: plausible ranges ` +
              `${a.low}–${a.high} and ${b.low}–${b.high} are not ordered at both ends`,
          );
        }
      }
    }
  }
  return problems;
}

/** Every defect of the plausible ranges of `spec` (empty when all are sound). */
export function rangeProblems(spec: ParamSpec, path = ""): string[] {
  if (spec.kind === "number") {
    const problem = rangeProblem(path, spec);
    return problem ? [problem] : [];
  }
  if (spec.kind !== "group") return [];
  return [
    ...orderProblems(path, spec.fields),
    ...Object.entries(spec.fields).flatMap(([key, field]) =>
      rangeProblems(field, path ? `${path}.${key}` : key)
    ),
  ];
}

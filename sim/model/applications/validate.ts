/**
 * Checks a parameter object against {@link APPLICATIONS_SPEC} before a run: every value's type
 * and range (as the spec declares them), and the rules that tie levers together (a duration's
 * p90 is at least its median; HV channel shares sum to at most 1; staffing changes fall in the
 * simulated year). All problems are collected and thrown as one {@link UserError}, each naming
 * the parameter by its dotted path, what was expected and what was found.
 *
 * @module
 */
import { parseIsoDate } from "../../engine/calendar.ts";
import { type Problem, UserError } from "../../errors.ts";
import type { ParamSpec } from "../parameters.ts";
import { type ApplicationParameters, APPLICATIONS_SPEC } from "./parameters.ts";

/**
 * Throws a {@link UserError} listing every problem of `parameters` for a run of `year`.
 *
 * @example
 * const p = defaultsOf(APPLICATIONS_SPEC);
 * p.survey.lvSurveyHoursP90 = 0.5; // below the median of 1
 * checkApplicationParameters(p, 2023);
 * // UserError: … survey.lvSurveyHoursP90: expected a number ≥ survey.lvSurveyHoursMedian (1),
 * //   found 0.5
 */
export function checkApplicationParameters(parameters: ApplicationParameters, year: number): void {
  const problems: Problem[] = [];
  checkSpec(APPLICATIONS_SPEC, parameters, "", problems, year);
  if (problems.length === 0) {
    checkPairs(APPLICATIONS_SPEC, parameters, "", problems);
    const { pushedShare, proactiveShare } = parameters.channels;
    if (pushedShare + proactiveShare > 1 + 1e-12) {
      problems.push({
        column: "channels.pushedShare + channels.proactiveShare",
        expected: "a sum ≤ 1 (the two channels share the HV applications)",
        found: `${pushedShare} + ${proactiveShare} = ${pushedShare + proactiveShare}`,
      });
    }
  }
  if (problems.length > 0) {
    const noun = problems.length === 1 ? "problem" : "problems";
    throw UserError.fromProblems(
      `The connection-application parameters have ${problems.length} ${noun}:`,
      problems,
    );
  }
}

/** Type and range of every value, recursively. */
function checkSpec(
  spec: ParamSpec,
  value: unknown,
  path: string,
  problems: Problem[],
  year: number,
): void {
  const found = show(value);
  switch (spec.kind) {
    case "group": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        problems.push({ column: path || "(parameters)", expected: "an object", found });
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(spec.fields)) {
        const sub = path === "" ? key : `${path}.${key}`;
        if (!(key in record)) problems.push({ column: sub, expected: "a value", found: "none" });
        else checkSpec(field, record[key], sub, problems, year);
      }
      for (const key of Object.keys(record)) {
        if (!(key in spec.fields)) {
          problems.push({
            column: path === "" ? key : `${path}.${key}`,
            expected: `one of the parameters ${Object.keys(spec.fields).join(", ")}`,
            found: "an unknown parameter",
          });
        }
      }
      return;
    }
    case "number": {
      const ok = typeof value === "number" && value >= spec.min && value <= spec.max &&
        (spec.integer !== true || Number.isInteger(value));
      if (!ok) {
        const kind = spec.integer ? "a whole number" : "a number";
        problems.push({ column: path, expected: `${kind} in [${spec.min}, ${spec.max}]`, found });
      }
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") {
        problems.push({ column: path, expected: "true or false", found });
      }
      return;
    case "enum":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        problems.push({ column: path, expected: `one of ${spec.values.join(", ")}`, found });
      }
      return;
    case "changes":
      checkChanges(spec.min, spec.max, value, path, problems, year);
      return;
  }
}

/** Dated changes: an array of { from: date in `year`, value in range }, dates increasing. */
function checkChanges(
  min: number,
  max: number,
  value: unknown,
  path: string,
  problems: Problem[],
  year: number,
): void {
  if (!Array.isArray(value)) {
    problems.push({ column: path, expected: "an array of { from, value }", found: show(value) });
    return;
  }
  let previous = "";
  value.forEach((change: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof change !== "object" || change === null) {
      problems.push({ column: at, expected: "an object { from, value }", found: show(change) });
      return;
    }
    const { from, value: v } = change as { from?: unknown; value?: unknown };
    if (
      typeof from !== "string" || parseIsoDate(from) === undefined || !from.startsWith(`${year}-`)
    ) {
      problems.push({
        column: `${at}.from`,
        expected: `a date YYYY-MM-DD in ${year}`,
        found: show(from),
      });
    } else if (from <= previous) {
      problems.push({
        column: `${at}.from`,
        expected: `a date after the previous change (${previous})`,
        found: show(from),
      });
    } else {
      previous = from;
    }
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      problems.push({
        column: `${at}.value`,
        expected: `a whole number in [${min}, ${max}]`,
        found: show(v),
      });
    }
  });
}

/** Every `xMedian`/`xP90` pair: p90 ≥ median, and median > 0 unless the pair is fixed at 0. */
function checkPairs(spec: ParamSpec, value: unknown, path: string, problems: Problem[]): void {
  if (spec.kind !== "group") return;
  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(spec.fields)) {
    const sub = path === "" ? key : `${path}.${key}`;
    if (field.kind === "group") {
      checkPairs(field, record[key], sub, problems);
      continue;
    }
    if (!key.endsWith("Median")) continue;
    const p90Key = key.slice(0, -"Median".length) + "P90";
    if (!(p90Key in spec.fields)) continue;
    const median = record[key] as number;
    const p90 = record[p90Key] as number;
    const p90Path = path === "" ? p90Key : `${path}.${p90Key}`;
    if (p90 < median) {
      problems.push({
        column: p90Path,
        expected: `a number ≥ ${sub} (${median})`,
        found: String(p90),
      });
    } else if (p90 > median && median === 0) {
      problems.push({
        column: sub,
        expected:
          `a number > 0 when ${p90Path} (${p90}) is above it (a lognormal needs a positive median)`,
        found: "0",
      });
    }
  }
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "none";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}

/**
 * Checks values against the declarative parameter specs (./parameters.ts) and fills in the
 * defaults: the one generic check shared by the scenario loader, the command line's `--set` and
 * the models' own parameter checks. Every problem is reported with its dotted path, what was
 * expected and what was found; an unknown key comes with the closest valid name.
 *
 * @module
 */
import { parseIsoDate } from "../engine/calendar.ts";
import { type Problem, quoteValue } from "../errors.ts";
import { closest } from "./closest.ts";
import {
  type ChangesSpec,
  defaultsOf,
  type KeyedCountsSpec,
  type NumberSpec,
  type ParamSpec,
  type ValueOf,
} from "./spec.ts";

/** Describes a JSON value briefly for an error message. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return quoteValue(value);
  return String(value);
}

/** What a number spec accepts, in words: "a whole number from 0 to 40 (people)". */
export function expectedNumber(spec: NumberSpec | ChangesSpec | KeyedCountsSpec): string {
  const whole = spec.kind !== "number" || spec.integer === true;
  const kind = whole ? "a whole number" : "a number";
  const range = spec.max === Infinity ? `≥ ${spec.min}` : `from ${spec.min} to ${spec.max}`;
  return `${kind} ${range} (${spec.unit})`;
}

/** What a spec accepts, in words, as the "expected" part of a problem. */
function expectation(spec: ParamSpec): string {
  switch (spec.kind) {
    case "number":
      return expectedNumber(spec);
    case "boolean":
      return "true or false";
    case "text":
      return `a text (${spec.description})`;
    case "enum":
      return `one of ${spec.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "changes":
      return `a list of { "from": "YYYY-MM-DD", "value": ${expectedNumber(spec)} }`;
    case "keyedCounts":
      return `an object { "<${spec.keys}>": { "<${spec.fields.join("|")}>": ${
        expectedNumber(spec)
      } } }`;
    case "group":
      return `an object (${spec.description})`;
  }
}

function numberOk(
  spec: NumberSpec | ChangesSpec | KeyedCountsSpec,
  value: unknown,
  integer: boolean,
): boolean {
  return typeof value === "number" && Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) && value >= spec.min && value <= spec.max;
}

/** How {@link validateAgainst} treats absent fields. */
export interface ValidateOptions {
  /**
   * Every field must be present: for a model's complete parameter set, where an absent field is
   * a mistake. By default (a scenario file, which sets only what it changes) an absent field
   * takes its default.
   */
  complete?: boolean;
}

/**
 * Validates `value` against `spec`, merging it over the defaults: absent fields take their
 * default (or, with `options.complete`, are problems). Problems are pushed onto `problems` with
 * `file` (when given) and the dotted `column` path; the returned value is complete only when no
 * problem was found.
 *
 * @example
 * const problems: Problem[] = [];
 * const spec = group("Survey", { crews: count("Survey crews", 4, { max: 100 }) });
 * validateAgainst(spec, { crews: 2.5 }, "survey", "s.json", problems);
 * // problems[0]: { file: "s.json", column: "survey.crews",
 * //   expected: "a whole number from 0 to 100 (count)", found: "2.5" }
 */
export function validateAgainst<S extends ParamSpec>(
  spec: S,
  value: unknown,
  path: string,
  file: string | undefined,
  problems: Problem[],
  options: ValidateOptions = {},
): ValueOf<S> {
  const report: Report = (column, expected, found) =>
    problems.push(
      file === undefined ? { column, expected, found } : { file, column, expected, found },
    );
  switch (spec.kind) {
    case "number":
      if (!numberOk(spec, value, spec.integer === true)) {
        report(path, expectation(spec), describe(value));
      }
      return value as ValueOf<S>;
    case "boolean":
      if (typeof value !== "boolean") report(path, expectation(spec), describe(value));
      return value as ValueOf<S>;
    case "text":
      if (typeof value !== "string") report(path, expectation(spec), describe(value));
      return value as ValueOf<S>;
    case "enum":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        report(path, expectation(spec), describe(value));
      }
      return value as ValueOf<S>;
    case "changes":
      return checkChanges(spec, value, path, report) as ValueOf<S>;
    case "keyedCounts":
      return checkKeyedCounts(spec, value, path, report) as ValueOf<S>;
    case "group": {
      const checkField = (field: ParamSpec, given: unknown, sub: string) =>
        validateAgainst(field, given, sub, file, problems, options);
      return checkGroup(spec, value, path, report, checkField, options) as ValueOf<S>;
    }
  }
}

/** Records one problem at a dotted path. */
type Report = (column: string, expected: string, found: string) => void;

/** A list of dated changes: each `{ from, value }`, dates real and in order, values in range. */
function checkChanges(spec: ChangesSpec, value: unknown, path: string, report: Report): unknown {
  const expected = expectation(spec);
  if (!Array.isArray(value)) {
    report(path, expected, describe(value));
    return [];
  }
  let previous = "";
  value.forEach((change, i) => {
    const at = `${path}[${i}]`;
    const ok = typeof change === "object" && change !== null && !Array.isArray(change) &&
      Object.keys(change).every((k) => k === "from" || k === "value");
    if (!ok) {
      report(at, expected, describe(change));
      return;
    }
    const { from, value: v } = change as { from: unknown; value: unknown };
    // A real calendar day: parseIsoDate rejects 2023-02-30 as well as a wrong shape.
    if (typeof from !== "string" || parseIsoDate(from) === undefined) {
      report(`${at}.from`, "a date YYYY-MM-DD", describe(from));
    } else if (from <= previous) {
      report(`${at}.from`, `a date after ${previous} (changes in date order)`, describe(from));
    } else previous = from;
    if (!numberOk(spec, v, true)) report(`${at}.value`, expectedNumber(spec), describe(v));
  });
  return value;
}

/** A key of a {@link KeyedCountsSpec}: a data id, usable in a `--set` path (no dots). */
export const KEYED_ID = /^[A-Za-z0-9_-]+$/;

/** Counts keyed by ids, then by the spec's fields: `{ "S03": { "lvCrews": 4 } }`. */
function checkKeyedCounts(
  spec: KeyedCountsSpec,
  value: unknown,
  path: string,
  report: Report,
): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(value)) {
    report(path, expectation(spec), describe(value));
    return {};
  }
  for (const [id, counts] of Object.entries(value)) {
    const at = `${path}.${id}`;
    if (!KEYED_ID.test(id)) {
      report(at, `${spec.keys} (letters, digits, "_" or "-")`, quoteValue(id));
    } else if (!isObject(counts)) {
      report(at, `an object { "<${spec.fields.join("|")}>": count }`, describe(counts));
    } else {
      for (const [field, count] of Object.entries(counts)) {
        if (!spec.fields.includes(field)) {
          const near = closest(field, spec.fields);
          report(
            `${at}.${field}`,
            near ? `a known key (did you mean "${near}"?)` : `one of ${spec.fields.join(", ")}`,
            `unknown key ${quoteValue(field)}`,
          );
        } else if (!numberOk(spec, count, true)) {
          report(`${at}.${field}`, expectedNumber(spec), describe(count));
        }
      }
    }
  }
  return value;
}

/** An object of the group's fields: unknown keys reported, each field checked or defaulted. */
function checkGroup(
  spec: Extract<ParamSpec, { kind: "group" }>,
  value: unknown,
  path: string,
  report: Report,
  checkField: (field: ParamSpec, given: unknown, sub: string) => unknown,
  options: ValidateOptions,
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report(path, expectation(spec), describe(value));
    return {};
  }
  const given = value as Record<string, unknown>;
  const names = Object.keys(spec.fields);
  for (const key of Object.keys(given)) {
    // Own keys only: `key in` would let "toString", "constructor" or "__proto__" through.
    if (!Object.hasOwn(spec.fields, key)) {
      const near = closest(key, names);
      report(
        path ? `${path}.${key}` : key,
        near ? `a known key (did you mean "${near}"?)` : `one of ${names.join(", ")}`,
        `unknown key ${quoteValue(key)}`,
      );
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const sub = path ? `${path}.${key}` : key;
    if (Object.hasOwn(given, key)) out[key] = checkField(field, given[key], sub);
    else if (options.complete) report(sub, expectation(field), "nothing");
    else out[key] = defaultsOf(field);
  }
  return out;
}

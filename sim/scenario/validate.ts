/**
 * Checks a scenario's values against the models' parameter specs (sim/model/parameters.ts) and
 * fills in the defaults. Every problem is reported with its dotted path, what was expected and
 * what was found; an unknown key comes with the closest valid name.
 */
import type { Problem } from "../errors.ts";
import {
  type ChangesSpec,
  defaultsOf,
  type NumberSpec,
  type ParamSpec,
  type ValueOf,
} from "../model/parameters.ts";
import { closest } from "./closest.ts";

/** Describes a JSON value briefly for an error message. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

/** What a number spec accepts, in words: "a whole number from 0 to 40 (people)". */
export function expectedNumber(spec: NumberSpec | ChangesSpec): string {
  const whole = spec.kind === "changes" || spec.integer === true;
  const kind = whole ? "a whole number" : "a number";
  const range = spec.max === Infinity ? `≥ ${spec.min}` : `from ${spec.min} to ${spec.max}`;
  return `${kind} ${range} (${spec.unit})`;
}

function checkNumber(
  spec: NumberSpec | ChangesSpec,
  value: unknown,
  integer: boolean,
): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return "type";
  if (integer && !Number.isInteger(value)) return "type";
  if (value < spec.min || value > spec.max) return "range";
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates `value` against `spec`, merging it over the defaults: absent fields take their
 * default. Problems are pushed onto `problems` with `file` and the dotted `column` path; the
 * returned value is complete only when no problem was found.
 */
export function validateAgainst<S extends ParamSpec>(
  spec: S,
  value: unknown,
  path: string,
  file: string,
  problems: Problem[],
): ValueOf<S> {
  const problem = (expected: string, found: string) =>
    problems.push({ file, column: path, expected, found });
  switch (spec.kind) {
    case "number": {
      const bad = checkNumber(spec, value, spec.integer === true);
      if (bad !== null) problem(expectedNumber(spec), describe(value));
      return value as ValueOf<S>;
    }
    case "boolean":
      if (typeof value !== "boolean") problem("true or false", describe(value));
      return value as ValueOf<S>;
    case "text":
      if (typeof value !== "string") problem(`a text (${spec.description})`, describe(value));
      return value as ValueOf<S>;
    case "enum":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        problem(`one of ${spec.values.map((v) => JSON.stringify(v)).join(", ")}`, describe(value));
      }
      return value as ValueOf<S>;
    case "changes": {
      const expected = `a list of { "from": "YYYY-MM-DD", "value": ${expectedNumber(spec)} }`;
      if (!Array.isArray(value)) {
        problem(expected, describe(value));
        return [] as unknown as ValueOf<S>;
      }
      let previous = "";
      value.forEach((change, i) => {
        const at = `${path}[${i}]`;
        const ok = typeof change === "object" && change !== null && !Array.isArray(change) &&
          Object.keys(change).every((k) => k === "from" || k === "value");
        if (!ok) {
          problems.push({ file, column: at, expected, found: describe(change) });
          return;
        }
        const { from, value: v } = change as { from: unknown; value: unknown };
        if (typeof from !== "string" || !ISO_DATE.test(from)) {
          problems.push({
            file,
            column: `${at}.from`,
            expected: "a date YYYY-MM-DD",
            found: describe(from),
          });
        } else if (from <= previous) {
          problems.push({
            file,
            column: `${at}.from`,
            expected: `a date after ${previous} (changes in date order)`,
            found: describe(from),
          });
        } else previous = from;
        if (checkNumber(spec, v, true) !== null) {
          problems.push({
            file,
            column: `${at}.value`,
            expected: expectedNumber(spec),
            found: describe(v),
          });
        }
      });
      return value as ValueOf<S>;
    }
    case "group": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        problem(`an object (${spec.description})`, describe(value));
        return {} as ValueOf<S>;
      }
      const given = value as Record<string, unknown>;
      const names = Object.keys(spec.fields);
      for (const key of Object.keys(given)) {
        if (!(key in spec.fields)) {
          const near = closest(key, names);
          problems.push({
            file,
            column: path ? `${path}.${key}` : key,
            expected: near ? `a known key (did you mean "${near}"?)` : `one of ${names.join(", ")}`,
            found: `unknown key "${key}"`,
          });
        }
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(spec.fields)) {
        const sub = path ? `${path}.${key}` : key;
        out[key] = key in given
          ? validateAgainst(field, given[key], sub, file, problems)
          : defaultsOf(field);
      }
      return out as ValueOf<S>;
    }
  }
}

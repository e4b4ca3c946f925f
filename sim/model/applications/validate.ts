/**
 * Checks a parameter object against {@link APPLICATIONS_SPEC} before a run: every value's type
 * and range with the shared spec check (sim/spec/validate.ts), then the rules that tie levers
 * together (staffing changes fall in the simulated year; a duration's p90 is at least its
 * median; HV channel shares sum to at most 1). All problems are collected and thrown as one
 * {@link UserError}, each naming the parameter by its dotted path, what was expected and what
 * was found.
 *
 * @module
 */
import { parseIsoDate } from "../../engine/calendar.ts";
import { type Problem, UserError } from "../../errors.ts";
import { validateAgainst } from "../../spec/validate.ts";
import type { ParamSpec } from "../../spec/spec.ts";
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
  validateAgainst(APPLICATIONS_SPEC, parameters, "", undefined, problems, { complete: true });
  checkChangesInYear(parameters, year, problems);
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

/**
 * Staffing changes take effect inside the simulated year: the model plays one year, so a change
 * dated in another would silently never happen. Only well-formed dates are checked here; the
 * shared spec check reports the others.
 */
function checkChangesInYear(
  parameters: ApplicationParameters,
  year: number,
  problems: Problem[],
): void {
  const staff: unknown = parameters.staff;
  if (typeof staff !== "object" || staff === null) return;
  for (const role of Object.keys(APPLICATIONS_SPEC.fields.staff.fields)) {
    const changes = (staff as Record<string, { changes?: unknown } | null>)[role]?.changes;
    if (!Array.isArray(changes)) continue;
    changes.forEach((change: unknown, i) => {
      const from = (change as { from?: unknown } | null)?.from;
      if (
        typeof from === "string" && parseIsoDate(from) !== undefined &&
        !from.startsWith(`${year}-`)
      ) {
        problems.push({
          column: `staff.${role}.changes[${i}].from`,
          expected: `a date YYYY-MM-DD in ${year}`,
          found: JSON.stringify(from),
        });
      }
    });
  }
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

/**
 * Checks the PV model's parameters before a run: every value's type and range against
 * {@link PV_SPEC} with the shared spec check (sim/spec/validate.ts), then the rule that ties two
 * levers together (commercial systems start where household ones end). All problems are
 * collected and thrown as one {@link UserError}, each naming its parameter (`pv.hosting.rule` …).
 *
 * @module
 */
import { type Problem, UserError } from "../../errors.ts";
import { validateAgainst } from "../../spec/validate.ts";
import { PV_SPEC, type PvParameters } from "./parameters.ts";

/**
 * Returns `parameters` once they are valid.
 *
 * @throws UserError listing every problem, each naming its parameter
 */
export function checkPvParameters(parameters: PvParameters): PvParameters {
  const problems: Problem[] = [];
  validateAgainst(PV_SPEC, parameters, "pv", "PV model parameters", problems, { complete: true });
  if (
    problems.length === 0 && !(parameters.commercial.maxKw > parameters.adoption.householdMaxKw)
  ) {
    problems.push({
      file: "PV model parameters",
      column: "pv.commercial.maxKw",
      expected:
        `a size above pv.adoption.householdMaxKw (${parameters.adoption.householdMaxKw} kW)`,
      found: String(parameters.commercial.maxKw),
    });
  }
  if (problems.length > 0) {
    const noun = problems.length === 1 ? "problem" : "problems";
    throw UserError.fromProblems(
      `The PV model's parameters have ${problems.length} ${noun}:`,
      problems,
    );
  }
  return parameters;
}

/**
 * Checks a set of reliability parameters before a run: each value against its spec (type,
 * range, whole number) with the shared spec check (sim/spec/validate.ts), then the rules that tie
 * two levers together (a minimum not above its maximum, a 90th percentile above its median, a
 * monthly profile not all zero). The scenario layer runs the same spec check; running it here
 * as well means a model called directly from code or a test gets the same clear message instead
 * of a sampler's RangeError deep in a run.
 *
 * @module
 */
import { type Problem, UserError } from "../../errors.ts";
import { validateAgainst } from "../../spec/validate.ts";
import { REGIONS } from "../../data/vocabulary.ts";
import { MONTH_KEYS, RELIABILITY_SPEC, type ReliabilityParameters } from "./parameters.ts";

/** Where the parameters sit in a scenario, for messages. */
const ROOT = "reliability";

/**
 * Throws a {@link UserError} listing every problem of `parameters` (up to the usual limit), each
 * naming the parameter's dotted path, what was expected and what was found.
 *
 * @example
 * checkReliabilityParameters(defaultsOf(RELIABILITY_SPEC)); // passes
 */
export function checkReliabilityParameters(parameters: ReliabilityParameters): void {
  const problems: Problem[] = [];
  validateAgainst(RELIABILITY_SPEC, parameters, ROOT, undefined, problems, { complete: true });
  if (problems.length === 0) checkRelations(parameters, problems);
  if (problems.length > 0) {
    const noun = problems.length === 1 ? "problem" : "problems";
    throw UserError.fromProblems(
      `Reliability parameters have ${problems.length} ${noun}:`,
      problems,
    );
  }
}

/** The rules between levers. */
function checkRelations(parameters: ReliabilityParameters, out: Problem[]): void {
  const atMost = (lowPath: string, low: number, highPath: string, high: number) => {
    if (!(low <= high)) {
      out.push({
        column: `${ROOT}.${lowPath}`,
        expected: `a value ≤ ${ROOT}.${highPath} (${high})`,
        found: String(low),
      });
    }
  };
  const above = (highPath: string, high: number, lowPath: string, low: number) => {
    if (!(high > low)) {
      out.push({
        column: `${ROOT}.${highPath}`,
        expected: `a value > ${ROOT}.${lowPath} (${low})`,
        found: String(high),
      });
    }
  };
  const { faults, storms, restoration, crews, planned } = parameters;
  atMost(
    "faults.branchCustomerShareMin",
    faults.branchCustomerShareMin,
    "faults.branchCustomerShareMax",
    faults.branchCustomerShareMax,
  );
  atMost(
    "faults.lvCustomerShareMin",
    faults.lvCustomerShareMin,
    "faults.lvCustomerShareMax",
    faults.lvCustomerShareMax,
  );
  atMost(
    "storms.rateMultiplierMin",
    storms.rateMultiplierMin,
    "storms.rateMultiplierMax",
    storms.rateMultiplierMax,
  );
  atMost(
    "restoration.remoteSwitchingMinutesMin",
    restoration.remoteSwitchingMinutesMin,
    "restoration.remoteSwitchingMinutesMax",
    restoration.remoteSwitchingMinutesMax,
  );
  for (const name of ["lineRepair", "transformer", "lvRepair"] as const) {
    above(
      `restoration.${name}HoursP90`,
      restoration[`${name}HoursP90`],
      `restoration.${name}HoursMedian`,
      restoration[`${name}HoursMedian`],
    );
  }
  for (const region of REGIONS) {
    above(
      `crews.travelHoursP90.${region}`,
      crews.travelHoursP90[region],
      `crews.travelHoursMedian.${region}`,
      crews.travelHoursMedian[region],
    );
  }
  for (const job of ["maintenance10kv", "maintenance04kv", "cutOver"] as const) {
    const min = planned[`${job}HoursMin`];
    const mode = planned[`${job}HoursMode`];
    const max = planned[`${job}HoursMax`];
    atMost(`planned.${job}HoursMin`, min, `planned.${job}HoursMode`, mode);
    atMost(`planned.${job}HoursMode`, mode, `planned.${job}HoursMax`, max);
  }
  checkProfiles(parameters, out);
}

/** A monthly profile with no month above 0 would leave the year without faults or work. */
function checkProfiles(parameters: ReliabilityParameters, out: Problem[]): void {
  const { faults, storms, planned } = parameters;
  const profiles = [
    ["faults.monthFactors", faults.monthFactors],
    ["storms.monthWeights", storms.monthWeights],
    ["planned.monthFactors", planned.monthFactors],
  ] as const;
  for (const [path, months] of profiles) {
    if (!MONTH_KEYS.some((m) => months[m] > 0)) {
      out.push({
        column: `${ROOT}.${path}`,
        expected: "at least one month with a factor > 0",
        found: "all twelve 0",
      });
    }
  }
}

/**
 * What a sensitivity run will do, decided before anything is simulated: the factors (Morris
 * groups of the inputs, all of them or those `--inputs` names), the method's design size from
 * `--budget`, and the checks a bad request fails (an unknown input, with the closest name; a
 * budget too small for the method), so a mistake costs nothing and writes nothing.
 *
 * The budget counts design points (each one scenario run of `--reps` replications) of the
 * method's own design: Morris runs r trajectories of (factors + 1) points, Sobol n (factors + 2)
 * points (Saltelli). The one-at-a-time runs at each factor's ends (2 per factor but the seasonal
 * profiles, and the scenario's own point) come on top, and `sobol` without `--inputs` first screens with Morris.
 *
 * @module
 */
import { quoteValue, UserError } from "../errors.ts";
import { MAX_SOBOL_DIMENSIONS } from "../engine/sensitivity/sobol-sequence.ts";
import { closest } from "../spec/closest.ts";
import { ORDERED_SUFFIXES } from "../spec/ranges.ts";
import { type SensitivityInput, sensitivityInputs } from "./inputs.ts";

/** The methods. */
export const METHODS = ["morris", "sobol"] as const;
export type Method = typeof METHODS[number];

/**
 * Default Morris trajectories: 5 of 84 points on the default inputs (420 points, with the 161
 * one-at-a-time runs 581, × 3 replications = 1,743 replications). Campolongo et al. (2007) found
 * 4–10 trajectories enough to screen. Measured (tests/bench/sensitivity.bench.ts): 6 trajectories
 * (1,995 replications) took 564 CPU seconds, about 280 s on an idle 2-core machine, too close to
 * the 5-minute budget; 5 leave a margin (a design point costs more than a replication of the
 * scenario: its slow corners, staff times doubled, run queues long).
 */
export const DEFAULT_TRAJECTORIES = 5;
/** Fewest trajectories: σ needs two elementary effects per factor. */
export const MIN_TRAJECTORIES = 2;
/** Default Sobol base points n (a power of two, as Sobol' points balance best). */
export const DEFAULT_SOBOL_N = 32;
/** Fewest Sobol base points: the bootstrap needs a few rows to resample. */
export const MIN_SOBOL_N = 8;
/** Most factors Sobol takes from the screening. */
export const MAX_SOBOL_FACTORS = 10;
/** A factor is kept when its μ* is at least this share of the largest μ* of some output. */
export const KEEP_SHARE = 0.1;
/** Default replications of each design point. */
export const DEFAULT_POINT_REPLICATIONS = 3;
/** Most design points one stage runs. */
export const MAX_POINTS = 100_000;

/** One factor: a Morris group of inputs, varied as one. */
export interface Factor {
  name: string;
  inputs: SensitivityInput[];
  /**
   * True for a seasonal profile (several inputs, one Morris group): the model normalises it, so
   * all its months at their low (or high) ends are the same shape as the scenario's and its ends
   * are not run; Morris moves its months in different directions, which changes the shape.
   */
  shape: boolean;
}

/** What a run will do. */
export interface SensitivityPlan {
  method: Method;
  factors: Factor[];
  /** Morris trajectories (screening, or the whole analysis for `morris`); 0: no screening. */
  trajectories: number;
  /** Sobol base points; 0 for `morris`. */
  sobolN: number;
  /** True when `--inputs` chose the factors. */
  chosen: boolean;
}

/** A range given on the command line (`--range path=low:high`) for one assumed number. */
export interface RangeOverride {
  path: string;
  low: number;
  high: number;
}

/**
 * The inputs with the given ranges in place of their specs' (the source becomes "given on the
 * command line").
 *
 * @throws UserError for an unknown path, low > high, an end outside the valid values, a
 * fractional end of a whole number, or a set (median and p90) left unordered.
 */
export function withRanges(
  inputs: SensitivityInput[],
  overrides: readonly RangeOverride[],
): SensitivityInput[] {
  const members = inputs.flatMap((i) => i.members);
  for (const o of overrides) {
    const member = members.find((m) => m.path === o.path);
    const at = `sensitivity: --range ${o.path}=${o.low}:${o.high}`;
    if (!member) {
      const near = closest(o.path, members.map((m) => m.path));
      throw new UserError(
        `sensitivity: --range names ${quoteValue(o.path)}, which is not an assumed input` +
          (near ? ` (did you mean "${near}"?)` : " (see sensitivity --list)"),
      );
    }
    const { spec } = member;
    if (o.low > o.high) throw new UserError(`${at}: expected low ≤ high, found low > high`);
    if (o.low < spec.min || o.high > spec.max) {
      throw new UserError(
        `${at}: expected a range within the valid values ${spec.min}–${spec.max} (${spec.unit})`,
      );
    }
    if (spec.integer && !(Number.isInteger(o.low) && Number.isInteger(o.high))) {
      throw new UserError(`${at}: expected whole numbers (${spec.unit})`);
    }
  }
  const given = new Map(overrides.map((o) => [o.path, o]));
  const result = inputs.map((input) => ({
    ...input,
    members: input.members.map((m) => {
      const o = given.get(m.path);
      return o === undefined
        ? m
        : { ...m, spec: { ...m.spec, range: { low: o.low, high: o.high, source: "--range" } } };
    }),
  }));
  const ranges = new Map(result.flatMap((i) => i.members).map((m) => [m.path, m.spec.range]));
  for (const o of overrides) {
    for (const [lower, upper] of orderedPairs(o.path)) {
      const [a, b] = [ranges.get(lower), ranges.get(upper)];
      if (a && b && (a.low > b.low || a.high > b.high)) {
        throw new UserError(
          `sensitivity: --range ${o.path}=${o.low}:${o.high} leaves ${lower} (${a.low}–${a.high}) ` +
            `not below ${upper} (${b.low}–${b.high}) at both ends, as a set that moves together ` +
            "must be",
        );
      }
    }
  }
  return result;
}

/** The ordered pairs (lower, upper) a path belongs to: `xMedian` and `xP90`, `xMin` and `xMode`… */
function orderedPairs(path: string): [string, string][] {
  const pairs: [string, string][] = [];
  const parts = path.split(".");
  // The suffix is on the last part, or on the one before a region key.
  for (const at of [parts.length - 1, parts.length - 2]) {
    const part = parts[at] ?? "";
    for (const suffixes of ORDERED_SUFFIXES) {
      const k = suffixes.findIndex((s) => part.endsWith(s) && part.length > s.length);
      if (k < 0) continue;
      const stem = part.slice(0, -suffixes[k].length);
      const named = (s: string) => parts.map((p, i) => i === at ? stem + s : p).join(".");
      if (k > 0) pairs.push([named(suffixes[k - 1]), path]);
      if (k < suffixes.length - 1) pairs.push([path, named(suffixes[k + 1])]);
    }
  }
  return pairs;
}

/** Every factor of the model's inputs, in declaration order (with `overrides` in place). */
export function allFactors(overrides: readonly RangeOverride[] = []): Factor[] {
  const factors = new Map<string, Factor>();
  for (const input of withRanges(sensitivityInputs(), overrides)) {
    const factor = factors.get(input.group) ??
      { name: input.group, inputs: [], shape: input.group !== input.name };
    factor.inputs.push(input);
    factors.set(input.group, factor);
  }
  return [...factors.values()];
}

/**
 * The factors `names` chooses (a factor's name or one of its inputs', which chooses the input
 * alone); all of them when `names` is undefined.
 *
 * @throws UserError for an unknown or repeated name.
 */
export function chooseFactors(
  names: readonly string[] | undefined,
  overrides: readonly RangeOverride[] = [],
): Factor[] {
  const factors = allFactors(overrides);
  if (names === undefined) return factors;
  const inputs = factors.flatMap((f) => f.inputs);
  const known = [...factors.map((f) => f.name), ...inputs.map((i) => i.name)];
  const chosen: Factor[] = [];
  for (const name of names) {
    const factor = factors.find((f) => f.name === name);
    const input = inputs.find((i) => i.name === name);
    if (!factor && !input) {
      const near = closest(name, known);
      throw new UserError(
        `sensitivity: --inputs names an unknown input ${quoteValue(name)}` +
          (near ? ` (did you mean "${near}"?)` : " (see sensitivity --list)"),
      );
    }
    if (chosen.some((f) => f.name === name)) {
      throw new UserError(`sensitivity: --inputs names ${quoteValue(name)} twice`);
    }
    chosen.push(factor ?? { name, inputs: [input!], shape: false });
  }
  return chosen;
}

/**
 * The plan of a run.
 *
 * @throws UserError for an unknown input, a bad `--range` or a budget too small for the method.
 */
export function planSensitivity(
  method: Method,
  budget: number | undefined,
  inputNames: readonly string[] | undefined,
  overrides: readonly RangeOverride[] = [],
): SensitivityPlan {
  const factors = chooseFactors(inputNames, overrides);
  const chosen = inputNames !== undefined;
  if (method === "sobol" && chosen && factors.length < 2) {
    throw new UserError("sensitivity: Sobol indices need at least 2 inputs in --inputs");
  }
  // Saltelli's design takes two coordinates of the Sobol' sequence per input.
  const coordinates = factors.reduce((n, f) => n + f.inputs.length, 0);
  if (method === "sobol" && chosen && 2 * coordinates > MAX_SOBOL_DIMENSIONS) {
    throw new UserError(
      `sensitivity: Sobol indices take at most ${MAX_SOBOL_DIMENSIONS / 2} inputs (a seasonal ` +
        `profile counts its 12 months), and --inputs names ${coordinates}`,
    );
  }
  const k = factors.length;
  if (method === "morris") {
    const trajectories = budget === undefined ? DEFAULT_TRAJECTORIES : Math.floor(budget / (k + 1));
    if (trajectories < MIN_TRAJECTORIES) {
      throw new UserError(
        `sensitivity: --budget ${budget} is too small for Morris on ${k} inputs: it needs at ` +
          `least ${MIN_TRAJECTORIES} trajectories of ${k + 1} points, a budget of ` +
          `${MIN_TRAJECTORIES * (k + 1)}`,
      );
    }
    checkPoints(trajectories * (k + 1));
    return { method, factors, trajectories, sobolN: 0, chosen };
  }
  // Sobol: on the chosen inputs, or on those a default Morris screening keeps (at most
  // MAX_SOBOL_FACTORS), so the budget is checked against that many.
  const sobolK = chosen ? k : Math.min(MAX_SOBOL_FACTORS, k);
  const sobolN = budget === undefined ? DEFAULT_SOBOL_N : Math.floor(budget / (sobolK + 2));
  if (sobolN < MIN_SOBOL_N) {
    throw new UserError(
      `sensitivity: --budget ${budget} is too small for Sobol on ${sobolK} inputs: it needs ` +
        `at least ${MIN_SOBOL_N} base points of ${sobolK + 2} runs, a budget of ` +
        `${MIN_SOBOL_N * (sobolK + 2)}`,
    );
  }
  checkPoints(sobolN * (sobolK + 2));
  return { method, factors, trajectories: chosen ? 0 : DEFAULT_TRAJECTORIES, sobolN, chosen };
}

function checkPoints(points: number): void {
  if (points > MAX_POINTS) {
    throw new UserError(
      `sensitivity: --budget asks for ${points} design points, more than the ${MAX_POINTS} one ` +
        "run may take",
    );
  }
}

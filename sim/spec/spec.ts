/**
 * One source of truth for every lever a model exposes: a small declarative spec per parameter
 * (meaning, unit, default, valid range, the plan clause it comes from). From a spec come the
 * TypeScript type of the parameters ({@link ValueOf}), their defaults ({@link defaultsOf}), the
 * scenario files' validation and their JSON Schema (the scenario layer), and the documentation.
 *
 * @example
 * const SPEC = group("Survey", {
 *   crews: count("Survey crews on duty", 4, { max: 100, clause: "三.(二)" }),
 *   hours: number("Mean survey time", 3, "working hours", { min: 0.5, max: 40 }),
 * });
 * type SurveyParameters = ValueOf<typeof SPEC>; // { crews: number; hours: number }
 * defaultsOf(SPEC); // { crews: 4, hours: 3 }
 */

/**
 * The plausible values of an assumed input: what the toolkit's own estimate could reasonably be
 * instead, with the source or the reasoning. A number spec that carries one is an **assumption**
 * (a figure about the county or its utility that nobody chose and few have counted); one without
 * is a **lever** (what the analyst or the plan chooses), a definition or a rule (`sim/sensitivity`
 * varies assumptions only). `low ≤ default ≤ high`, inside the valid range (a test checks every
 * spec).
 */
export interface Range {
  low: number;
  high: number;
  /** Where the range comes from: a source, or the reasoning behind it. */
  source: string;
}

/** A number with a unit and a valid range. */
export interface NumberSpec {
  kind: "number";
  description: string;
  /** Unit, written into names and docs: "working days", "kW", "share 0–1", "¥". */
  unit: string;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /** Plan clause or source the parameter implements, e.g. "二.(二)" or "IEEE 1366". */
  clause?: string;
  /** Its plausible range when the number is an assumption rather than a lever. */
  range?: Range;
}

/** A yes/no switch. */
export interface BooleanSpec {
  kind: "boolean";
  description: string;
  default: boolean;
  clause?: string;
}

/** One of a fixed list of words. */
export interface EnumSpec<V extends string = string> {
  kind: "enum";
  description: string;
  values: readonly V[];
  default: V;
  clause?: string;
}

/**
 * Changes of a count during the year (staffing changes): from each ISO date on, the count is
 * `value`. Empty by default: the base count holds all year.
 */
export interface ChangesSpec {
  kind: "changes";
  description: string;
  unit: string;
  min: number;
  max: number;
  clause?: string;
}

/**
 * Whole-number counts keyed first by ids that come from the county's data (station ids of
 * `grid/stations.csv`), then by a fixed list of fields (the staff roles):
 * `{ "S03": { "lvCrews": 4 } }`. Empty by default: what is not given comes from the data. The
 * spec checks the shape and the ranges; the ids are checked against the county once both are
 * loaded (the spec cannot know them).
 */
export interface KeyedCountsSpec<F extends string = string> {
  kind: "keyedCounts";
  description: string;
  /** What the keys are, for messages: "a station id of grid/stations.csv". */
  keys: string;
  fields: readonly F[];
  unit: string;
  min: number;
  max: number;
  clause?: string;
}

/** A short text (a name, a path). */
export interface TextSpec {
  kind: "text";
  description: string;
  default: string;
}

/** A group of named parameters. */
export interface GroupSpec<F extends Record<string, ParamSpec> = Record<string, ParamSpec>> {
  kind: "group";
  description: string;
  fields: F;
}

export type ParamSpec =
  | NumberSpec
  | BooleanSpec
  | EnumSpec
  | TextSpec
  | ChangesSpec
  | KeyedCountsSpec
  | GroupSpec;

/** A dated change of a count, as {@link ChangesSpec} describes. */
export interface Change {
  /** ISO date `YYYY-MM-DD` from which `value` holds. */
  from: string;
  value: number;
}

/** The TypeScript type of the values a spec describes. */
export type ValueOf<S> = S extends NumberSpec ? number
  : S extends BooleanSpec ? boolean
  : S extends EnumSpec<infer V> ? V
  : S extends TextSpec ? string
  : S extends ChangesSpec ? Change[]
  : S extends KeyedCountsSpec<infer F> ? Record<string, Partial<Record<F, number>>>
  : S extends GroupSpec<infer F> ? { [K in keyof F]: ValueOf<F[K]> }
  : never;

type Extras = { min?: number; max?: number; clause?: string; integer?: boolean; range?: Range };

/**
 * A plausible range: `low`–`high` with its source or reasoning (for an assumed input).
 *
 * @example
 * number("Mean survey time", 3, "working hours", { range: range(2, 6, "half to double …") });
 */
export function range(low: number, high: number, source: string): Range {
  return { low, high, source };
}

/** A number to 4 significant digits (ranges computed as multiples of a default). */
function tidy(x: number): number {
  return Number(x.toPrecision(4));
}

/**
 * A plausible range as multiples of the default: `around(5, 0.5, 2, why)` is 2.5–10.
 *
 * @example
 * around(0.2, 0.5, 1.5, "judgement"); // { low: 0.1, high: 0.3, source: "judgement" }
 */
export function around(
  defaultValue: number,
  lowFactor: number,
  highFactor: number,
  source: string,
): Range {
  return range(tidy(defaultValue * lowFactor), tidy(defaultValue * highFactor), source);
}

/** A number parameter; `min` defaults to 0 and `max` to Infinity. */
export function number(
  description: string,
  defaultValue: number,
  unit: string,
  extras: Extras = {},
): NumberSpec {
  return {
    kind: "number",
    description,
    unit,
    default: defaultValue,
    min: extras.min ?? 0,
    max: extras.max ?? Infinity,
    ...(extras.integer ? { integer: true } : {}),
    ...(extras.clause ? { clause: extras.clause } : {}),
    ...(extras.range ? { range: extras.range } : {}),
  };
}

/** A whole number ≥ 0 (staff, crews, counts). */
export function count(
  description: string,
  defaultValue: number,
  extras: Omit<Extras, "integer"> & { unit?: string } = {},
): NumberSpec {
  return number(description, defaultValue, extras.unit ?? "count", { ...extras, integer: true });
}

/** A share in [0, 1]; with a `range`, an assumed one. */
export function share(
  description: string,
  defaultValue: number,
  clause?: string,
  plausible?: Range,
): NumberSpec {
  return number(description, defaultValue, "share 0–1", {
    min: 0,
    max: 1,
    clause,
    range: plausible,
  });
}

/** A yes/no switch. */
export function flag(description: string, defaultValue: boolean, clause?: string): BooleanSpec {
  return { kind: "boolean", description, default: defaultValue, ...(clause ? { clause } : {}) };
}

/** One of `values`. */
export function choice<V extends string>(
  description: string,
  values: readonly V[],
  defaultValue: V,
  clause?: string,
): EnumSpec<V> {
  return {
    kind: "enum",
    description,
    values,
    default: defaultValue,
    ...(clause ? { clause } : {}),
  };
}

/** A short text. */
export function text(description: string, defaultValue: string): TextSpec {
  return { kind: "text", description, default: defaultValue };
}

/** Dated changes of a count during the year (none by default). */
export function changes(
  description: string,
  unit: string,
  extras: { min?: number; max?: number; clause?: string } = {},
): ChangesSpec {
  return {
    kind: "changes",
    description,
    unit,
    min: extras.min ?? 0,
    max: extras.max ?? Infinity,
    ...(extras.clause ? { clause: extras.clause } : {}),
  };
}

/**
 * Counts keyed by data ids, then by `fields` (see {@link KeyedCountsSpec}).
 *
 * @example
 * keyedCounts("Staff by station", "a station id", ["lvCrews", "surveyCrews"], "people", 40);
 * // a value: { "S03": { "lvCrews": 4 } }
 */
export function keyedCounts<F extends string>(
  description: string,
  keys: string,
  fields: readonly F[],
  unit: string,
  max: number,
  clause?: string,
): KeyedCountsSpec<F> {
  return { kind: "keyedCounts", description, keys, fields, unit, min: 0, max, clause };
}

/** A group of parameters. */
export function group<F extends Record<string, ParamSpec>>(
  description: string,
  fields: F,
): GroupSpec<F> {
  return { kind: "group", description, fields };
}

/** The default values a spec describes, as a fresh object (safe to modify). */
export function defaultsOf<S extends ParamSpec>(spec: S): ValueOf<S> {
  switch (spec.kind) {
    case "group":
      return Object.fromEntries(
        Object.entries(spec.fields).map(([key, field]) => [key, defaultsOf(field)]),
      ) as ValueOf<S>;
    case "changes":
      return [] as unknown as ValueOf<S>;
    case "keyedCounts":
      return {} as ValueOf<S>;
    default:
      return spec.default as ValueOf<S>;
  }
}

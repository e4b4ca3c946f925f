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

export type ParamSpec = NumberSpec | BooleanSpec | EnumSpec | TextSpec | ChangesSpec | GroupSpec;

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
  : S extends GroupSpec<infer F> ? { [K in keyof F]: ValueOf<F[K]> }
  : never;

type Extras = { min?: number; max?: number; clause?: string; integer?: boolean };

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

/** A share in [0, 1]. */
export function share(description: string, defaultValue: number, clause?: string): NumberSpec {
  return number(description, defaultValue, "share 0–1", { min: 0, max: 1, clause });
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
    default:
      return spec.default as ValueOf<S>;
  }
}

/**
 * Parameter checks shared by the distributions in this folder. Each factory checks its
 * parameters once, when the sampler is built, and throws a `RangeError` whose message names
 * the function and the parameter, says what was expected and quotes what was found:
 *
 * `exponential: rate must be a finite number > 0, found -1`
 *
 * Samplers themselves never check anything, so that a draw costs only the arithmetic.
 *
 * @module
 */

/** Shows a value the way an error message quotes it: numbers bare, strings in quotes. */
export function describe(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  return String(value);
}

/** Throws `fn: param must be expected, found describe(found)`. */
export function fail(fn: string, param: string, expected: string, found: unknown): never {
  return failText(fn, param, expected, describe(found));
}

/** Like {@link fail}, with the found part already written out. */
export function failText(fn: string, param: string, expected: string, found: string): never {
  throw new RangeError(`${fn}: ${param} must be ${expected}, found ${found}`);
}

/** Checks that `x` is a finite number and returns it. */
export function finite(fn: string, param: string, x: unknown): number {
  if (typeof x !== "number" || !Number.isFinite(x)) fail(fn, param, "a finite number", x);
  return x;
}

/** Checks that `x` is a finite number > 0 and returns it. */
export function positive(fn: string, param: string, x: unknown): number {
  if (typeof x !== "number" || !(Number.isFinite(x) && x > 0)) {
    fail(fn, param, "a finite number > 0", x);
  }
  return x;
}

/** Checks that `x` is a finite number ≥ 0 and returns it. */
export function nonNegative(fn: string, param: string, x: unknown): number {
  if (typeof x !== "number" || !(Number.isFinite(x) && x >= 0)) {
    fail(fn, param, "a finite number ≥ 0", x);
  }
  return x;
}

/** Checks that `rng` is a function (a source of uniforms in [0, 1)) and returns it. */
export function rngArg<T>(fn: string, rng: T): T {
  if (typeof rng !== "function") fail(fn, "rng", "a function returning numbers in [0, 1)", rng);
  return rng;
}

/**
 * Checks that `xs` is an array of at least `minLength` finite numbers (each ≥ 0 when
 * `nonNegative` is set) and returns a copy, so later changes to the caller's array cannot
 * change a sampler that was already built.
 */
export function numberArray(
  fn: string,
  param: string,
  xs: unknown,
  options: { minLength?: number; length?: number; nonNegative?: boolean } = {},
): number[] {
  const { minLength = 1, length, nonNegative = false } = options;
  if (!Array.isArray(xs)) {
    fail(
      fn,
      param,
      length === undefined ? "an array of numbers" : `an array of ${length} numbers`,
      xs,
    );
  }
  if (length !== undefined && xs.length !== length) {
    fail(fn, param, `an array of ${length} numbers`, xs);
  }
  if (xs.length < minLength) {
    fail(fn, param, `an array of at least ${minLength} number${minLength === 1 ? "" : "s"}`, xs);
  }
  const copy = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x: unknown = xs[i];
    const ok = typeof x === "number" && Number.isFinite(x) && (!nonNegative || x >= 0);
    if (!ok) fail(fn, `${param}[${i}]`, nonNegative ? "a finite number ≥ 0" : "a finite number", x);
    copy[i] = x as number;
  }
  return copy;
}

/**
 * Argument checks shared by the statistics modules. Each throws a `RangeError` whose message
 * names the function, the parameter, what was expected and what was found, in the project's
 * "expected …, found …" style (see `sim/errors.ts`). These are programming errors (the engine
 * passed a bad value), not user input errors, so they are plain `RangeError`s.
 */

/** Renders a found value for a message: numbers as JavaScript prints them, others as JSON. */
export function show(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws unless `x` is a finite number. */
export function checkFinite(where: string, name: string, x: number): void {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new RangeError(`${where}: ${name}: expected a finite number, found ${show(x)}`);
  }
}

/** Throws unless `x` is a number in the open interval (0, 1), e.g. a confidence level. */
export function checkOpenUnit(where: string, name: string, x: number): void {
  if (typeof x !== "number" || !(x > 0 && x < 1)) {
    throw new RangeError(`${where}: ${name}: expected a number in (0, 1), found ${show(x)}`);
  }
}

/** Throws unless `x` is a number in the closed interval [0, 1], e.g. a probability. */
export function checkProbability(where: string, name: string, x: number): void {
  if (typeof x !== "number" || !(x >= 0 && x <= 1)) {
    throw new RangeError(`${where}: ${name}: expected a probability in [0, 1], found ${show(x)}`);
  }
}

/**
 * Throws unless `df` is a degrees-of-freedom value: a number > 0, `Infinity` allowed (the
 * normal limit). Non-integer df are valid (Welch–Satterthwaite df usually are).
 */
export function checkDf(where: string, df: number): void {
  if (typeof df !== "number" || !(df > 0)) {
    throw new RangeError(
      `${where}: df: expected a number > 0 (Infinity allowed), found ${show(df)}`,
    );
  }
}

/** Throws unless every element of `values` is a finite number; names the first bad index. */
export function checkFiniteArray(where: string, name: string, values: readonly number[]): void {
  if (!Array.isArray(values)) {
    throw new RangeError(`${where}: ${name}: expected an array of numbers, found ${show(values)}`);
  }
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new RangeError(`${where}: ${name}[${i}]: expected a finite number, found ${show(x)}`);
    }
  }
}

/**
 * Assertions the tests share beyond node:assert's: numbers close to a reference value, errors of
 * an exact class and message.
 */
import assert from "node:assert/strict";

/** Asserts |actual − expected| ≤ tolerance·max(1, |expected|) (relative, absolute near 0). */
export function assertClose(actual: number, expected: number, tolerance: number, what = ""): void {
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(
    Math.abs(actual - expected) <= tolerance * scale,
    `${what}: expected ${expected} ± ${tolerance * scale}, found ${actual}`,
  );
}

/** Asserts |actual − expected| ≤ tolerance·|expected| (purely relative, for tiny tails). */
export function assertRelative(
  actual: number,
  expected: number,
  tolerance: number,
  what = "",
): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: expected ${expected} (relative ± ${tolerance}), found ${actual}`,
  );
}

/** Asserts that `fn` throws an error of class `type` with exactly `message`. */
export function throwsExactly(
  fn: () => unknown,
  type: new (...args: never[]) => Error,
  message: string,
): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof type, `expected a ${type.name}, got ${e}`);
    assert.equal((e as Error).message, message);
    return true;
  });
}

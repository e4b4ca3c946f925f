/**
 * A design point as a scenario: the scenario's parameters with each varied input set at its
 * coordinate (the others keep the scenario's own values), or with one input at an end of its
 * range (the one-at-a-time runs that find which assumption flips a verdict).
 */
import type { CountyParameters } from "../model/county-year.ts";
import { type SensitivityInput, valueAt } from "./inputs.ts";

/** Sets `path` (dotted) of a plain nested object. */
function setPath(root: Record<string, unknown>, path: string, value: number): void {
  const parts = path.split(".");
  let node = root;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

/** `base` with each of `inputs` at its coordinate in `u` (same order). */
export function pointParameters(
  base: CountyParameters,
  inputs: readonly SensitivityInput[],
  u: readonly number[],
): CountyParameters {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  inputs.forEach((input, i) => {
    for (const member of input.members) setPath(copy, member.path, valueAt(member, u[i]));
  });
  return copy as unknown as CountyParameters;
}

/**
 * The county's assumed inputs as the sensitivity analysis varies them: every number spec with a
 * plausible range (`sim/spec/ranges.ts`), gathered into **inputs** that move as one (a
 * duration's median and 90th percentile, a triangle's min, mode and max, the three regions'
 * values of one figure: one figure, one coordinate), and the inputs into Morris **groups**
 * (each input its own group, except the twelve months of a monthly profile, which move together
 * as one shape: the model normalises them, so a month alone says little).
 *
 * A coordinate u in [0, 1] puts each member at `low + u (high − low)` of its own range, so a
 * set stays ordered (the ranges are ordered at both ends, a test checks it).
 *
 * @module
 */
import { REGIONS } from "../data/vocabulary.ts";
import { MONTH_KEYS } from "../model/reliability/parameters.ts";
import { SCENARIO_SPEC } from "../scenario/scenario.ts";
import { type Assumption, assumptionsOf, ORDERED_SUFFIXES } from "../spec/ranges.ts";

/** One input: its name (a dotted path or a stem), its members, and its Morris group's name. */
export interface SensitivityInput {
  name: string;
  members: Assumption[];
  group: string;
}

const SUFFIXES = ORDERED_SUFFIXES.flat().sort((a, b) => b.length - a.length);

/** The input a member belongs to: its path without an ordered suffix or a region key. */
function inputName(path: string): string {
  const parts = path.split(".");
  if ((REGIONS as readonly string[]).includes(parts[parts.length - 1])) parts.pop();
  const last = parts[parts.length - 1];
  const suffix = SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length);
  if (suffix) parts[parts.length - 1] = last.slice(0, -suffix.length);
  return parts.join(".");
}

/** The Morris group of an input: a monthly profile's path, else the input itself. */
function groupName(name: string): string {
  const parts = name.split(".");
  return (MONTH_KEYS as readonly string[]).includes(parts[parts.length - 1])
    ? parts.slice(0, -1).join(".")
    : name;
}

/** Every input of the scenario spec, in declaration order. */
export function sensitivityInputs(): SensitivityInput[] {
  const inputs = new Map<string, SensitivityInput>();
  for (const member of assumptionsOf(SCENARIO_SPEC)) {
    const name = inputName(member.path);
    const input = inputs.get(name) ?? { name, members: [], group: groupName(name) };
    input.members.push(member);
    inputs.set(name, input);
  }
  return [...inputs.values()];
}

/** The value of a member at coordinate `u` (whole numbers rounded). */
export function valueAt(member: Assumption, u: number): number {
  const { low, high } = member.spec.range;
  const x = low + u * (high - low);
  return member.spec.integer ? Math.round(x) : x;
}

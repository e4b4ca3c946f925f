/**
 * The explorer's scenario as data: every lever's value by path, its difference from the
 * reference scenario as the page's URL (`?ref=plan-2023&applications.staff.inspectors.count=10`,
 * so a shared link opens the same scenario), and as a scenario file that `deno task sim`
 * accepts unchanged (self-contained: no `extends`, only what differs from the defaults).
 *
 * @module
 */
import { type Scenario, SCENARIO_SPEC, scenarioValues } from "../scenario/scenario.ts";
import { closest } from "../spec/closest.ts";
import { leversOf } from "../spec/levers.ts";
import { defaultsOf } from "../spec/spec.ts";
import { EXPLORER_LEVERS, LEVER_BY_PATH, leverText } from "./levers.ts";

/** Every lever's value, by path. */
export type LeverValues = ReadonlyMap<string, unknown>;

/** The reference scenario when the URL names none. */
export const DEFAULT_REFERENCE = "plan-2023";

/** The name of the scenario the page builds, and of its file. */
export const EXPLORER_SCENARIO = "explorer-scenario";

/** A scenario's lever values. */
export function leverValues(scenario: Scenario): Map<string, unknown> {
  const all = new Map(
    leversOf(SCENARIO_SPEC, scenarioValues(scenario)).map((l) => [l.path, l.value]),
  );
  return new Map(EXPLORER_LEVERS.map((l) => [l.path, all.get(l.path)]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The paths whose values differ between two sets, in the spec's order. */
export function changedPaths(base: LeverValues, values: LeverValues): string[] {
  return EXPLORER_LEVERS.map((l) => l.path).filter((p) => !same(base.get(p), values.get(p)));
}

/** The URL query of `values`: the reference (unless the default) and each lever that differs. */
export function queryOf(reference: string, base: LeverValues, values: LeverValues): string {
  const query = new URLSearchParams();
  if (reference !== DEFAULT_REFERENCE) query.set("ref", reference);
  for (const path of changedPaths(base, values)) {
    query.set(path, leverText(LEVER_BY_PATH.get(path)!.spec, values.get(path)));
  }
  return query.toString();
}

/** What a URL query asks for: a reference, lever texts to check, and what is wrong with it. */
export interface ParsedQuery {
  reference: string;
  /** Each lever's text as given (checked by the caller, beside its control). */
  texts: Map<string, string>;
  /** Problems not tied to a control: an unknown reference or lever name. */
  problems: string[];
  /** Parallel workers asked for (`workers=K`, 1–64), not part of the scenario. */
  workers?: number;
}

/** Reads a URL query (`location.search`); `shipped` are the scenario names a reference may be. */
export function parseQuery(search: string, shipped: readonly string[]): ParsedQuery {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  let reference = DEFAULT_REFERENCE;
  const texts = new Map<string, string>();
  let workers: number | undefined;
  for (const [key, value] of query) {
    if (key === "workers") {
      const k = Number(value);
      if (Number.isInteger(k) && k >= 1 && k <= 64) workers = k;
      else {problems.push(
          `URL: workers=${value.slice(0, 60)}: expected a whole number from 1 to 64`,
        );}
    } else if (key === "ref") {
      if (shipped.includes(value)) reference = value;
      else {
        problems.push(
          `URL: ref=${value.slice(0, 60)} is not a shipped scenario (one of ${
            shipped.join(", ")
          }); using ${DEFAULT_REFERENCE}`,
        );
      }
    } else if (LEVER_BY_PATH.has(key)) texts.set(key, value);
    else {
      const near = closest(key, [...LEVER_BY_PATH.keys()]);
      problems.push(
        `URL: unknown lever ${JSON.stringify(key.slice(0, 60))}${
          near ? ` (did you mean ${near}?)` : ""
        }; ignored`,
      );
    }
  }
  return { reference, texts, problems, workers };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node = (node[part] ??= {}) as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The scenario file of `values`: every lever that differs from the format's defaults (year,
 * seed and replications always), so it needs no other file; `changed` (from the reference) is
 * listed in its description.
 */
export function scenarioFile(
  reference: string,
  values: LeverValues,
  changed: readonly string[],
): Record<string, unknown> {
  const defaults = new Map(
    leversOf(SCENARIO_SPEC, defaultsOf(SCENARIO_SPEC)).map((l) => [l.path, l.value]),
  );
  const what = changed.length === 0
    ? `${reference} as it is`
    : `${reference} with ${
      changed.map((p) => `${p} = ${leverText(LEVER_BY_PATH.get(p)!.spec, values.get(p))}`)
        .join(", ")
    }`;
  const file: Record<string, unknown> = {
    name: EXPLORER_SCENARIO,
    description: `From the scenario explorer: ${what}`,
  };
  for (const lever of EXPLORER_LEVERS) {
    const value = values.get(lever.path);
    const always = ["year", "seed", "replications"].includes(lever.path);
    if (always || !same(value, defaults.get(lever.path))) setPath(file, lever.path, value);
  }
  return file;
}

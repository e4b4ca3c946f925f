/**
 * The explorer's controls, one per lever of the scenario format, from the specs
 * (`SCENARIO_SPEC`): each with its bilingual name, its group (the model and the part of it),
 * its documentation (meaning, unit, default, range and source, the same text as
 * `scenarios/schema.json`), how its value is typed and checked, and whether a search matches it.
 *
 * @example
 * const lever = EXPLORER_LEVERS.find((l) => l.path === "applications.access.lvThresholdTownKw")!;
 * parseLever(lever, "170"); // { value: 170 }
 * parseLever(lever, "-5"); // { problem: "expected a number from 0 to 10000 (kW), found -5" }
 *
 * @module
 */
import type { Problem } from "../errors.ts";
import { SCENARIO_SPEC } from "../scenario/scenario.ts";
import { documentation } from "../spec/json-schema.ts";
import { keyedCountsText, type Lever, leversOf, parseKeyedCountsText } from "../spec/levers.ts";
import { defaultsOf, type ParamSpec } from "../spec/spec.ts";
import { validateAgainst } from "../spec/validate.ts";
import { keyLabel } from "./lever-labels.ts";

/** One control. */
export interface ExplorerLever {
  /** Dotted path in the scenario format: `applications.staff.inspectors.count`. */
  path: string;
  spec: Lever["spec"];
  /** Chinese name (the path's parts joined), English name. */
  zh: string;
  en: string;
  /** The model (`applications`, …, or `run` for year, seed and replications) and its part. */
  group: string;
  section: string;
  /** Meaning, unit, default, range and source: the JSON Schema's description. */
  doc: string;
}

/** Fields of the scenario format that are not levers in the page (the page names the file). */
const NOT_CONTROLS = new Set(["name", "description", "data"]);

function label(path: string): { zh: string; en: string } {
  const parts = path.split(".").map(keyLabel);
  // The model's name is the group heading: leave it out of the lever's own name.
  const own = parts.length > 1 ? parts.slice(1) : parts;
  return {
    zh: own.map((p) => p.zh ?? p.en).join(" · "),
    en: own.map((p) => p.en).join(" · "),
  };
}

/** Every control, in the spec's order. */
export const EXPLORER_LEVERS: readonly ExplorerLever[] = leversOf(
  SCENARIO_SPEC,
  defaultsOf(SCENARIO_SPEC),
).filter((l) => !NOT_CONTROLS.has(l.path)).map((l) => {
  const parts = l.path.split(".");
  return {
    path: l.path,
    spec: l.spec,
    ...label(l.path),
    group: parts.length === 1 ? "run" : parts[0],
    section: parts.length > 2 ? parts[1] : "",
    doc: documentation(l.spec),
  };
});

/** The controls by path. */
export const LEVER_BY_PATH: ReadonlyMap<string, ExplorerLever> = new Map(
  EXPLORER_LEVERS.map((l) => [l.path, l]),
);

/** Whether every word of `query` is in the lever's names, path or documentation. */
export function leverMatches(lever: ExplorerLever, query: string): boolean {
  const haystack = `${lever.zh} ${lever.en} ${lever.path} ${lever.doc}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((w) => haystack.includes(w));
}

/** A lever's value as typed in its control: numbers as is, changes as `date:value; …`. */
export function leverText(spec: ParamSpec, value: unknown): string {
  if (spec.kind === "changes") {
    return (value as { from: string; value: number }[]).map((c) => `${c.from}:${c.value}`)
      .join("; ");
  }
  if (spec.kind === "keyedCounts") {
    return keyedCountsText(value as Record<string, Record<string, number>>);
  }
  return String(value);
}

/** The value a control's text stands for. */
function valueOf(spec: ParamSpec, text: string): unknown {
  const t = text.trim();
  switch (spec.kind) {
    case "number":
      return t !== "" && Number.isFinite(Number(t)) ? Number(t) : t;
    case "boolean":
      return t === "true" ? true : t === "false" ? false : t;
    case "changes":
      return t === "" ? [] : t.split(";").map((item) => {
        const [from, value] = item.split(":").map((s) => s.trim());
        return {
          from,
          value: value !== undefined && value !== "" && Number.isFinite(Number(value))
            ? Number(value)
            : value,
        };
      });
    case "keyedCounts":
      return parseKeyedCountsText(t);
    default:
      return t;
  }
}

/**
 * The value of a control's text, checked against the lever's spec as a scenario file's value
 * is, or what is wrong with it ("expected …, found …").
 */
export function parseLever(
  lever: ExplorerLever,
  text: string,
): { value: unknown } | { problem: string } {
  const value = valueOf(lever.spec, text);
  if (lever.spec.kind === "changes" && text.trim() !== "" && /[^;]\s*$/.test(text) === false) {
    return { problem: `expected date:value pairs separated by ";", found ${JSON.stringify(text)}` };
  }
  const problems: Problem[] = [];
  validateAgainst(lever.spec, value, lever.path, undefined, problems);
  if (problems.length === 0) return { value };
  const p = problems[0];
  const where = p.column !== undefined && p.column !== lever.path
    ? `${p.column.slice(lever.path.length)}: `
    : "";
  return { problem: `${where}expected ${p.expected}, found ${p.found}` };
}

/**
 * The KPI catalogue: every KPI the models write, declared once with its unit, Chinese and
 * English label and meaning (one file per model: `applications.ts`, `reliability.ts`, `pv.ts`,
 * and `scorecard.ts` for the Doing Business scorecard read off them).
 * The models' KPI code, the headlines, the verdicts, the report and the README's `summary.json`
 * documentation read it, so a key is spelt in one place.
 *
 * Two guards against a misspelt key: {@link KpiKey}, the union of every key, makes a typo in
 * code fail `deno check` (write through {@link Kpis}, or annotate a key as `KpiKey`); and
 * {@link kpiInfo} throws, naming the key, for one built at run time that is not in the catalogue.
 *
 * @example
 * kpiInfo("staff.lvCrews.utilisation").en; // "LV crews: utilisation"
 * kpiInfo("timeline.residentail.count"); // throws: unknown KPI "timeline.residentail.count" (did
 * // you mean "timeline.residential.count"?)
 *
 * @module
 */
import { closest } from "../spec/closest.ts";
import { APPLICATION_KPIS } from "./applications.ts";
import type { KpiEntry, KpiModel, KpiUnit } from "./entry.ts";
import { type ExpandPattern, KPI_PARTS, OPEN_VALUE, type PartName } from "./parts.ts";
import { PV_KPIS } from "./pv.ts";
import { RELIABILITY_KPIS } from "./reliability.ts";
import { SCORECARD_KPIS } from "./scorecard.ts";

export type { KpiEntry, KpiModel, KpiUnit } from "./entry.ts";

/** Each model's catalogue, in the order a county-year collects them. */
export const KPI_CATALOGUE: Readonly<Record<KpiModel, readonly KpiEntry[]>> = {
  applications: APPLICATION_KPIS,
  reliability: RELIABILITY_KPIS,
  pv: PV_KPIS,
  scorecard: SCORECARD_KPIS,
};

type Pattern =
  | typeof APPLICATION_KPIS[number]["key"]
  | typeof RELIABILITY_KPIS[number]["key"]
  | typeof PV_KPIS[number]["key"]
  | typeof SCORECARD_KPIS[number]["key"];

/** Every KPI key the models write (each catalogue pattern expanded over its parts' values). */
export type KpiKey = ExpandPattern<Pattern>;

/**
 * KPIs under typed keys: what a model writes into, or a reader reads from, so that a misspelt
 * key fails `deno check`. A plain `Record<string, number>` of KPIs passes for it.
 */
export type Kpis = { [K in KpiKey]?: number };

/** What {@link kpiInfo} tells of one concrete key. */
export interface KpiInfo {
  key: string;
  /** The catalogue entry's key or pattern, e.g. `staff.{role}.utilisation`. */
  family: string;
  model: KpiModel;
  unit: KpiUnit;
  /** The labels with every `{part}` filled in. */
  zh: string;
  en: string;
  meaning: string;
  /** The value of each part of the pattern, e.g. `{ role: "lvCrews" }`. */
  parts: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of the parts of a pattern, in order. */
export function patternParts(pattern: string): PartName[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => {
    if (!(m[1] in KPI_PARTS)) throw new Error(`KPI pattern ${pattern}: unknown part {${m[1]}}`);
    return m[1] as PartName;
  });
}

/** Every assignment of values to the named parts (one empty assignment for none). */
function assignments(names: readonly PartName[]): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const name of names) {
    out = out.flatMap((a) => KPI_PARTS[name].values.map((v) => ({ ...a, [name]: v })));
  }
  return out;
}

/** `text` with each `{part}` replaced by `fill(part, its value)`. */
function fillIn(
  text: string,
  parts: Readonly<Record<string, string>>,
  fill: (name: PartName, value: string) => string,
): string {
  return text.replace(PLACEHOLDER, (_, name: PartName) => fill(name, parts[name]));
}

function labelOf(name: PartName, value: string, language: 0 | 1): string {
  if (KPI_PARTS[name].open !== undefined) return value;
  return (KPI_PARTS[name].labels as Record<string, readonly [string, string]>)[value][language];
}

/** A family with an open part: its entry, and the expression its keys match (parts captured). */
interface OpenFamily {
  entry: KpiEntry;
  model: KpiModel;
  names: PartName[];
  match: RegExp;
}

/** The expression of a pattern's keys: each part one of its values (or any id, if open). */
function patternExpression(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  const body = escaped.replace(/\\?\{(\w+)\\?\}/g, (_, name: PartName) => {
    const part = KPI_PARTS[name];
    return `(${part.open !== undefined ? OPEN_VALUE : part.values.join("|")})`;
  });
  return new RegExp(`^${body}$`);
}

/** What `family` says of the concrete key whose parts are `parts`. */
function infoOf(
  key: string,
  entry: KpiEntry,
  model: KpiModel,
  parts: Record<string, string>,
): KpiInfo {
  return {
    key,
    family: entry.key,
    model,
    unit: entry.unit,
    zh: fillIn(entry.zh, parts, (name, value) => labelOf(name, value, 0)),
    en: fillIn(entry.en, parts, (name, value) => labelOf(name, value, 1)),
    meaning: entry.meaning,
    parts,
  };
}

/**
 * Every concrete key of the catalogue, each with what it is; the families with an open part
 * (whose keys depend on the county's data) go to `open`.
 */
function expandCatalogue(open: OpenFamily[]): Map<string, KpiInfo> {
  const byKey = new Map<string, KpiInfo>();
  for (const [model, entries] of Object.entries(KPI_CATALOGUE) as [KpiModel, KpiEntry[]][]) {
    for (const entry of entries) {
      const names = patternParts(entry.key);
      if (names.some((name) => KPI_PARTS[name].open !== undefined)) {
        open.push({ entry, model, names, match: patternExpression(entry.key) });
        continue;
      }
      for (const parts of assignments(names)) {
        const key = fillIn(entry.key, parts, (_, value) => value);
        const twin = byKey.get(key);
        if (twin) throw new Error(`KPI ${key} is declared twice: ${twin.family}, ${entry.key}`);
        byKey.set(key, infoOf(key, entry, model, parts));
      }
    }
  }
  return byKey;
}

/** The families whose keys name a station (an open part), matched rather than listed. */
export const OPEN_FAMILIES: readonly OpenFamily[] = [];
const BY_KEY = expandCatalogue(OPEN_FAMILIES as OpenFamily[]);

/** What an open family says of `key`, or undefined when no family matches it. */
function openInfo(key: string): KpiInfo | undefined {
  for (const family of OPEN_FAMILIES) {
    const m = family.match.exec(key);
    if (m === null) continue;
    const parts = Object.fromEntries(family.names.map((name, i) => [name, m[i + 1]]));
    return infoOf(key, family.entry, family.model, parts);
  }
  return undefined;
}

/**
 * Every concrete KPI key of the catalogue, model by model, in the catalogue's order; keys naming
 * a station (families with an open part) are not listed, since they depend on the county.
 */
export const KPI_KEYS: readonly KpiKey[] = [...BY_KEY.keys()] as KpiKey[];

/** Whether `key` is a KPI of the catalogue. */
export function isKpiKey(key: string): key is KpiKey {
  return BY_KEY.has(key) || openInfo(key) !== undefined;
}

/**
 * What the catalogue says of `key`: unit, labels (parts filled in), meaning. Throws, naming the
 * key, when the catalogue has no such KPI.
 *
 * @example
 * kpiInfo("service.residential.meanDays").zh; // "居民办电时间"
 */
export function kpiInfo(key: string): KpiInfo {
  const info = BY_KEY.get(key) ?? openInfo(key);
  if (info === undefined) {
    const near = closest(key, KPI_KEYS);
    throw new Error(
      `unknown KPI "${key}": not in sim/kpis/catalogue.ts` +
        (near === undefined ? "" : ` (did you mean "${near}"?)`),
    );
  }
  return info;
}

/**
 * The KPI catalogue (sim/kpis/): every key a real replication writes is declared exactly once,
 * every declared key is written by some run, every key the runner, the report, the CLI and the
 * notebooks name is declared, and a misspelt key is caught, naming it.
 */
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import {
  isKpiKey,
  KPI_CATALOGUE,
  KPI_KEYS,
  kpiInfo,
  OPEN_FAMILIES,
} from "../sim/kpis/catalogue.ts";
import { kpiMarkdown, kpiSectionOf } from "../sim/kpis/markdown.ts";
import type { ModelName } from "../sim/model/context.ts";
import { runCountyYear } from "../sim/model/county-year.ts";
import { calendarForYear } from "../sim/model/setup-context.ts";
import { TARGET_CHECKS } from "../sim/runner/targets.ts";
import { leversOf } from "../sim/spec/levers.ts";
import { readScenario, SCENARIO_SPEC } from "../sim/scenario/scenario.ts";
import { sensitivityInputs } from "../sim/sensitivity/inputs.ts";
import { dottedStrings, fitsAny } from "./support/dotted-strings.ts";

const ROOT = decodeURIComponent(new URL("../", import.meta.url).pathname);
const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });

/** The KPIs of replication 0 of a scenario, with only the `active` models (all by default). */
async function kpisOf(name: string, active?: ModelName[]): Promise<Record<string, number>> {
  const scenario = await readScenario(name);
  const calendar = await calendarForYear(scenario.year, county.calendarDir);
  return runCountyYear({
    parameters: scenario.parameters,
    county,
    calendar,
    year: scenario.year,
    seed: scenario.seed,
    replication: 0,
    active,
  }).kpis;
}

const RUNS: { name: string; active?: ModelName[] }[] = [
  { name: "plan-2023" },
  { name: "baseline-2022" },
  // Dispatch by station writes the station families (keys naming the county's stations).
  { name: "dispatch-nearest-free" },
  { name: "plan-2023", active: ["pv"] },
  { name: "plan-2023", active: ["reliability"] },
];

Deno.test("every key a replication writes is in the catalogue, and every entry is written", async () => {
  const written = new Set<string>();
  for (const run of RUNS) {
    const kpis = await kpisOf(run.name, run.active);
    const unknown = Object.keys(kpis).filter((key) => !isKpiKey(key));
    assert.deepEqual(unknown, [], `${run.name} writes keys the catalogue lacks`);
    for (const key of Object.keys(kpis)) {
      written.add(key);
      if (run.active) {
        assert.ok((run.active as string[]).includes(kpiInfo(key).model), `${key} of its model`);
      }
    }
  }
  const dead = KPI_KEYS.filter((key) => !written.has(key));
  assert.deepEqual(dead, [], "catalogue keys no run writes");
  const stationKeys = [...written].filter((key) => key.startsWith("station."));
  const deadFamilies = OPEN_FAMILIES.filter((f) => !stationKeys.some((k) => f.match.test(k)))
    .map((f) => f.entry.key);
  assert.deepEqual(deadFamilies, [], "station families no run writes");
  // One key per station of the default county's grid/stations.csv and measure: five per staff
  // role, three for the repair crews.
  assert.equal(stationKeys.length, county.stations.length * (6 * 5 + 3));
  assert.equal(OPEN_FAMILIES.length, 5 + 3);
  assert.equal(
    kpiInfo("station.zhandian.lvCrews.driveHours").en,
    "zhandian: LV crews hours driven for other stations",
  );
  assert.throws(() => kpiInfo("station.zhan dian.lvCrews.driveHours"), /unknown KPI/);
  assert.throws(() => kpiInfo("station.zhandian.plumbers.driveHours"), /unknown KPI/);
});

Deno.test("each concrete key belongs to exactly one entry, and every entry is complete", () => {
  const families = new Map<string, number>();
  for (const key of KPI_KEYS) {
    const info = kpiInfo(key);
    families.set(info.family, (families.get(info.family) ?? 0) + 1);
    for (const text of [info.zh, info.en]) assert.doesNotMatch(text, /[{}]/, `${key}: ${text}`);
  }
  const entries = Object.values(KPI_CATALOGUE).flat();
  assert.equal(
    families.size + OPEN_FAMILIES.length,
    entries.length,
    "every entry expands to at least one key, or names a station",
  );
  assert.equal(new Set(KPI_KEYS).size, KPI_KEYS.length);
  for (const entry of entries) {
    assert.ok(entry.zh && entry.en && entry.meaning.endsWith("."), entry.key);
  }
});

Deno.test("a misspelt key is caught, naming it and the key it was meant to be", () => {
  assert.throws(
    () => kpiInfo("timeline.residentail.count"),
    /unknown KPI "timeline\.residentail\.count".*did you mean "timeline\.residential\.count"/,
  );
  assert.throws(() => kpiInfo("pv.overLimit.worst"), /unknown KPI "pv\.overLimit\.worst"/);
  assert.equal(kpiInfo("staff.lvCrews.utilisation").en, "LV crews: utilisation");
  assert.equal(kpiInfo("service.residential.meanDays").zh, "居民办电时间");
});

/** The summary fields `summary.json` nests under a KPI (`timeline.….withinTarget.mean`). */
const SUMMARY_FIELDS = ["n", "mean", "sd", "ci95", "min", "max", "median"];
const LEVERS = leversOf(SCENARIO_SPEC, {}).map((l) => l.path);
const CHECK_IDS = TARGET_CHECKS.map((c) => c.id);
/** The sensitivity inputs' names (`--inputs` takes them: a median and its P90 are one input). */
const INPUTS = sensitivityInputs().map((i) => i.name);

/** Every proper prefix of each dotted name, cut at a dot (a key being built up). */
function prefixes(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const parts = name.split(".");
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join("."));
  }
  return [...out];
}
const KPI_PREFIXES = prefixes(KPI_KEYS);
const LEVER_PREFIXES = prefixes(LEVERS);
const SUMMARISED = KPI_KEYS.flatMap((k) => SUMMARY_FIELDS.map((f) => `${k}.${f}`));

/**
 * Whether a dotted name in the source is known: a KPI, a lever path, a sensitivity input or a
 * check id, a KPI or lever prefix being built up, a summary field under a KPI (`summary.json`),
 * or a file name.
 */
function known(text: string): boolean {
  if (/\.(csv|json|ts|md|html)$/.test(text)) return true;
  return [
    KPI_KEYS as readonly string[],
    LEVERS,
    CHECK_IDS,
    INPUTS,
    KPI_PREFIXES,
    LEVER_PREFIXES,
    SUMMARISED,
  ]
    .some((names) => fitsAny(text, names));
}

/** Every file under `dir` (relative to the root) ending in `ext`. */
async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(`${ROOT}${dir}`)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) out.push(...await filesUnder(path, ext));
    else if (path.endsWith(ext)) out.push(path);
  }
  return out;
}

/** The code of a notebook's code cells. */
async function notebookCode(path: string): Promise<string> {
  const notebook = JSON.parse(await Deno.readTextFile(`${ROOT}${path}`));
  return (notebook.cells as { cell_type: string; source: string | string[] }[])
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .join("\n");
}

Deno.test("every KPI key the runner, report, CLI and notebooks name is in the catalogue", async () => {
  // The models write through typed keys and are checked on real runs above; their other dotted
  // names (random streams) are not KPIs, so the scan reads the KPIs' readers.
  const sources: [string, string][] = [];
  for (const dir of ["sim/runner", "sim/report", "sim/cli", "sim/notebook"]) {
    for (const path of await filesUnder(dir, ".ts")) {
      sources.push([path, await Deno.readTextFile(`${ROOT}${path}`)]);
    }
  }
  sources.push(["sim/mod.ts", await Deno.readTextFile(`${ROOT}sim/mod.ts`)]);
  for (const path of await filesUnder("notebooks", ".ipynb")) {
    sources.push([path, await notebookCode(path)]);
  }
  const unknown = sources.flatMap(([path, source]) =>
    dottedStrings(source).filter((text) => !known(text)).map((text) => `${path}: ${text}`)
  );
  assert.deepEqual(unknown, []);
  // The scan sees the notebooks' KPIs (a guard against a scan that finds nothing).
  const notebookKeys = sources.filter(([p]) => p.endsWith(".ipynb"))
    .flatMap(([, s]) => dottedStrings(s)).filter((t) => fitsAny(t, KPI_KEYS as readonly string[]));
  assert.ok(notebookKeys.includes("pv.overLimit.worst.count"), "the scan reads the notebooks");
});

Deno.test("the scan catches a misspelt key in a notebook", () => {
  const source = 'const x = run.results.map((r) => r.kpis["pv.overLimit.worst.cuont"]);';
  assert.deepEqual(dottedStrings(source).filter((t) => !known(t)), [
    "pv.overLimit.worst.cuont",
  ]);
  assert.ok(!known("timeline.${c}.wholeDays.maen"));
  assert.ok(known("timeline.${c}.wholeDays.mean"));
});

Deno.test("the README's KPI list is the catalogue's (deno task kpis writes it)", async () => {
  const words = (text: string) => text.trim().split(/\s+/).join(" ");
  const readme = await Deno.readTextFile(`${ROOT}README.md`);
  assert.equal(
    words(kpiSectionOf(readme)),
    words(kpiMarkdown()),
    "the README is out of date: run deno task kpis",
  );
});

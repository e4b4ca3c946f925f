/**
 * A study's plan: its grid of cells (county × scenario × lever values, in that order), each a
 * scenario ready to run on the county's data with its own seed, and the study's digest, which
 * every shard records so that a merge refuses a shard of another study, another seed or another
 * version of the same files.
 *
 * Seeds (see ./seeds.ts) depend only on (study seed, county, cell): a cell runs on the same
 * random numbers alone, in a study or in a shard, whatever else the study holds.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { type County, loadCounty } from "../data/county.ts";
import { checkScenarioFitsCounty } from "../scenario/county-fit.ts";
import { DATA_FILES, dataPath } from "../data/files.ts";
import { quoteValue, UserError } from "../errors.ts";
import { badNameReason, readScenario, type Scenario, withSetting } from "../scenario/scenario.ts";
import { cellSeed } from "./seeds.ts";
import type { StudyDefinition } from "./study-file.ts";

/** One cell of the grid. */
export interface StudyCell {
  /** Position in the grid (counties, then scenarios, then lever values, each in file order). */
  index: number;
  /** The cell's folder under `cells/`: `<county>/<scenario>[/<path>=<value>,…]`. */
  id: string;
  county: string;
  /** The scenario's own name (before the lever values). */
  scenarioName: string;
  /** Lever path → value as written in the study file. */
  levers: Record<string, number | boolean | string>;
  /** The scenario the cell runs: the county's data, the cell's seed, the study's replications. */
  scenario: Scenario;
}

/** A study ready to run. */
export interface StudyPlan {
  definition: StudyDefinition;
  cells: StudyCell[];
  /** sha256 of everything that decides the results: cells, parameters, seeds, county data. */
  digest: string;
}

/** Every combination of the levers' values, the first lever varying slowest. */
function combinations(
  levers: StudyDefinition["levers"],
): Record<string, number | boolean | string>[] {
  return levers.reduce<Record<string, number | boolean | string>[]>(
    (acc, lever) =>
      acc.flatMap((combo) => lever.values.map((v) => ({ ...combo, [lever.path]: v }))),
    [{}],
  );
}

/** A digest of a county's data files as the loader reads them (absent files: the default's). */
async function dataDigest(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    hash.update(`${DATA_FILES[name]}\u0000`);
    try {
      hash.update(await Deno.readFile(dataPath(dir, name)));
    } catch {
      hash.update("(default)");
    }
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

/**
 * Builds the plan of a checked study file: reads its scenarios, applies each lever combination
 * (checked against the scenario spec), loads each county once (so a bad data directory is
 * reported before anything runs) and derives every cell's seed.
 *
 * @throws UserError for a scenario, a lever value or a county's data that is not right
 */
export async function planStudy(
  definition: StudyDefinition,
  onNote: (message: string) => void = () => {},
): Promise<StudyPlan> {
  const scenarios: Scenario[] = [];
  for (const file of definition.scenarios) scenarios.push(await readScenario(file));
  const names = scenarios.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) {
    throw new UserError(
      `${definition.file}: scenarios: two scenarios are named ${quoteValue(twice)}; ` +
        "each scenario's name must be distinct (it names the cells' folders)",
    );
  }
  const combos = combinations(definition.levers);
  const data: string[] = [];
  const loaded: County[] = [];
  for (const county of definition.counties) {
    loaded.push(await loadCounty(county.data, { onNote }));
    data.push(await dataDigest(county.data));
  }
  const cells: StudyCell[] = [];
  for (const [c, county] of definition.counties.entries()) {
    for (const base of scenarios) {
      // A lever naming the data (a station) must name what this county has.
      checkScenarioFitsCounty({ ...base, dataDir: county.data }, loaded[c]);
      for (const levers of combos) {
        let scenario = base;
        for (const [path, value] of Object.entries(levers)) {
          try {
            scenario = withSetting(scenario, path, String(value));
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            throw new UserError(
              `${definition.file}: levers.${path}: ${error.message.replace(/^--set \S+: /, "")}`,
            );
          }
        }
        const setting = Object.entries(levers).map(([p, v]) => `${p}=${v}`).join(",");
        const bad = setting === "" ? undefined : badNameReason(setting);
        if (bad !== undefined) {
          throw new UserError(
            `${definition.file}: levers: the values ${
              quoteValue(setting)
            } cannot name a folder (${bad})`,
          );
        }
        const id = [county.name, base.name, ...(setting ? [setting] : [])].join("/");
        const seed = cellSeed(
          definition.seed,
          county.name,
          definition.commonRandomNumbers ? undefined : `${base.name}/${setting}`,
        );
        cells.push({
          index: cells.length,
          id,
          county: county.name,
          scenarioName: base.name,
          levers,
          scenario: {
            ...scenario,
            name: setting ? `${base.name} ${setting.replaceAll(",", " ")}` : base.name,
            dataDir: county.data,
            seed,
            replications: definition.replications,
          },
        });
      }
    }
  }
  const digest = createHash("sha256").update(JSON.stringify({
    format: 1,
    name: definition.name,
    seed: definition.seed,
    replications: definition.replications,
    data: definition.counties.map((c, i) => [c.name, c.data, data[i]]),
    cells: cells.map((c) => [c.id, c.scenario.year, c.scenario.seed, c.scenario.parameters]),
  })).digest("hex");
  return { definition, cells, digest };
}

/**
 * The files the explorer carries to the browser, so that the page needs nothing but its own
 * origin: the default county's data, the working calendar and the shipped scenarios, each
 * under its place relative to its root. {@link bundledSource} puts them back at the paths the
 * loaders of the bundle look at (the bundle's own `DEFAULT_DATA_DIR`, `DEFAULT_CALENDAR_DIR`
 * and `SCENARIOS_DIR`), so the same loaders parse and check them as on the command line.
 *
 * @module
 */
import { DATA_FILES, DEFAULT_DATA_DIR } from "../data/files.ts";
import { DEFAULT_CALENDAR_DIR } from "../engine/calendar.ts";
import { memorySource, type TextSource } from "../io/text-source.ts";
import { SCENARIOS_DIR } from "../scenario/load.ts";

/** Texts by path relative to their root. */
export interface BundledFiles {
  /** The default county data (`data/`), e.g. `grid/feeders.csv`. */
  data: Record<string, string>;
  /** The working calendar (`data/calendar/`), e.g. `2023.csv`. */
  calendar: Record<string, string>;
  /** The shipped scenarios (`scenarios/`), e.g. `plan-2023.json`. */
  scenarios: Record<string, string>;
}

/** The shipped scenarios' names, `plan-2023` first, then in alphabetical order. */
export function shippedScenarios(files: BundledFiles): string[] {
  const names = Object.keys(files.scenarios).map((f) => f.replace(/\.json$/, "")).sort();
  return [...names.filter((n) => n === "plan-2023"), ...names.filter((n) => n !== "plan-2023")];
}

function under(dir: string, texts: Record<string, string>): [string, string][] {
  const base = dir.endsWith("/") ? dir : `${dir}/`;
  return Object.entries(texts).map(([name, text]) => [base + name, text]);
}

/**
 * The bundled files where this bundle's loaders look for them, plus `extra` files (a scenario
 * built in the page) by absolute path.
 */
export function bundledSource(
  files: BundledFiles,
  extra: Record<string, string> = {},
): TextSource {
  return memorySource(Object.fromEntries([
    ...under(DEFAULT_DATA_DIR, files.data),
    ...under(DEFAULT_CALENDAR_DIR, files.calendar),
    ...under(SCENARIOS_DIR, files.scenarios),
    ...Object.entries(extra),
  ]));
}

/** The names of the files the data directory's loader reads. */
export const DATA_FILE_NAMES: readonly string[] = Object.values(DATA_FILES);

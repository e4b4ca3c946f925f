/**
 * Where the county data files live inside a data directory, and where the default data
 * directory (Wuzhi County, synthetic; see data/README.md) is.
 *
 * @module
 */
/** Each data file's path inside a data directory, by the name the loader uses for it. */
export const DATA_FILES = {
  feeders: "grid/feeders.csv",
  transformers: "grid/transformers.csv",
  compounds: "grid/compounds.csv",
  applications: "demand/applications.csv",
  weekdayProfile: "demand/weekday_profile.csv",
  capacity: "demand/capacity.csv",
  history: "reliability/history.csv",
  costs: "costs.csv",
  stations: "grid/stations.csv",
} as const;

/** One of the keys of {@link DATA_FILES}. */
export type DataFile = keyof typeof DATA_FILES;

/**
 * The default data directory (the repository's `data/`), as a path without trailing slash. The
 * URL's path rather than `node:url`'s `fileURLToPath`, which a browser bundle cannot import
 * (there it names where the bundled copy of the data is kept in memory).
 */
export const DEFAULT_DATA_DIR: string = trimSlashes(
  decodeURIComponent(new URL("../../data/", import.meta.url).pathname),
);

/** `dir` without trailing path separators (but "/" stays "/"). */
export function trimSlashes(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, "");
  return trimmed === "" ? dir.slice(0, 1) : trimmed;
}

/** The path of data file `name` inside `dir`, as messages show it. */
export function dataPath(dir: string, name: DataFile): string {
  const base = trimSlashes(dir);
  return (base.endsWith("/") ? base : base + "/") + DATA_FILES[name];
}

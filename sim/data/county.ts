/**
 * Loads a whole county data directory into one typed, cross-checked {@link County}: every file
 * is read and checked, every problem of every file is collected, and either the whole county
 * loads or a single {@link UserError} lists the problems (up to {@link MAX_PROBLEMS}). A file
 * the directory lacks is taken from the default data (Wuzhi County, `data/`), with one note,
 * except `grid/stations.csv`, whose default names the default county's substations: without it
 * the county gets one county-wide station (also with a note). A directory with none of the files
 * is an error. The working calendar is the directory's own
 * `calendar/` when it has one, else the toolkit's (with a note).
 *
 * @example
 * const county = await loadCounty("my-utility-extract", { onNote: console.warn });
 * county.transformersByFeeder.get("F001");
 *
 * @module
 */
import { type Problem, UserError } from "../errors.ts";
import { type ApplicationRate, monthlyRates, parseApplications } from "./applications.ts";
import { binsByClass, type CapacityBin, parseCapacity } from "./capacity.ts";
import { type Compound, parseCompounds } from "./compounds.ts";
import { costsByItem, parseCosts, type UnitCost } from "./costs.ts";
import { crossCheck } from "./cross-checks.ts";
import type { FileResult } from "./csv.ts";
import { type Feeder, parseFeeders } from "./feeders.ts";
import { DATA_FILES, type DataFile, dataPath, DEFAULT_DATA_DIR, trimSlashes } from "./files.ts";
import { parseHistory, type ReliabilityDay } from "./history.ts";
import { countyWideStation, parseStations, type Station, stationOfFeeders } from "./stations.ts";
import { parseTransformers, type Transformer } from "./transformers.ts";
import { badPathReason } from "../io/read-text.ts";
import { FILE_SOURCE, type TextSource } from "../io/text-source.ts";
import { DEFAULT_CALENDAR_DIR } from "../engine/calendar.ts";
import type { CostItem, CustomerClass } from "./vocabulary.ts";
import { parseWeekdayProfile, weekdayFactors } from "./weekday-profile.ts";

export { DEFAULT_DATA_DIR };

/** A loaded, checked county: the records of every file, and indexes the models need. */
export interface County {
  feeders: readonly Feeder[];
  feederById: ReadonlyMap<string, Feeder>;
  transformers: readonly Transformer[];
  transformerById: ReadonlyMap<string, Transformer>;
  /** Transformers of each feeder, in file order (every feeder has an entry, maybe empty). */
  transformersByFeeder: ReadonlyMap<string, readonly Transformer[]>;
  compounds: readonly Compound[];
  /** Compounds of each feeder, in file order (every feeder has an entry, maybe empty). */
  compoundsByFeeder: ReadonlyMap<string, readonly Compound[]>;
  applicationRates: readonly ApplicationRate[];
  /** Expected applications per calendar month, by class (index 0 = January). */
  monthlyApplications: ReadonlyMap<CustomerClass, readonly number[]>;
  /** Relative arrival intensity by weekday, index 0 = Monday; averages 1. */
  weekdayFactors: readonly number[];
  /** Capacity bins of each class, sorted by capacity; each class's shares sum to 1. */
  capacityBins: ReadonlyMap<CustomerClass, readonly CapacityBin[]>;
  /** The daily reliability record, consecutive days over whole calendar years. */
  history: readonly ReliabilityDay[];
  costs: Readonly<Record<CostItem, UnitCost>>;
  /** The supply stations, in file order (see grid/stations.csv). */
  stations: readonly Station[];
  /** Index in `stations` of the station serving each feeder (every feeder has one). */
  stationOfFeeder: ReadonlyMap<string, number>;
  /** Index in `stations` of the county company's station (kind "county"). */
  countyStation: number;
  /**
   * Whether the stations came from the data (false: the directory has no grid/stations.csv and
   * `stations` is the single county-wide station of `countyWideStation`, staff counts NaN).
   */
  stationsFromData: boolean;
  /**
   * The path each file was read from: the directory's own, or the default's; for stations not
   * in the data (`stationsFromData` false), {@link NO_STATIONS_SOURCE}.
   */
  sources: Readonly<Record<DataFile, string>>;
  /** The working calendar's directory: the data directory's `calendar/`, or the toolkit's. */
  calendarDir: string;
}

/** Options of {@link loadCounty}. */
export interface LoadOptions {
  /**
   * Receives informational messages, such as a file taken from the default data. Defaults to
   * `console.warn`, so that a fallback is never silent.
   */
  onNote?: (message: string) => void;
  /** Where the files are read from; default the file system. */
  source?: TextSource;
}

const PARSERS = {
  feeders: parseFeeders,
  transformers: parseTransformers,
  compounds: parseCompounds,
  applications: parseApplications,
  weekdayProfile: parseWeekdayProfile,
  capacity: parseCapacity,
  history: parseHistory,
  costs: parseCosts,
  stations: parseStations,
} as const;

type Results = { [K in DataFile]: ReturnType<typeof PARSERS[K]> };

/** `County.sources.stations` when the directory has no grid/stations.csv. */
export const NO_STATIONS_SOURCE = "(no file: one county-wide station)";

/**
 * The data files not taken from the default data when a directory lacks them, and what the
 * county gets instead. The default's stations serve the default county's substations, which
 * another county's feeders do not have; a county without its own stations is one county-wide
 * station with the scenario's county-wide staff counts (the pooled county of before stations).
 */
const SYNTHESIZED: { readonly [K in DataFile]?: Synthesized<K> } = {
  stations: {
    source: NO_STATIONS_SOURCE,
    result: () => ({ records: [{ line: 0, record: countyWideStation() }], problems: [] }),
    note: (dir) =>
      `${dir} has no ${DATA_FILES.stations}: one county-wide station, with the scenario's ` +
      "county-wide staff counts (see data/README.md, grid/stations.csv)",
  },
};

/** What a directory without data file `K` gets instead of the default's. */
interface Synthesized<K extends DataFile> {
  /** What `County.sources` says for it. */
  source: string;
  /** The records, as if read from a file without a problem (line 0: no file). */
  result: () => Results[K];
  /** The note saying so. */
  note: (dir: string) => string;
}

/**
 * Loads and checks the county data in `dir` (see data/README.md for the files and columns).
 * Files missing from `dir` are read from {@link DEFAULT_DATA_DIR}, and `onNote` is told once per
 * such file.
 *
 * @param dir a data directory laid out like the repository's `data/`
 * @throws {UserError} listing every problem found (file, line, column, expected, found), when
 *   `dir` is not a directory or any file has a problem; nothing is returned half-loaded
 */
export async function loadCounty(dir: string, options: LoadOptions = {}): Promise<County> {
  const onNote = options.onNote ?? ((message: string) => console.warn(message));
  const source = options.source ?? FILE_SOURCE;
  const base = trimSlashes(dir);
  await checkDirectory(base, source);
  const names = Object.keys(DATA_FILES) as DataFile[];
  const texts = await Promise.all(names.map((name) => readDataFile(base, name, source)));
  const own = names.filter((_, i) => texts[i].origin === "own");
  if (own.length === 0 && base !== DEFAULT_DATA_DIR) {
    throw new UserError(
      `County data directory ${base} holds none of the county's files (${
        Object.values(DATA_FILES).join(", ")
      }): is it the right directory? (see data/README.md for the layout)`,
    );
  }
  names.forEach((name, i) => {
    if (texts[i].origin === "default") {
      onNote(`${DATA_FILES[name]} is not in ${base}: using the default data's ${texts[i].path}`);
    } else if (texts[i].origin === "synthesized") onNote(SYNTHESIZED[name]!.note(base));
  });
  const calendarDir = await calendarDirOf(base, source);
  if (calendarDir === DEFAULT_CALENDAR_DIR && base !== DEFAULT_DATA_DIR) {
    onNote(`${base} has no calendar/: using the toolkit's working calendar (${calendarDir})`);
  }
  // Root causes first: a file that could not be read at all (unreadable, not UTF-8, no rows, a
  // wrong header) before the row problems of the others, and those before cross-file checks.
  const wholeFile: Problem[] = [];
  const problems: Problem[] = [];
  const sources = {} as Record<DataFile, string>;
  const results = {} as Record<DataFile, FileResult<unknown>>;
  names.forEach((name, i) => {
    const read = texts[i];
    sources[name] = read.path;
    if (read.problem !== undefined) {
      wholeFile.push(read.problem);
      results[name] = { records: [], problems: [read.problem] };
    } else if (read.origin === "synthesized") {
      results[name] = SYNTHESIZED[name]!.result();
    } else {
      const result = PARSERS[name](read.text, read.path);
      (result.records.length === 0 ? wholeFile : problems).push(...result.problems);
      results[name] = result;
    }
  });
  problems.unshift(...wholeFile);
  const r = results as Results;
  problems.push(...crossCheck({
    feeders: r.feeders,
    transformers: r.transformers,
    compounds: r.compounds,
    history: r.history,
    stations: r.stations,
    files: {
      feeders: sources.feeders,
      transformers: sources.transformers,
      compounds: sources.compounds,
      history: sources.history,
      stations: sources.stations,
    },
  }));
  if (problems.length > 0) {
    const noun = problems.length === 1 ? "problem" : "problems";
    throw UserError.fromProblems(
      `County data in ${base} has ${problems.length} ${noun}:`,
      problems,
    );
  }
  const stationsFromData = texts[names.indexOf("stations")].origin !== "synthesized";
  return { ...assemble(r, sources), stationsFromData, calendarDir };
}

async function checkDirectory(dir: string, source: TextSource): Promise<void> {
  const bad = badPathReason(dir);
  if (bad !== undefined) {
    throw new UserError(`County data directory: expected a path, found ${bad}`);
  }
  const info = await source.kind(dir);
  if ("missing" in info) throw new UserError(`County data directory ${dir} does not exist`);
  if ("reason" in info) {
    throw new UserError(`County data directory ${dir}: expected a directory, found ${info.reason}`);
  }
  if (info.kind !== "directory") {
    throw new UserError(`County data directory ${dir} is not a directory`);
  }
}

interface ReadFile {
  /** The path it was read from, or for a synthesized one what `County.sources` says. */
  path: string;
  text: string;
  /**
   * `own`: the directory's; `default`: the default data's, the directory lacking it;
   * `synthesized`: none, the directory lacking it, see {@link SYNTHESIZED}.
   */
  origin: "own" | "default" | "synthesized";
  problem?: Problem;
}

/**
 * Reads `name` from `dir`; when `dir` lacks it, from the default data, or nothing when the
 * county gets a synthesized one.
 */
async function readDataFile(dir: string, name: DataFile, source: TextSource): Promise<ReadFile> {
  const path = dataPath(dir, name);
  const own = await source.read(path, "a readable UTF-8 CSV file");
  if ("text" in own) return { path, text: own.text, origin: "own" };
  if (!own.missing) return { path, text: "", origin: "own", problem: own.problem };
  const synthesized = SYNTHESIZED[name];
  if (synthesized !== undefined) {
    return { path: synthesized.source, text: "", origin: "synthesized" };
  }
  const fallback = dataPath(DEFAULT_DATA_DIR, name);
  const read = await source.read(fallback, "a readable UTF-8 CSV file");
  return "text" in read
    ? { path: fallback, text: read.text, origin: "default" }
    : { path: fallback, text: "", origin: "default", problem: read.problem };
}

/**
 * The working calendar a data directory uses: its own `calendar/` when it has one (a county
 * may work on a local holiday), else the toolkit's `data/calendar/` (the State Council's).
 */
export async function calendarDirOf(
  dir: string,
  source: TextSource = FILE_SOURCE,
): Promise<string> {
  const own = `${trimSlashes(dir)}/calendar`;
  // None, or unreadable (which the calendar reader reports when it is used): the toolkit's.
  const info = await source.kind(own);
  return "kind" in info && info.kind === "directory" ? own : DEFAULT_CALENDAR_DIR;
}

/** Builds the {@link County} from files that were all read without a problem. */
function assemble(
  r: Results,
  sources: Record<DataFile, string>,
): Omit<County, "calendarDir" | "stationsFromData"> {
  const plain = <T>(result: FileResult<T>): T[] => result.records.map((x) => x.record);
  const feeders = plain(r.feeders);
  const stations = plain(r.stations);
  const transformers = plain(r.transformers);
  const compounds = plain(r.compounds);
  const applicationRates = plain(r.applications);
  return {
    feeders,
    feederById: new Map(feeders.map((f) => [f.id, f])),
    transformers,
    transformerById: new Map(transformers.map((t) => [t.id, t])),
    transformersByFeeder: groupByFeeder(feeders, transformers),
    compounds,
    compoundsByFeeder: groupByFeeder(feeders, compounds),
    applicationRates,
    monthlyApplications: monthlyRates(applicationRates),
    weekdayFactors: weekdayFactors(plain(r.weekdayProfile)),
    capacityBins: binsByClass(plain(r.capacity)),
    history: plain(r.history),
    costs: costsByItem(plain(r.costs)),
    stations,
    stationOfFeeder: stationOfFeeders(stations, feeders),
    countyStation: stations.findIndex((s) => s.kind === "county"),
    sources,
  };
}

function groupByFeeder<T extends { feederId: string }>(
  feeders: readonly Feeder[],
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>(feeders.map((f) => [f.id, []]));
  for (const item of items) groups.get(item.feederId)!.push(item);
  return groups;
}

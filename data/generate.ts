/**
 * Regenerates the default data set (synthetic Wuzhi County) from the committed seed and the
 * assumptions in data/generator/assumptions.ts, and prints a summary of what it made.
 *
 *     deno task data                # writes into data/
 *     deno run --allow-read --allow-write data/generate.ts /tmp/out   # writes elsewhere
 *     deno task data --seed county-07 --size 0.3 --out /tmp/county-07  # another county
 *
 * The output depends only on the seed, the size and the assumptions: running it again
 * reproduces the committed CSVs byte for byte (a test checks this). Another seed and size make
 * another synthetic county of the same shape (for test provinces, province.ts):
 * the size scales the feeders of each substation, the demo zone and the yearly applications.
 * data/calendar/ is not touched.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { APPLICATION_COLUMNS } from "../sim/data/applications.ts";
import { CAPACITY_COLUMNS } from "../sim/data/capacity.ts";
import { COMPOUND_COLUMNS } from "../sim/data/compounds.ts";
import { COST_COLUMNS } from "../sim/data/costs.ts";
import { FEEDER_COLUMNS } from "../sim/data/feeders.ts";
import { DATA_FILES, type DataFile } from "../sim/data/files.ts";
import { HISTORY_COLUMNS } from "../sim/data/history.ts";
import { type Station, STATION_COLUMNS, stationOfFeeders } from "../sim/data/stations.ts";
import { TRANSFORMER_COLUMNS } from "../sim/data/transformers.ts";
import { REGIONS, REPAIR_SHIFTS, STATION_ROLES } from "../sim/data/vocabulary.ts";
import { WEEKDAY_COLUMNS } from "../sim/data/weekday-profile.ts";
import { civilFromDays, formatIsoDate } from "../sim/engine/calendar/civil.ts";
import { RandomStreams } from "../sim/engine/random/streams.ts";
import { csvText, type CsvValue } from "../sim/io/csv-text.ts";
import { SEED } from "./generator/assumptions.ts";
import { unitCosts } from "./generator/costs.ts";
import { applicationRates, capacityBins, weekdayProfile } from "./generator/demand.ts";
import { generateGrid, type Grid } from "./generator/grid.ts";
import { generateHistory, type HistoryResult } from "./generator/history.ts";
import { generateStations } from "./generator/stations.ts";

/** The default output directory: this file's own (the repository's `data/`). */
export const DATA_DIR: string = fileURLToPath(new URL(".", import.meta.url));

/** Every generated file's text, by data file, and what went into it. */
export interface Generated {
  files: Record<DataFile, string>;
  grid: Grid;
  history: HistoryResult;
  stations: Station[];
}

/** A data file's CSV text: booleans written `yes` / `no`, as sim/data/csv.ts reads them. */
function dataCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvText(header, rows, { booleans: ["yes", "no"] });
}

/** What county to generate: the default's seed and size 1 make the committed data. */
export interface GenerateOptions {
  /** Master seed of every stream (default: the committed {@link SEED}). */
  seed?: string;
  /** Size relative to the default county (feeders, demo zone, applications); default 1. */
  size?: number;
}

/** The smallest and largest sizes accepted: a county of 2 % to 4× the default's. */
export const SIZE_RANGE = [0.02, 4] as const;

/** Generates every file's text in memory (no I/O). */
export function generateData(seed: string = SEED, size = 1): Generated {
  const streams = new RandomStreams(seed);
  const grid = generateGrid(streams, size);
  const history = generateHistory(streams, grid.feeders, grid.transformers);
  const stations = generateStations(grid.feeders);
  const files: Record<DataFile, string> = {
    feeders: dataCsv(
      FEEDER_COLUMNS,
      grid.feeders.map((f) => [
        f.id,
        f.substation,
        f.region,
        f.overheadKm,
        f.cableKm,
        f.customers,
        f.automation,
        f.demoZone,
        f.sections,
        f.tieSwitches,
        f.peakLoadKw,
        f.trunkCapacityKva,
      ]),
    ),
    transformers: dataCsv(
      TRANSFORMER_COLUMNS,
      grid.transformers.map((t) => [
        t.id,
        t.feederId,
        t.ownership,
        t.ratingKva,
        t.customers,
        t.households,
        t.peakLoadKw,
        t.middayMinLoadKw,
        t.pvConnectedKw,
        t.pvFiledKw,
        t.irrigationWell,
      ]),
    ),
    compounds: dataCsv(
      COMPOUND_COLUMNS,
      grid.compounds.map((c) => [
        c.id,
        c.feederId,
        c.region,
        c.kind,
        c.supplyOwner,
        c.households,
        c.parkingSpaces,
        c.chargersInstalled,
        c.reservedKw,
      ]),
    ),
    applications: dataCsv(
      APPLICATION_COLUMNS,
      applicationRates(size).map((r) => [r.customerClass, r.month, r.expectedApplications]),
    ),
    weekdayProfile: dataCsv(WEEKDAY_COLUMNS, weekdayProfile().map((w) => [w.weekday, w.factor])),
    capacity: dataCsv(
      CAPACITY_COLUMNS,
      capacityBins().map((b) => [b.customerClass, b.lowKw, b.highKw, b.share]),
    ),
    history: dataCsv(
      HISTORY_COLUMNS,
      history.days.map((d) => [
        formatIsoDate(d.day),
        d.customersServed,
        d.customersInterrupted,
        d.plannedCustomerMinutes,
        d.unplannedCustomerMinutes,
        d.usersServed,
        d.usersInterrupted,
        d.plannedUserMinutes,
        d.unplannedUserMinutes,
      ]),
    ),
    costs: dataCsv(
      COST_COLUMNS,
      unitCosts().map((c) => [c.item, c.category, c.unit, c.costCny, c.payerDefault, c.note]),
    ),
    stations: dataCsv(
      STATION_COLUMNS,
      stations.map((s) => [
        s.id,
        s.name,
        s.kind,
        s.serves.join(";"),
        s.xKm,
        s.yKm,
        ...STATION_ROLES.map((role) => s.staff[role]),
        ...REPAIR_SHIFTS.map((shift) => s.repairCrews[shift]),
      ]),
    ),
  };
  return { files, grid, history, stations };
}

/**
 * Generates the data set and writes it into `outDir` (created if needed), `\n` line ends.
 *
 * @returns what was generated, for a summary
 */
export async function generate(
  outDir: string = DATA_DIR,
  options: GenerateOptions = {},
): Promise<Generated> {
  const generated = generateData(options.seed, options.size);
  for (const name of Object.keys(DATA_FILES) as DataFile[]) {
    const path = `${outDir.replace(/\/+$/, "")}/${DATA_FILES[name]}`;
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    await Deno.writeTextFile(path, generated.files[name]);
  }
  return generated;
}

/** A plain-text summary of the generated county, as data/README.md quotes it. */
export function summary({ grid, history, stations }: Generated): string {
  const lines: string[] = [];
  const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  lines.push("region      feeders  overhead_km  cable_km  customers  households  transformers");
  for (const region of REGIONS) {
    const fs = grid.feeders.filter((f) => f.region === region);
    const ids = new Set(fs.map((f) => f.id));
    const ts = grid.transformers.filter((t) => ids.has(t.feederId));
    lines.push(
      `${region.padEnd(11)} ${String(fs.length).padStart(7)}  ` +
        `${sum(fs, (f) => f.overheadKm).toFixed(0).padStart(11)}  ` +
        `${sum(fs, (f) => f.cableKm).toFixed(0).padStart(8)}  ` +
        `${String(sum(fs, (f) => f.customers)).padStart(9)}  ` +
        `${String(sum(ts, (t) => t.households)).padStart(10)}  ${String(ts.length).padStart(12)}`,
    );
  }
  const publicRes = grid.transformers.filter((t) => t.ownership === "public" && !t.irrigationWell);
  const irrigation = grid.transformers.filter((t) => t.irrigationWell);
  const privates = grid.transformers.filter((t) => t.ownership === "private");
  lines.push(
    `transformers: ${publicRes.length} public residential, ${irrigation.length} irrigation-well, ` +
      `${privates.length} customer-owned`,
  );
  const regionOf = new Map(grid.feeders.map((f) => [f.id, f.region]));
  for (const region of REGIONS) {
    const ts = publicRes.filter((t) => regionOf.get(t.feederId) === region);
    const over = ts.filter((t) => t.pvConnectedKw + t.pvFiledKw > 0.8 * t.ratingKva).length;
    const above = ts.filter((t) => t.pvConnectedKw > t.ratingKva).length;
    lines.push(
      `PV ${region}: ${sum(ts, (t) => t.pvConnectedKw)} kW connected, ` +
        `${sum(ts, (t) => t.pvFiledKw)} kW filed; ${pct(over / ts.length)} of public ` +
        `residential transformers over 80 % of rating (connected + filed), ` +
        `${pct(above / ts.length)} with connected PV above rating`,
    );
  }
  lines.push(
    `compounds: ${grid.compounds.length} (${
      grid.compounds.filter((c) => c.kind === "new").length
    } new), ` +
      `demo-zone feeders: ${grid.feeders.filter((f) => f.demoZone).length}`,
  );
  lines.push(
    "year  SAIDI_h  planned_h  unplanned_h  user_SAIDI_h  user_planned_h  user_unplanned_h  " +
      "fault-rate factor over the starting rates (urban_core / town / rural)",
  );
  for (const year of new Set(history.days.map((d) => civilFromDays(d.day).year))) {
    const ds = history.days.filter((d) => civilFromDays(d.day).year === year);
    const n = sum(ds, (d) => d.customersServed) / ds.length;
    const planned = sum(ds, (d) => d.plannedCustomerMinutes) / n / 60;
    const unplanned = sum(ds, (d) => d.unplannedCustomerMinutes) / n / 60;
    // 10 kV users (DL/T 836): each day's user minutes over that day's users served.
    const userPlanned = sum(ds, (d) => d.plannedUserMinutes / d.usersServed) / 60;
    const userUnplanned = sum(ds, (d) => d.unplannedUserMinutes / d.usersServed) / 60;
    const factors = history.factors.filter((f) => f.year === year).map((f) => f.fault.toFixed(2));
    lines.push(
      `${year}  ${(planned + unplanned).toFixed(2).padStart(7)}  ${
        planned.toFixed(2).padStart(9)
      }  ` +
        `${unplanned.toFixed(2).padStart(11)}  ` +
        `${(userPlanned + userUnplanned).toFixed(2).padStart(12)}  ` +
        `${userPlanned.toFixed(2).padStart(14)}  ${userUnplanned.toFixed(2).padStart(16)}  ` +
        `${factors.join(" / ")}`,
    );
  }
  // IEEE 1366-2012 2.5 β method on the unplanned daily SAIDI of the five years.
  const logs = history.days
    .map((d) => d.unplannedCustomerMinutes / d.customersServed)
    .filter((x) => x > 0)
    .map(Math.log);
  const alpha = sum(logs, (x) => x) / logs.length;
  const beta = Math.sqrt(sum(logs, (x) => (x - alpha) ** 2) / (logs.length - 1));
  const threshold = Math.exp(alpha + 2.5 * beta);
  const meds = history.days.filter((d) =>
    d.unplannedCustomerMinutes / d.customersServed > threshold
  );
  const storms = new Set(history.stormDays);
  lines.push(
    `IEEE 1366 T_MED = ${threshold.toFixed(2)} customer-minutes per customer (unplanned); ` +
      `${meds.length} major event days, ${meds.filter((d) => storms.has(d.day)).length} of them ` +
      `storm days; ${history.stormDays.length} storm days drawn`,
  );
  lines.push(...stationSummary(stations, grid));
  return lines.join("\n");
}

/** One line per station: its customers and feeders, distance from the county seat, staff. */
function stationSummary(stations: readonly Station[], grid: Grid): string[] {
  const stationOf = stationOfFeeders(stations, grid.feeders);
  const lines = [
    `station       feeders  customers  km from seat  ${STATION_ROLES.join(" ")} repair day/night`,
  ];
  stations.forEach((s, i) => {
    const fs = grid.feeders.filter((f) => stationOf.get(f.id) === i);
    lines.push(
      `${s.id.padEnd(12)} ${String(fs.length).padStart(8)}  ` +
        `${String(fs.reduce((n, f) => n + f.customers, 0)).padStart(9)}  ` +
        `${Math.hypot(s.xKm, s.yKm).toFixed(1).padStart(12)}  ` +
        STATION_ROLES.map((role) => String(s.staff[role]).padStart(role.length)).join(" ") +
        `  ${s.repairCrews.day} / ${s.repairCrews.night}`,
    );
  });
  return lines;
}

const USAGE = "usage: deno task data [--seed S] [--size F] [--out DIR | DIR]";

/** The command line's options, or a message saying what is wrong with them. */
export function parseGenerateArgs(
  args: string[],
): { outDir: string; options: GenerateOptions } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { seed: { type: "string" }, size: { type: "string" }, out: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { error: `${(error as Error).message} (${USAGE})` };
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals.length === 1 && values.out !== undefined)) {
    return { error: `expected one output directory, found ${positionals.length} (${USAGE})` };
  }
  const size = values.size === undefined ? 1 : Number(values.size);
  if (!/^\d+(\.\d+)?$/.test(values.size ?? "1") || size < SIZE_RANGE[0] || size > SIZE_RANGE[1]) {
    return {
      error: `--size expects a number from ${SIZE_RANGE[0]} to ${SIZE_RANGE[1]}, found ${
        JSON.stringify(values.size)
      }`,
    };
  }
  if (values.seed !== undefined && values.seed.trim() === "") {
    return { error: "--seed expects a non-empty text" };
  }
  return { outDir: values.out ?? positionals[0] ?? DATA_DIR, options: { seed: values.seed, size } };
}

if (import.meta.main) {
  const parsed = parseGenerateArgs(Deno.args);
  if ("error" in parsed) {
    console.error(`error: ${parsed.error}`);
    Deno.exit(2);
  }
  const generated = await generate(parsed.outDir, parsed.options);
  console.log(`wrote ${Object.keys(DATA_FILES).length} files into ${parsed.outDir}`);
  console.log(summary(generated));
}

/**
 * Checks across data files: references between them (transformer → feeder, compound →
 * feeder, station → region or substation) and totals that must agree (a feeder's customers with
 * its transformers', its peak with theirs, compounds' households with the feeder's, the
 * reliability record's customers with the feeders' and its 10 kV users with the transformers),
 * and that every feeder has exactly one station (sim/data/station-checks.ts).
 *
 * Each check runs only when every file it reads was read without a problem: a dropped row would
 * otherwise make a reference dangle or a total disagree, and report a second, false problem.
 *
 * @module
 */
import type { Problem } from "../errors.ts";
import type { Compound } from "./compounds.ts";
import type { FileResult, Located } from "./csv.ts";
import { formatNumber, quote } from "./csv.ts";
import type { Feeder } from "./feeders.ts";
import type { ReliabilityDay } from "./history.ts";
import { checkCountyStation, checkStationsServe } from "./station-checks.ts";
import type { Station } from "./stations.ts";
import type { Transformer } from "./transformers.ts";

/**
 * How far a feeder's customer count may be from the sum over its transformers, as a fraction of
 * the larger: the two usually come from different systems (the reliability system's feeder
 * table and the marketing system's meter list) extracted on different days.
 */
export const CUSTOMER_TOLERANCE = 0.02;

/**
 * How far a feeder's peak may exceed the sum of its transformers' peaks, as a fraction of that
 * sum. A coincident peak cannot exceed the sum of the individual peaks (the coincidence factor
 * is ≤ 1), but the feeder's measured peak includes line and transformer losses, a few per cent.
 */
export const PEAK_TOLERANCE = 0.05;

/**
 * How far the reliability record's last customer count may be from the feeders' total, as a
 * fraction of the latter: the grid extract may be a few months younger than the record, and
 * customers grow by about 2 % a year.
 */
export const HISTORY_CUSTOMER_TOLERANCE = 0.05;

/**
 * How far the reliability record's last count of 10 kV users (DL/T 836: distribution
 * transformers) may be from the transformers listed, as a fraction of the latter: the same
 * reasons as for customers (a younger grid extract, transformers added meanwhile).
 */
export const HISTORY_USER_TOLERANCE = 0.05;

/** The files the cross-checks read, each as its reader returned it, and their names. */
export interface CrossCheckInput {
  feeders: FileResult<Feeder>;
  transformers: FileResult<Transformer>;
  compounds: FileResult<Compound>;
  history: FileResult<ReliabilityDay>;
  stations: FileResult<Station>;
  /** Each file's name as messages show it. */
  files: {
    feeders: string;
    transformers: string;
    compounds: string;
    history: string;
    stations: string;
  };
}

/** Every problem found across files, in a fixed order (by check, then by line). */
export function crossCheck(input: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  if (clean(input.feeders)) checkAgainstFeeders(input, problems);
  if (clean(input.stations)) {
    checkCountyStation(input.stations.records, input.files.stations, problems);
  }
  return problems;
}

function clean(result: FileResult<unknown>): boolean {
  return result.problems.length === 0;
}

/** The checks that read the feeders (read without a problem). */
function checkAgainstFeeders(input: CrossCheckInput, problems: Problem[]): void {
  const { feeders, transformers, compounds, history, stations, files } = input;
  const feederById = new Map(feeders.records.map(({ record }) => [record.id, record]));
  if (clean(transformers)) {
    checkReferences(transformers.records, feederById, files.transformers, files.feeders, problems);
  }
  if (clean(compounds)) {
    checkReferences(compounds.records, feederById, files.compounds, files.feeders, problems);
    checkCompoundRegions(compounds.records, feederById, files, problems);
  }
  if (problems.length === 0 && clean(transformers)) {
    const sums = sumByFeeder(transformers.records.map((t) => t.record));
    checkFeederTotals(feeders.records, sums, files, problems);
    if (clean(compounds)) checkCompoundHouseholds(compounds.records, sums, files, problems);
  }
  if (clean(history)) checkHistoryCustomers(feeders.records, history.records, files, problems);
  if (problems.length === 0 && clean(transformers) && clean(history)) {
    checkHistoryUsers(transformers.records.length, history.records, files, problems);
  }
  if (clean(stations)) checkStationsServe(stations.records, feeders.records, files, problems);
}

function checkReferences(
  records: readonly Located<{ feederId: string }>[],
  feederById: ReadonlyMap<string, Feeder>,
  file: string,
  feedersFile: string,
  problems: Problem[],
): void {
  for (const { line, record } of records) {
    if (!feederById.has(record.feederId)) {
      problems.push({
        file,
        line,
        column: "feeder_id",
        expected: `the id of a feeder in ${feedersFile}`,
        found: quote(record.feederId),
      });
    }
  }
}

function checkCompoundRegions(
  compounds: readonly Located<Compound>[],
  feederById: ReadonlyMap<string, Feeder>,
  files: CrossCheckInput["files"],
  problems: Problem[],
): void {
  for (const { line, record } of compounds) {
    const feeder = feederById.get(record.feederId);
    if (feeder !== undefined && feeder.region !== record.region) {
      problems.push({
        file: files.compounds,
        line,
        column: "region",
        expected: `${feeder.region}, the region of feeder ${record.feederId} in ${files.feeders}`,
        found: quote(record.region),
      });
    }
  }
}

interface FeederSums {
  customers: number;
  households: number;
  peakLoadKw: number;
}

function sumByFeeder(transformers: readonly Transformer[]): Map<string, FeederSums> {
  const sums = new Map<string, FeederSums>();
  for (const t of transformers) {
    const s = sums.get(t.feederId) ?? { customers: 0, households: 0, peakLoadKw: 0 };
    s.customers += t.customers;
    s.households += t.households;
    s.peakLoadKw += t.peakLoadKw;
    sums.set(t.feederId, s);
  }
  return sums;
}

function checkFeederTotals(
  feeders: readonly Located<Feeder>[],
  sums: ReadonlyMap<string, FeederSums>,
  files: CrossCheckInput["files"],
  problems: Problem[],
): void {
  const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;
  for (const { line, record: f } of feeders) {
    const s = sums.get(f.id) ?? { customers: 0, households: 0, peakLoadKw: 0 };
    if (
      Math.abs(f.customers - s.customers) > CUSTOMER_TOLERANCE * Math.max(f.customers, s.customers)
    ) {
      problems.push({
        file: files.feeders,
        line,
        column: "customers",
        expected: `within ${pct(CUSTOMER_TOLERANCE)} of the ${s.customers} customers of feeder ` +
          `${f.id}'s transformers in ${files.transformers}`,
        found: String(f.customers),
      });
    }
    if (f.peakLoadKw > s.peakLoadKw * (1 + PEAK_TOLERANCE)) {
      problems.push({
        file: files.feeders,
        line,
        column: "peak_load_kw",
        expected:
          `at most the sum of feeder ${f.id}'s transformer peaks in ${files.transformers} ` +
          `(${formatNumber(s.peakLoadKw, 1)} kW) + ${pct(PEAK_TOLERANCE)}`,
        found: String(f.peakLoadKw),
      });
    }
  }
}

function checkCompoundHouseholds(
  compounds: readonly Located<Compound>[],
  sums: ReadonlyMap<string, FeederSums>,
  files: CrossCheckInput["files"],
  problems: Problem[],
): void {
  const byFeeder = new Map<string, { households: number; lines: number[] }>();
  for (const { line, record } of compounds) {
    const entry = byFeeder.get(record.feederId) ?? { households: 0, lines: [] };
    entry.households += record.households;
    entry.lines.push(line);
    byFeeder.set(record.feederId, entry);
  }
  for (const [feederId, { households, lines }] of byFeeder) {
    const available = sums.get(feederId)?.households ?? 0;
    if (households > available * (1 + CUSTOMER_TOLERANCE)) {
      problems.push({
        file: files.compounds,
        line: lines[lines.length - 1],
        column: "households",
        expected: `compounds on feeder ${feederId} (lines ${lines.join(", ")}) to hold at most ` +
          `the ${available} households of its transformers in ${files.transformers}`,
        found: `${households} households`,
      });
    }
  }
}

function checkHistoryCustomers(
  feeders: readonly Located<Feeder>[],
  history: readonly Located<ReliabilityDay>[],
  files: CrossCheckInput["files"],
  problems: Problem[],
): void {
  if (history.length === 0) return;
  const total = feeders.reduce((s, { record }) => s + record.customers, 0);
  const { line, record } = history[history.length - 1];
  if (Math.abs(record.customersServed - total) > HISTORY_CUSTOMER_TOLERANCE * total) {
    problems.push({
      file: files.history,
      line,
      column: "customers_served",
      expected: `within ${formatNumber(HISTORY_CUSTOMER_TOLERANCE * 100, 1)} % of the ${total} ` +
        `customers of the feeders in ${files.feeders}`,
      found: String(record.customersServed),
    });
  }
}

function checkHistoryUsers(
  transformers: number,
  history: readonly Located<ReliabilityDay>[],
  files: CrossCheckInput["files"],
  problems: Problem[],
): void {
  if (history.length === 0) return;
  const { line, record } = history[history.length - 1];
  if (Math.abs(record.usersServed - transformers) > HISTORY_USER_TOLERANCE * transformers) {
    problems.push({
      file: files.history,
      line,
      column: "users_served",
      expected:
        `within ${formatNumber(HISTORY_USER_TOLERANCE * 100, 1)} % of the ${transformers} ` +
        `transformers (10 kV users) in ${files.transformers}`,
      found: String(record.usersServed),
    });
  }
}

/**
 * Shared CSV reading for the county data files: csv-parse turns text into rows with line
 * numbers, {@link readTable} checks the header against the columns a file must have, and a
 * {@link Row} reads typed cells, recording a {@link Problem} (file, line, column, what was
 * expected, what was found) for every cell that is wrong instead of stopping at the first.
 *
 * Conventions of every data file (see data/README.md): UTF-8 (a byte-order mark, as Excel
 * writes, is allowed), comma-separated, one header row, columns in any order, `\n` or `\r\n`
 * line ends, empty lines ignored, booleans written `yes` / `no`, dates `YYYY-MM-DD`.
 *
 * @module
 */
import { parse } from "csv-parse/sync";
import { parseIsoDate } from "../engine/calendar/civil.ts";
import { type Problem, quoteValue } from "../errors.ts";

/** A record read from a file, with the 1-based line its row starts on (for later messages). */
export interface Located<T> {
  line: number;
  record: T;
}

/** What reading one file produced: the rows that read cleanly, and every problem found. */
export interface FileResult<T> {
  records: Located<T>[];
  problems: Problem[];
}

/** How a cell is quoted in a message: as written, in double quotes, or "an empty cell". */
export function quote(cell: string): string {
  return cell === "" ? "an empty cell" : quoteValue(cell);
}

/** `x` rounded to at most `digits` decimals, as messages show computed values (0.9999 → "1"). */
export function formatNumber(x: number, digits: number): string {
  const k = 10 ** digits;
  return String(Math.round(x * k) / k);
}

/** Bounds for {@link Row.number}. */
export interface NumberRule {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Values must be strictly greater than this. */
  above?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
}

/** The phrase a message uses for what a {@link NumberRule} allows, e.g. "a whole number ≥ 0". */
export function describeRule(rule: NumberRule): string {
  const noun = rule.integer ? "a whole number" : "a number";
  if (rule.min !== undefined && rule.max !== undefined) {
    return `${noun} from ${rule.min} to ${rule.max}`;
  }
  if (rule.above !== undefined) return `${noun} > ${rule.above}`;
  if (rule.min !== undefined) return `${noun} ≥ ${rule.min}`;
  if (rule.max !== undefined) return `${noun} ≤ ${rule.max}`;
  return noun;
}

// A plain decimal number: no hex, no "Infinity", no thousands separators, no spaces.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One data row: typed readers for its cells. Each reader returns the value, or a placeholder
 * (NaN, "" or the first allowed value) after recording a problem; {@link Row.failed} then tells
 * the caller to drop the row, so that a placeholder never reaches a record.
 */
export class Row {
  /** Whether any cell of this row was wrong. */
  failed = false;

  constructor(
    /** File name as the messages show it. */
    readonly file: string,
    /** 1-based line the row starts on. */
    readonly line: number,
    private readonly cells: ReadonlyMap<string, string>,
    private readonly problems: Problem[],
  ) {}

  /** Records a problem in `column` of this row (also for checks across a row's cells). */
  problem(column: string | undefined, expected: string, found: string): void {
    this.failed = true;
    this.problems.push({ file: this.file, line: this.line, column, expected, found });
  }

  /** The raw text of a cell ("" when the column is absent, which the header check reports). */
  raw(column: string): string {
    return this.cells.get(column) ?? "";
  }

  /** An id: non-empty, without spaces or commas at its ends (which would break references). */
  id(column: string): string {
    const cell = this.raw(column);
    if (cell === "" || cell !== cell.trim()) {
      this.problem(column, "an id (non-empty, no leading or trailing spaces)", quote(cell));
    }
    return cell;
  }

  /** A number within `rule`. */
  number(column: string, rule: NumberRule = {}): number {
    const cell = this.raw(column);
    const x = DECIMAL.test(cell) ? Number(cell) : NaN;
    const ok = Number.isFinite(x) &&
      (!rule.integer || Number.isInteger(x)) &&
      (rule.min === undefined || x >= rule.min) &&
      (rule.above === undefined || x > rule.above) &&
      (rule.max === undefined || x <= rule.max);
    if (!ok) {
      this.problem(column, describeRule(rule), quote(cell));
      return NaN;
    }
    return x;
  }

  /** One of `values`, spelt exactly. */
  oneOf<T extends string>(column: string, values: readonly T[]): T {
    const cell = this.raw(column);
    if (!(values as readonly string[]).includes(cell)) {
      this.problem(column, `one of ${values.join(", ")}`, quote(cell));
      return values[0];
    }
    return cell as T;
  }

  /** A boolean written `yes` or `no` (the one spelling all data files use). */
  yesNo(column: string): boolean {
    const cell = this.raw(column);
    if (cell !== "yes" && cell !== "no") {
      this.problem(column, "yes or no", quote(cell));
      return false;
    }
    return cell === "yes";
  }

  /** A calendar date `YYYY-MM-DD` that exists; returns its day number (days since 1970-01-01). */
  date(column: string): number {
    const cell = this.raw(column);
    const days = parseIsoDate(cell);
    if (days === undefined) {
      this.problem(column, "a calendar date YYYY-MM-DD", quote(cell));
      return NaN;
    }
    return days;
  }
}

interface ParsedRecord {
  info: { lines: number };
  record: string[];
}

/**
 * Parses `text` as a CSV file whose header must hold exactly `columns` (in any order), and
 * calls `build` on each data row. Rows with any wrong cell are dropped (their problems are
 * recorded). When the header lacks a column no row is read, since every row would report it;
 * a header with no rows under it is one problem (every county file needs rows).
 *
 * @param file name of the file in messages
 * @param columns the header names the file must have, no more, no fewer
 * @param build reads one row into a record
 */
export function readTable<T>(
  text: string,
  file: string,
  columns: readonly string[],
  build: (row: Row) => T,
): FileResult<T> {
  const problems: Problem[] = [];
  const records: Located<T>[] = [];
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    // csv-parse stops at the first syntax error (CsvError, with the line it reached).
    const e = error as { lines?: number; message?: string };
    problems.push({
      file,
      line: e.lines,
      expected: "well-formed CSV (a field with a comma, quote or line break wholly in double " +
        "quotes, quotes inside it doubled)",
      found: String(e.message ?? error),
    });
    return { records, problems };
  }
  if (parsed.length === 0) {
    problems.push({
      file,
      expected: `a header row (${columns.join(",")})`,
      found: "an empty file",
    });
    return { records, problems };
  }
  const header = parsed[0].record;
  const headerLine = startLine(parsed[0]);
  if (!checkHeader(header, headerLine, file, columns, problems)) return { records, problems };
  if (parsed.length === 1) {
    // The root cause, said once: otherwise every reference to this file's rows would dangle.
    problems.push({ file, line: headerLine + 1, expected: "rows under the header", found: "none" });
    return { records, problems };
  }
  for (let i = 1; i < parsed.length; i++) {
    const { record: fields } = parsed[i];
    const line = startLine(parsed[i]);
    if (fields.length !== header.length) {
      problems.push({
        file,
        line,
        expected: `${header.length} fields, as in the header`,
        found: String(fields.length),
      });
      continue;
    }
    const cells = new Map<string, string>();
    header.forEach((name, j) => cells.set(name, fields[j]));
    const row = new Row(file, line, cells, problems);
    const record = build(row);
    if (!row.failed) records.push({ line, record });
  }
  return { records, problems };
}

/** The line a record starts on: csv-parse reports the line it ends on. */
function startLine({ info, record }: ParsedRecord): number {
  let newlines = 0;
  for (const field of record) {
    for (let k = field.indexOf("\n"); k !== -1; k = field.indexOf("\n", k + 1)) newlines++;
  }
  return info.lines - newlines;
}

/** Reports missing, unknown and repeated header names; false when a needed column is missing. */
function checkHeader(
  header: readonly string[],
  line: number,
  file: string,
  columns: readonly string[],
  problems: Problem[],
): boolean {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      problems.push({
        file,
        line,
        column: name === "" ? undefined : name,
        expected: "each column once",
        found: name === "" ? "two columns without a name" : "it twice",
      });
    } else if (!columns.includes(name)) {
      problems.push({
        file,
        line,
        column: name === "" ? undefined : name,
        expected: `only the columns ${columns.join(", ")}`,
        found: name === "" ? "a column without a name" : `an unknown column ${quote(name)}`,
      });
    }
    seen.add(name);
  }
  let complete = true;
  for (const name of columns) {
    if (!seen.has(name)) {
      complete = false;
      problems.push({ file, line, column: name, expected: "this column", found: "none" });
    }
  }
  return complete;
}

/**
 * Reports every record whose key repeats an earlier one's, naming the line of the first.
 *
 * @param describe the key as the message shows it, e.g. quoted id
 */
export function checkUnique<T>(
  records: readonly Located<T>[],
  key: (record: T) => string,
  file: string,
  column: string,
  problems: Problem[],
  describe: (record: T) => string = (r) => quote(key(r)),
): void {
  const first = new Map<string, number>();
  for (const { line, record } of records) {
    const k = key(record);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, line);
    else {
      problems.push({
        file,
        line,
        column,
        expected: "a value not used on another row",
        found: `${describe(record)}, already on line ${earlier}`,
      });
    }
  }
}

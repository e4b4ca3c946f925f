/**
 * Reads the working calendar's data files: a directory of `YYYY.csv` files (one per year,
 * UTF-8, header `date,kind,name,notice`). This module only reads and checks the CSV shape;
 * {@link checkRows} checks what the rows say.
 */

import { parse } from "csv-parse/sync";
import type { Problem } from "../../errors.ts";
import type { SourcedRow } from "./rows.ts";
import { FILE_SOURCE, type TextSource } from "../../io/text-source.ts";

/** The header every calendar file starts with. */
export const CALENDAR_HEADER: readonly string[] = ["date", "kind", "name", "notice"];
const HEADER_TEXT = CALENDAR_HEADER.join(",");

const YEAR_FILE = /^(\d{4})\.csv$/;

/** What a calendar directory holds: its rows, the years that have a file, and what is wrong. */
export interface CalendarFiles {
  rows: SourcedRow[];
  /** Years that have a file, ascending. */
  years: number[];
  problems: Problem[];
}

/**
 * Reads every `YYYY.csv` in `dir` (other files, such as README.md, are ignored; a `.csv` not
 * named after a year is a problem, since its dates would silently not count).
 *
 * A missing or unreadable directory or file is reported as a problem, as is one not in UTF-8.
 */
export async function readCalendarDir(
  dir: string,
  source: TextSource = FILE_SOURCE,
): Promise<CalendarFiles> {
  const problems: Problem[] = [];
  const listing = await source.list(dir);
  if (!("names" in listing)) {
    problems.push({
      file: dir,
      expected: "a directory of YYYY.csv working calendar files",
      found: "missing" in listing ? "no such directory" : listing.reason,
    });
    return { rows: [], years: [], problems };
  }
  const names = listing.names.filter((name) => name.toLowerCase().endsWith(".csv"));
  names.sort();
  const rows: SourcedRow[] = [];
  const years: number[] = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    const m = YEAR_FILE.exec(name);
    if (m === null) {
      problems.push({
        file,
        expected: "a file named YYYY.csv after the year of its dates",
        found: JSON.stringify(name),
      });
      continue;
    }
    const year = Number(m[1]);
    years.push(year);
    const read = await source.read(file, "a readable UTF-8 CSV file");
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseCalendarCsv(read.text, file, year);
    rows.push(...parsed.rows);
    problems.push(...parsed.problems);
  }
  if (years.length === 0 && problems.length === 0) {
    problems.push({
      file: dir,
      expected: "at least one YYYY.csv working calendar file",
      found: "none",
    });
  }
  for (let i = 1; i < years.length; i++) {
    for (let y = years[i - 1] + 1; y < years[i]; y++) {
      problems.push({
        file: dir,
        expected: `one file per year from ${years[0]} to ${years[years.length - 1]}, with no gap`,
        found: `no ${y}.csv`,
      });
    }
  }
  return { rows, years, problems };
}

/**
 * Parses the text of one calendar file into rows, checking the header and that every record has
 * the header's four fields. Rows are tagged with `file`, their line and `fileYear`.
 */
export function parseCalendarCsv(
  text: string,
  file: string,
  fileYear: number,
): { rows: SourcedRow[]; problems: Problem[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records; // csv-parse's typings ignore `info: true`
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    return {
      rows: [],
      problems: [{
        file,
        line: typeof line === "number" ? line : undefined,
        expected: "well-formed CSV",
        found: (e as Error).message,
      }],
    };
  }
  if (records.length === 0) {
    return {
      rows: [],
      problems: [{ file, line: 1, expected: `the header ${HEADER_TEXT}`, found: "an empty file" }],
    };
  }
  const header = records[0].record;
  if (header.join(",") !== HEADER_TEXT || header.length !== CALENDAR_HEADER.length) {
    return {
      rows: [],
      problems: [{
        file,
        line: firstLine(records[0]),
        expected: `the header ${HEADER_TEXT}`,
        found: JSON.stringify(header.join(",")),
      }],
    };
  }
  const rows: SourcedRow[] = [];
  const problems: Problem[] = [];
  for (const r of records.slice(1)) {
    const line = firstLine(r);
    if (r.record.length !== CALENDAR_HEADER.length) {
      problems.push({
        file,
        line,
        expected: `${CALENDAR_HEADER.length} fields (${HEADER_TEXT})`,
        found: `${r.record.length} field${r.record.length === 1 ? "" : "s"}`,
      });
      continue;
    }
    const [date, kind, name, notice] = r.record;
    rows.push({ date, kind, name, notice, file, line, fileYear });
  }
  return { rows, problems };
}

/** csv-parse reports the line a record ends on; a quoted field may span lines. */
function firstLine(r: { record: string[]; info: { lines: number } }): number {
  let newlines = 0;
  for (const field of r.record) {
    for (const ch of field) if (ch === "\n") newlines++;
  }
  return r.info.lines - newlines;
}

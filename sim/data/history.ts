/**
 * `reliability/history.csv`: the county's daily interruption record over whole calendar years,
 * the input of IEEE 1366's major-event-day threshold (2.5 β method, on five years of daily
 * SAIDI) and of the plan's "SAIDI ≤ 4.9 h, or −8 % on last year" target (二.(四)). Each day is
 * counted on two bases (see sim/model/reliability/kpis.ts): every customer (`customers_…`,
 * `…_customer_minutes`) and DL/T 836's 10 kV users, each distribution transformer one user
 * (`users_…`, `…_user_minutes`), on which the plan's target is judged. Both are required.
 *
 * @module
 */
import { formatIsoDate } from "../engine/calendar/civil.ts";
import { type FileResult, readTable } from "./csv.ts";

/** One day of the county's reliability record. */
export interface ReliabilityDay {
  /** Day number (days since 1970-01-01, see sim/engine/calendar/civil.ts). */
  day: number;
  /** Customers served that day (IEEE 1366 N_T). */
  customersServed: number;
  /** Customers whose supply was interrupted for longer than 5 minutes (sustained; N_i summed). */
  customersInterrupted: number;
  /** Customer minutes of interruption from planned (pre-arranged) outages. */
  plannedCustomerMinutes: number;
  /** Customer minutes of interruption from faults. */
  unplannedCustomerMinutes: number;
  /** 10 kV users served that day (DL/T 836: distribution transformers in service). */
  usersServed: number;
  /** 10 kV users with a sustained interruption that day (Σ N_i on the 10 kV-user basis). */
  usersInterrupted: number;
  /** User minutes of interruption from planned outages, 10 kV users. */
  plannedUserMinutes: number;
  /** User minutes of interruption from faults, 10 kV users. */
  unplannedUserMinutes: number;
}

/** Columns of `reliability/history.csv`, in the order the default file writes them. */
export const HISTORY_COLUMNS = [
  "date",
  "customers_served",
  "customers_interrupted",
  "planned_customer_minutes",
  "unplanned_customer_minutes",
  "users_served",
  "users_interrupted",
  "planned_user_minutes",
  "unplanned_user_minutes",
] as const;

/**
 * Reads `reliability/history.csv` and checks that its rows are consecutive days (no gap, no
 * repeat, in order) covering whole calendar years: from a 1 January to a 31 December, since
 * yearly SAIDI is compared year on year. Within a row, users interrupted are at most users
 * served: Σ N_i could in principle count a user twice, but a day on which every 10 kV user of
 * the county was interrupted more than once on average is taken for a mistake in the file.
 *
 * @param file the file's name as messages show it
 */
export function parseHistory(text: string, file: string): FileResult<ReliabilityDay> {
  const result = readTable(text, file, HISTORY_COLUMNS, (row) => {
    const d: ReliabilityDay = {
      day: row.date("date"),
      customersServed: row.number("customers_served", { above: 0, integer: true }),
      customersInterrupted: row.number("customers_interrupted", { min: 0, integer: true }),
      plannedCustomerMinutes: row.number("planned_customer_minutes", { min: 0 }),
      unplannedCustomerMinutes: row.number("unplanned_customer_minutes", { min: 0 }),
      usersServed: row.number("users_served", { above: 0, integer: true }),
      usersInterrupted: row.number("users_interrupted", { min: 0, integer: true }),
      plannedUserMinutes: row.number("planned_user_minutes", { min: 0 }),
      unplannedUserMinutes: row.number("unplanned_user_minutes", { min: 0 }),
    };
    if (d.usersInterrupted > d.usersServed) {
      row.problem(
        "users_interrupted",
        `at most users_served (${d.usersServed})`,
        String(d.usersInterrupted),
      );
    }
    return d;
  });
  if (result.problems.length > 0) return result;
  const { records, problems } = result;
  if (records.length === 0) {
    problems.push({ file, expected: "at least one year of days", found: "no rows" });
    return result;
  }
  for (let i = 1; i < records.length; i++) {
    const expected = records[i - 1].record.day + 1;
    const { line, record } = records[i];
    if (record.day !== expected) {
      problems.push({
        file,
        line,
        column: "date",
        expected: `${formatIsoDate(expected)} (the day after the row before)`,
        found: JSON.stringify(formatIsoDate(record.day)),
      });
      return result; // one break in the sequence would shift every later row
    }
  }
  const first = records[0];
  const last = records[records.length - 1];
  const firstDate = formatIsoDate(first.record.day);
  const lastDate = formatIsoDate(last.record.day);
  if (!firstDate.endsWith("-01-01")) {
    problems.push({
      file,
      line: first.line,
      column: "date",
      expected: "the first row on a 1 January (whole calendar years)",
      found: JSON.stringify(firstDate),
    });
  }
  if (!lastDate.endsWith("-12-31")) {
    problems.push({
      file,
      line: last.line,
      column: "date",
      expected: "the last row on a 31 December (whole calendar years)",
      found: JSON.stringify(lastDate),
    });
  }
  return result;
}

/**
 * `demand/applications.csv`: how many connection applications of each customer class arrive
 * in each calendar month, on average. With `demand/weekday_profile.csv` it gives the rate of a
 * non-homogeneous Poisson arrival process.
 *
 * @module
 */
import type { Problem } from "../errors.ts";
import { CUSTOMER_CLASSES, type CustomerClass } from "./vocabulary.ts";
import { checkUnique, type FileResult, readTable } from "./csv.ts";

/** Expected applications of one class in one calendar month. */
export interface ApplicationRate {
  customerClass: CustomerClass;
  /** Calendar month, 1 = January. */
  month: number;
  /** Expected number of applications in that month (a mean, so not necessarily whole). */
  expectedApplications: number;
}

/** Columns of `demand/applications.csv`, in the order the default file writes them. */
export const APPLICATION_COLUMNS = ["class", "month", "expected_applications"] as const;

/**
 * Reads `demand/applications.csv` and checks that it has exactly one row for every class and
 * month.
 *
 * @param file the file's name as messages show it
 */
export function parseApplications(text: string, file: string): FileResult<ApplicationRate> {
  const result = readTable(text, file, APPLICATION_COLUMNS, (row) => ({
    customerClass: row.oneOf("class", CUSTOMER_CLASSES),
    month: row.number("month", { min: 1, max: 12, integer: true }),
    expectedApplications: row.number("expected_applications", { min: 0 }),
  }));
  const key = (r: ApplicationRate) => `${r.customerClass} ${r.month}`;
  checkUnique(
    result.records,
    key,
    file,
    "month",
    result.problems,
    (r) => `${r.customerClass} month ${r.month}`,
  );
  if (result.problems.length === 0) checkComplete(result, key, file);
  return result;
}

function checkComplete(
  result: FileResult<ApplicationRate>,
  key: (r: ApplicationRate) => string,
  file: string,
) {
  const present = new Set(result.records.map(({ record }) => key(record)));
  for (const customerClass of CUSTOMER_CLASSES) {
    for (let month = 1; month <= 12; month++) {
      if (!present.has(`${customerClass} ${month}`)) {
        const p: Problem = {
          file,
          column: "month",
          expected: `a row for ${customerClass} in month ${month}`,
          found: "none",
        };
        result.problems.push(p);
      }
    }
  }
}

/**
 * The rates as a table: class → 12 monthly expected counts (index 0 = January).
 * Assumes a complete, checked file.
 */
export function monthlyRates(
  rates: readonly ApplicationRate[],
): ReadonlyMap<CustomerClass, readonly number[]> {
  const table = new Map<CustomerClass, number[]>();
  for (const c of CUSTOMER_CLASSES) table.set(c, new Array<number>(12).fill(0));
  for (const r of rates) table.get(r.customerClass)![r.month - 1] = r.expectedApplications;
  return table;
}

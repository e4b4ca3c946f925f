/**
 * Reads a previous sensitivity run (`<dir>/sensitivity.json`) for the report's section, before
 * the report simulates anything: a missing file, invalid JSON or a file another command wrote
 * is a user error naming the file and what was expected.
 */
import { UserError } from "../errors.ts";
import { readText } from "../io/read-text.ts";
import type { SensitivityResult } from "./analysis.ts";

/** The fields a `sensitivity.json` must have. */
const REQUIRED = [
  "scenario",
  "method",
  "replications",
  "factors",
  "outputs",
  "ends",
  "flips",
  "runs",
];

/**
 * The run in `dir` (a directory `deno task sensitivity` wrote, or its `sensitivity.json`).
 *
 * @throws UserError when it cannot be read or is not a sensitivity run.
 */
export async function readSensitivity(dir: string): Promise<SensitivityResult> {
  const file = dir.endsWith(".json") ? dir : `${dir.replace(/\/$/, "")}/sensitivity.json`;
  const read = await readText(file, "the sensitivity.json of a `deno task sensitivity` run");
  if ("problem" in read) {
    throw UserError.fromProblems(`--sensitivity: cannot read ${file}:`, [read.problem]);
  }
  let value: unknown;
  try {
    value = JSON.parse(read.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError(`--sensitivity: ${file}: expected JSON, found ${(error as Error).message}`);
  }
  const missing = typeof value === "object" && value !== null && !Array.isArray(value)
    ? REQUIRED.filter((key) => !Object.hasOwn(value as object, key))
    : REQUIRED;
  if (missing.length > 0) {
    throw new UserError(
      `--sensitivity: ${file}: expected the result of \`deno task sensitivity\`, found no ` +
        missing.map((k) => `"${k}"`).join(", "),
    );
  }
  return value as SensitivityResult;
}

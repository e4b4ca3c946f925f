/**
 * Reads the files the explorer bundles ({@link BundledFiles}) from the repository: the default
 * county's data files, every year of the working calendar, and every shipped scenario.
 */
import { DEFAULT_DATA_DIR } from "../data/files.ts";
import { DEFAULT_CALENDAR_DIR } from "../engine/calendar.ts";
import { SCENARIOS_DIR } from "../scenario/load.ts";
import { type BundledFiles, DATA_FILE_NAMES } from "./bundled-files.ts";

async function filesOf(dir: string, pattern: RegExp): Promise<Record<string, string>> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && pattern.test(entry.name)) names.push(entry.name);
  }
  names.sort();
  const texts = await Promise.all(names.map((n) => Deno.readTextFile(`${dir}/${n}`)));
  return Object.fromEntries(names.map((n, i) => [n, texts[i]]));
}

/** The default data, calendar and shipped scenarios, read from the repository. */
export async function collectFiles(): Promise<BundledFiles> {
  const data = Object.fromEntries(
    await Promise.all(
      DATA_FILE_NAMES.map(async (name) =>
        [name, await Deno.readTextFile(`${DEFAULT_DATA_DIR}/${name}`)] as const
      ),
    ),
  );
  return {
    data,
    calendar: await filesOf(DEFAULT_CALENDAR_DIR, /^\d{4}\.csv$/),
    scenarios: await filesOf(SCENARIOS_DIR.replace(/\/$/, ""), /^(?!schema\.json$).*\.json$/),
  };
}

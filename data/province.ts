/**
 * A synthetic test province: N counties from the default county's generator, each with its own
 * seed (`county-01`, `county-02`, …) and size (0.10 to 0.30 of the default county, in turn), and
 * a study file over them, for tests, benchmarks and demonstrations of studies and shards. Not
 * committed (ten counties are some 2 MB of CSV): generated in a second where needed.
 *
 *     deno run --allow-read --allow-write data/province.ts --out /tmp/province [--counties 10]
 *     deno task study /tmp/province/study.json
 *
 * @module
 */
import { parseArgs } from "node:util";
import { DATA_DIR, generate } from "./generate.ts";

/** The sizes the counties take in turn: small, so that a study of ten runs in minutes. */
export const PROVINCE_SIZES = [0.1, 0.15, 0.2, 0.25, 0.3] as const;

/** What {@link makeProvince} writes into its directory. */
export interface Province {
  /** `<dir>/study.json`. */
  studyFile: string;
  /** The counties' data directories, `<dir>/county-01` … */
  counties: string[];
}

/** Options of {@link makeProvince}: the study file's settings. */
export interface ProvinceOptions {
  counties?: number;
  replications?: number;
  seed?: number;
  scenarios?: string[];
  levers?: Record<string, (number | boolean | string)[]>;
  name?: string;
}

/** Generates the counties and a study file over them into `dir` (created if needed). */
export async function makeProvince(dir: string, options: ProvinceOptions = {}): Promise<Province> {
  const counties: string[] = [];
  const n = options.counties ?? 10;
  for (let k = 1; k <= n; k++) {
    const name = `county-${String(k).padStart(2, "0")}`;
    await generate(`${dir}/${name}`, {
      seed: name,
      size: PROVINCE_SIZES[(k - 1) % PROVINCE_SIZES.length],
    });
    // The national working calendar, so that each county is whole on its own (on a cluster too).
    await Deno.mkdir(`${dir}/${name}/calendar`, { recursive: true });
    for await (const entry of Deno.readDir(`${DATA_DIR}calendar`)) {
      if (entry.name.endsWith(".csv")) {
        await Deno.copyFile(
          `${DATA_DIR}calendar/${entry.name}`,
          `${dir}/${name}/calendar/${entry.name}`,
        );
      }
    }
    counties.push(`${dir}/${name}`);
  }
  const study = {
    name: options.name ?? "test-province",
    description: `A synthetic test province of ${n} counties (data/province.ts)`,
    seed: options.seed ?? 2023,
    replications: options.replications ?? 20,
    counties: counties.map((c) => c.slice(c.lastIndexOf("/") + 1)),
    scenarios: options.scenarios ?? ["plan-2023"],
    ...(options.levers ? { levers: options.levers } : {}),
  };
  const studyFile = `${dir}/study.json`;
  await Deno.writeTextFile(studyFile, JSON.stringify(study, null, 2) + "\n");
  return { studyFile, counties };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      out: { type: "string" },
      counties: { type: "string" },
      replications: { type: "string" },
    },
    strict: true,
  });
  if (values.out === undefined) {
    console.error("usage: data/province.ts --out DIR [--counties N] [--replications R]");
    Deno.exit(2);
  }
  const province = await makeProvince(values.out, {
    counties: values.counties === undefined ? undefined : Number(values.counties),
    replications: values.replications === undefined ? undefined : Number(values.replications),
  });
  console.log(`wrote ${province.counties.length} counties and ${province.studyFile}`);
}

/**
 * Builds the explorer's static site: `index.html`, `app.js` (the page) and `worker.js` (the
 * replication worker), each script one bundle of the same `sim/` code the command line runs
 * (`deno bundle --platform browser`), and `county.json`, the default county's data, calendar and
 * scenarios. The worker is bundled as its own entry and the page starts it by that file's name:
 * a bundler does not follow `new Worker(new URL(…))`.
 *
 * @module
 */
import { UserError } from "../errors.ts";
import { collectFiles } from "./collect-files.ts";
import { explorerPage } from "./page.ts";

const ENTRIES = {
  "app.js": new URL("./app.ts", import.meta.url),
  "worker.js": new URL("./worker-entry.ts", import.meta.url),
} as const;

const ROOT = decodeURIComponent(new URL("../../", import.meta.url).pathname);

/**
 * The import map of the bundles: the project's (`deno.json`), with csv-parse's browser build
 * (same package and version, in the lock) for its Node one, which needs Node's `Buffer`.
 */
async function browserImportMap(dir: string): Promise<string> {
  const config = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
  const imports: Record<string, string> = { ...config.imports };
  imports["csv-parse/sync"] = imports["csv-parse/sync"].replace(/\/sync$/, "/browser/esm/sync");
  const path = `${dir}/import-map.json`;
  await Deno.writeTextFile(path, JSON.stringify({ imports }));
  return path;
}

/** Bundles one entry for the browser and returns the script's text. */
async function bundle(entry: URL, dir: string, name: string, map: string): Promise<string> {
  const output = `${dir}/${name}`;
  const command = new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--platform",
      "browser",
      "--minify",
      "--import-map",
      map,
      "-o",
      output,
      entry.pathname,
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  });
  const { code, stderr } = await command.output();
  if (code !== 0) {
    throw new UserError(
      `explorer: bundling ${name} failed (deno bundle fetches esbuild from npm the first ` +
        `time; is the npm registry reachable?): ${new TextDecoder().decode(stderr).trim()}`,
    );
  }
  return await Deno.readTextFile(output);
}

/** Every file of the site, by name. */
export async function explorerFiles(): Promise<Record<string, string>> {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-explorer-" });
  try {
    const map = await browserImportMap(dir);
    const [app, worker, files] = await Promise.all([
      bundle(ENTRIES["app.js"], dir, "app.js", map),
      bundle(ENTRIES["worker.js"], dir, "worker.js", map),
      collectFiles(),
    ]);
    return {
      "index.html": explorerPage(),
      "app.js": app,
      "worker.js": worker,
      "county.json": JSON.stringify(files),
    };
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

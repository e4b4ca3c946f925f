/**
 * A command's output directory, written as a whole or not at all.
 *
 * {@link writeOutputs} checks the location **before** the command computes anything (a file in
 * the way, a parent that is a file, a directory that cannot be written, a NUL byte, a symbolic-
 * link loop: each a {@link UserError}), writes every file into a fresh directory beside the
 * target, and only then puts it in the target's place. So a run never leaves its files mixed
 * with an earlier run's (the earlier run's records are gone with it), an error or Ctrl-C leaves
 * the target as it was, and a directory holding anything jiedian did not write is never
 * touched: the command refuses it.
 *
 * @example
 * await writeOutputs("out/plan-2023", async () => {
 *   const run = await runScenario(scenario);  // only after the location was checked
 *   return runFiles(run);
 * });
 *
 * @module
 */
import { resolve } from "node:path";
import { quoteValue, UserError } from "../errors.ts";
import { badPathReason, fileErrorReason } from "./read-text.ts";

/** The file that marks a directory as a jiedian output, which a later run may replace. */
export const OUTPUT_MARKER = ".jiedian-output";

/** Names a jiedian command writes at the top of its output (for directories written before the marker). */
const OUTPUT_NAME = /\.(csv|json|html)$/;
const OUTPUT_HEAD = ["summary.json", "compare.csv", "sweep.csv", "index.html"];

/**
 * Checks `dir`, then runs `produce` and writes the files it returns (or writes itself through
 * its `write` argument) into `dir`, replacing what an earlier run wrote there. Nothing is
 * written when `produce` throws.
 *
 * @throws UserError when `dir` cannot be the output (checked before `produce` runs)
 */
export async function writeOutputs(
  dir: string,
  produce: (write: (name: string, text: string) => Promise<void>) => Promise<
    Record<string, string> | void
  >,
): Promise<void> {
  const target = await checkTarget(dir);
  const staging = await makeStaging(dir, target);
  // `produce` may also write files as it goes (a study's cells), names with folders included.
  const write = async (name: string, text: string) => {
    const cut = name.lastIndexOf("/");
    if (cut > 0) await Deno.mkdir(`${staging}/${name.slice(0, cut)}`, { recursive: true });
    await Deno.writeTextFile(`${staging}/${name}`, text);
  };
  try {
    const files = await produce(write);
    for (const [name, text] of Object.entries(files ?? {})) await write(name, text);
    await Deno.writeTextFile(`${staging}/${OUTPUT_MARKER}`, "written by jiedian\n");
    await putInPlace(staging, target);
  } finally {
    await Deno.remove(staging, { recursive: true }).catch(() => {});
  }
}

/** Where a target is: its absolute path, parent, nearest existing ancestor, and if it exists. */
interface Target {
  path: string;
  parent: string;
  base: string;
  /** The nearest directory on the way up that exists: the staging directory goes there. */
  ancestor: string;
  exists: boolean;
}

function fail(dir: string, found: string): never {
  throw new UserError(
    `output directory ${dir}: expected a new or earlier output directory, found ${found}`,
  );
}

async function checkTarget(dir: string): Promise<Target> {
  const bad = badPathReason(dir) ??
    (/\p{Cc}/u.test(dir) ? `a path with a control character: ${quoteValue(dir)}` : undefined);
  if (bad !== undefined) fail(quoteValue(dir), bad);
  const path = resolve(dir); // absolute, with `.` and `..` parts resolved
  const cut = path.lastIndexOf("/");
  const parent = path.slice(0, cut) || "/";
  const base = path.slice(cut + 1);
  if (base === "") fail(dir, "the root directory");
  const info = await statOrNull(dir, path);
  if (info !== null) {
    if (!info.isDirectory) fail(dir, "a file");
    const foreign = await foreignEntry(path).catch((error) => fail(dir, fileErrorReason(error)));
    if (foreign !== undefined) {
      fail(
        dir,
        `a directory holding files jiedian did not write (such as ${quoteValue(foreign)}); ` +
          "choose a new directory, or empty this one",
      );
    }
    return { path, parent, base, ancestor: parent, exists: true };
  }
  // Nothing is created before the end: find the nearest existing directory on the way up.
  let ancestor = parent;
  for (
    let up = await statOrNull(dir, ancestor);
    up === null;
    up = await statOrNull(dir, ancestor)
  ) {
    ancestor = ancestor.slice(0, ancestor.lastIndexOf("/")) || "/";
  }
  if (!(await Deno.stat(ancestor)).isDirectory) fail(dir, "a path through a file, not a directory");
  return { path, parent, base, ancestor, exists: false };
}

/** `Deno.stat(path)`, or null when nothing is there; any other failure is the user's problem. */
async function statOrNull(dir: string, path: string): Promise<Deno.FileInfo | null> {
  try {
    return await Deno.stat(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    fail(dir, fileErrorReason(error));
  }
}

/** An entry of `dir` that shows it is not a jiedian output, or undefined when it is one. */
async function foreignEntry(dir: string): Promise<string | undefined> {
  const names: string[] = [];
  let odd: string | undefined;
  for await (const entry of Deno.readDir(dir)) {
    names.push(entry.name);
    if (odd === undefined && (!entry.isFile || !OUTPUT_NAME.test(entry.name))) odd = entry.name;
  }
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return undefined;
  // Written before the marker existed: only our kinds of files, with one a command always writes.
  if (odd === undefined && names.some((n) => OUTPUT_HEAD.includes(n))) return undefined;
  return odd ?? names.sort()[0];
}

/**
 * A fresh directory beside the target, or in its nearest existing ancestor (on the same file
 * system either way, so the final rename is atomic). Creating it proves the place writable.
 */
async function makeStaging(dir: string, target: Target): Promise<string> {
  try {
    return await Deno.makeTempDir({ dir: target.ancestor, prefix: `.${target.base}.partial-` });
  } catch (error) {
    fail(
      dir,
      error instanceof Deno.errors.PermissionDenied
        ? `a place this user may not write (${target.ancestor})`
        : fileErrorReason(error),
    );
  }
}

/** Replaces the target by `staging`: the old directory is moved aside first, then removed. */
async function putInPlace(staging: string, target: Target): Promise<void> {
  if (!target.exists) {
    await Deno.mkdir(target.parent, { recursive: true });
    await Deno.rename(staging, target.path);
    return;
  }
  const old = `${staging}.old`;
  await Deno.rename(target.path, old);
  try {
    await Deno.rename(staging, target.path);
  } catch (error) {
    await Deno.rename(old, target.path);
    throw error;
  }
  await Deno.remove(old, { recursive: true });
}

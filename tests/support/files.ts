/**
 * Comparing whole output directories byte for byte (a study merged from shards against the
 * unsharded run), and listing what a command left behind.
 */
import assert from "node:assert/strict";

/** Every file under `dir`, recursively, as sorted relative paths. */
export async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) {
      names.push(...await filesUnder(`${dir}/${entry.name}`, `${prefix}${entry.name}/`));
    } else names.push(prefix + entry.name);
  }
  return names.sort();
}

/** Asserts that `a` and `b` hold the same files with the same bytes. */
export async function assertSameTree(a: string, b: string, what: string): Promise<void> {
  const files = await filesUnder(a);
  assert.deepEqual(await filesUnder(b), files, `${what}: the same files`);
  for (const name of files) {
    const x = await Deno.readFile(`${a}/${name}`);
    const y = await Deno.readFile(`${b}/${name}`);
    assert.ok(
      x.length === y.length && x.every((byte, i) => byte === y[i]),
      `${what}: ${name} differs`,
    );
  }
}

/** Whether anything exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

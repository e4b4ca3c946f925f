/**
 * Where the loaders read their text from, injected: the file system for the command line, the
 * report and notebooks ({@link FILE_SOURCE}), or a set of texts held in memory
 * ({@link memorySource}) for the browser, where the default county's files, the working calendar
 * and the shipped scenarios are bundled with the page. The county, calendar and scenario loaders
 * parse and check whatever a source gives them the same way, so the browser runs exactly the
 * data the command line would.
 *
 * @example
 * const source = memorySource({ "/data/costs.csv": "item,unit,cny\n…" });
 * await source.read("/data/costs.csv", "a readable UTF-8 CSV file"); // { text: "item,unit,…" }
 *
 * @module
 */
import { fileErrorReason, readText, type TextRead } from "./read-text.ts";

/** What is at a path: a file, a directory, nothing, or a reason it cannot be looked at. */
export type PathKind =
  | { kind: "file" | "directory" }
  | { missing: true }
  | { reason: string };

/** The files of a directory, or why they cannot be listed. */
export type Listing = { names: string[] } | { missing: true } | { reason: string };

/** A read-only tree of text files. */
export interface TextSource {
  /** Reads `path` as UTF-8 text, as {@link readText} does. */
  read(path: string, what: string): Promise<TextRead>;
  /** What is at `path`. */
  kind(path: string): Promise<PathKind>;
  /** The names of the files (not directories) directly in `dir`. */
  list(dir: string): Promise<Listing>;
  /** One name per file however it is reached (a real path), or a reason it has none. */
  identity(path: string): Promise<{ path: string } | { reason: string }>;
}

/** The file system, through Deno. */
export const FILE_SOURCE: TextSource = {
  read: readText,
  async kind(path) {
    try {
      return { kind: (await Deno.stat(path)).isDirectory ? "directory" : "file" };
    } catch (error) {
      return error instanceof Deno.errors.NotFound
        ? { missing: true }
        : { reason: fileErrorReason(error) };
    }
  },
  async list(dir) {
    try {
      const names: string[] = [];
      for await (const entry of Deno.readDir(dir)) if (entry.isFile) names.push(entry.name);
      return { names };
    } catch (error) {
      return error instanceof Deno.errors.NotFound
        ? { missing: true }
        : { reason: fileErrorReason(error) };
    }
  },
  async identity(path) {
    try {
      return { path: await Deno.realPath(path) };
    } catch (error) {
      return { reason: fileErrorReason(error) };
    }
  },
};

/** `path` with `.` and `..` parts resolved and repeated slashes dropped. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return (path.startsWith("/") ? "/" : "") + parts.join("/");
}

/**
 * A source over `files`, a map from absolute paths to texts; a directory is any path that is a
 * prefix of a file's. Paths are compared after resolving `.` and `..`.
 */
export function memorySource(files: Readonly<Record<string, string>>): TextSource {
  const texts = new Map(Object.entries(files).map(([path, text]) => [normalise(path), text]));
  const isDirectory = (path: string) => {
    const prefix = path.endsWith("/") ? path : `${path}/`;
    for (const file of texts.keys()) if (file.startsWith(prefix)) return true;
    return false;
  };
  return {
    read(path, what) {
      const text = texts.get(normalise(path));
      if (text !== undefined) return Promise.resolve({ text: text.replace(/^\uFEFF/, "") });
      const found = isDirectory(normalise(path)) ? "a directory" : "no such file or directory";
      return Promise.resolve({
        problem: { file: path, expected: what, found },
        missing: found !== "a directory",
      });
    },
    kind(path) {
      const at = normalise(path);
      if (texts.has(at)) return Promise.resolve({ kind: "file" });
      return Promise.resolve(isDirectory(at) ? { kind: "directory" } : { missing: true });
    },
    list(dir) {
      const at = normalise(dir);
      if (!isDirectory(at)) return Promise.resolve({ missing: true });
      const prefix = at.endsWith("/") ? at : `${at}/`;
      const names = [...texts.keys()]
        .filter((file) => file.startsWith(prefix) && !file.slice(prefix.length).includes("/"))
        .map((file) => file.slice(prefix.length));
      return Promise.resolve({ names });
    },
    identity(path) {
      const at = normalise(path);
      return Promise.resolve(
        texts.has(at) ? { path: at } : { reason: "no such file or directory" },
      );
    },
  };
}

/**
 * A source that waits for `pending` (texts still being fetched) before answering: a browser
 * worker can take messages at once while its copy of the county is on its way.
 */
export function deferredSource(pending: Promise<TextSource>): TextSource {
  return {
    read: async (path, what) => (await pending).read(path, what),
    kind: async (path) => (await pending).kind(path),
    list: async (dir) => (await pending).list(dir),
    identity: async (path) => (await pending).identity(path),
  };
}

/**
 * Reading a text file the user gave (a scenario, a county data file, a calendar): UTF-8 only,
 * with a leading byte-order mark allowed (Excel's "CSV UTF-8" and Notepad write one). A file
 * saved in another encoding is not read as mojibake: the problem names the encoding it looks
 * like and how to convert it. Every way a path can fail (missing, a directory, unreadable, a
 * symbolic-link loop, a NUL byte in its name) is a {@link Problem}, never an exception.
 *
 * @example
 * const read = await readText("data/grid/feeders.csv");
 * if ("problem" in read) problems.push(read.problem);
 * else parse(read.text);
 *
 * @module
 */
import { type Problem, quoteValue } from "../errors.ts";

/** What reading a file gave: its text, or why there is none (`missing` when it does not exist). */
export type TextRead =
  | { text: string }
  | { problem: Problem; missing: boolean };

/** Why a path cannot be used, in words, or undefined when it can be tried. */
export function badPathReason(path: string): string | undefined {
  if (path === "") return "an empty path";
  if (path.includes("\0")) return `a path with a NUL byte: ${quoteValue(path)}`;
  return undefined;
}

/** What an error of the file system means for a file the user named, in words. */
export function fileErrorReason(error: unknown): string {
  if (error instanceof Deno.errors.NotFound) return "no such file or directory";
  if (error instanceof Deno.errors.IsADirectory) return "a directory";
  if (error instanceof Deno.errors.NotADirectory) return "a path through a file, not a directory";
  if (error instanceof Deno.errors.PermissionDenied) return "a file this user may not read";
  if (error instanceof Deno.errors.FilesystemLoop) return "a symbolic-link loop";
  if (error instanceof Deno.errors.NotCapable) {
    return "a path Deno was not allowed to read (run with --allow-read)";
  }
  return quoteValue(error instanceof Error ? error.message : String(error));
}

/**
 * Reads `path` as UTF-8 text (a leading byte-order mark removed).
 *
 * @param what the kind of file, for the message: "a UTF-8 scenario file"
 */
export async function readText(path: string, what = "a UTF-8 text file"): Promise<TextRead> {
  const bad = badPathReason(path);
  if (bad !== undefined) {
    return { problem: { expected: what, found: bad }, missing: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    return {
      problem: { file: path, expected: what, found: fileErrorReason(error) },
      missing: error instanceof Deno.errors.NotFound,
    };
  }
  const decoded = decodeUtf8(bytes, path.slice(path.lastIndexOf("/") + 1));
  if ("text" in decoded) return decoded;
  return { problem: { file: path, ...decoded.problem }, missing: false };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes `bytes` as UTF-8, or says what they look like instead (UTF-16 with or without a
 * byte-order mark, GBK/GB 18030, or some other 8-bit encoding) and how to convert them.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  name = "file.csv",
): { text: string } | { problem: Problem } {
  const utf16 = utf16Kind(bytes);
  if (utf16 !== undefined) return notUtf8(bytes, 0, `UTF-16 ${utf16}`, `UTF-16${utf16}`, name);
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return looksLikeGb18030(bytes)
      ? notUtf8(bytes, at, "GBK (GB 18030, as Chinese Windows and Excel save)", "GBK", name)
      : notUtf8(bytes, at, "a legacy 8-bit encoding", "<its encoding>", name);
  }
}

function notUtf8(bytes: Uint8Array, at: number, looks: string, iconvName: string, name: string) {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const sample = [...bytes.subarray(at, at + 4)]
    .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return {
    problem: {
      line,
      expected: "UTF-8 text",
      found: `bytes that are not UTF-8 (${sample}); it looks like ${looks}: convert it, e.g. ` +
        `\`iconv -f ${iconvName} -t UTF-8 ${name} > utf8-${name}\` and rename, ` +
        `or in Excel save as "CSV UTF-8"`,
    },
  };
}

/** "LE" or "BE" when `bytes` look like UTF-16: a UTF-16 byte-order mark, or NULs every other byte. */
function utf16Kind(bytes: Uint8Array): "LE" | "BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "BE";
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // ASCII text in UTF-16 has a NUL in every pair; a real UTF-8 text has none.
  if (oddNul > n / 4 && evenNul === 0) return "LE";
  if (evenNul > n / 4 && oddNul === 0) return "BE";
  return undefined;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80
      ? 1
      : b >= 0xc2 && b < 0xe0
      ? 2
      : b >= 0xe0 && b < 0xf0
      ? 3
      : b >= 0xf0 && b < 0xf5
      ? 4
      : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Whether `bytes` decode as GB 18030 and hold Chinese characters (so a GBK file, likely). */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return /\p{Script=Han}/u.test(text);
  } catch {
    return false;
  }
}

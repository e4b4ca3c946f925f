/**
 * Where and why a text is not valid JSON (RFC 8259), in the words a scenario author needs.
 * `JSON.parse` gives no position for some mistakes (`NaN`, a stray character) and echoes the
 * whole text in its message; this scanner walks the grammar and stops at the first mistake,
 * naming the usual causes: a comment, `NaN` or `Infinity`, single quotes, a trailing comma, an
 * unquoted name, a byte-order mark inside the text, a line break inside a string.
 *
 * @example
 * jsonError('{ "a": 1, }'); // { offset: 8, reason: "a trailing comma before }: remove the comma" }
 */
import { excerpt } from "../errors.ts";

/** The first mistake of a text that is not JSON: its character offset and the reason. */
export interface JsonMistake {
  offset: number;
  reason: string;
}

class Mistake {
  constructor(readonly offset: number, readonly reason: string) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** The first mistake in `text`, or undefined when it is valid JSON. */
export function jsonError(text: string): JsonMistake | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Mistake(at, reason);
  };
  const skip = () => {
    while (i < text.length) {
      if (WHITESPACE.has(text[i])) i++;
      else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
        fail(`a comment (${text.slice(i, i + 2)}): JSON has no comments; remove it`);
      } else break;
    }
  };
  const unexpected = (): never => {
    const c = text[i];
    if (c === undefined) {
      return fail("the text ends before the value is complete (a } or ] missing?)");
    }
    if (c === "\uFEFF") return fail("a byte-order mark (U+FEFF) inside the text (files joined?)");
    if (c === "'") return fail("a string in single quotes: JSON strings take double quotes");
    for (const word of ["NaN", "Infinity", "-Infinity", "undefined"]) {
      if (text.startsWith(word, i)) {
        return fail(`${word} is not a JSON value: write a number, or leave the key out`);
      }
    }
    const token = /^[^\s,:{}[\]"]+/.exec(text.slice(i, i + 200))?.[0] ?? c;
    return fail(`unexpected ${JSON.stringify(excerpt(token))}`);
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const c = text[i];
      if (c === "\n" || c === "\r") {
        fail("a line break inside a string: write \\n, or close the quote");
      }
      if (c < " ") {
        fail(
          `a control character (U+${
            c.charCodeAt(0).toString(16).padStart(4, "0")
          }) inside a string`,
        );
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (
          e === "u"
            ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))
            : !'"\\/bfnrt'.includes(e ?? "x")
        ) {
          fail(`a bad escape ${JSON.stringify(text.slice(i, i + 2))} inside a string`);
        }
        i += e === "u" ? 6 : 2;
      } else i++;
    }
    if (i >= text.length) fail("a string that is never closed", start);
    i++;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === "{") return container("}", true);
    if (c === "[") return container("]", false);
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i) && !/[\w$]/.test(text[i + word.length] ?? "")) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      if (/[\w.]/.test(text[i] ?? "")) unexpected();
      return;
    }
    unexpected();
  };
  const container = (close: string, object: boolean) => {
    i++;
    skip();
    if (text[i] === close) {
      i++;
      return;
    }
    while (true) {
      if (object) {
        skip();
        if (text[i] === '"') string();
        else if (/[A-Za-z_$]/.test(text[i] ?? "")) fail("a property name without double quotes");
        else if (text[i] === "'") unexpected();
        else fail(`a property name in double quotes or }, found ${describeAt(text, i)}`);
        skip();
        if (text[i] !== ":") fail(`a : after the property name, found ${describeAt(text, i)}`);
        i++;
      }
      value();
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") {
        if (text[i] === undefined) unexpected();
        fail(`a , or ${close} after the value, found ${describeAt(text, i)}`);
      }
      const comma = i++;
      skip();
      if (text[i] === close) fail(`a trailing comma before ${close}: remove the comma`, comma);
    }
  };
  try {
    value();
    skip();
    if (text[i] === "\uFEFF") unexpected();
    if (i < text.length) fail(`more text after the JSON value ended: ${describeAt(text, i)}`);
    return undefined;
  } catch (error) {
    if (error instanceof Mistake) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

function describeAt(text: string, i: number): string {
  if (i >= text.length) return "the end of the text";
  return JSON.stringify(excerpt(text.slice(i, i + 20).split(/\r?\n/)[0] || text[i]));
}

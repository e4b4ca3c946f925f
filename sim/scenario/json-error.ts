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
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Mistake) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/** A recursive-descent walk over RFC 8259's grammar that throws a {@link Mistake} at the first. */
class Scanner {
  #i = 0;

  constructor(readonly text: string) {}

  /** A whole document: one value, then only whitespace. */
  document(): void {
    this.#value();
    this.#skip();
    if (this.text[this.#i] === "\uFEFF") this.#unexpected();
    if (this.#i < this.text.length) {
      this.#fail(`more text after the JSON value ended: ${describeAt(this.text, this.#i)}`);
    }
  }

  #fail(reason: string, at = this.#i): never {
    throw new Mistake(at, reason);
  }

  /** Skips whitespace; a comment is a mistake (JSON has none). */
  #skip(): void {
    const text = this.text;
    while (this.#i < text.length) {
      if (WHITESPACE.has(text[this.#i])) this.#i++;
      else if (text.startsWith("//", this.#i) || text.startsWith("/*", this.#i)) {
        this.#fail(
          `a comment (${text.slice(this.#i, this.#i + 2)}): JSON has no comments; remove it`,
        );
      } else break;
    }
  }

  /** A mistake where a value or token should start, named by its likely cause. */
  #unexpected(): never {
    const text = this.text;
    const i = this.#i;
    const c = text[i];
    if (c === undefined) {
      this.#fail("the text ends before the value is complete (a } or ] missing?)");
    }
    if (c === "\uFEFF") this.#fail("a byte-order mark (U+FEFF) inside the text (files joined?)");
    if (c === "'") this.#fail("a string in single quotes: JSON strings take double quotes");
    for (const word of ["NaN", "Infinity", "-Infinity", "undefined"]) {
      if (text.startsWith(word, i)) {
        this.#fail(`${word} is not a JSON value: write a number, or leave the key out`);
      }
    }
    const token = /^[^\s,:{}[\]"]+/.exec(text.slice(i, i + 200))?.[0] ?? c;
    this.#fail(`unexpected ${JSON.stringify(excerpt(token))}`);
  }

  #value(): void {
    this.#skip();
    const text = this.text;
    const c = text[this.#i];
    if (c === "{") return this.#container("}", true);
    if (c === "[") return this.#container("]", false);
    if (c === '"') return this.#string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, this.#i) && !/[\w$]/.test(text[this.#i + word.length] ?? "")) {
        this.#i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.#i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
      this.#i = NUMBER.lastIndex;
      if (/[\w.]/.test(text[this.#i] ?? "")) this.#unexpected();
      return;
    }
    this.#unexpected();
  }

  #string(): void {
    const text = this.text;
    const start = this.#i++;
    while (this.#i < text.length && text[this.#i] !== '"') {
      const c = text[this.#i];
      if (c === "\n" || c === "\r") {
        this.#fail("a line break inside a string: write \\n, or close the quote");
      }
      if (c < " ") {
        const code = c.charCodeAt(0).toString(16).padStart(4, "0");
        this.#fail(`a control character (U+${code}) inside a string`);
      }
      this.#i += c === "\\" ? this.#escapeLength() : 1;
    }
    if (this.#i >= text.length) this.#fail("a string that is never closed", start);
    this.#i++;
  }

  /** The length of the escape at the cursor (a backslash), or a mistake when it is none. */
  #escapeLength(): number {
    const text = this.text;
    const e = text[this.#i + 1];
    const ok = e === "u"
      ? /^[0-9a-fA-F]{4}$/.test(text.slice(this.#i + 2, this.#i + 6))
      : '"\\/bfnrt'.includes(e ?? "x");
    if (!ok) {
      this.#fail(
        `a bad escape ${JSON.stringify(text.slice(this.#i, this.#i + 2))} inside a string`,
      );
    }
    return e === "u" ? 6 : 2;
  }

  /** An object (`object`) or an array, closed by `close`. */
  #container(close: string, object: boolean): void {
    const text = this.text;
    this.#i++;
    this.#skip();
    if (text[this.#i] === close) {
      this.#i++;
      return;
    }
    while (true) {
      if (object) this.#name();
      this.#value();
      this.#skip();
      if (text[this.#i] === close) {
        this.#i++;
        return;
      }
      if (text[this.#i] !== ",") {
        if (text[this.#i] === undefined) this.#unexpected();
        this.#fail(`a , or ${close} after the value, found ${describeAt(text, this.#i)}`);
      }
      const comma = this.#i++;
      this.#skip();
      if (text[this.#i] === close) {
        this.#fail(`a trailing comma before ${close}: remove the comma`, comma);
      }
    }
  }

  /** A property name and its colon. */
  #name(): void {
    const text = this.text;
    this.#skip();
    const c = text[this.#i];
    if (c === '"') this.#string();
    else if (/[A-Za-z_$]/.test(c ?? "")) this.#fail("a property name without double quotes");
    else if (c === "'") this.#unexpected();
    else this.#fail(`a property name in double quotes or }, found ${describeAt(text, this.#i)}`);
    this.#skip();
    if (text[this.#i] !== ":") {
      this.#fail(`a : after the property name, found ${describeAt(text, this.#i)}`);
    }
    this.#i++;
  }
}

function describeAt(text: string, i: number): string {
  if (i >= text.length) return "the end of the text";
  return JSON.stringify(excerpt(text.slice(i, i + 20).split(/\r?\n/)[0] || text[i]));
}

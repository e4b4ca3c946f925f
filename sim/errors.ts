/**
 * Errors that a user can fix (a bad data file, a bad scenario, a bad flag) are `UserError`s:
 * the command line prints their message without a stack trace and exits with code 2.
 * Every other error is a bug and exits with code 1.
 *
 * A `UserError` carries the list of problems it found, so that a loader can report all of them
 * (up to a limit) in one go instead of stopping at the first.
 */

/** One thing wrong with a user's input, located as precisely as the input allows. */
export interface Problem {
  /** File the problem is in (as the user named it), if any. */
  file?: string;
  /** 1-based line number in that file, if known. */
  line?: number;
  /** Column or field name (for CSV: the header name; for JSON: the dotted path). */
  column?: string;
  /** What was expected there, e.g. "a number ≥ 0". */
  expected: string;
  /** What was found there, quoted as the user wrote it, e.g. `"-3"`. */
  found: string;
}

/** The longest quoted value a message shows whole; longer ones are cut to an excerpt. */
export const EXCERPT_CHARS = 60;

/** The first {@link EXCERPT_CHARS} characters of `text`, never ending in half a surrogate pair. */
function head(text: string): string {
  const cut = text.slice(0, EXCERPT_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function lengthNote(text: string): string {
  return `… (${text.length.toLocaleString("en")} characters)`;
}

/**
 * `text` as a message shows it: whole when short, else its first {@link EXCERPT_CHARS}
 * characters and its length, so that a 50 MB value never floods the terminal.
 *
 * @example
 * excerpt("x".repeat(1000)); // "xxx…xxx… (1,000 characters)", 60 x's
 */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : head(text) + lengthNote(text);
}

/**
 * A user's text quoted for a message, in JSON string syntax, cut like {@link excerpt}.
 *
 * @example
 * quoteValue("abc"); // '"abc"'
 */
export function quoteValue(text: string): string {
  return text.length <= EXCERPT_CHARS
    ? JSON.stringify(text)
    : JSON.stringify(head(text)) + lengthNote(text);
}

/** Renders a problem as one line: `file:line: column: expected …, found …`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(":");
  const column = p.column === undefined ? "" : `${excerpt(p.column)}: `;
  // `found` quotes the user's input: cut it, whatever built the problem.
  const found = p.found.length > 4 * EXCERPT_CHARS ? excerpt(p.found) : p.found;
  return `${where ? where + ": " : ""}${column}expected ${p.expected}, found ${found}`;
}

/** The most problems one error lists; the rest are counted, not listed. */
export const MAX_PROBLEMS = 50;

/**
 * An error in the user's input. `message` is complete and printable as is.
 *
 * @example
 * throw new UserError("scenario.json is not valid JSON at line 3, column 7");
 * throw UserError.fromProblems("data/grid/feeders.csv has 2 problems", problems);
 */
export class UserError extends Error {
  readonly problems: readonly Problem[];

  constructor(message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = "UserError";
    this.problems = problems;
  }

  /** One error listing up to {@link MAX_PROBLEMS} problems under a heading. */
  static fromProblems(heading: string, problems: readonly Problem[]): UserError {
    const shown = problems.slice(0, MAX_PROBLEMS).map((p) => "  " + formatProblem(p));
    const more = problems.length > MAX_PROBLEMS
      ? [`  … and ${problems.length - MAX_PROBLEMS} more problems`]
      : [];
    return new UserError([heading, ...shown, ...more].join("\n"), problems);
  }
}

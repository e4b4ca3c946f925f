/**
 * Command-line flags, parsed strictly: an unknown flag or a bad value is a user error that
 * points to `--help`.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { excerpt, quoteValue, UserError } from "../errors.ts";

/** Parses `args` against `options`; throws a UserError naming the command on any mistake. */
export function parseFlags<O extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${command}: ${(error as Error).message} (see ${command} --help)`);
  }
}

/**
 * The flags of a command that takes no arguments, only `--help`: prints `help` and returns true
 * when it is asked for; any other flag or argument is a user error.
 */
export function helpOnly(command: string, args: string[], help: string): boolean {
  const { values, positionals } = parseFlags(command, args, { help: { type: "boolean" } });
  if (values.help) {
    console.log(help);
    return true;
  }
  if (positionals.length > 0) {
    throw new UserError(`${command}: takes no arguments, found ${excerpt(positionals.join(" "))}`);
  }
  return false;
}

/**
 * A whole number from `min` to `max` from a flag, or `fallback` when the flag is absent. The
 * bounds are the scenario files' own where the flag overrides a scenario field, so that the
 * command line accepts nothing a scenario could not say.
 */
export function wholeNumber(
  command: string,
  flag: string,
  value: string | undefined,
  fallback: number,
  { min = 1, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new UserError(
      `${command}: --${flag} expects a whole number ${range}, found ${quoteValue(value)}`,
    );
  }
  return n;
}

/**
 * The one argument a command takes (`what`: "study file", "shard directory"), or a user error
 * saying how many it found.
 */
export function oneArgument(command: string, positionals: string[], what: string): string {
  if (positionals.length !== 1) {
    throw new UserError(
      `${command}: expected one ${what}, found ${positionals.length} (see ${command} --help)`,
    );
  }
  return positionals[0];
}

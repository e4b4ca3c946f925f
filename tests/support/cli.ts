/**
 * Runs a command-line task (`sim/cli/<script>.ts`) in a subprocess, as a user would, and returns
 * its exit code and output.
 */
import assert from "node:assert/strict";

/** The repository root, with a trailing slash. */
export const ROOT = decodeURIComponent(new URL("../../", import.meta.url).pathname);

/** What a command printed, and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sim/cli/<script>.ts` with `args` in `cwd` (default the repository root). */
export async function cli(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const command = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      "--allow-env",
      "--allow-run",
      `${ROOT}sim/cli/${script}.ts`,
      ...args,
    ],
    cwd: options.cwd ?? ROOT,
    env: options.env,
    stdout: "piped",
    stderr: "piped",
  });
  const { code, stdout, stderr } = await command.output();
  return {
    code,
    stdout: new TextDecoder().decode(stdout),
    stderr: new TextDecoder().decode(stderr),
  };
}

/**
 * Asserts the promise of a user error on the command line: exit code 2, nothing on standard
 * output, a message on standard error matching `pattern`, and no stack trace.
 */
export function assertUserError(r: CliResult, pattern: RegExp, what: string): void {
  assert.equal(r.code, 2, `${what}: exit code (stderr: ${r.stderr})`);
  assert.match(r.stderr, pattern, what);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${what}: no stack trace`);
  assert.equal(r.stdout, "", `${what}: nothing on standard output`);
}

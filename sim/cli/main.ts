/**
 * The frame of every command: user mistakes (a `UserError`) print one clear message and exit
 * with code 2, no stack trace; Ctrl-C stops cleanly with code 130 and nothing written; anything
 * else is a bug: its stack trace is printed and the exit code is 1.
 */
import { UserError } from "../errors.ts";

/**
 * Prints a note (a data file taken from the default data, say) on standard error. Notes show
 * even with `--quiet`, which silences progress only: a fallback is never silent.
 */
export function printNote(message: string): void {
  console.error(`note: ${message}`);
}

/** Runs a command's `main` with the project's error and exit-code conventions. */
export async function runCommand(
  main: (args: string[], signal: AbortSignal) => Promise<void>,
): Promise<never> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  try {
    Deno.addSignalListener("SIGINT", onInterrupt);
  } catch {
    // signals unavailable (e.g. some platforms): Ctrl-C then kills the process outright
  }
  let code = 0;
  try {
    await main(Deno.args, controller.signal);
  } catch (error) {
    if (error instanceof UserError) {
      console.error(`error: ${error.message}`);
      code = 2;
    } else if (error instanceof DOMException && error.name === "AbortError") {
      console.error("interrupted: stopped cleanly, nothing was written");
      code = 130;
    } else {
      console.error(error);
      code = 1;
    }
  }
  Deno.exit(code);
}

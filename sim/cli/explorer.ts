/**
 * `deno task explorer [--out DIR] [--serve] [--port N]`
 *
 * Builds the scenario explorer, a static site (the simulator bundled for the browser, the
 * default county's data built in), into DIR (default `out/explorer/`), and with `--serve`
 * serves it on 127.0.0.1 until Ctrl-C.
 */
import { UserError } from "../errors.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { explorerFiles } from "../explorer/build.ts";
import { serveDirectory } from "../explorer/serve.ts";
import { parseFlags, wholeNumber } from "./args.ts";
import { runCommand } from "./main.ts";

const HELP = `Usage: deno task explorer [options]

Builds the scenario explorer: a page where every lever of the scenario format is a control and
the simulator runs in the browser (Web Workers) on the default county, with the results beside
a reference scenario as replications finish. Static files only; the page requests nothing but
its own files.

--out DIR       output directory (default out/explorer)
--serve         then serve it on http://127.0.0.1:PORT/ until Ctrl-C
--port N        the port to serve on (default 8000; 0 = any free port)
--quiet         no messages but errors
--help          this text

Exit codes: 0 ok, 2 a mistake in the input, 1 a bug, 130 interrupted.`;

const FLAGS = {
  out: { type: "string" },
  serve: { type: "boolean" },
  port: { type: "string" },
  quiet: { type: "boolean" },
  help: { type: "boolean" },
} as const;

async function main(args: string[], signal: AbortSignal): Promise<void> {
  const { values, positionals } = parseFlags("explorer", args, FLAGS);
  if (values.help) return console.log(HELP);
  if (positionals.length > 0) {
    throw new UserError(`explorer: takes no arguments, found ${positionals.join(" ")}`);
  }
  const port = wholeNumber("explorer", "port", values.port, 8000, { min: 0, max: 65535 });
  if (values.port !== undefined && !values.serve) {
    throw new UserError("explorer: --port needs --serve");
  }
  const out = values.out ?? "out/explorer";
  const quiet = values.quiet ?? false;
  await writeOutputs(out, explorerFiles);
  if (!quiet) console.error(`wrote ${out}/index.html, app.js, worker.js and county.json`);
  if (!values.serve) return;
  let server: Deno.HttpServer;
  try {
    server = serveDirectory(out, {
      port,
      signal,
      onListen: (url) => console.error(`serving ${out} on ${url} (Ctrl-C stops)`),
    });
  } catch (error) {
    if (error instanceof Deno.errors.AddrInUse) {
      throw new UserError(`explorer: port ${port} is in use (choose another with --port)`);
    }
    throw error;
  }
  await server.finished;
}

if (import.meta.main) runCommand(main);

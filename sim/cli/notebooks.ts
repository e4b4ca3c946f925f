/**
 * `deno task notebooks`: executes every notebook in `notebooks/` headless into
 * `out/notebooks/` (executed `.ipynb` and `.html`). Fails, naming the notebook and the cell, when
 * a cell raises or an expected output is missing.
 */
import { excerpt, UserError } from "../errors.ts";
import { parseFlags } from "./args.ts";
import { executeNotebook, hasJupyter, installKernel, notebookNames } from "../notebook/execute.ts";
import { checkNotebookEnvironment } from "../notebook/mod.ts";
import { runCommand } from "./main.ts";

const HELP = `Usage: deno task notebooks [name ...]

Executes the notebooks (all, or those named) with jupyter-nbconvert into out/notebooks/.
Parameters come from the environment: JIEDIAN_SCENARIO, JIEDIAN_REPS, JIEDIAN_SEED.
Needs Debian's jupyter-nbconvert and python3-nbclient (apt-get install jupyter-nbconvert python3-nbclient).`;

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags("notebooks", args, { help: { type: "boolean" } });
  if (values.help) return console.log(HELP);
  await checkNotebookEnvironment();
  if (!(await hasJupyter())) {
    throw new UserError(
      "notebooks: jupyter-nbconvert is not installed (apt-get install jupyter-nbconvert python3-nbclient)",
    );
  }
  const env = await installKernel();
  const all = await notebookNames();
  const wanted = positionals.length === 0
    ? all
    : positionals.map((a) => a.endsWith(".ipynb") ? a : `${a}.ipynb`);
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length > 0) {
    throw new UserError(
      `notebooks: no such notebook: ${excerpt(unknown.join(", "))} (have ${all.join(", ")})`,
    );
  }
  const problems: string[] = [];
  for (const name of wanted) {
    const start = performance.now();
    const found = await executeNotebook(name, "out/notebooks", env);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.error(`${found.length === 0 ? "ok    " : "FAILED"} ${name} (${seconds} s)`);
    problems.push(...found);
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    throw new Error(`${problems.length} notebook problem(s)`);
  }
  console.error("wrote out/notebooks/*.ipynb and *.html");
}

if (import.meta.main) runCommand(main);

/**
 * Runs the analysis notebooks headless: installs Deno's Jupyter kernel into a project-local
 * directory, executes each notebook with Debian's `jupyter-nbconvert`, renders it to HTML, and
 * checks that no cell failed and that every `show(…)` call's output arrived.
 */

const ROOT = decodeURIComponent(new URL("../../", import.meta.url).pathname);
/** The notebooks, committed without outputs. */
export const NOTEBOOKS_DIR = `${ROOT}notebooks`;
/** Where the kernelspec goes (`deno jupyter --install` writes under $XDG_DATA_HOME/jupyter). */
const KERNEL_HOME = `${ROOT}.jupyter`;

/** A notebook cell as nbformat 4 stores it. */
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: { output_type: string; ename?: string; evalue?: string }[];
}

/** True when Debian's nbconvert is installed. */
export async function hasJupyter(): Promise<boolean> {
  try {
    const { success } = await new Deno.Command("jupyter-nbconvert", {
      args: ["--version"],
      stdout: "null",
      stderr: "null",
    })
      .output();
    return success;
  } catch {
    return false;
  }
}

async function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(command, {
    args,
    env,
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  const text = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  if (!success) throw new Error(`${command} ${args.join(" ")} failed:\n${text.slice(-3000)}`);
  return text;
}

/** Installs the Deno kernelspec into `.jupyter/` (forced, so it always points at this deno). */
export async function installKernel(): Promise<Record<string, string>> {
  await run(Deno.execPath(), ["jupyter", "--install", "--force"], { XDG_DATA_HOME: KERNEL_HOME });
  return { JUPYTER_PATH: `${KERNEL_HOME}/jupyter` };
}

/** The notebooks to run, in name order. */
export async function notebookNames(): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(NOTEBOOKS_DIR)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort();
}

function sourceOf(cell: Cell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Problems in an executed notebook: a cell that raised, or a code cell with fewer display
 * outputs than it has `show(` calls (an output lost on its way out of the kernel).
 */
export function outputProblems(name: string, notebook: { cells: Cell[] }): string[] {
  const problems: string[] = [];
  let codeIndex = 0;
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    codeIndex++;
    const outputs = cell.outputs ?? [];
    for (const error of outputs.filter((o) => o.output_type === "error")) {
      problems.push(`${name}, code cell ${codeIndex}: ${error.ename}: ${error.evalue}`);
    }
    const expected = (sourceOf(cell).match(/\bshow\(/g) ?? []).length;
    const shown = outputs.filter((o) => o.output_type === "display_data").length;
    if (shown < expected) {
      problems.push(
        `${name}, code cell ${codeIndex}: expected ${expected} outputs, found ${shown}`,
      );
    }
  }
  return problems;
}

/**
 * Executes `notebooks/<name>` into `outDir` as an executed `.ipynb` and an `.html`, and returns
 * the problems found (empty when all is well).
 */
export async function executeNotebook(
  name: string,
  outDir: string,
  jupyterEnv: Record<string, string>,
  parameters: Record<string, string> = {},
): Promise<string[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const env = { ...jupyterEnv, ...parameters };
  try {
    await run("jupyter-nbconvert", [
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=900",
      "--output-dir",
      outDir,
      `${NOTEBOOKS_DIR}/${name}`,
    ], env);
  } catch (error) {
    // nbconvert stops at the first failing cell; its message names the cell's source and error.
    return [`${name}: ${(error as Error).message.split("\n").slice(-12).join("\n")}`];
  }
  const executed = `${outDir}/${name}`;
  await run("jupyter-nbconvert", ["--to", "html", "--output-dir", outDir, executed], env);
  return outputProblems(name, JSON.parse(await Deno.readTextFile(executed)));
}

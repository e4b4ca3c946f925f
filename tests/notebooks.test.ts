/**
 * The analysis notebooks, run headless as `deno task notebooks` runs them: every code cell runs
 * and shows every output it should (none lost on its way out of the kernel), the parameters come
 * from the environment, `06-reproduce` reproduces a report written by `deno task report` and says
 * MISMATCH when that report was altered, and every notebook's code type-checks
 * (`nbconvert --to script`, then `deno check`).
 *
 * Needs Debian's jupyter-nbconvert and python3-nbclient (CI installs them); skipped without them.
 * The notebooks run with few replications (JIEDIAN_REPS) to keep the suite fast; their default
 * parameters are exercised by `deno task notebooks`.
 */
import assert from "node:assert/strict";
import {
  executeNotebook,
  hasJupyter,
  installKernel,
  notebookNames,
  NOTEBOOKS_DIR,
  outputProblems,
} from "../sim/notebook/execute.ts";

const ROOT = decodeURIComponent(new URL("../", import.meta.url).pathname);
const JUPYTER = await hasJupyter();
/** Replications per scenario (or sweep point): every chart gets data, the run stays short. */
const TEST_REPS = 4;
const REPRODUCE = "06-reproduce.ipynb";

/** An executed notebook, as much of nbformat as these checks read. */
interface Executed {
  cells: {
    cell_type: string;
    source: string | string[];
    outputs?: { output_type: string; data?: Record<string, string | string[]> }[];
  }[];
}

async function readExecuted(path: string): Promise<Executed> {
  return JSON.parse(await Deno.readTextFile(path));
}

/** The plain-text outputs of a notebook's code cells, in order. */
function plainOutputs(notebook: Executed): string[] {
  return notebook.cells.flatMap((cell) =>
    (cell.outputs ?? []).flatMap((o) => {
      const text = o.data?.["text/plain"];
      return text === undefined ? [] : [Array.isArray(text) ? text.join("") : text];
    })
  );
}

async function run(command: string, args: string[], cwd = ROOT): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(command, {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  assert.ok(success, `${command} ${args.join(" ")} failed:\n${text.slice(-4000)}`);
  return text;
}

/**
 * Converts executed notebooks to TypeScript with nbconvert and type-checks them together. The
 * scripts live in a temporary directory, so their `../sim/…` imports are pointed at the project.
 */
async function typeCheck(notebooks: string[], dir: string): Promise<void> {
  await run("jupyter-nbconvert", ["--to", "script", "--output-dir", dir, ...notebooks]);
  const scripts: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.isFile) continue;
    // nbconvert takes the extension from the notebook's language_info (".ts"); rename otherwise.
    const name = entry.name.replace(/\.[^.]*$/, ".ts");
    const code = await Deno.readTextFile(`${dir}/${entry.name}`);
    const rewritten = code.replace(
      /(\bfrom\s+|\bimport\s*\(\s*)(["'])\.\.\//g,
      `$1$2${new URL("../", import.meta.url).href}`,
    );
    await Deno.remove(`${dir}/${entry.name}`);
    await Deno.writeTextFile(`${dir}/${name}`, rewritten);
    scripts.push(`${dir}/${name}`);
  }
  assert.equal(scripts.length, notebooks.length, "one script per notebook");
  await run(Deno.execPath(), ["check", "--config", `${ROOT}deno.json`, ...scripts.sort()]);
}

Deno.test("the notebooks are committed without outputs, in the shape the analysts expect", async () => {
  for (const name of await notebookNames()) {
    const nb = JSON.parse(await Deno.readTextFile(`${NOTEBOOKS_DIR}/${name}`));
    const where = (i: number) => `${name}, cell ${i + 1}`;
    assert.equal(`${nb.nbformat}.${nb.nbformat_minor}`, "4.5", name);
    assert.deepEqual(
      nb.metadata.kernelspec,
      { display_name: "Deno", language: "typescript", name: "deno" },
      name,
    );
    assert.equal(nb.metadata.language_info.name, "typescript", name);
    assert.equal(nb.metadata.language_info.file_extension, ".ts", name);
    const cells: Executed["cells"] = nb.cells;
    const source = (i: number) => [cells[i].source].flat().join("");
    // The question first, then the parameters, then every code cell explained by markdown.
    assert.equal(cells[0].cell_type, "markdown", where(0));
    assert.match(source(0), /^# .+\n[\s\S]*\*\*Question\.\*\*/, where(0));
    assert.equal(cells[1].cell_type, "code", where(1));
    assert.match(
      source(1),
      /const \{ scenario, replications, seed \} = parameters\(\{/,
      where(1),
    );
    cells.forEach((cell, i) => {
      if (cell.cell_type !== "code") return;
      const raw = cell as unknown as Record<string, unknown>;
      assert.deepEqual(raw.outputs, [], `${where(i)}: committed with outputs`);
      assert.equal(raw.execution_count, null, where(i));
      assert.ok(
        !("execution" in (raw.metadata as Record<string, unknown>)),
        `${where(i)}: execution metadata`,
      );
      if (i > 1) assert.equal(cells[i - 1].cell_type, "markdown", `${where(i)}: no explanation`);
      assert.match(source(i), /await show\(/, `${where(i)}: shows nothing`);
      // One entry point: the library face, not the toolkit's inner folders.
      for (const from of source(i).matchAll(/^import [^;]*? from "([^"]+)";/gms)) {
        assert.equal(from[1], "../sim/mod.ts", `${where(i)}: imports ${from[1]}`);
      }
    });
  }
});

Deno.test("outputProblems finds a lost output and a failed cell", () => {
  const cell = (
    source: string,
    outputs: { output_type: string; ename?: string; evalue?: string }[],
  ) => ({
    cell_type: "code",
    source,
    outputs,
  });
  const display = { output_type: "display_data" };
  assert.deepEqual(
    outputProblems("x.ipynb", {
      cells: [
        { cell_type: "markdown", source: "await show(a)" },
        cell("await show(a);\nawait show(b);", [display, display]),
      ],
    }),
    [],
  );
  assert.deepEqual(
    outputProblems("x.ipynb", {
      cells: [
        cell("await show(a);\nawait show(b);", [display]),
        cell("throw new Error('boom')", [{ output_type: "error", ename: "Error", evalue: "boom" }]),
      ],
    }),
    [
      "x.ipynb, code cell 1: expected 2 outputs, found 1",
      "x.ipynb, code cell 2: Error: boom",
    ],
  );
});

Deno.test({
  name: "every notebook runs headless, shows all its outputs and type-checks",
  ignore: !JUPYTER,
  async fn(t) {
    const env = await installKernel();
    const dir = await Deno.makeTempDir({ prefix: "jiedian-notebooks-" });
    try {
      // No report here: 06-reproduce takes its fallback (workers against in-process).
      await Deno.mkdir(`${dir}/no-report`);
      const parameters = {
        JIEDIAN_REPS: String(TEST_REPS),
        JIEDIAN_SEED: "7",
        JIEDIAN_REPORT_DIR: `${dir}/no-report`,
      };
      const names = await notebookNames();
      assert.deepEqual(names.map((n) => n.slice(0, 3)), [
        "01-",
        "02-",
        "03-",
        "04-",
        "05-",
        "06-",
        "07-",
        "08-",
      ]);
      for (const name of names) {
        await t.step(name, async () => {
          const problems = await executeNotebook(name, `${dir}/executed`, env, parameters);
          assert.deepEqual(problems, []);
          const outputs = plainOutputs(await readExecuted(`${dir}/executed/${name}`));
          assert.ok(
            outputs.some((o) => o.includes(`${TEST_REPS} replications`)),
            `${name} did not take JIEDIAN_REPS: ${outputs.slice(0, 3).join(" | ")}`,
          );
          if (name === REPRODUCE) assert.match(outputs[outputs.length - 1], /^MATCH: /);
        });
      }
      await t.step("the notebooks' code type-checks", async () => {
        await Deno.mkdir(`${dir}/scripts`);
        await typeCheck(names.map((n) => `${dir}/executed/${n}`), `${dir}/scripts`);
      });
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "06-reproduce matches a report's headline table, and fails on an altered one",
  ignore: !JUPYTER,
  async fn() {
    const env = await installKernel();
    const dir = await Deno.makeTempDir({ prefix: "jiedian-reproduce-" });
    try {
      // The report as a reviewer makes it, with a seed and size of its own.
      await run(Deno.execPath(), [
        "task",
        "report",
        "--reps",
        "2",
        "--seed",
        "11",
        "--out",
        `${dir}/report`,
        "--quiet",
      ]);
      // JIEDIAN_REPS and JIEDIAN_SEED differ from the report's: the notebook must use the report's.
      const parameters = {
        JIEDIAN_REPORT_DIR: `${dir}/report`,
        JIEDIAN_REPS: "3",
        JIEDIAN_SEED: "5",
      };
      assert.deepEqual(await executeNotebook(REPRODUCE, `${dir}/match`, env, parameters), []);
      const outputs = plainOutputs(await readExecuted(`${dir}/match/${REPRODUCE}`));
      assert.match(outputs[outputs.length - 1], /^MATCH: .*2 replications, seed 11\)$/);

      // One probability of the plan's SAIDI verdict altered in the report's summary.
      const file = `${dir}/report/plan-2023.summary.json`;
      const summary = JSON.parse(await Deno.readTextFile(file));
      const saidi = summary.targets.find((x: { id: string }) => x.id === "reliability.saidi");
      saidi.probability = saidi.probability === 0 ? 0.5 : saidi.probability / 2;
      await Deno.writeTextFile(file, JSON.stringify(summary, null, 2) + "\n");
      const problems = await executeNotebook(REPRODUCE, `${dir}/mismatch`, env, parameters);
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(
        problems[0],
        /MISMATCH: 2 of \d+ items differ .*plan-2023 target reliability\.saidi/,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

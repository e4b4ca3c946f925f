/**
 * The shape of the code: no module of `sim/` imports itself back through others (an import
 * cycle makes the load order matter and the layers blur), type-only imports included.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

const SIM = fileURLToPath(new URL("../sim/", import.meta.url));

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return [...Deno.readDirSync(dir)].flatMap((e) =>
    e.isDirectory ? sources(`${dir}${e.name}/`) : e.name.endsWith(".ts") ? [`${dir}${e.name}`] : []
  );
}

/** The relative modules `file` imports or re-exports (comments, where examples live, left out). */
function importsOf(file: string): string[] {
  const code = Deno.readTextFileSync(file).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  return [...code.matchAll(/(?:import|export)[^;]*?from\s+"(\.[^"]+)"/g)].map((m) =>
    new URL(m[1], `file://${dir}`).pathname
  );
}

Deno.test("sim/ has no import cycles", () => {
  const graph = new Map(sources(SIM).map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") {
        cycles.push(
          [...path.slice(path.indexOf(next)), next].map((f) => f.slice(SIM.length)).join(" → "),
        );
      } else if (!state.has(next) && graph.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  assert.deepEqual(cycles, []);
  assert.ok(graph.size > 150, `${graph.size} modules scanned`);
});

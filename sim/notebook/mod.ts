/**
 * What the analysis notebooks import: parameters overridable from the environment, and a `show`
 * that survives headless runs. Under nbconvert the Deno kernel may report a cell done before
 * its output has gone out, and the output is lost; displaying explicitly and then waiting a
 * moment lets it through (a bare last expression is never used).
 *
 * @example
 * const { scenario, replications, seed } = parameters({ scenario: "plan-2023", replications: 40 });
 * await show(markdownTable(...));
 */

/** How long to wait after a display so that its message leaves the kernel first. */
const FLUSH_MS = 25;

/** Notebook parameters: defaults, overridden by JIEDIAN_SCENARIO, JIEDIAN_REPS, JIEDIAN_SEED. */
export interface NotebookParameters {
  scenario: string;
  replications: number;
  seed: number;
}

function envNumber(name: string, fallback: number): number {
  const text = Deno.env.get(name);
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`${name} must be a whole number ≥ 0, found "${text}"`);
  }
  return n;
}

/** The notebook's parameters: its defaults, unless the environment overrides them. */
export function parameters(defaults: NotebookParameters): NotebookParameters {
  return {
    scenario: Deno.env.get("JIEDIAN_SCENARIO") || defaults.scenario,
    replications: envNumber("JIEDIAN_REPS", defaults.replications),
    seed: envNumber("JIEDIAN_SEED", defaults.seed),
  };
}

/** What `show` displays: SVG or HTML text (starting with `<`), or plain text otherwise. */
export async function show(content: string): Promise<void> {
  const bundle = content.trimStart().startsWith("<")
    ? { "text/html": content, "text/plain": "[chart or table]" }
    : { "text/plain": content };
  await Deno.jupyter.display(bundle, { raw: true });
  await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
}

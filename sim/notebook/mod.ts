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
import { quoteValue, UserError } from "../errors.ts";
import { readScenario, SCENARIO_SPEC } from "../scenario/scenario.ts";

/** How long to wait after a display so that its message leaves the kernel first. */
const FLUSH_MS = 25;

/** Notebook parameters: defaults, overridden by JIEDIAN_SCENARIO, JIEDIAN_REPS, JIEDIAN_SEED. */
export interface NotebookParameters {
  scenario: string;
  replications: number;
  seed: number;
}

/** A whole number from the environment within a scenario field's bounds, or `fallback`. */
function envNumber(name: string, fallback: number, field: "replications" | "seed"): number {
  const text = Deno.env.get(name);
  if (text === undefined || text === "") return fallback;
  const { min, max } = SCENARIO_SPEC.fields[field];
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UserError(
      `${name} must be a whole number from ${min} to ${max}, found ${quoteValue(text)}`,
    );
  }
  return n;
}

/**
 * The notebook's parameters: its defaults, unless the environment overrides them (with the
 * same bounds as a scenario file's `replications` and `seed`).
 *
 * @throws UserError for a value out of those bounds
 */
export function parameters(defaults: NotebookParameters): NotebookParameters {
  return {
    scenario: Deno.env.get("JIEDIAN_SCENARIO") || defaults.scenario,
    replications: envNumber("JIEDIAN_REPS", defaults.replications, "replications"),
    seed: envNumber("JIEDIAN_SEED", defaults.seed, "seed"),
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

/**
 * Checks the notebooks' environment parameters before any notebook starts (the command runs
 * this, so a bad value is one clear error, not a failed cell in each notebook).
 *
 * @throws UserError for a bound broken or a scenario that does not load
 */
export async function checkNotebookEnvironment(): Promise<void> {
  const { scenario } = parameters({ scenario: "plan-2023", replications: 1, seed: 0 });
  await readScenario(scenario);
}

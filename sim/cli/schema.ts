/**
 * `deno task schema`: rewrites `scenarios/schema.json` from the scenario spec (the models'
 * parameter specs), so editors complete and check scenario files. A test fails when the
 * committed schema is out of date.
 */
import { writeAtomic } from "../runner/output.ts";
import { SCENARIOS_DIR } from "../scenario/load.ts";
import { scenarioJsonSchema } from "../scenario/scenario.ts";
import { helpOnly } from "./args.ts";
import { runCommand } from "./main.ts";

/** The text of `scenarios/schema.json`. */
export function schemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + "\n";
}

async function main(args: string[]): Promise<void> {
  const help =
    "Usage: deno task schema\n\nRewrites scenarios/schema.json from the models' parameter specs.";
  if (helpOnly("schema", args, help)) return;
  const path = `${SCENARIOS_DIR}schema.json`;
  await writeAtomic(path, schemaText());
  console.error(`wrote ${path}`);
}

if (import.meta.main) runCommand(main);

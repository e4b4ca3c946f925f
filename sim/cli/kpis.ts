/**
 * `deno task kpis`: rewrites the KPI list of the README's `summary.json` section from the KPI
 * catalogue (`sim/kpis/`), then formats the README. A test fails when the README is out of date.
 */
import { writeAtomic } from "../runner/output.ts";
import { kpiMarkdown, withKpiSection } from "../kpis/markdown.ts";
import { helpOnly } from "./args.ts";
import { runCommand } from "./main.ts";

/** The project's README. */
export const README = decodeURIComponent(new URL("../../README.md", import.meta.url).pathname);

async function main(args: string[]): Promise<void> {
  const help =
    "Usage: deno task kpis\n\nRewrites the README's KPI list from the KPI catalogue (sim/kpis/).";
  if (helpOnly("kpis", args, help)) return;
  await writeAtomic(README, withKpiSection(await Deno.readTextFile(README), kpiMarkdown()));
  const fmt = await new Deno.Command(Deno.execPath(), { args: ["fmt", "--quiet", README] })
    .output();
  if (!fmt.success) throw new Error(new TextDecoder().decode(fmt.stderr));
  console.error(`wrote ${README}`);
}

if (import.meta.main) runCommand(main);

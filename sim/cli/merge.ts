/**
 * `deno task merge <shards dir> [--out DIR] [--quiet]`: merges the partial results of a study's
 * shards into the outputs of the unsharded run, byte for byte (../study/partial.ts).
 */
import { mergeShards } from "../study/partial.ts";
import { oneArgument, parseFlags } from "./args.ts";
import { printNote, runCommand } from "./main.ts";

const HELP = `Usage: deno task merge <shards dir> [options]

Merges the shard files (shard-*-of-*.jsonl) that deno task study --shard wrote into the study's
outputs, byte for byte those of the unsharded run. A missing, duplicate or foreign shard (another
study, seed or version of the study's files) is an error that names it; nothing is written then.

--out DIR       output directory (default out/study/<study name>/)
--quiet         no messages but errors and notes
--help          this text

Exit codes: 0 ok, 2 a mistake in the input, 1 a bug, 130 interrupted.`;

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags("merge", args, {
    out: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean" },
  });
  if (values.help) return console.log(HELP);
  const out = await mergeShards(oneArgument("merge", positionals, "shard directory"), {
    out: values.out,
    onNote: printNote,
  });
  if (!values.quiet) console.error(`wrote ${out}/study.csv, study.html and the cells`);
}

if (import.meta.main) runCommand(main);

/**
 * Shards' partial results and their merge. A shard writes one JSON Lines file,
 * `shard-0003-of-0007.jsonl`: a header (the study's name, file, seed, digest and the shard), then
 * one line per cell with its replications' KPI rows (./rows.ts: the exact numbers). The file is
 * written to a temporary name and renamed, so a rerun shard replaces its file atomically and a
 * killed one leaves none.
 *
 * The merge reads every `*.jsonl` file of the directory, refuses a foreign shard (another study,
 * seed or digest), a shard of another count, a duplicate and a missing shard, each by name,
 * re-reads the study file the shards name and checks its digest (the files have not changed
 * since), then reads the shards cell by cell in step, so only one cell's rows are in memory,
 * and writes the same files as the unsharded run through the same code (./outputs.ts).
 *
 * @module
 */
import { quoteValue, UserError } from "../errors.ts";
import { fileErrorReason } from "../io/read-text.ts";
import { writeOutputs } from "../io/output-dir.ts";
import { writeAtomic } from "../runner/output.ts";
import { StudyOutputs } from "./outputs.ts";
import { planStudy, type StudyPlan } from "./plan.ts";
import { decodeRows, type EncodedRows, encodeRows } from "./rows.ts";
import { type Shard, shardFileName, shardReplications } from "./shards.ts";
import { readStudyFile } from "./study-file.ts";

/** One cell's replications: their indices (ascending) and KPIs, in the same order. */
export interface CellResults {
  replications: number[];
  kpis: Record<string, number>[];
}

/** What marks a file as a shard of a study. */
const FORMAT = "jiedian-study-shard";
const VERSION = 1;

/** The first line of a shard file. */
export interface ShardHeader {
  format: typeof FORMAT;
  version: number;
  study: {
    name: string;
    file: string;
    seed: number;
    replications: number;
    cells: number;
    digest: string;
  };
  shard: Shard;
}

/** A cell's line of a shard file. */
interface CellLine extends EncodedRows {
  cell: number;
  id: string;
  replications: number[];
}

/** The header of `plan`'s shard `shard`. */
export function shardHeader(plan: StudyPlan, shard: Shard): ShardHeader {
  const d = plan.definition;
  return {
    format: FORMAT,
    version: VERSION,
    study: {
      name: d.name,
      file: d.file,
      seed: d.seed,
      replications: d.replications,
      cells: plan.cells.length,
      digest: plan.digest,
    },
    shard,
  };
}

/**
 * Writes a shard's partial result into `dir` (created if needed), atomically; returns its path.
 *
 * @throws UserError when `dir` cannot hold it (a file in the way, no permission)
 */
export async function writeShard(
  dir: string,
  plan: StudyPlan,
  shard: Shard,
  cells: readonly CellResults[],
): Promise<string> {
  const lines = [JSON.stringify(shardHeader(plan, shard))];
  plan.cells.forEach((cell, i) => {
    const line: CellLine = {
      cell: i,
      id: cell.id,
      replications: cells[i].replications,
      ...encodeRows(cells[i].kpis),
    };
    lines.push(JSON.stringify(line));
  });
  const path = `${dir.replace(/\/+$/, "")}/${shardFileName(shard)}`;
  await ensureShardDir(dir);
  try {
    await writeAtomic(path, lines.join("\n") + "\n");
  } catch (error) {
    throw new UserError(`shard directory ${dir}: cannot write ${path}: ${fileErrorReason(error)}`);
  }
  return path;
}

/**
 * Creates the shard directory if needed and checks that it can take a shard's file, so that a
 * shard finds out before it runs, not after.
 *
 * @throws UserError when it is a file, or cannot be created or written
 */
export async function ensureShardDir(dir: string): Promise<void> {
  try {
    await Deno.mkdir(dir, { recursive: true });
    const probe = await Deno.makeTempFile({ dir, prefix: ".probe-" });
    await Deno.remove(probe);
  } catch (error) {
    throw new UserError(`shard directory ${dir}: cannot write there: ${fileErrorReason(error)}`);
  }
}

/** Reads a text file line by line, one line at a time (lines of any length). */
class LineReader {
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = "";
  #scanned = 0;
  #done = false;

  constructor(readonly path: string, file: Deno.FsFile) {
    this.#reader = file.readable.pipeThrough(new TextDecoderStream()).getReader();
  }

  /** The next line without its `\n`, or undefined at the end. */
  async next(): Promise<string | undefined> {
    while (true) {
      const end = this.#buffer.indexOf("\n", this.#scanned);
      if (end >= 0) {
        const line = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 1);
        this.#scanned = 0;
        return line;
      }
      this.#scanned = this.#buffer.length;
      if (this.#done) {
        const rest = this.#buffer;
        this.#buffer = "";
        return rest === "" ? undefined : rest;
      }
      const { value, done } = await this.#reader.read();
      if (done) this.#done = true;
      else this.#buffer += value;
    }
  }

  async close(): Promise<void> {
    await this.#reader.cancel().catch(() => {});
  }
}

/** An opened shard file with its header. */
interface OpenShard {
  path: string;
  header: ShardHeader;
  lines: LineReader;
}

function isHeader(value: unknown): value is ShardHeader {
  const h = value as ShardHeader;
  return typeof h === "object" && h !== null && h.format === FORMAT &&
    typeof h.study === "object" && h.study !== null && typeof h.study.digest === "string" &&
    typeof h.study.file === "string" && typeof h.study.seed === "number" &&
    typeof h.shard === "object" && h.shard !== null && Number.isInteger(h.shard.index) &&
    Number.isInteger(h.shard.count) && h.shard.index >= 0 && h.shard.index < h.shard.count;
}

async function openShard(path: string): Promise<OpenShard> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(path);
  } catch (error) {
    throw new UserError(`merge: cannot read ${path}: ${fileErrorReason(error)}`);
  }
  const lines = new LineReader(path, file);
  const first = await lines.next();
  let header: unknown;
  try {
    header = JSON.parse(first ?? "");
  } catch {
    header = undefined;
  }
  if (!isHeader(header)) {
    await lines.close();
    throw new UserError(
      `merge: ${path} is not a shard of a jiedian study (its first line is not a shard ` +
        "header): remove it from the directory, or rerun the shard that should be there",
    );
  }
  if (header.version !== VERSION) {
    await lines.close();
    throw new UserError(
      `merge: ${path} is a shard of format version ${header.version}, this jiedian reads ${VERSION}`,
    );
  }
  return { path, header, lines };
}

function describeStudy(h: ShardHeader): string {
  return `study ${quoteValue(h.study.name)} (${h.study.file}), seed ${h.study.seed}, digest ${
    h.study.digest.slice(0, 12)
  }`;
}

/** The shard files of `dir`, opened and checked as one complete set; closes them on error. */
async function openShardSet(dir: string): Promise<OpenShard[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && entry.name.endsWith(".jsonl")) names.push(entry.name);
    }
  } catch (error) {
    throw new UserError(`merge: shard directory ${dir}: ${fileErrorReason(error)}`);
  }
  if (names.length === 0) {
    throw new UserError(`merge: no shard files (*.jsonl) in ${dir}`);
  }
  names.sort();
  const shards: OpenShard[] = [];
  try {
    for (const name of names) shards.push(await openShard(`${dir.replace(/\/+$/, "")}/${name}`));
    checkSet(dir, shards);
    return shards;
  } catch (error) {
    await Promise.all(shards.map((s) => s.lines.close()));
    throw error;
  }
}

/** The most common value of `key` over the shards (the first file's on a tie). */
function majority(shards: readonly OpenShard[], key: (s: OpenShard) => string): string {
  const counts = new Map<string, number>();
  for (const s of shards) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  let best = key(shards[0]);
  for (const [k, n] of counts) if (n > counts.get(best)!) best = k;
  return best;
}

/** Foreign, other-count, duplicate and missing shards, each a UserError naming the file. */
function checkSet(dir: string, shards: readonly OpenShard[]): void {
  const studyKey = (s: OpenShard) => `${s.header.study.digest}\u0000${s.header.study.seed}`;
  const reference = majority(shards, studyKey);
  const usual = shards.find((s) => studyKey(s) === reference)!;
  const foreign = shards.find((s) => studyKey(s) !== reference);
  if (foreign !== undefined) {
    throw new UserError(
      `merge: ${foreign.path} is a shard of another study: ${describeStudy(foreign.header)}, ` +
        `where the other shards are of ${describeStudy(usual.header)}; ` +
        "remove it, or merge it with the shards of its own run",
    );
  }
  const count = Number(majority(shards, (s) => String(s.header.shard.count)));
  const other = shards.find((s) => s.header.shard.count !== count);
  if (other !== undefined) {
    throw new UserError(
      `merge: ${other.path} is shard ${other.header.shard.index}/${other.header.shard.count}, ` +
        `where the other shards are of ${count}: a run cut into another number of shards; remove it`,
    );
  }
  const byIndex = new Map<number, string[]>();
  for (const s of shards) {
    byIndex.set(s.header.shard.index, [...(byIndex.get(s.header.shard.index) ?? []), s.path]);
  }
  for (const [index, paths] of byIndex) {
    if (paths.length > 1) {
      throw new UserError(
        `merge: shard ${index}/${count} is in ${paths.length} files: ${paths.join(", ")}; ` +
          "keep one (a rerun shard replaces its own file)",
      );
    }
  }
  const missing: number[] = [];
  for (let i = 0; i < count; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).map((i) =>
      `${dir.replace(/\/+$/, "")}/${shardFileName({ index: i, count })}`
    );
    throw new UserError(
      `merge: ${missing.length} of ${count} shards missing: ${shown.join(", ")}${
        missing.length > 10 ? ", …" : ""
      }; run them (deno task study ${usual.header.study.file} --shard ${missing[0]}/${count} …)`,
    );
  }
}

/** The next cell line of a shard, checked against the slice it must hold. */
async function readCell(shard: OpenShard, cell: number, replications: number): Promise<CellLine> {
  const text = await shard.lines.next();
  const bad = (why: string): never => {
    throw new UserError(`merge: ${shard.path}: cell ${cell}: ${why} (rerun this shard)`);
  };
  if (text === undefined) bad("the file ends before it (cut short?)");
  let line: CellLine;
  try {
    line = JSON.parse(text!);
  } catch {
    return bad("not a line of JSON (cut short?)");
  }
  if (line.cell !== cell || !Array.isArray(line.replications) || !Array.isArray(line.rows)) {
    bad(`found ${quoteValue(text!.slice(0, 60))} instead`);
  }
  const expected = shardReplications(cell, replications, shard.header.shard);
  if (JSON.stringify(line.replications) !== JSON.stringify(expected)) {
    bad("its replications are not the slice of this shard");
  }
  if (line.rows.length !== expected.length) {
    bad(`${line.rows.length} rows for ${expected.length} replications`);
  }
  return line;
}

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  /** Output directory; default `out/study/<name>`. */
  out?: string;
  onNote?: (message: string) => void;
}

/**
 * Merges the shards in `dir` into the study's outputs, byte for byte those of the unsharded run;
 * returns the output directory.
 *
 * @throws UserError for a missing, duplicate or foreign shard, a damaged file, or a study file
 *   (or its scenarios or county data) changed since the shards ran; nothing is written then
 */
export async function mergeShards(dir: string, options: MergeOptions = {}): Promise<string> {
  const shards = await openShardSet(dir);
  try {
    const header = shards[0].header;
    const definition = await readStudyFile(header.study.file);
    const plan = await planStudy(definition, options.onNote);
    if (plan.digest !== header.study.digest) {
      throw new UserError(
        `merge: the study ${header.study.file}, its scenarios or its counties' data changed ` +
          `since the shards in ${dir} ran (digest now ${plan.digest.slice(0, 12)}, in the shards ${
            header.study.digest.slice(0, 12)
          }): rerun every shard`,
      );
    }
    const out = options.out ?? `out/study/${definition.name}`;
    const replications = definition.replications;
    await writeOutputs(out, async (write) => {
      const outputs = new StudyOutputs(plan, write);
      for (const cell of plan.cells) {
        const kpis: Record<string, number>[] = new Array(replications);
        for (const shard of shards) {
          const line = await readCell(shard, cell.index, replications);
          let rows: Record<string, number>[];
          try {
            rows = decodeRows(line);
          } catch (error) {
            throw new UserError(
              `merge: ${shard.path}: cell ${cell.index}: ${
                (error as Error).message
              } (rerun this shard)`,
            );
          }
          line.replications.forEach((r, k) => kpis[r] = rows[k]);
        }
        await outputs.addCell(cell, kpis);
      }
      await outputs.finish();
    });
    return out;
  } finally {
    await Promise.all(shards.map((s) => s.lines.close()));
  }
}

/**
 * The seed of a study's cell, from (study seed, county name, cell key) alone: never from the
 * cell's position in the grid, the shard it runs in or the order it runs in, so adding a county or
 * a lever value changes no other cell's results. Replication r of the cell then draws from
 * (cell seed, r) as every scenario run does, so `deno task sim <scenario> --seed <cell seed>` on
 * the county's data reproduces the cell.
 *
 * @example
 * cellSeed(2023, "county-01"); // the county's seed: every cell of it, on common random numbers
 * cellSeed(2023, "county-01", "plan-2023/applications.access.lvThresholdKw=170"); // its own
 *
 * @module
 */
import { createHash } from "node:crypto";

/**
 * A seed from 0 to 2³¹ − 1: the first 31 bits of sha256("jiedian-study", study seed, county,
 * cell key); without a cell key, the county's seed shared by its cells (common random numbers).
 */
export function cellSeed(studySeed: number, county: string, cellKey?: string): number {
  const text = ["jiedian-study", String(studySeed), county, cellKey ?? ""].join("\u0000");
  const bytes = createHash("sha256").update(text).digest();
  // The first 4 bytes as an unsigned 32-bit number, halved: 0 … 2³¹ − 1, always a valid --seed.
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 1;
}

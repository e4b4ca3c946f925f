/**
 * A cell's seed is the first 31 bits of sha256("jiedian-study", study seed, county, cell key)
 * (checked against WebCrypto's digest, computed here separately), a valid scenario seed, the same
 * for every cell of a county on common random numbers, and different between counties.
 */
import assert from "node:assert/strict";
import { cellSeed } from "../../sim/study/seeds.ts";

async function expected(parts: string[]): Promise<number> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(parts.join("\u0000"))),
  );
  return new DataView(digest.buffer).getUint32(0) >>> 1;
}

Deno.test("seeds: from (study seed, county, cell) alone, by sha256", async () => {
  assert.equal(
    cellSeed(2023, "county-01"),
    await expected(["jiedian-study", "2023", "county-01", ""]),
  );
  assert.equal(
    cellSeed(7, "武陟县", "plan-2023/x=1"),
    await expected(["jiedian-study", "7", "武陟县", "plan-2023/x=1"]),
  );
  const seeds = new Set<number>();
  for (let k = 0; k < 1000; k++) {
    const s = cellSeed(2023, `county-${k}`);
    assert.ok(Number.isInteger(s) && s >= 0 && s <= 2 ** 31 - 1);
    seeds.add(s);
  }
  assert.equal(seeds.size, 1000, "counties get distinct seeds");
  assert.notEqual(cellSeed(2023, "a"), cellSeed(2024, "a"));
  assert.notEqual(cellSeed(2023, "a", "p/x=1"), cellSeed(2023, "a", "p/x=2"));
});

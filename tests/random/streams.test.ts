/** Tests of sim/engine/random/streams.ts: named streams derived from one seed. */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { sampleCorrelation } from "simple-statistics";
import type { Rng } from "../../sim/engine/random/rng.ts";
import { RandomStreams } from "../../sim/engine/random/streams.ts";
import { draw, Z } from "../support/sampling.ts";

function first(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}

Deno.test("streams: the same seed gives the same draws, in (0, 1)", () => {
  const a = first(new RandomStreams(42).stream("arrivals"), 1000);
  const b = first(new RandomStreams(42).stream("arrivals"), 1000);
  assert.deepEqual(a, b);
  assert.ok(a.every((u) => u > 0 && u < 1));
  assert.equal(new Set(a).size, a.length);
});

Deno.test("streams: draws are pinned for seed 42 (changing the derivation changes results)", () => {
  assert.deepEqual(first(new RandomStreams(42).stream("arrivals"), 3), [
    0.5234277045562282,
    0.22922830629669189,
    0.4727792669247941,
  ]);
});

Deno.test("streams: a name in Chinese or ASCII draws as seedrandom from the key's UTF-8 bytes", () => {
  const lib = seedrandom as unknown as {
    (seed: string, options: { global: boolean }): { int32(): number };
    xor4096(seed: string): { double(): number };
  };
  for (const name of ["受理", "reliability.faults.lv.rural"]) {
    // The derivation of streams.ts, step by step through seedrandom itself.
    const key = `${JSON.stringify(["master", "42"])}/${JSON.stringify(name)}`;
    const hash = lib(String.fromCharCode(...new TextEncoder().encode(key)), { global: false });
    let seed = "";
    for (let i = 0; i < 8; i++) seed += (hash.int32() >>> 0).toString(16).padStart(8, "0");
    const reference = lib.xor4096(seed);
    const expected = Array.from({ length: 5 }, () => reference.double());
    assert.deepEqual(first(new RandomStreams(42).stream(name), 5), expected, name);
  }
});

Deno.test("streams: a numeric seed seeds as its decimal text", () => {
  assert.deepEqual(
    first(new RandomStreams(42).stream("s"), 10),
    first(new RandomStreams("42").stream("s"), 10),
  );
  assert.equal(new RandomStreams(42).masterSeed, "42");
});

Deno.test("streams: different seeds or names give different draws", () => {
  const base = first(new RandomStreams(42).stream("arrivals"), 100);
  const others = [
    first(new RandomStreams(43).stream("arrivals"), 100),
    first(new RandomStreams(42).stream("arrival"), 100),
    first(new RandomStreams(42).stream("Arrivals"), 100),
    // Names that differ only in non-ASCII characters (ARC4 reads bytes, not UTF-16 units).
    first(new RandomStreams(42).stream("受理"), 100),
    first(new RandomStreams(42).stream("审批"), 100),
  ];
  for (const xs of [base, ...others]) {
    for (const ys of [base, ...others]) {
      if (xs === ys) continue;
      assert.ok(xs.every((x, i) => x !== ys[i]), "two streams share a draw at the same index");
    }
  }
});

Deno.test("streams: a stream's draws do not depend on other streams (CRN)", () => {
  const alone = first(new RandomStreams(7).stream("arrivals"), 200);

  const afterOthers = new RandomStreams(7);
  first(afterOthers.stream("service"), 50);
  afterOthers.stream("inspection");
  assert.deepEqual(first(afterOthers.stream("arrivals"), 200), alone);

  // Other streams created and used while this one is being drawn from.
  const interleaved = new RandomStreams(7);
  const arrivals = interleaved.stream("arrivals");
  const got: number[] = [];
  for (let i = 0; i < 200; i++) {
    got.push(arrivals());
    if (i % 20 === 0) first(interleaved.stream(`extra-${i}`), 3);
  }
  assert.deepEqual(got, alone);
});

Deno.test("streams: the same name returns the same stream, which goes on", () => {
  const family = new RandomStreams(7);
  const s = family.stream("service");
  assert.equal(family.stream("service"), s);
  const all = first(new RandomStreams(7).stream("service"), 10);
  const part = first(s, 4);
  assert.deepEqual([...part, ...first(family.stream("service"), 6)], all);
  assert.deepEqual(family.names, ["service"]);
});

Deno.test("streams: streams with similar names are uncorrelated", () => {
  const family = new RandomStreams(1);
  const a = draw(family.stream("counter-1"), 50_000);
  const b = draw(family.stream("counter-2"), 50_000);
  const r = sampleCorrelation(Array.from(a), Array.from(b));
  // Under independence r has SE 1/√n.
  assert.ok(Math.abs(r) < Z / Math.sqrt(a.length), `correlation ${r}`);
});

Deno.test("streams: forReplication depends on (scenario seed, replication) only", () => {
  const r0 = first(RandomStreams.forReplication(42, 0).stream("arrivals"), 100);
  const r1 = first(RandomStreams.forReplication(42, 1).stream("arrivals"), 100);
  assert.ok(r0.every((x, i) => x !== r1[i]));
  assert.deepEqual(first(RandomStreams.forReplication(42, 1).stream("arrivals"), 100), r1);
  assert.deepEqual(first(RandomStreams.forReplication("42", 1).stream("arrivals"), 100), r1);
  // A replication's streams are not the plain master's.
  const plain = first(new RandomStreams(42).stream("arrivals"), 100);
  assert.ok(r0.every((x, i) => x !== plain[i]));
  const other = first(RandomStreams.forReplication(43, 1).stream("arrivals"), 100);
  assert.ok(other.every((x, i) => x !== r1[i]));
  assert.equal(RandomStreams.forReplication(42, 3).replication, 3);
  assert.equal(new RandomStreams(42).replication, undefined);
});

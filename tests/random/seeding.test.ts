/** Tests of sim/engine/random/seeding.ts: seedrandom's seeding steps. */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { arc4SeedHex, streamStateOf, xor4096StateOf } from "../../sim/engine/random/seeding.ts";
import { RandomStreams } from "../../sim/engine/random/streams.ts";

Deno.test("seeding.ts gives seedrandom's ARC4 seeds and xor4096 states", () => {
  const lib = seedrandom as unknown as {
    (seed: string, options: { global: boolean }): { int32(): number };
    xor4096(seed: string, options: { state: true }): {
      state(): { X: number[]; i: number; w: number };
    };
  };
  const rng = new RandomStreams("seeding").stream("keys");
  const keys = ["", "a", "counter-1", "counter-2", "受理", "x".repeat(256), "y".repeat(700)];
  for (let k = 0; k < 300; k++) {
    // Random lengths around the 256-byte RC4 key limit, random bytes (and a few wide chars).
    const length = Math.floor(rng() * 600);
    let key = "";
    for (let c = 0; c < length; c++) {
      key += String.fromCharCode(Math.floor(rng() * (c % 50 === 0 ? 40000 : 256)));
    }
    keys.push(key);
  }
  for (const key of keys) {
    const hash = lib(key, { global: false });
    let expected = "";
    for (let i = 0; i < 8; i++) expected += (hash.int32() >>> 0).toString(16).padStart(8, "0");
    const bytes = Array.from({ length: key.length }, (_, j) => key.charCodeAt(j) & 255);
    assert.equal(arc4SeedHex(bytes), expected, `ARC4 seed of a key of ${key.length} characters`);
    const direct = streamStateOf(bytes);
    const reference = lib.xor4096(expected, { state: true }).state();
    assert.deepEqual([Array.from(direct.X), direct.i, direct.w], [
      reference.X,
      reference.i,
      reference.w,
    ]);
    for (const seed of [expected, key]) {
      const reference = lib.xor4096(seed, { state: true }).state();
      const state = xor4096StateOf(seed);
      assert.deepEqual(
        Array.from(state.X),
        reference.X,
        `xor4096 words, seed of ${seed.length} characters`,
      );
      assert.equal(state.i, reference.i);
      assert.equal(state.w, reference.w);
    }
  }
});

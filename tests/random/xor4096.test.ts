/** Tests of sim/engine/random/xor4096.ts: the streams' generator. */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { xor4096Doubles } from "../../sim/engine/random/xor4096.ts";

Deno.test("xor4096Doubles draws exactly seedrandom's xor4096 double()", () => {
  const lib = seedrandom as unknown as {
    xor4096(seed: string | number, options?: { state: true }): {
      double(): number;
      state(): { X: number[]; i: number; w: number };
    };
  };
  // String and integer seeds, a long seed, and 300,000 draws: the 128-word state wraps many
  // times, and about one draw in 2^21 takes the rejection path's neighbourhood of small values.
  for (const seed of ["a", "tests/random.test.ts", "x".repeat(300), 1, -7, 2 ** 31 - 1]) {
    const reference = lib.xor4096(seed);
    const fast = xor4096Doubles(lib.xor4096(seed, { state: true }).state());
    const n = seed === "a" ? 300_000 : 5_000;
    for (let k = 0; k < n; k++) {
      const expected = reference.double();
      const found = fast();
      if (found !== expected) assert.fail(`seed ${seed}, draw ${k}: ${found} ≠ ${expected}`);
    }
  }
  assert.throws(() => xor4096Doubles({ X: [1, 2], i: 0, w: 0 }), /128 words, found 2/);
});

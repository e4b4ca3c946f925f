/**
 * How a stream's name becomes the state of its generator, the same steps as seedrandom's, on
 * typed arrays: a replication creates about a hundred streams, and through seedrandom each took
 * some 20 µs (an RC4 key schedule and 256 discarded outputs, an xor4096 warm-up of 512 steps,
 * and seedrandom's own entropy pool, mixed on every call). A test checks that both give the
 * same states for many keys.
 *
 * Steps (seedrandom 3.0.5):
 * 1. `seedrandom(key)`: the key's characters are mixed into an RC4 key of at most 256 bytes
 *    (`mixkey`), RC4 is keyed with it and its first 256 outputs dropped (RC4-drop[256]); its
 *    next 32 outputs, as 8 words, are the stream's seed, written as 64 hex digits;
 * 2. `xor4096(seed)`: the seed's characters (and a final NUL) are shuffled into the 128 words
 *    and the Weyl counter, then the xorshift runs 512 steps.
 *
 * @module
 */
import { type Xor4096State, xorshiftStep } from "./xor4096.ts";

/**
 * The 8 words RC4-drop[256] keyed with the bytes `key` gives first, as 64 hex digits: what
 * `seedrandom(text)` followed by eight `int32()` calls, each written as 8 unsigned hex digits,
 * gives for the text whose character codes are these bytes (seedrandom reads only the low 8
 * bits of each character, so a text's bytes are its character codes modulo 256).
 */
export function arc4SeedHex(key: ArrayLike<number>): string {
  // mixkey: key bytes, smeared; positions past 256 fold back onto the first ones.
  const mixed = new Int32Array(256);
  let smear = 0;
  for (let j = 0; j < key.length; j++) {
    const k = j & 255;
    smear ^= mixed[k] * 19;
    mixed[k] = 255 & (smear + key[j]);
  }
  const keyLength = Math.max(1, Math.min(256, key.length)); // the empty key is [0]
  // RC4 key schedule.
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    const t = s[i];
    j = (j + mixed[i % keyLength] + t) & 255;
    s[i] = s[j];
    s[j] = t;
  }
  // Drop 256 outputs, then take 32 as 8 big-endian words.
  let i = 0;
  let j = 0;
  let hex = "";
  let word = 0;
  for (let n = 1; n <= 256 + 32; n++) {
    i = (i + 1) & 255;
    const t = s[i];
    j = (j + t) & 255;
    s[i] = s[j];
    s[j] = t;
    word = ((word << 8) | s[(s[i] + t) & 255]) >>> 0;
    if (n > 256 && n % 4 === 0) hex += word.toString(16).padStart(8, "0");
  }
  return hex;
}

/** The state `xor4096(seed)` of seedrandom starts from, for a string seed. */
export function xor4096StateOf(seed: string): Xor4096State {
  const text = seed + "\0";
  const X = new Int32Array(128);
  const limit = Math.max(128, text.length);
  let v = 0;
  let w = 0;
  let zeros = 0;
  for (let j = -32; j < limit; j++) {
    v ^= text.charCodeAt((j + 32) % text.length);
    if (j === 0) w = v;
    v ^= v << 10;
    v ^= v >>> 15;
    v ^= v << 4;
    v ^= v >>> 13;
    if (j >= 0) {
      w = (w + 0x61c88647) | 0;
      const t = X[j & 127] ^= v + w;
      zeros = t === 0 ? zeros + 1 : 0;
    }
  }
  if (zeros >= 128) X[text.length & 127] = -1; // all zero: make the state nonzero
  // 512 warm-up steps of the xorshift (the Weyl counter is not advanced).
  let i = 127;
  for (let n = 0; n < 512; n++) {
    i = (i + 1) & 127;
    xorshiftStep(X, i);
  }
  return { X, i, w };
}

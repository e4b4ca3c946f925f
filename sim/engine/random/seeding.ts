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

/** Scratch space of {@link arc4SeedCodes} and {@link streamStateOf} (never re-entered). */
const MIXED = new Int32Array(256);
const RC4 = new Uint8Array(256);
/** Character codes of the hex digits. */
const HEX = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/**
 * Writes into `out[0..63]` the character codes of {@link arc4SeedHex}'s 64 hex digits. The loops
 * avoid what made seeding slow: a modulo per key-schedule step, words past 2³¹ kept as heap
 * numbers, `toString(16)` and `padStart` per word, two fresh arrays per call. With
 * {@link streamStateOf}, the ASCII path of `streams.ts` and the state copy of `xor4096.ts`, a
 * stream's creation went from 9.7 to 5.2 µs (best of 16 rounds of 3,000); a county-year creates
 * 188 streams, and paired timing gave 0.940 and 0.978 (trimmed geometric mean of 40 pairs'
 * ratios, machine loaded).
 */
function arc4SeedCodes(key: ArrayLike<number>, out: Uint8Array): void {
  // mixkey: key bytes, smeared; positions past 256 fold back onto the first ones.
  const mixed = MIXED.fill(0);
  let smear = 0;
  for (let j = 0; j < key.length; j++) {
    const k = j & 255;
    smear ^= mixed[k] * 19;
    mixed[k] = 255 & (smear + key[j]);
  }
  const keyLength = Math.max(1, Math.min(256, key.length)); // the empty key is [0]
  // RC4 key schedule.
  const s = RC4;
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0, k = 0; i < 256; i++) {
    const t = s[i];
    j = (j + mixed[k] + t) & 255;
    s[i] = s[j];
    s[j] = t;
    if (++k === keyLength) k = 0; // k = i % keyLength
  }
  // Drop 256 outputs, then take 32 bytes (8 big-endian words), each as two hex digits.
  let i = 0;
  let j = 0;
  for (let n = 0; n < 256 + 32; n++) {
    i = (i + 1) & 255;
    const t = s[i];
    j = (j + t) & 255;
    s[i] = s[j];
    s[j] = t;
    if (n >= 256) {
      const byte = s[(s[i] + t) & 255];
      out[2 * (n - 256)] = HEX[byte >>> 4];
      out[2 * (n - 256) + 1] = HEX[byte & 15];
    }
  }
}

/**
 * The 8 words RC4-drop[256] keyed with the bytes `key` gives first, as 64 hex digits: what
 * `seedrandom(text)` followed by eight `int32()` calls, each written as 8 unsigned hex digits,
 * gives for the text whose character codes are these bytes (seedrandom reads only the low 8
 * bits of each character, so a text's bytes are its character codes modulo 256).
 */
export function arc4SeedHex(key: ArrayLike<number>): string {
  const codes = new Uint8Array(64);
  arc4SeedCodes(key, codes);
  return String.fromCharCode(...codes);
}

/** The state `xor4096(seed)` of seedrandom starts from, for a string seed. */
export function xor4096StateOf(seed: string): Xor4096State {
  const codes = new Uint16Array(seed.length + 1); // the seed's UTF-16 code units and a NUL
  for (let k = 0; k < seed.length; k++) codes[k] = seed.charCodeAt(k);
  return xor4096StateOfCodes(codes);
}

/**
 * The state of a stream keyed with the bytes `key`: `xor4096StateOf(arc4SeedHex(key))`, without
 * the hex text in between.
 */
export function streamStateOf(key: ArrayLike<number>): Xor4096State {
  arc4SeedCodes(key, SEED_CODES);
  return xor4096StateOfCodes(SEED_CODES);
}

/** A stream's seed text: 64 hex digits, then the NUL that stays 0. */
const SEED_CODES = new Uint8Array(65);

/** {@link xor4096StateOf} of the text whose character codes are `text` (its final NUL included). */
function xor4096StateOfCodes(text: Uint8Array | Uint16Array): Xor4096State {
  const X = new Int32Array(128);
  const limit = Math.max(128, text.length);
  let v = 0;
  let w = 0;
  let zeros = 0;
  for (let j = -32, c = 0; j < limit; j++) {
    v ^= text[c]; // text[(j + 32) % text.length]
    if (++c === text.length) c = 0;
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

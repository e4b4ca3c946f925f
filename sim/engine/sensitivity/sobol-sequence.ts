/**
 * Sobol's low-discrepancy sequence (Sobol' 1967) in up to 128 dimensions, unscrambled, with
 * Joe and Kuo's direction numbers (`./joe-kuo.ts`): the same points as SciPy's
 * `qmc.Sobol(d, scramble=False)`. Point `i` is computed directly (the XOR of the direction
 * numbers of the bits of `i`), so any range of indices can be taken without the points before.
 *
 * @example
 * sobolPoints(4, 2); // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 */
import { JOE_KUO } from "./joe-kuo.ts";

/** Bits of each coordinate: 2^31 points at most. */
const BITS = 31;

/** The largest dimension the table supports. */
export const MAX_SOBOL_DIMENSIONS = JOE_KUO.length + 1;

/** Direction numbers v_1 … v_BITS of dimension `d` (0-based), scaled to BITS bits. */
function directions(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const { s, a, m } = JOE_KUO[d - 1];
  for (let k = 0; k < BITS; k++) {
    if (k < s) {
      v[k] = m[k] * 2 ** (BITS - 1 - k);
      continue;
    }
    // Bratley & Fox (1988): v_k = a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} >> s)
    let x = v[k - s] ^ (v[k - s] >>> s);
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[k - j];
    v[k] = x >>> 0;
  }
  return v;
}

/**
 * `count` points of the `dimensions`-dimensional sequence, from index `start` on, each a row of
 * coordinates in [0, 1).
 *
 * @throws RangeError for more dimensions than the table has or indices beyond 2^31.
 */
export function sobolPoints(count: number, dimensions: number, start = 0): number[][] {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS) {
    throw new RangeError(
      `sobolPoints: dimensions must be 1–${MAX_SOBOL_DIMENSIONS}, found ${dimensions}`,
    );
  }
  if (!Number.isInteger(start) || start < 0 || start + count > 2 ** BITS) {
    throw new RangeError(`sobolPoints: indices ${start}…${start + count - 1} are out of range`);
  }
  const v = Array.from({ length: dimensions }, (_, d) => directions(d));
  const scale = 2 ** -BITS;
  return Array.from({ length: count }, (_, n) => {
    const i = start + n;
    return v.map((dir) => {
      let x = 0;
      for (let k = 0, bits = i; bits > 0; k++, bits >>>= 1) if (bits & 1) x ^= dir[k];
      return (x >>> 0) * scale;
    });
  });
}

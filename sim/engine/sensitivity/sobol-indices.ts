/**
 * First-order and total Sobol indices from the outputs of a Saltelli design: S_i by Saltelli
 * et al. (2010, table 2, eq. (b)), S_i = mean(f(B)·(f(A_B^i) − f(A))) / V, and S_Ti by Jansen
 * (1999), S_Ti = mean((f(A) − f(A_B^i))²) / (2V), with V the variance of f over A and B
 * together — the estimators Saltelli et al. (2010) recommend.
 *
 * @example
 * // yA, yB: f at the rows of A and B; yAB[i]: f at the rows of A_B^(i)
 * const { first, total } = sobolIndices(yA, yB, yAB);
 */

/** The indices of each factor; NaN when the output does not vary. */
export interface SobolIndices {
  first: number[];
  total: number[];
  /** The output's variance over A and B. */
  variance: number;
}

/** S1 and ST of each factor; `rows` restricts the estimate to those base points (bootstrap). */
export function sobolIndices(
  yA: readonly number[],
  yB: readonly number[],
  yAB: readonly (readonly number[])[],
  rows?: readonly number[],
): SobolIndices {
  const index = rows ?? yA.map((_, r) => r);
  const n = index.length;
  let sum = 0;
  for (const r of index) sum += yA[r] + yB[r];
  const mean = sum / (2 * n);
  let squares = 0;
  for (const r of index) squares += (yA[r] - mean) ** 2 + (yB[r] - mean) ** 2;
  const variance = squares / (2 * n);
  const first: number[] = [];
  const total: number[] = [];
  for (const y of yAB) {
    let s1 = 0;
    let st = 0;
    for (const r of index) {
      s1 += yB[r] * (y[r] - yA[r]);
      st += (yA[r] - y[r]) ** 2;
    }
    first.push(variance > 0 ? s1 / n / variance : NaN);
    total.push(variance > 0 ? st / n / (2 * variance) : NaN);
  }
  return { first, total, variance };
}

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Comput. Phys. Commun. 181, 259–270): two
 * independent matrices A and B of `n` points in [0, 1)^k, taken as the first and last k
 * coordinates of a 2k-dimensional Sobol' sequence, and for each input i the matrix A_B^(i),
 * A with its column i (or the columns of group i) from B. The model is run at n(k + 2) points.
 *
 * @example
 * const design = saltelliDesign(64, 3);
 * saltelliPoints(design).length; // 64 × 5 = 320
 */
import { sobolPoints } from "./sobol-sequence.ts";

/** The matrices of {@link saltelliDesign}; rows are points. */
export interface SaltelliDesign {
  a: number[][];
  b: number[][];
  /** ab[i]: A with the columns of factor i taken from B. */
  ab: number[][][];
}

/**
 * The design for `n` base points and `k` coordinates. `groups` (optional) gives each coordinate
 * its factor (0 … factors − 1); without it, each coordinate is a factor. The sequence's first
 * point (the origin, in both halves) is skipped.
 */
export function saltelliDesign(n: number, k: number, groups?: readonly number[]): SaltelliDesign {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`saltelliDesign: n ≥ 2, found ${n}`);
  const factorOf = groups ?? Array.from({ length: k }, (_, i) => i);
  if (factorOf.length !== k) {
    throw new RangeError(`saltelliDesign: ${factorOf.length} groups for ${k} coordinates`);
  }
  const factors = Math.max(...factorOf) + 1;
  const points = sobolPoints(n, 2 * k, 1);
  const a = points.map((p) => p.slice(0, k));
  const b = points.map((p) => p.slice(k));
  const ab = Array.from(
    { length: factors },
    (_, f) => a.map((row, r) => row.map((x, c) => factorOf[c] === f ? b[r][c] : x)),
  );
  return { a, b, ab };
}

/** Every point of a design in run order: A, B, then A_B^(1) … A_B^(k). */
export function saltelliPoints(design: SaltelliDesign): number[][] {
  return [...design.a, ...design.b, ...design.ab.flat()];
}

import { checkFiniteArray } from "./validate.ts";

/** Batch size of MSER-5. */
const BATCH = 5;

/**
 * The MSER-5 warm-up truncation point of an output series: how many initial observations to
 * delete so that the rest best estimates the steady-state mean.
 *
 * Why: a simulation that starts empty and idle under-reports waits until queues build up; the
 * mean of a whole run is biased by that initial transient. MSER-5 is the warm-up rule that
 * performs best and most robustly in comparative studies (Hoad, Robinson & Davies 2010,
 * "Automating warm-up length estimation", JORS 61(9), 1389–1403), and needs no tuning.
 *
 * Algorithm: K. P. White Jr. (1997), "An effective truncation heuristic for bias reduction in
 * simulation output", Simulation 69(6), 323–334; White, Cobb & Spratt (2000), "A comparison of
 * five steady-state truncation heuristics for simulation", WSC 2000, 755–760. The series is cut
 * into k = ⌊n/5⌋ batch means Z₁…Z_k (a last incomplete batch is dropped). For each d, the
 * statistic MSER(d) = Σ_{j>d} (Z_j − Z̄_d)² / (k − d)², Z̄_d the mean of the batches after d,
 * is the squared standard error of the truncated mean; the truncation point is 5·d* for the d*
 * that minimizes it. d is searched only over the first half of the batches (d ≤ k/2, and at
 * least two batches kept), the usual restriction (White 1997; Hoad et al. 2010): near the end of
 * the series the statistic collapses on few points. Ties go to the smallest d.
 *
 * Reading the result: a truncation point at (or near) half the series means the warm-up may be
 * longer than the run can show — run longer rather than trust it.
 *
 * @param series observations in time order (e.g. waiting times of successive customers, or
 *   batch/period averages), at least 10 (two batches)
 * @returns the number of initial observations to delete, a multiple of 5 in [0, n/2]
 * @throws {RangeError} when the series has fewer than 10 observations or a non-finite one
 * @example
 * // 5 warm-up observations at 100, then a steady state around 0:
 * mser5([100, 100, 100, 100, 100, 1, -1, 1, -1, 0, 1, -1, 0, 1, -1, 0, 0, 1, -1, 0]); // => 5
 */
export function mser5(series: readonly number[]): number {
  checkFiniteArray("mser5", "series", series);
  const k = Math.floor(series.length / BATCH);
  if (k < 2) {
    throw new RangeError(
      `mser5: series: expected at least ${2 * BATCH} observations (two batches of ${BATCH}), ` +
        `found ${series.length}`,
    );
  }
  const batches = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = j * BATCH; i < (j + 1) * BATCH; i++) s += series[i];
    batches[j] = s / BATCH;
  }
  // Walk d from the end backwards, adding batch d to a Welford accumulator of Z_(d+1)…Z_k, so
  // that every MSER(d) costs O(1): Σ(Z − Z̄)² over the kept batches is Welford's M₂.
  const lastD = Math.min(Math.floor(k / 2), k - 2);
  let count = 0;
  let mean = 0;
  let m2 = 0;
  const statistic = new Float64Array(lastD + 1);
  for (let j = k - 1; j >= 0; j--) {
    count++;
    const delta = batches[j] - mean;
    mean += delta / count;
    m2 += delta * (batches[j] - mean);
    if (j <= lastD) statistic[j] = m2 / (count * count);
  }
  let best = 0;
  for (let d = 1; d <= lastD; d++) if (statistic[d] < statistic[best]) best = d;
  return best * BATCH;
}

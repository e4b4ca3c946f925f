/**
 * Tests of sim/engine/stats/mser5.ts (the warm-up's truncation point) and
 * delete-warmup.ts.
 */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { mean } from "simple-statistics";
import { deleteWarmup } from "../../sim/engine/stats/delete-warmup.ts";
import { mser5 } from "../../sim/engine/stats/mser5.ts";

/** Each batch mean repeated five times: a series whose batch means are exactly `means`. */
function fromBatchMeans(means: number[]): number[] {
  return means.flatMap((m) => [m, m, m, m, m]);
}

Deno.test("mser5: hand-computed truncation point", () => {
  // Batch means Z = [10, 0, 1, −1, 1, −1, 0], k = 7, d searched over 0…3. By hand,
  // MSER(d) = Σ_{j>d}(Z_j − Z̄)²/(k − d)²:
  //   d = 0: Z̄ = 10/7, SSE = 104 − 100/7 = 89.714…, /49 = 1.831
  //   d = 1: Z̄ = 0,    SSE = 4,                      /36 = 0.111  ← minimum
  //   d = 2: Z̄ = 0,    SSE = 4,                      /25 = 0.160
  //   d = 3: Z̄ = −1/4, SSE = 3 − 4/16 = 2.75,        /16 = 0.172
  // so d* = 1: delete 5 observations. Three trailing values form an incomplete batch, ignored.
  const series = [...fromBatchMeans([10, 0, 1, -1, 1, -1, 0]), 1000, 1000, 1000];
  assert.equal(mser5(series), 5);
  assert.equal(mser5(fromBatchMeans([10, 0, 1, -1, 1, -1, 0])), 5);
});

Deno.test("mser5: no transient, no deletion; search limited to the first half", () => {
  assert.equal(mser5(new Array(100).fill(3)), 0, "constant series: ties go to d = 0");
  // A steady trend never settles: MSER(d) keeps falling, so the answer is the half-way cap
  // (k = 20 batches, d ≤ 10), the signal that the run is too short.
  const trend = Array.from({ length: 100 }, (_, i) => i);
  assert.equal(mser5(trend), 50);
});

Deno.test("mser5: finds an obvious transient in a noisy series", () => {
  // AR(1) started far from its mean 0: X_i = 0.9·X_(i−1) + ε_i, X_0 = 50, ε ~ U(−1, 1).
  // The start-up bias 50·0.9^i falls below the noise (sd of X ≈ 1.3) after about 35 steps.
  const rng = seedrandom("mser5-transient");
  const series: number[] = [];
  let x = 50;
  for (let i = 0; i < 2000; i++) {
    x = 0.9 * x + (2 * rng() - 1);
    series.push(x);
  }
  const d = mser5(series);
  assert.ok(d >= 20 && d <= 150, `truncation point ${d} should be in [20, 150]`);
  const kept = deleteWarmup(series, d);
  const keptMean = mean(kept);
  const allMean = mean(series);
  assert.ok(Math.abs(keptMean) < Math.abs(allMean), "deletion reduces the bias");
  assert.ok(Math.abs(keptMean) < 0.2, `steady-state mean ≈ 0, found ${keptMean}`);
});

Deno.test("mser5 and deleteWarmup: errors", () => {
  assert.throws(
    () => mser5([1, 2, 3, 4, 5, 6, 7, 8, 9]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message ===
        "mser5: series: expected at least 10 observations (two batches of 5), found 9",
  );
  assert.throws(
    () => mser5([1, 2, 3, NaN, 5, 6, 7, 8, 9, 10]),
    /mser5: series\[3\]: expected a finite number, found NaN/,
  );
  const series = [9, 8, 1, 2, 1];
  assert.deepEqual(deleteWarmup(series, 2), [1, 2, 1]);
  assert.deepEqual(deleteWarmup(series, 0), series);
  assert.deepEqual(deleteWarmup(series, 5), []);
  assert.deepEqual(series, [9, 8, 1, 2, 1], "input unchanged");
  assert.throws(
    () => deleteWarmup(series, 6),
    (e: Error) =>
      e instanceof RangeError &&
      e.message ===
        "deleteWarmup: n: expected an integer in [0, 5] (the series' length), found 6",
  );
  assert.throws(() => deleteWarmup(series, 1.5), /found 1\.5/);
});

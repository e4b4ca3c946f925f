/**
 * Tests of sim/engine/stats: streaming monitors, warm-up deletion, replication summaries and
 * the distribution functions behind them. Reference values are hand computations, closed forms,
 * published tables, or (marked "mpmath") values computed with mpmath 1.3 at 40 significant
 * digits; each test says which.
 */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { gammaln, quantileSorted, sampleVariance } from "simple-statistics";
import {
  deleteWarmup,
  logBeta,
  mser5,
  normalCdf,
  normalQuantile,
  P2Quantile,
  pairedDifference,
  proportionSummary,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  summarize,
  Tally,
  TimeWeighted,
  welchTTest,
} from "../sim/engine/stats/mod.ts";

/** Asserts |actual − expected| ≤ tolerance·max(1, |expected|) (relative, absolute near 0). */
function assertClose(actual: number, expected: number, tolerance: number, what = ""): void {
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(
    Math.abs(actual - expected) <= tolerance * scale,
    `${what}: expected ${expected} ± ${tolerance * scale}, found ${actual}`,
  );
}

/** Asserts |actual − expected| ≤ tolerance·|expected| (purely relative, for tiny tails). */
function assertRelative(actual: number, expected: number, tolerance: number, what = ""): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${what}: expected ${expected} (relative ± ${tolerance}), found ${actual}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Tally

Deno.test("Tally: empty and single-observation conventions", () => {
  const t = new Tally();
  assert.equal(t.count, 0);
  assert.equal(t.sum, 0);
  assert.ok(Number.isNaN(t.mean));
  assert.ok(Number.isNaN(t.variance));
  assert.ok(Number.isNaN(t.sd));
  assert.ok(Number.isNaN(t.min));
  assert.ok(Number.isNaN(t.max));
  assert.ok(Number.isNaN(t.quantile(0.5)));
  t.add(7);
  assert.equal(t.count, 1);
  assert.equal(t.mean, 7);
  assert.equal(t.min, 7);
  assert.equal(t.max, 7);
  assert.equal(t.quantile(0.9), 7);
  assert.ok(Number.isNaN(t.variance), "sample variance needs n ≥ 2");
});

Deno.test("Tally: mean, sample variance, min, max by hand", () => {
  const t = new Tally();
  for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
  // Hand: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; variance 32/7.
  assert.equal(t.count, 8);
  assert.equal(t.sum, 40);
  assert.equal(t.mean, 5);
  assertClose(t.variance, 32 / 7, 1e-15, "variance");
  assertClose(t.sd, Math.sqrt(32 / 7), 1e-15, "sd");
  assert.equal(t.min, 2);
  assert.equal(t.max, 9);
});

Deno.test("Tally: Welford is exact where the textbook formula cancels (1e9 offset)", () => {
  // The classic example (Welford 1962; Chan, Golub & LeVeque 1983): 1e9 + {4, 7, 13, 16} has
  // mean 1e9 + 10 and sample variance (36 + 9 + 9 + 36)/3 = 30.
  const data = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
  const t = new Tally();
  for (const x of data) t.add(x);
  assert.equal(t.mean, 1e9 + 10);
  assertRelative(t.variance, 30, 1e-12, "variance");
  // The data really are awkward: Σx² − (Σx)²/n is off by far more than 1 here.
  const sum = data.reduce((s, x) => s + x, 0);
  const sumSquares = data.reduce((s, x) => s + x * x, 0);
  const naive = (sumSquares - sum * sum / data.length) / (data.length - 1);
  assert.ok(Math.abs(naive - 30) > 1, `naive formula should fail here, gave ${naive}`);
});

Deno.test("Tally: Welford agrees with the two-pass variance on 1e9 + uniform noise", () => {
  const rng = seedrandom("tally-welford");
  const t = new Tally({ quantiles: [] });
  const data: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const x = 1e9 + rng();
    data.push(x);
    t.add(x);
  }
  // simple-statistics' sampleVariance is two-pass (mean first, then squared deviations).
  const twoPass = sampleVariance(data);
  assertRelative(t.variance, twoPass, 1e-6, "variance vs two-pass");
  assertRelative(t.variance, 1 / 12, 0.05, "variance vs U(0,1)'s 1/12");
});

Deno.test("Tally: sum is compensated", () => {
  const t = new Tally({ quantiles: [] });
  for (let i = 0; i < 10; i++) t.add(0.1);
  // Plain left-to-right addition of ten 0.1s gives 0.9999999999999999.
  assert.equal(t.sum, 1);
});

Deno.test("Tally: quantiles are exact while count ≤ 5 (type 7)", () => {
  const t = new Tally({ quantiles: [0.5, 0.9] });
  for (const x of [3, 1, 2]) t.add(x);
  assert.equal(t.quantile(0.5), 2);
  // Type 7: position (3 − 1)·0.9 = 1.8 in the sorted [1, 2, 3]: 2 + 0.8·(3 − 2).
  assertClose(t.quantile(0.9), 2.8, 1e-15, "p90");
  for (const x of [10, 4]) t.add(x);
  assert.equal(t.quantile(0.5), 3); // sorted [1, 2, 3, 4, 10]
  assertClose(t.quantile(0.9), 4 + 0.6 * 6, 1e-15, "p90 of five"); // position 3.6
});

Deno.test("Tally: P² quantiles of 100k uniform and exponential draws", () => {
  const rng = seedrandom("jiedian-stats");
  const uniform = new Tally();
  const exponential = new Tally();
  const us: number[] = [];
  const es: number[] = [];
  for (let i = 0; i < 100_000; i++) {
    const u = rng();
    uniform.add(u);
    us.push(u);
    const e = -Math.log(1 - rng()); // Exp(1) by inversion
    exponential.add(e);
    es.push(e);
  }
  us.sort((a, b) => a - b);
  es.sort((a, b) => a - b);
  // Truth: U(0,1) quantile p is p; Exp(1) quantile p is −ln(1 − p). Sampling error of a
  // quantile of 100k draws is ~0.002 here; P²'s own error adds less than that.
  for (const p of [0.5, 0.9, 0.95]) {
    assertClose(uniform.quantile(p), p, 0.01, `uniform p${p} vs truth`);
    assertClose(uniform.quantile(p), quantileSorted(us, p), 0.002, `uniform p${p} vs sample`);
    const truth = -Math.log(1 - p);
    assertRelative(exponential.quantile(p), truth, 0.02, `exponential p${p} vs truth`);
    assertRelative(
      exponential.quantile(p),
      quantileSorted(es, p),
      0.01,
      `exponential p${p} vs sample`,
    );
  }
});

Deno.test("Tally: P² on sorted input stays close", () => {
  const t = new Tally();
  for (let i = 1; i <= 10_000; i++) t.add(i);
  assertRelative(t.quantile(0.5), 5000.5, 0.001, "median");
  assertRelative(t.quantile(0.9), 9000.1, 0.001, "p90");
});

Deno.test("Tally: reset forgets everything and keeps the tracked quantiles", () => {
  const t = new Tally({ quantiles: [0.25] });
  for (let i = 0; i < 100; i++) t.add(1000 + i);
  t.reset();
  assert.equal(t.count, 0);
  assert.equal(t.sum, 0);
  assert.ok(Number.isNaN(t.mean));
  assert.ok(Number.isNaN(t.min));
  assert.ok(Number.isNaN(t.quantile(0.25)));
  for (const x of [1, 2, 3]) t.add(x);
  assert.equal(t.mean, 2);
  assert.equal(t.min, 1);
  assert.equal(t.max, 3);
  assert.equal(t.quantile(0.25), 1.5);
  assert.deepEqual(t.trackedQuantiles, [0.25]);
});

Deno.test("Tally: options and errors", () => {
  assert.deepEqual(new Tally().trackedQuantiles, [0.5, 0.9, 0.95]);
  assert.deepEqual(new Tally({ quantiles: undefined }).trackedQuantiles, [0.5, 0.9, 0.95]);
  assert.deepEqual(new Tally({ quantiles: [0.9, 0.1, 0.9] }).trackedQuantiles, [0.1, 0.9]);
  assert.throws(
    () => new Tally().quantile(0.99),
    (e: Error) =>
      e instanceof RangeError && /found 0\.99/.test(e.message) &&
      /tracks p = 0\.5, 0\.9, 0\.95/.test(e.message),
  );
  assert.throws(
    () => new Tally({ quantiles: [] }).quantile(0.5),
    (e: Error) => e instanceof RangeError && /tracks none/.test(e.message),
  );
  assert.throws(
    () => new Tally({ quantiles: [0.5, 1] }),
    (e: Error) =>
      e instanceof RangeError && /quantiles\[1\]: expected a number in \(0, 1\)/.test(e.message) &&
      /found 1$/.test(e.message),
  );
  const t = new Tally();
  assert.throws(
    () => t.add(NaN),
    (e: Error) =>
      e instanceof RangeError && e.message === "Tally.add: x: expected a finite number, found NaN",
  );
  assert.equal(t.count, 0, "a rejected observation is not counted");
  assert.throws(() => new P2Quantile(0), /P2Quantile: p: expected a number in \(0, 1\)/);
});

// ---------------------------------------------------------------------------------------------
// TimeWeighted

Deno.test("TimeWeighted: integral, mean and max of a hand-made step function", () => {
  // Value 0 on [0, 2), 3 on [2, 5), 1 on [5, 9), 0 from 9 on.
  const w = new TimeWeighted(0);
  w.update(2, 3);
  w.update(5, 1);
  w.update(9, 0);
  // Hand: area = 0·2 + 3·3 + 1·4 + 0·1 = 13 by t = 10.
  assert.equal(w.integral(10), 13);
  assert.equal(w.mean(10), 1.3);
  assert.equal(w.max, 3);
  assert.equal(w.min, 0);
  assert.equal(w.value, 0);
  assert.equal(w.lastTime, 9);
  assert.equal(w.integral(9), 13, "time may be queried at the last change");
});

Deno.test("TimeWeighted: several changes at one time, initial value and start time", () => {
  const w = new TimeWeighted(10, 2); // 2 units from t = 10
  w.update(12, 5);
  w.update(12, 4); // only the last change at t = 12 holds
  // Hand: 2·2 + 4·3 = 16 over [10, 15].
  assert.equal(w.integral(15), 16);
  assert.equal(w.mean(15), 16 / 5);
  assert.equal(w.max, 5, "the max counts a value held for no time (it was reached)");
  assert.equal(w.startTime, 10);
  assert.ok(Number.isNaN(new TimeWeighted(3, 1).mean(3)), "no time elapsed: NaN");
});

Deno.test("TimeWeighted: reset deletes the past and keeps the current value", () => {
  const w = new TimeWeighted(0, 10); // a warm-up at 10
  w.update(4, 1);
  w.reset(6); // warm-up over at t = 6; value 1 is still held
  assert.equal(w.startTime, 6);
  assert.equal(w.value, 1);
  assert.equal(w.max, 1, "the warm-up's max of 10 is forgotten");
  assert.equal(w.integral(6), 0);
  w.update(8, 3);
  // Hand: 1·2 + 3·2 = 8 over [6, 10].
  assert.equal(w.integral(10), 8);
  assert.equal(w.mean(10), 2);
});

Deno.test("TimeWeighted: time must not go backwards; values must be finite", () => {
  const w = new TimeWeighted(0);
  w.update(5, 1);
  const backwards = /t: expected a time ≥ the last change \(5\), found 4/;
  assert.throws(
    () => w.update(4, 2),
    (e: Error) => e instanceof RangeError && backwards.test(e.message),
  );
  assert.throws(() => w.mean(4), backwards);
  assert.throws(() => w.integral(4), backwards);
  assert.throws(() => w.reset(4), backwards);
  assert.throws(
    () => w.update(6, NaN),
    (e: Error) => e.message === "TimeWeighted.update: value: expected a finite number, found NaN",
  );
  assert.throws(() => w.update(NaN, 1), /TimeWeighted\.update: t: expected a finite number/);
  assert.throws(() => new TimeWeighted(Infinity), /TimeWeighted: startTime: expected a finite/);
  assert.equal(w.value, 1, "rejected updates change nothing");
  assert.equal(w.integral(10), 5);
});

// ---------------------------------------------------------------------------------------------
// Warm-up: MSER-5 and deletion

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
  const keptMean = kept.reduce((s, v) => s + v, 0) / kept.length;
  const allMean = series.reduce((s, v) => s + v, 0) / series.length;
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

// ---------------------------------------------------------------------------------------------
// Special functions

Deno.test("regularizedIncompleteBeta: closed forms and symmetry", () => {
  for (const x of [1e-8, 0.01, 0.2, 0.5, 0.77, 0.999]) {
    // I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_x(2, 2) = x²(3 − 2x) (A&S 26.5.*)
    assertRelative(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-13, `I_${x}(3.5, 1)`);
    assertRelative(
      regularizedIncompleteBeta(x, 1, 2.5),
      -Math.expm1(2.5 * Math.log1p(-x)),
      1e-13,
      `I_${x}(1, 2.5)`,
    );
    assertRelative(regularizedIncompleteBeta(x, 2, 2), x * x * (3 - 2 * x), 1e-13, `I_${x}(2,2)`);
    // I_x(a, b) = 1 − I_(1−x)(b, a)
    assertClose(
      regularizedIncompleteBeta(x, 4.2, 0.7),
      1 - regularizedIncompleteBeta(1 - x, 0.7, 4.2),
      1e-14,
      `symmetry at ${x}`,
    );
  }
  assertClose(regularizedIncompleteBeta(0.5, 30, 30), 0.5, 1e-14, "I_½(a, a) = ½");
  // mpmath: I_0.4(1/3, 2.5) = 0.91950616434010476
  assertClose(regularizedIncompleteBeta(0.4, 1 / 3, 2.5), 0.91950616434010476, 1e-14, "mpmath");
  assert.equal(regularizedIncompleteBeta(0, 2, 3), 0);
  assert.equal(regularizedIncompleteBeta(1, 2, 3), 1);
  assert.throws(
    () => regularizedIncompleteBeta(1.5, 2, 3),
    /regularizedIncompleteBeta: x: expected a number in \[0, 1\], found 1\.5/,
  );
  assert.throws(
    () => regularizedIncompleteBeta(0.5, 0, 3),
    /regularizedIncompleteBeta: a: expected a finite number > 0, found 0/,
  );
});

Deno.test("regularizedGammaP/Q: closed forms and mpmath values", () => {
  for (const x of [0.01, 0.5, 1, 2.5, 10, 40]) {
    // Gamma(1) is Exp(1): P(1, x) = 1 − e^(−x), Q(1, x) = e^(−x).
    assertClose(regularizedGammaP(1, x), -Math.expm1(-x), 1e-14, `P(1, ${x})`);
    assertRelative(regularizedGammaQ(1, x), Math.exp(-x), 1e-13, `Q(1, ${x})`);
  }
  // mpmath: P(3.5, 2) = 0.22022259152428408; Q(3.5, 20) = 1.2587903873713088e-6
  assertClose(regularizedGammaP(3.5, 2), 0.22022259152428408, 1e-14, "P(3.5, 2)");
  assertRelative(regularizedGammaQ(3.5, 20), 1.2587903873713088e-6, 1e-12, "Q(3.5, 20)");
  assert.throws(
    () => regularizedGammaP(-1, 2),
    /regularizedGammaP: a: expected a finite number > 0/,
  );
  assert.throws(() => regularizedGammaQ(1, -2), /regularizedGammaQ: x: expected a number ≥ 0/);
});

Deno.test("logBeta: exact values, including huge arguments", () => {
  assertClose(logBeta(1, 1), 0, 1e-15, "B(1,1) = 1");
  assertClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-15, "B(½,½) = π");
  // B(a, 1) = 1/a, also where ln Γ(a) is ~10⁹ and naive differences lose digits.
  for (const a of [3, 12, 1e4, 1e8]) assertClose(logBeta(a, 1), -Math.log(a), 1e-14, `B(${a}, 1)`);
  // B(25, 40) = 24!·39!/64!; mpmath: ln B = −43.75170982388542
  assertClose(logBeta(25, 40), -43.75170982388542, 1e-14, "B(25, 40)");
  assertClose(logBeta(25, 40), gammaln(25) + gammaln(40) - gammaln(65), 1e-12, "vs gammaln");
  // mpmath: ln B(5e7, 1/2) = −8.29140183627151
  assertClose(logBeta(5e7, 0.5), -8.29140183627151, 1e-14, "B(5e7, ½)");
});

Deno.test("normalCdf and normalQuantile: known values and tails", () => {
  assert.equal(normalCdf(0), 0.5);
  // mpmath: Φ(−1), Φ(−3), Φ(−10)
  assertRelative(normalCdf(-1), 0.15865525393145705, 1e-14, "Φ(−1)");
  assertRelative(normalCdf(-3), 0.0013498980316300945, 1e-14, "Φ(−3)");
  assertRelative(normalCdf(-10), 7.6198530241605261e-24, 1e-13, "Φ(−10)");
  assertClose(normalCdf(1), 1 - 0.15865525393145705, 1e-15, "Φ(1)");
  assertClose(normalCdf(1.959963984540054), 0.975, 1e-15, "Φ(1.96)");
  assert.equal(normalCdf(-Infinity), 0);
  assert.equal(normalCdf(Infinity), 1);
  // mpmath: Φ⁻¹(0.975), Φ⁻¹(0.995), Φ⁻¹(0.9), Φ⁻¹(1e-10)
  assertRelative(normalQuantile(0.975), 1.959963984540054, 1e-14, "z 0.975");
  assertRelative(normalQuantile(0.995), 2.5758293035489005, 1e-14, "z 0.995");
  assertRelative(normalQuantile(0.9), 1.2815515655446006, 1e-14, "z 0.9");
  assertRelative(normalQuantile(1e-10), -6.3613409024040562, 1e-14, "z 1e-10");
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  for (const p of [1e-300, 1e-20, 0.001, 0.3, 0.7, 0.99]) {
    assertRelative(normalCdf(normalQuantile(p)), p, 1e-13, `Φ(Φ⁻¹(${p}))`);
  }
  assert.throws(
    () => normalQuantile(1.2),
    /normalQuantile: p: expected a probability in \[0, 1\], found 1\.2/,
  );
  assert.throws(() => normalCdf(NaN), /normalCdf: z: expected a number, found NaN/);
});

Deno.test("studentTQuantile: t table (0.975) and the normal limit", () => {
  // Two-sided 95 % critical values as printed in t tables (4 decimals; e.g. Law 2015,
  // Table T.1): an error below 5e-5 is correct rounding.
  const table: [number, number][] = [
    [1, 12.7062],
    [2, 4.3027],
    [5, 2.5706],
    [10, 2.2281],
    [30, 2.0423],
    [120, 1.9799],
  ];
  for (const [df, t] of table) {
    assert.ok(
      Math.abs(studentTQuantile(0.975, df) - t) < 5e-5,
      `t(0.975, ${df}) = ${studentTQuantile(0.975, df)}, table ${t}`,
    );
  }
  assertRelative(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-14, "df = ∞");
  assert.ok(Math.abs(studentTQuantile(0.975, Infinity) - 1.95996) < 5e-6);
  // Closed forms: df = 1 is Cauchy, t = tan(π(p − ½)); df = 2: t = (2p − 1)/√(2p(1 − p)).
  assertRelative(studentTQuantile(0.975, 1), Math.tan(Math.PI * 0.475), 1e-14, "df 1");
  assertRelative(studentTQuantile(0.9, 2), 0.8 / Math.sqrt(2 * 0.9 * 0.1), 1e-14, "df 2");
  // mpmath, to more digits: t(0.975, 10), non-integer df 3.5, and df = 10⁶.
  assertRelative(studentTQuantile(0.975, 10), 2.2281388519862742, 1e-13, "df 10");
  assertRelative(studentTQuantile(0.975, 3.5), 2.9400886379827288, 1e-13, "df 3.5");
  assertRelative(studentTQuantile(0.975, 1e6), 1.9599663568141067, 1e-11, "df 1e6");
  assert.equal(studentTQuantile(0.5, 7), 0);
  assert.equal(studentTQuantile(0, 7), -Infinity);
  assert.equal(studentTQuantile(1, 7), Infinity);
});

Deno.test("studentTQuantile inverts studentTCdf across p and df", () => {
  const dfs = [0.5, 1, 1.5, 2, 2.7, 4, 9, 29.3, 100, 5000, 2e7];
  const ps = [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.45, 0.55, 0.8, 0.95, 0.999];
  for (const df of dfs) {
    let previous = -Infinity;
    for (const p of ps) {
      const t = studentTQuantile(p, df);
      assert.ok(t > previous, `quantiles increase in p (df ${df}, p ${p})`);
      previous = t;
      assertRelative(studentTCdf(t, df), p, 1e-11, `F(F⁻¹(${p}); ${df})`);
      // Symmetry; 1 − (1 − p), not p, because 1 − p is rounded and tails are sensitive.
      assertRelative(
        studentTQuantile(1 - p, df),
        -studentTQuantile(1 - (1 - p), df),
        1e-12,
        `symmetry (df ${df}, p ${p})`,
      );
    }
  }
});

Deno.test("studentTCdf: closed forms, tails and mpmath values", () => {
  for (const t of [-30, -4, -1.3, -0.2, 0, 0.01, 0.7, 2.5, 12]) {
    // Closed forms (e.g. Johnson, Kotz & Balakrishnan 1995, ch. 28):
    // ν = 1: ½ + atan(t)/π; ν = 2: ½ + t/(2√(2 + t²));
    // ν = 3: ½ + (atan(t/√3) + (t/√3)/(1 + t²/3))/π.
    assertClose(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-15, `ν=1, t=${t}`);
    assertClose(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-15, `ν=2, t=${t}`);
    const u = t / Math.sqrt(3);
    assertClose(studentTCdf(t, 3), 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI, 1e-15, `ν=3`);
  }
  // Far tails keep relative accuracy: Cauchy P(T < −t) = atan(1/t)/π.
  for (const t of [1e3, 1e8, 1e200]) {
    assertRelative(studentTCdf(-t, 1), Math.atan(1 / t) / Math.PI, 1e-13, `Cauchy tail ${t}`);
  }
  // mpmath: P(T > t) for (t, ν) = (2, 10), (5, 3.5), (40, 7), (3, 1e6), (8, 1e6).
  const upper: [number, number, number][] = [
    [2, 10, 0.036694017385370183],
    [5, 3.5, 0.0052750894959338901],
    [40, 7, 7.9510899924251852e-10],
    [3, 1e6, 0.0013499312707108985],
    [8, 1e6, 6.2275317166012598e-16],
  ];
  for (const [t, df, tail] of upper) {
    assertRelative(studentTCdf(-t, df), tail, 1e-10, `P(T > ${t}; ${df})`);
    assertClose(studentTCdf(t, df), 1 - tail, 1e-13, `P(T ≤ ${t}; ${df})`);
  }
  assertClose(studentTCdf(1.5, Infinity), normalCdf(1.5), 1e-16, "df = ∞ is normal");
  // Huge df (A&S 26.7.8 branch) approaches the normal: ν = 10⁹ differs by ~1e-9 relative.
  assertRelative(studentTCdf(-3, 1e9), normalCdf(-3), 1e-7, "ν = 1e9");
  assert.equal(studentTCdf(-Infinity, 4), 0);
  assert.equal(studentTCdf(Infinity, 4), 1);
  assert.throws(
    () => studentTCdf(1, 0),
    /studentTCdf: df: expected a number > 0 \(Infinity allowed\), found 0/,
  );
  assert.throws(() => studentTCdf(NaN, 3), /studentTCdf: t: expected a number, found NaN/);
  assert.throws(() => studentTQuantile(0.5, -2), /studentTQuantile: df: expected a number > 0/);
  assert.throws(() => studentTQuantile(-0.1, 2), /studentTQuantile: p: expected a probability/);
});

// ---------------------------------------------------------------------------------------------
// Summaries and comparisons

Deno.test("summarize: hand-computed interval", () => {
  const s = summarize([10, 12, 11, 13, 9]);
  // Hand: mean 11; squared deviations 1+1+0+4+4 = 10; s² = 2.5; s = 1.5811388;
  // halfWidth = t(0.975, 4)·s/√5 = 2.7764451·1.5811388/2.2360680 = 1.9632432.
  assert.equal(s.n, 5);
  assert.equal(s.mean, 11);
  assertClose(s.sd, Math.sqrt(2.5), 1e-15, "sd");
  assertClose(s.halfWidth, 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5), 1e-13, "hw");
  assertClose(s.halfWidth, 1.9632432, 1e-7, "hw by hand");
  assertClose(s.ci[0], 11 - s.halfWidth, 1e-15, "low");
  assertClose(s.ci[1], 11 + s.halfWidth, 1e-15, "high");
  assert.equal(s.min, 9);
  assert.equal(s.max, 13);
  assert.equal(s.median, 11);
  assert.equal(s.confidence, 0.95);
  assert.equal(s.p05, undefined, "p05 only from 20 values on");
  assert.equal(s.p95, undefined);
  // 90 % interval: t(0.95, 4) = 2.1318468 (t table: 2.132).
  assertClose(
    summarize([10, 12, 11, 13, 9], 0.9).halfWidth,
    2.1318468 * Math.sqrt(0.5),
    1e-7,
    "90%",
  );
});

Deno.test("summarize: percentiles from 20 values; order of input irrelevant", () => {
  const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1
  const s = summarize(values);
  // Type 7 on 1…20: p05 at position 19·0.05 = 0.95 → 1.95; p95 at 18.05 → 19.05.
  assertClose(s.p05!, 1.95, 1e-14, "p05");
  assertClose(s.p95!, 19.05, 1e-14, "p95");
  assert.equal(s.median, 10.5);
  assert.equal(s.mean, 10.5);
  assert.deepEqual(values[0], 20, "input not sorted in place");
});

Deno.test("summarize: n = 1 gives NaN spread; bad input throws", () => {
  const one = summarize([4.2]);
  assert.equal(one.n, 1);
  assert.equal(one.mean, 4.2);
  assert.equal(one.median, 4.2);
  assert.ok(Number.isNaN(one.sd));
  assert.ok(Number.isNaN(one.halfWidth));
  assert.ok(Number.isNaN(one.ci[0]) && Number.isNaN(one.ci[1]));
  assert.throws(
    () => summarize([]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message === "summarize: values: expected at least one value, found an empty array",
  );
  assert.throws(
    () => summarize([1, NaN]),
    /summarize: values\[1\]: expected a finite number, found NaN/,
  );
  assert.throws(
    () => summarize([1, 2], 95),
    /summarize: confidence: expected a number in \(0, 1\), found 95/,
  );
});

Deno.test("proportionSummary: Wilson interval by hand and against Newcombe (1998)", () => {
  // Hand, 8 of 10 at 95 %: z = 1.959964, z² = 3.841459;
  // centre = (0.8 + 3.841459/20)/(1 + 0.3841459) = 0.9920729/1.3841459 = 0.7167402;
  // half = 1.959964/1.3841459 · √(0.8·0.2/10 + 3.841459/400) = 1.4160108 · 0.1600114 = 0.2265777.
  const s = proportionSummary(8, 10);
  assert.equal(s.proportion, 0.8);
  assertClose(s.center, 0.7167402, 1e-7, "centre");
  assertClose(s.halfWidth, 0.2265777, 1e-7, "half-width");
  assertClose(s.ci[0], 0.7167402 - 0.2265777, 2e-7, "low");
  assertClose(s.ci[1], 0.7167402 + 0.2265777, 2e-7, "high");
  // Newcombe (1998), Statistics in Medicine 17, 857–872, Table II, method 3 (score, no CC).
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, low, high] of published) {
    const { ci } = proportionSummary(x, n);
    assert.ok(Math.abs(ci[0] - low) < 5e-5 && Math.abs(ci[1] - high) < 5e-5, `${x}/${n}: ${ci}`);
  }
  assert.deepEqual(proportionSummary(20, 20).ci[1], 1, "all successes: upper end exactly 1");
  assert.throws(
    () => proportionSummary(11, 10),
    /proportionSummary: successes: expected an integer in \[0, 10\] \(n\), found 11/,
  );
  assert.throws(
    () => proportionSummary(0, 0),
    /proportionSummary: n: expected an integer ≥ 1, found 0/,
  );
  assert.throws(() => proportionSummary(1, 2, 1), /confidence: expected a number in \(0, 1\)/);
});

Deno.test("welchTTest: against a hand/scipy computation", () => {
  const a = [19, 22, 16, 29, 24];
  const b = [20, 11, 17, 12];
  const r = welchTTest(a, b);
  // Hand: means 22 and 15; squared deviations 9+0+36+49+4 = 98 and 25+16+4+9 = 54, so
  // s_a² = 24.5, s_b² = 18; v = s²/n: v_a = 4.9, v_b = 4.5; se = √9.4 = 3.0659.
  assert.equal(r.difference, 7);
  assertClose(r.standardError, Math.sqrt(9.4), 1e-15, "se");
  // df = 9.4² / (4.9²/4 + 4.5²/3) = 88.36 / 12.7525 = 6.9288…
  assertClose(r.df, 88.36 / 12.7525, 1e-14, "df");
  assertClose(r.df, 6.9288375, 1e-7, "df by hand");
  assertClose(r.t, 7 / Math.sqrt(9.4), 1e-15, "t");
  // scipy.stats.ttest_ind(a, b, equal_var=False): p = 0.05675092592187574 with these data.
  assertRelative(r.pValue, 0.05675092592187574, 1e-10, "p");
  assert.equal(r.significant, false);
  assertClose(r.ci[1] - r.ci[0], 2 * studentTQuantile(0.975, r.df) * r.standardError, 1e-14, "ci");
  assert.equal(welchTTest(a, b, 0.9).significant, true, "p = 0.057 < 0.10");
});

Deno.test("welchTTest: constant samples and errors", () => {
  const same = welchTTest([3, 3, 3], [3, 3]);
  assert.equal(same.pValue, 1);
  assert.equal(same.significant, false);
  assert.deepEqual(same.ci, [0, 0]);
  assert.ok(Number.isNaN(same.df));
  const apart = welchTTest([3, 3, 3], [1, 1]);
  assert.equal(apart.pValue, 0);
  assert.equal(apart.t, Infinity);
  assert.equal(apart.significant, true);
  // One constant sample is fine: df = n_other − 1.
  assertClose(welchTTest([1, 2, 3, 4], [0, 0, 0]).df, 3, 1e-14, "df with one constant sample");
  assert.throws(
    () => welchTTest([1], [1, 2]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message === "welchTTest: a: expected at least two values (a variance is needed), found 1",
  );
  assert.throws(
    () => welchTTest([1, 2], [1, Infinity]),
    /welchTTest: b\[1\]: expected a finite number/,
  );
});

Deno.test("pairedDifference: against a hand/scipy computation", () => {
  const r = pairedDifference([12, 15, 11, 14], [10, 14, 10, 11]);
  // Differences 2, 1, 1, 3: mean 1.75, squared deviations 0.0625+0.5625+0.5625+1.5625 = 2.75,
  // s² = 2.75/3, s = 0.957427; t = 1.75/(0.957427/2) = 3.655631 on 3 df.
  assert.equal(r.n, 4);
  assert.equal(r.mean, 1.75);
  assertClose(r.sd, Math.sqrt(2.75 / 3), 1e-15, "sd");
  assertClose(r.t, 1.75 / (Math.sqrt(2.75 / 3) / 2), 1e-14, "t");
  assert.equal(r.df, 3);
  // scipy.stats.ttest_rel(a, b): p = 0.03535284700251737
  assertRelative(r.pValue, 0.03535284700251737, 1e-10, "p");
  assert.equal(r.significant, true);
  // t(0.975, 3) = 3.182446 (t table: 3.182): half-width 3.182446·0.957427/2 = 1.523480.
  assertClose(r.halfWidth, 1.523480, 1e-6, "half-width");
  assert.equal(r.median, 1.5);
});

Deno.test("pairedDifference: under common random numbers it sees what Welch misses", () => {
  // Scenario B is A plus 0.5 plus a little noise, replication by replication (CRN), while the
  // replications themselves vary a lot. Paired: the 0.5 is clear. Welch: lost in the spread.
  const rng = seedrandom("crn");
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 10; i++) {
    const shared = 20 * rng();
    a.push(shared + 0.5 + 0.1 * rng());
    b.push(shared + 0.1 * rng());
  }
  const paired = pairedDifference(a, b);
  const welch = welchTTest(a, b);
  assert.ok(paired.significant && paired.pValue < 1e-6, `paired p = ${paired.pValue}`);
  assert.ok(!welch.significant && welch.pValue > 0.5, `Welch p = ${welch.pValue}`);
  assert.ok(paired.ci[0] > 0.3 && paired.ci[1] < 0.7, `paired ci ${paired.ci}`);
});

Deno.test("pairedDifference: edge cases and errors", () => {
  const one = pairedDifference([5], [3]);
  assert.equal(one.mean, 2);
  assert.ok(Number.isNaN(one.pValue));
  assert.equal(one.significant, false);
  const constant = pairedDifference([5, 6, 7], [4, 5, 6]);
  assert.equal(constant.pValue, 0, "every difference is exactly 1");
  assert.equal(pairedDifference([5, 6], [5, 6]).pValue, 1);
  assert.throws(
    () => pairedDifference([1, 2, 3], [1, 2]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message ===
        "pairedDifference: b: expected as many values as a (3, one per replication), found 2",
  );
  assert.throws(() => pairedDifference([], []), /pairedDifference: a: expected at least one value/);
});

/**
 * Tests of sim/engine/stats/tally.ts: the streaming monitor of observations, with its P²
 * quantiles (p2-quantile.ts).
 */
import assert from "node:assert/strict";
import seedrandom from "seedrandom";
import { quantileSorted, sampleVariance } from "simple-statistics";
import { P2Quantile } from "../../sim/engine/stats/p2-quantile.ts";
import { Tally } from "../../sim/engine/stats/tally.ts";
import { assertClose, assertRelative } from "../support/assertions.ts";

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

/** Tests of sim/engine/random/nhpp.ts: non-homogeneous Poisson arrivals. */
import assert from "node:assert/strict";
import { nhppArrivals } from "../../sim/engine/random/nhpp.ts";
import { PiecewiseRate } from "../../sim/engine/random/piecewise-rate.ts";
import { assertMoments, N, rngFor } from "../support/sampling.ts";

Deno.test("nhppArrivals: inverts the cumulative rate exactly", () => {
  // A stub uniform u with −ln(1 − u) = 7: the 7 units of cumulative rate are spent as 6 on
  // [0, 2) at rate 3, none on [2, 5), then 1 at rate 10 → arrival at 5.1.
  const rate = new PiecewiseRate([0, 2, 5, 6, 10], [3, 0, 10, 1, 0]);
  const u = -Math.expm1(-7);
  const next = nhppArrivals(() => u, rate);
  assert.ok(Math.abs(next(0) - 5.1) < 1e-12);
  // From 5.5: 5 units on [5.5, 6), 2 more at rate 1 → 8.
  assert.ok(Math.abs(next(5.5) - 8) < 1e-12);
  // From 7: only 3 units are left before the rate drops to 0 for ever.
  assert.equal(next(7), Infinity);
  // Before the first breakpoint the rate is 0: from −5, as from 0.
  assert.ok(Math.abs(next(-5) - 5.1) < 1e-12);
  assert.equal(next(Infinity), Infinity);
});

Deno.test("nhppArrivals: counts per segment are Poisson(rate × length)", () => {
  const rate = new PiecewiseRate([0, 2, 5, 6, 10], [3, 0, 10, 1, 0]);
  const next = nhppArrivals(rngFor("nhpp"), rate);
  const runs = 20_000;
  const counts = [0, 1, 2, 3].map(() => new Float64Array(runs));
  for (let r = 0; r < runs; r++) {
    let previous = 0;
    for (let t = next(0); t < Infinity; t = next(t)) {
      assert.ok(t > previous && t < 10, `arrival ${t} after ${previous}`);
      counts[rate.segmentAt(t)][r]++;
      previous = t;
    }
  }
  assert.ok(counts[1].every((c) => c === 0), "arrivals in a zero-rate segment");
  for (const [i, lambda] of [[0, 6], [2, 10], [3, 4]]) {
    assertMoments(`segment ${i}`, counts[i], {
      mean: lambda,
      variance: lambda,
      mu4: lambda * (1 + 3 * lambda),
    });
  }
});

Deno.test("nhppArrivals: constant rate gives exponential gaps; start inside or before", () => {
  const next = nhppArrivals(rngFor("nhpp constant"), new PiecewiseRate([0], [2]));
  const gaps = new Float64Array(N);
  let t = 0;
  for (let i = 0; i < N; i++) {
    const u = next(t);
    gaps[i] = u - t;
    t = u;
  }
  assertMoments("gaps at rate 2", gaps, { mean: 0.5, variance: 0.25, mu4: 9 / 16 });

  const window = new PiecewiseRate([5, 7], [2, 0]);
  const arrivals = nhppArrivals(rngFor("nhpp window"), window);
  for (const [from, lambda] of [[0, 4], [6, 2]]) {
    const counts = new Float64Array(20_000);
    for (let r = 0; r < counts.length; r++) {
      for (let a = arrivals(from); a < Infinity; a = arrivals(a)) {
        assert.ok(a >= Math.max(from, 5) && a < 7);
        counts[r]++;
      }
    }
    assertMoments(`window from ${from}`, counts, {
      mean: lambda,
      variance: lambda,
      mu4: lambda * (1 + 3 * lambda),
    });
  }
  assert.equal(nhppArrivals(rngFor("nhpp zero"), new PiecewiseRate([0], [0]))(0), Infinity);
});

/** Tests of sim/engine/random/empirical-continuous.ts. */
import assert from "node:assert/strict";
import { quantile } from "simple-statistics";
import {
  empiricalContinuous,
  type EmpiricalPoint,
} from "../../sim/engine/random/empirical-continuous.ts";
import { assertMoments, draw, fromRaw, N, rngFor, Z } from "../support/sampling.ts";

Deno.test("empiricalContinuous: quantiles and moments of the piecewise-linear CDF", () => {
  const points: EmpiricalPoint[] = [[1, 0], [2, 0.1], [5, 0.5], [5.5, 0.5], [30, 1]];
  const xs = Array.from(draw(empiricalContinuous(rngFor("empirical"), points)));
  // On each segment the density is Δp/Δx; the p-quantile interpolates linearly.
  const cases: [p: number, q: number, density: number][] = [
    [0.05, 1.5, 0.1 / 1],
    [0.1, 2, 0.1], // at a kink: the smaller density of the two sides, for a wider SE
    [0.3, 3.5, 0.4 / 3],
    [0.75, 17.75, 0.5 / 24.5],
    [0.9, 25.1, 0.5 / 24.5],
  ];
  for (const [p, q, f] of cases) {
    const se = Math.sqrt(p * (1 - p) / N) / f;
    const got = quantile(xs, p);
    assert.ok(Math.abs(got - q) <= Z * se, `q${p}: ${got}, theory ${q} ± ${Z * se}`);
  }
  // The flat part of the CDF, (5, 5.5), is never sampled.
  assert.ok(xs.every((x) => x >= 1 && x <= 30 && !(x > 5 && x < 5.5)));
  // Raw moments: a mixture of uniforms on the segments, weights Δp.
  const raw = [1, 2, 3, 4].map((n) => {
    let m = 0;
    for (let i = 1; i < points.length; i++) {
      const [a, pa] = points[i - 1];
      const [b, pb] = points[i];
      m += (pb - pa) * (b ** (n + 1) - a ** (n + 1)) / ((n + 1) * (b - a));
    }
    return m;
  });
  assertMoments("empiricalContinuous", xs, fromRaw(raw[0], raw[1], raw[2], raw[3]));
});

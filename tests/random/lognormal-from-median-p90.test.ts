/** Tests of sim/engine/random/lognormal-from-median-p90.ts. */
import assert from "node:assert/strict";
import { quantile } from "simple-statistics";
import { lognormalFromMedianP90 } from "../../sim/engine/random/lognormal-from-median-p90.ts";
import type { Rng } from "../../sim/engine/random/rng.ts";
import { standardNormal } from "../../sim/engine/random/standard-normal.ts";
import { assertMoments, draw, N, rngFor, Z } from "../support/sampling.ts";

/**
 * A stub `rng` that makes the polar method return exactly `z` first: with y = 0 (u₂ = ½) the
 * output is x·√(−2 ln x² / x²) = sign(x)·√(−4 ln|x|), so |x| = exp(−z²/4).
 */
function rngGiving(z: number): Rng {
  const uniforms = z === 0 ? [0.5, 0.75] : [(1 + Math.exp(-z * z / 4)) / 2, 0.5];
  let i = 0;
  return () => uniforms[i++ % 2];
}

Deno.test("lognormalFromMedianP90: z = 0 gives the median and z = Φ⁻¹(0.9) the p90", () => {
  const z90 = 1.2815515655446004;
  assert.ok(Math.abs(standardNormal(rngGiving(z90))() - z90) < 1e-12);
  assert.ok(Math.abs(lognormalFromMedianP90(rngGiving(0), 10, 25)() - 10) < 1e-12);
  assert.ok(Math.abs(lognormalFromMedianP90(rngGiving(z90), 10, 25)() - 25) < 1e-12);
});

Deno.test("lognormalFromMedianP90: sample median and 90th percentile", () => {
  const [median, p90] = [10, 25];
  const sigma = Math.log(p90 / median) / 1.2815515655446004;
  const xs = Array.from(draw(lognormalFromMedianP90(rngFor("lognormal median p90"), median, p90)));
  // SE of a sample p-quantile: √(p(1 − p)/n) / f(q_p), f the lognormal density.
  const density = (x: number, z: number) =>
    Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / (x * sigma);
  for (const [p, q, z] of [[0.5, median, 0], [0.9, p90, 1.2815515655446004]]) {
    const se = Math.sqrt(p * (1 - p) / N) / density(q, z);
    const got = quantile(xs, p);
    assert.ok(Math.abs(got - q) <= Z * se, `q${p}: ${got}, theory ${q} ± ${Z * se}`);
  }
  // Mean median·e^(σ²/2), variance mean²(e^(σ²) − 1).
  const s2 = sigma * sigma;
  const mean = median * Math.exp(s2 / 2);
  const variance = mean * mean * Math.expm1(s2);
  const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
  assertMoments("lognormalFromMedianP90(10, 25)", xs, {
    mean,
    variance,
    mu4: kurtosis * variance ** 2,
  });
});

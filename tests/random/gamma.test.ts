/** Tests of sim/engine/random/gamma.ts. */
import assert from "node:assert/strict";
import { gamma } from "../../sim/engine/random/gamma.ts";
import { assertMoments, draw, gammaTheory, N, rngFor, Z } from "../support/sampling.ts";

/**
 * √n times the Kolmogorov–Smirnov distance between a sample and a CDF. Under the null it
 * exceeds 2.693 with probability about 2e^(−2·2.693²) = 10⁻⁶ (Kolmogorov's limit law).
 */
function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return d * Math.sqrt(n);
}
const KS_CRITICAL = 2.693;

Deno.test("gamma: mean and variance for shapes below and above 1", () => {
  for (const [k, theta] of [[0.3, 2], [0.9, 1], [1, 3], [2.5, 0.5], [40, 0.1]]) {
    const xs = draw(gamma(rngFor(`gamma ${k} ${theta}`), k, theta));
    assertMoments(`gamma(${k}, ${theta})`, xs, gammaTheory(k, theta));
    assert.ok(xs.every((x) => x > 0));
  }
});

Deno.test("gamma: the whole distribution for shapes 2 and 3 (Kolmogorov–Smirnov)", () => {
  // Integer shapes have a closed-form CDF: 1 − e^(−x) Σ_{j<k} x^j / j!.
  const cdfs: [number, (x: number) => number][] = [
    [2, (x) => 1 - Math.exp(-x) * (1 + x)],
    [3, (x) => 1 - Math.exp(-x) * (1 + x + x * x / 2)],
  ];
  for (const [k, cdf] of cdfs) {
    // n = 10⁶: KS then also sees a shape off by 1 % (e.g. a wrong d = k − 1/3).
    const d = ksStatistic(draw(gamma(rngFor(`gamma ks ${k}`), k, 1), 1_000_000), cdf);
    assert.ok(d < KS_CRITICAL, `gamma(${k}, 1): √n·D = ${d}`);
  }
});

Deno.test("gamma: shape 0.3 has the right mass near 0", () => {
  // P(X ≤ x) for shape k is ≈ x^k / Γ(k + 1) for small x: a boost bug (U^k instead of U^(1/k))
  // would move this mass by orders of magnitude. Here x = 1e-4, scale 1:
  // P = γ(0.3, 1e-4)/Γ(0.3) ≈ 0.0703 (series Σ (−1)ⁿ xⁿ⁺ᵏ / (n!(n + k)) / Γ(k)).
  const k = 0.3;
  const x = 1e-4;
  const gammaK = 2.991568987687591; // Γ(0.3)
  let series = 0;
  let term = 1;
  for (let n = 0; n < 10; n++) {
    if (n > 0) term *= -x / n;
    series += term * x ** k / (n + k);
  }
  const p = series / gammaK;
  const xs = draw(gamma(rngFor("gamma small mass"), k, 1));
  const got = xs.filter((v) => v <= x).length / N;
  assert.ok(Math.abs(got - p) <= Z * Math.sqrt(p * (1 - p) / N), `P(X ≤ 1e-4) ${got}, theory ${p}`);
});

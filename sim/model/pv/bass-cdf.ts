/**
 * The Bass diffusion model's cumulative adoption fraction (Bass 1969, "A new product growth
 * for model consumer durables", Management Science 15(5)): among the households that will ever
 * adopt, the share that has adopted `t` years after diffusion began,
 *
 *   F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t}),
 *
 * the solution of dF/dt = (p + qF)(1 − F), F(0) = 0: each non-adopter adopts at the rate of
 * "innovation" p plus "imitation" q times the share who already have.
 *
 * @example
 * bassCdf(0, 0.03, 0.38); // 0
 * bassCdf(5, 0.03, 0.38); // ≈ 0.331
 * bassCdf(10, 0.03, 0.38); // ≈ 0.813
 * @param t years since diffusion began (≥ 0)
 * @param p coefficient of innovation (> 0), per year
 * @param q coefficient of imitation (≥ 0), per year
 */
export function bassCdf(t: number, p: number, q: number): number {
  const x = Math.exp(-(p + q) * t);
  // −expm1 keeps 1 − e^{−(p+q)t} accurate for small t.
  return -Math.expm1(-(p + q) * t) / (1 + (q / p) * x);
}

/**
 * Morris's screening measures from the outputs of a {@link morrisDesign}: for each factor, its
 * elementary effects EE = (y(x + Δe) − y(x)) / Δ on the unit scale (so a linear y = c·X with X
 * over [lo, hi] has EE = c (hi − lo)), their mean μ, the mean of their absolute values μ*
 * (Campolongo, Cariboni & Saltelli 2007) and their standard deviation σ (interactions and
 * non-linearity). Effects that are not finite (an output undefined at a point) are left out.
 *
 * @example
 * const effects = morrisEffects(design, outputs); // outputs[t][j]: y at point j of trajectory t
 * effects[0].muStar;
 */
import type { Trajectory } from "./morris-design.ts";

/** The measures of one factor. */
export interface MorrisMeasures {
  mu: number;
  muStar: number;
  /** Sample standard deviation (n − 1); NaN with fewer than two effects. */
  sigma: number;
  /** Finite elementary effects found. */
  n: number;
}

/** The measures of each factor, in factor order. */
export function morrisEffects(
  design: readonly Trajectory[],
  outputs: readonly (readonly number[])[],
): MorrisMeasures[] {
  const factors = design[0]?.moved.length ?? 0;
  const effects: number[][] = Array.from({ length: factors }, () => []);
  design.forEach((trajectory, t) => {
    trajectory.moved.forEach((f, j) => {
      const ee = (outputs[t][j + 1] - outputs[t][j]) / trajectory.step[j];
      if (Number.isFinite(ee)) effects[f].push(ee);
    });
  });
  return effects.map((ee) => {
    const n = ee.length;
    if (n === 0) return { mu: NaN, muStar: NaN, sigma: NaN, n };
    const mu = ee.reduce((s, e) => s + e, 0) / n;
    const muStar = ee.reduce((s, e) => s + Math.abs(e), 0) / n;
    const sigma = n < 2 ? NaN : Math.sqrt(ee.reduce((s, e) => s + (e - mu) ** 2, 0) / (n - 1));
    return { mu, muStar, sigma, n };
  });
}

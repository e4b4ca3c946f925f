/**
 * Bootstrap confidence intervals of Sobol indices (Archer, Saltelli & Sobol 1997): the base
 * points of the design are resampled with replacement, the indices re-estimated on each
 * resample, and the interval is the percentiles of those estimates. Seeded, so the same seed
 * gives the same intervals.
 *
 * @example
 * const ci = bootstrapIndices(yA, yB, yAB, { seed: 7 });
 * ci.first[0]; // [low, high] of S1 of the first factor
 */
import { quantile } from "simple-statistics";
import { xor4096StateOf } from "../random/seeding.ts";
import { xor4096Doubles } from "../random/xor4096.ts";
import { sobolIndices } from "./sobol-indices.ts";

/** Options of {@link bootstrapIndices}. */
export interface BootstrapOptions {
  /** Resamples; default 1000. */
  resamples?: number;
  /** Confidence level; default 0.95. */
  confidence?: number;
  seed?: number | string;
}

/** Percentile intervals of S1 and ST of each factor ([NaN, NaN] when undefined). */
export interface IndexIntervals {
  first: [number, number][];
  total: [number, number][];
}

/** Bootstrap intervals of the indices {@link sobolIndices} estimates from the same outputs. */
export function bootstrapIndices(
  yA: readonly number[],
  yB: readonly number[],
  yAB: readonly (readonly number[])[],
  options: BootstrapOptions = {},
): IndexIntervals {
  const resamples = options.resamples ?? 1000;
  const alpha = 1 - (options.confidence ?? 0.95);
  const rng = xor4096Doubles(xor4096StateOf(`bootstrap:${options.seed ?? 0}`));
  const n = yA.length;
  const firsts: number[][] = yAB.map(() => []);
  const totals: number[][] = yAB.map(() => []);
  for (let b = 0; b < resamples; b++) {
    const rows = Array.from({ length: n }, () => Math.floor(rng() * n));
    const { first, total } = sobolIndices(yA, yB, yAB, rows);
    first.forEach((s, i) => Number.isFinite(s) && firsts[i].push(s));
    total.forEach((s, i) => Number.isFinite(s) && totals[i].push(s));
  }
  const interval = (xs: number[]): [number, number] =>
    xs.length === 0 ? [NaN, NaN] : [quantile(xs, alpha / 2), quantile(xs, 1 - alpha / 2)];
  return { first: firsts.map(interval), total: totals.map(interval) };
}

import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";
import { studentTQuantile } from "./student-t-quantile.ts";
import { checkFiniteArray, checkOpenUnit } from "./validate.ts";

/** Fewest values for which {@link summarize} reports p05 and p95 (see there). */
export const MIN_N_FOR_TAIL_PERCENTILES = 20;

/** Across-replication summary of one output measure (see {@link summarize}). */
export interface Summary {
  /** Number of values (replications). */
  n: number;
  /** Sample mean. */
  mean: number;
  /** Sample standard deviation (n − 1 divisor); NaN when n = 1. */
  sd: number;
  /** Confidence level of `ci`, e.g. 0.95. */
  confidence: number;
  /** Student-t confidence interval for the mean, [mean − halfWidth, mean + halfWidth]. */
  ci: [number, number];
  /** t(1 − α/2, n − 1)·sd/√n; NaN when n = 1. */
  halfWidth: number;
  min: number;
  max: number;
  /** Median of the values (type-7 sample quantile). */
  median: number;
  /** 5th percentile (type 7), only when n ≥ {@link MIN_N_FOR_TAIL_PERCENTILES}. */
  p05?: number;
  /** 95th percentile (type 7), only when n ≥ {@link MIN_N_FOR_TAIL_PERCENTILES}. */
  p95?: number;
}

/**
 * Summarizes the values of one output measure over independent replications: mean, standard
 * deviation, a Student-t confidence interval for the mean, range and percentiles.
 *
 * Why: replications of a stochastic simulation are i.i.d., so the interval for the mean is
 * x̄ ± t(1 − α/2, n − 1)·s/√n (Student 1908; Law 2015, *Simulation Modeling and Analysis*, 5th
 * ed., §9.4.1 for terminating runs and §9.5.2, replication/deletion, for steady state). The percentiles show the spread of
 * outcomes across replications, which the interval for the mean does not.
 *
 * Computation: mean, standard deviation and the type-7 quantiles from simple-statistics
 * (`mean`, `sampleStandardDeviation`, `quantileSorted`); the t quantile from
 * {@link studentTQuantile} (simple-statistics has no inverse t).
 *
 * Rules: with n = 1 there is no estimate of spread, so sd, halfWidth and both ends of ci are
 * NaN (an honest "unknown" that shows in any report, rather than a zero-width interval); n = 0
 * throws. p05 and p95 are given only from {@link MIN_N_FOR_TAIL_PERCENTILES} values on: below
 * that, a 5 % tail holds less than one value and the "percentile" is just the min or max
 * interpolated.
 *
 * @param values one value per replication, finite numbers
 * @param confidence confidence level in (0, 1), default 0.95
 * @throws {RangeError} when values is empty or holds a non-finite number, or confidence is not
 *   in (0, 1)
 * @example
 * summarize([10, 12, 11, 13, 9]);
 * // => { n: 5, mean: 11, sd: 1.5811…, confidence: 0.95, ci: [9.0368…, 12.9632…],
 * //      halfWidth: 1.9632…, min: 9, max: 13, median: 11 }
 */
export function summarize(values: readonly number[], confidence = 0.95): Summary {
  checkFiniteArray("summarize", "values", values);
  checkOpenUnit("summarize", "confidence", confidence);
  const n = values.length;
  if (n === 0) {
    throw new RangeError("summarize: values: expected at least one value, found an empty array");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const m = mean(sorted);
  const sd = n >= 2 ? sampleStandardDeviation(sorted) : NaN;
  const halfWidth = n >= 2
    ? studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd / Math.sqrt(n)
    : NaN;
  const summary: Summary = {
    n,
    mean: m,
    sd,
    confidence,
    ci: [m - halfWidth, m + halfWidth],
    halfWidth,
    min: sorted[0],
    max: sorted[n - 1],
    median: quantileSorted(sorted, 0.5),
  };
  if (n >= MIN_N_FOR_TAIL_PERCENTILES) {
    summary.p05 = quantileSorted(sorted, 0.05);
    summary.p95 = quantileSorted(sorted, 0.95);
  }
  return summary;
}

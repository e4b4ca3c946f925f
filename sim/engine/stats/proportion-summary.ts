import { normalQuantile } from "./normal-quantile.ts";
import { checkOpenUnit, show } from "./validate.ts";

/** A proportion with its Wilson score interval (see {@link proportionSummary}). */
export interface ProportionSummary {
  /** Number of successes (e.g. replications that met the target). */
  successes: number;
  /** Number of trials (replications). */
  n: number;
  /** successes / n. */
  proportion: number;
  /** Confidence level of `ci`. */
  confidence: number;
  /** Wilson score interval, within [0, 1]. */
  ci: [number, number];
  /** Centre of the Wilson interval, (p̂ + z²/(2n)) / (1 + z²/n), pulled from p̂ toward 1/2. */
  center: number;
  /** Half the width of the Wilson interval. */
  halfWidth: number;
}

/**
 * A proportion and its Wilson score confidence interval: for "in what share of replications is
 * the target met?", e.g. the probability that a connection is completed within 15 working days.
 *
 * Why Wilson: the textbook Wald interval p̂ ± z√(p̂(1 − p̂)/n) collapses to zero width at 0 or n
 * successes and under-covers badly for small n or p̂ near 0 or 1 — exactly the case of a target
 * met in 19 of 20 replications. The Wilson interval keeps close to nominal coverage there
 * (Brown, Cai & DasGupta 2001, "Interval estimation for a binomial proportion", Statistical
 * Science 16(2), 101–133; Newcombe 1998, Statistics in Medicine 17, 857–872).
 *
 * Formula: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22, 209–212. With p̂ = x/n and z = Φ⁻¹(1 − α/2):
 * centre = (p̂ + z²/(2n)) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²)).
 * simple-statistics has no binomial interval; z comes from {@link normalQuantile}.
 *
 * @param successes integer in [0, n]
 * @param n number of trials, an integer ≥ 1
 * @param confidence confidence level in (0, 1), default 0.95
 * @throws {RangeError} when n is not an integer ≥ 1, successes not an integer in [0, n], or
 *   confidence not in (0, 1)
 * @example
 * proportionSummary(8, 10).ci; // => [0.4901…, 0.9433…]
 * proportionSummary(0, 20).ci; // => [0, 0.1611…] (Newcombe 1998, Table II)
 */
export function proportionSummary(
  successes: number,
  n: number,
  confidence = 0.95,
): ProportionSummary {
  const where = "proportionSummary";
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`${where}: n: expected an integer ≥ 1, found ${show(n)}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(
      `${where}: successes: expected an integer in [0, ${n}] (n), found ${show(successes)}`,
    );
  }
  checkOpenUnit(where, "confidence", confidence);
  const p = successes / n;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  // At 0 or n successes one end is exactly 0 or 1 in exact arithmetic; clamp the rounding.
  const low = successes === 0 ? 0 : Math.max(0, center - halfWidth);
  const high = successes === n ? 1 : Math.min(1, center + halfWidth);
  return { successes, n, proportion: p, confidence, ci: [low, high], center, halfWidth };
}

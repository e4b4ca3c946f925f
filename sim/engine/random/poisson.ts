import type { Rng } from "./rng.ts";
import { logFactorial } from "./log-factorial.ts";
import { nonNegative, rngArg } from "./validate.ts";

/** Means below this use inversion; from it on, PTRS (Hörmann designed PTRS for mean ≥ 10). */
const PTRS_MIN_MEAN = 10;

/**
 * Poisson samples (integer counts) with the given mean: the number of events in a fixed
 * period when events arrive independently at a constant rate. Exact for every mean; no normal
 * approximation.
 *
 * - mean < 10: inversion by sequential search of the CDF from 0 (Devroye, *Non-Uniform Random
 *   Variate Generation*, 1986, ch. III), one uniform per sample, O(mean) steps. Being
 *   monotone in the uniform, it keeps common random numbers well synchronised.
 * - mean ≥ 10: Hörmann's transformed rejection with squeeze, PTRS (W. Hörmann 1993, "The
 *   transformed rejection method for generating Poisson random variables", Insurance:
 *   Mathematics and Economics 12(1)), constants as in the paper and numpy: about two uniforms
 *   per sample whatever the mean.
 *
 * `mean = 0` is allowed and always gives 0. Mean and variance both equal `mean`.
 *
 * @example
 * const callsThisHour = poisson(streams.stream("calls"), 3.5);
 * callsThisHour(); // e.g. 4
 */
export function poisson(rng: Rng, mean: number): () => number {
  rngArg("poisson", rng);
  nonNegative("poisson", "mean", mean);
  return mean < PTRS_MIN_MEAN ? poissonInversion(rng, mean) : poissonPtrs(rng, mean);
}

function poissonInversion(rng: Rng, mean: number): () => number {
  const p0 = Math.exp(-mean);
  return () => {
    const u = rng();
    let k = 0;
    let p = p0;
    let cdf = p0;
    // Stop also when the terms no longer change the sum: the CDF has reached 1 in double
    // precision (only a u within about 1e-16 of 1 gets there).
    while (u >= cdf) {
      k++;
      p *= mean / k;
      const next = cdf + p;
      if (next === cdf) break;
      cdf = next;
    }
    return k;
  };
}

function poissonPtrs(rng: Rng, mean: number): () => number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return () => {
    for (;;) {
      const u = rng() - 0.5;
      const v = rng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      // Squeeze: the centre of the hat lies under the distribution; accept at once.
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      // Exact test against the Poisson probability mass (log(0) = −Infinity accepts).
      const logHat = Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b);
      if (logHat <= -mean + k * logMean - logFactorial(k)) return k;
    }
  };
}

/**
 * A thin convenience over one seeded stream for the data generator: each method builds the
 * engine's distribution factory for the parameters of the moment and draws once. The factories
 * used here keep no state between draws (lognormal's normal pair is the exception: a fresh
 * sampler discards the spare normal, which costs a uniform but stays deterministic).
 *
 * @module
 */
import type { Rng } from "../../sim/engine/random/rng.ts";
import { discrete } from "../../sim/engine/random/discrete.ts";
import { lognormal } from "../../sim/engine/random/lognormal.ts";
import { poisson } from "../../sim/engine/random/poisson.ts";
import { triangular } from "../../sim/engine/random/triangular.ts";
import { uniform } from "../../sim/engine/random/uniform.ts";

/** Single draws from one stream. */
export class Draw {
  constructor(private readonly rng: Rng) {}

  /** Uniform on [min, max). */
  uniform(min: number, max: number): number {
    return uniform(this.rng, min, max)();
  }

  /** A whole number from `min` to `max`, both included, all equally likely. */
  int(min: number, max: number): number {
    return Math.min(max, Math.floor(uniform(this.rng, min, max + 1)()));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.rng() < p;
  }

  /** One of `values`, with probability proportional to `weights`. */
  pick<T>(values: readonly T[], weights: readonly number[]): T {
    const index = discrete(this.rng, values.map((_, i) => i), weights)();
    return values[index];
  }

  /** Poisson count with the given mean. */
  poisson(mean: number): number {
    return poisson(this.rng, mean)();
  }

  /** Lognormal with the given mean and standard deviation of the samples. */
  lognormal(mean: number, sd: number): number {
    return lognormal(this.rng, { mean, sd })();
  }

  /** Triangular on [min, max] with the given mode. */
  triangular(min: number, mode: number, max: number): number {
    return triangular(this.rng, min, mode, max)();
  }
}

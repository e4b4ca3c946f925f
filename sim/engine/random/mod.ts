/**
 * Seeded random numbers for the engine: named streams derived from one seed, the
 * distributions of simulation input modelling, and non-homogeneous Poisson arrivals. Each
 * distribution is a factory, in the style of d3-random: it takes a stream (`Rng`) and its
 * parameters, checks them once, and returns a sampler `() => number`. Beside the samplers, the
 * values at a given uniform or score (`triangularQuantile`, `lognormalAtScore`, `WeightedPick`),
 * for models that draw their uniforms themselves to keep common random numbers aligned.
 *
 * @example
 * const streams = RandomStreams.forReplication(scenario.seed, replication);
 * const serviceHours = gamma(streams.stream("service"), 2, 0.75);
 *
 * @module
 */
export type { Rng } from "./rng.ts";
export { RandomStreams } from "./streams.ts";
export { standardNormal } from "./standard-normal.ts";
export { uniform } from "./uniform.ts";
export { exponential } from "./exponential.ts";
export { triangular, triangularQuantile } from "./triangular.ts";
export { normal } from "./normal.ts";
export { lognormal, type LognormalParams } from "./lognormal.ts";
export { lognormalAtScore, lognormalFromMedianP90, Z90 } from "./lognormal-from-median-p90.ts";
export { gamma } from "./gamma.ts";
export { erlang } from "./erlang.ts";
export { weibull } from "./weibull.ts";
export { poisson } from "./poisson.ts";
export { bernoulli } from "./bernoulli.ts";
export { discrete } from "./discrete.ts";
export { WeightedPick } from "./weighted-pick.ts";
export { empiricalContinuous, type EmpiricalPoint } from "./empirical-continuous.ts";
export { PiecewiseRate } from "./piecewise-rate.ts";
export { nhppArrivals } from "./nhpp.ts";
export { profileRate, type ProfileRateOptions } from "./profile-rate.ts";

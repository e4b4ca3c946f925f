/**
 * A source of uniform random numbers in [0, 1), as `Math.random` is. Every distribution in
 * this folder takes one as its first argument (injected, as d3-random does), so a model never
 * reaches for a global generator and every draw is reproducible from a seed.
 */
export type Rng = () => number;

/** Tests of sim/engine/random/validate.ts: every factory's parameter checks and messages. */
import assert from "node:assert/strict";
import {
  bernoulli,
  discrete,
  empiricalContinuous,
  erlang,
  exponential,
  gamma,
  lognormal,
  lognormalFromMedianP90,
  nhppArrivals,
  normal,
  PiecewiseRate,
  poisson,
  profileRate,
  RandomStreams,
  type Rng,
  triangular,
  uniform,
  weibull,
} from "../../sim/engine/random/mod.ts";
import { rngFor } from "../support/sampling.ts";

Deno.test("invalid parameters throw RangeErrors that name the function and parameter", () => {
  const rng = rngFor("errors");
  const cases: [() => unknown, string][] = [
    [
      () => new RandomStreams(1.5),
      "RandomStreams: masterSeed must be a safe integer or a non-empty string, found 1.5",
    ],
    [
      () => new RandomStreams(""),
      'RandomStreams: masterSeed must be a safe integer or a non-empty string, found ""',
    ],
    [
      () => new RandomStreams(42).stream(""),
      'RandomStreams.stream: name must be a non-empty string, found ""',
    ],
    [
      () => RandomStreams.forReplication(42, -1),
      "RandomStreams.forReplication: replication must be an integer ≥ 0, found -1",
    ],
    [
      () => RandomStreams.forReplication(NaN, 0),
      "RandomStreams.forReplication: scenarioSeed must be a safe integer or a non-empty " +
      "string, found NaN",
    ],
    [() => uniform(rng, 5, 2), "uniform: max must be a finite number ≥ min (5), found 2"],
    [() => uniform(rng, NaN, 2), "uniform: min must be a finite number, found NaN"],
    [() => uniform(rng, -1e308, 1e308), "uniform: max − min must be finite, found Infinity"],
    [() => exponential(rng, -1), "exponential: rate must be a finite number > 0, found -1"],
    [() => exponential(rng, 0), "exponential: rate must be a finite number > 0, found 0"],
    [
      () => exponential(rng, Infinity),
      "exponential: rate must be a finite number > 0, found Infinity",
    ],
    [() => triangular(rng, 1, 2, 1), "triangular: max must be a finite number > min (1), found 1"],
    [
      () => triangular(rng, 1, 6, 5),
      "triangular: mode must be a number in [min, max] = [1, 5], found 6",
    ],
    [
      () => triangular(rng, 1, 2, Infinity),
      "triangular: max must be a finite number, found Infinity",
    ],
    [() => normal(rng, 0, -1), "normal: sd must be a finite number ≥ 0, found -1"],
    [() => normal(rng, NaN, 1), "normal: mean must be a finite number, found NaN"],
    [
      () => lognormal(rng, { mean: 0, sd: 1 }),
      "lognormal: mean must be a finite number > 0, found 0",
    ],
    [
      () => lognormal(rng, { mean: 1, sd: -1 }),
      "lognormal: sd must be a finite number ≥ 0, found -1",
    ],
    [
      () => lognormal(rng, { mean: 1e-200, sd: 1e200 }),
      "lognormal: sd / mean must be small enough for sd²/mean² to be finite, found Infinity",
    ],
    [
      () => lognormalFromMedianP90(rng, 0, 1),
      "lognormalFromMedianP90: median must be a finite number > 0, found 0",
    ],
    [
      () => lognormalFromMedianP90(rng, 10, 10),
      "lognormalFromMedianP90: p90 must be a finite number > median (10), found 10",
    ],
    [() => gamma(rng, 0, 1), "gamma: shape must be a finite number > 0, found 0"],
    [() => gamma(rng, 1, -2), "gamma: scale must be a finite number > 0, found -2"],
    [() => erlang(rng, 2.5, 1), "erlang: k must be an integer ≥ 1, found 2.5"],
    [() => erlang(rng, 0, 1), "erlang: k must be an integer ≥ 1, found 0"],
    [() => erlang(rng, 2, 0), "erlang: rate must be a finite number > 0, found 0"],
    [() => weibull(rng, -1, 1), "weibull: shape must be a finite number > 0, found -1"],
    [() => weibull(rng, 1, 0), "weibull: scale must be a finite number > 0, found 0"],
    [() => poisson(rng, -0.5), "poisson: mean must be a finite number ≥ 0, found -0.5"],
    [() => poisson(rng, Infinity), "poisson: mean must be a finite number ≥ 0, found Infinity"],
    [() => bernoulli(rng, 1.5), "bernoulli: p must be a number in [0, 1], found 1.5"],
    [() => bernoulli(rng, NaN), "bernoulli: p must be a number in [0, 1], found NaN"],
    [
      () => discrete(rng, [], []),
      "discrete: values must be an array of at least 1 number, found an array of length 0",
    ],
    [
      () => discrete(rng, [1, 2], [1]),
      "discrete: weights must be an array of 2 numbers (one per value), found an array of length 1",
    ],
    [
      () => discrete(rng, [1, 2], [1, -1]),
      "discrete: weights[1] must be a finite number ≥ 0, found -1",
    ],
    [
      () => discrete(rng, [1, NaN], [1, 1]),
      "discrete: values[1] must be a finite number, found NaN",
    ],
    [
      () => discrete(rng, [1, 2], [0, 0]),
      "discrete: the sum of weights must be a finite number > 0, found 0",
    ],
    [
      () => empiricalContinuous(rng, [[0, 0]]),
      "empiricalContinuous: points must be an array of at least 2 [x, cumulativeProbability] " +
      "pairs, found an array of length 1",
    ],
    [
      () => empiricalContinuous(rng, [[0, 0.1], [1, 1]]),
      "empiricalContinuous: points[0][1] (cumulative probability) must be 0, found 0.1",
    ],
    [
      () => empiricalContinuous(rng, [[0, 0], [1, 0.9]]),
      "empiricalContinuous: points[1][1] (cumulative probability) must be 1 (the last point), " +
      "found 0.9",
    ],
    [
      () => empiricalContinuous(rng, [[0, 0], [0, 1]]),
      "empiricalContinuous: points[1][0] (x) must be a number > the previous x (0), found 0",
    ],
    [
      () => empiricalContinuous(rng, [[0, 0], [1, 0.6], [2, 0.5], [3, 1]]),
      "empiricalContinuous: points[2][1] (cumulative probability) must be a number in [0.6, " +
      "1], found 0.5",
    ],
    [
      () => new PiecewiseRate([0, 1], [1]),
      "PiecewiseRate: rates must be an array of 2 numbers (one per breakpoint), found an " +
      "array of length 1",
    ],
    [
      () => new PiecewiseRate([0, 2, 1], [1, 1, 1]),
      "PiecewiseRate: breakpoints[2] must be a number > breakpoints[1] (2), breakpoints " +
      "strictly increasing, found 1",
    ],
    [
      () => new PiecewiseRate([0, 1], [1, -1]),
      "PiecewiseRate: rates[1] must be a finite number ≥ 0, found -1",
    ],
    [
      () => new PiecewiseRate([], []),
      "PiecewiseRate: breakpoints must be an array of at least 1 number, found an array of " +
      "length 0",
    ],
    [
      () => nhppArrivals(rng, new PiecewiseRate([0], [1]))(NaN),
      "nhppArrivals: after must be a number (a time), found NaN",
    ],
  ];
  const profile = { start: 0, end: 24, baseRatePerHour: 1, epoch: "2024-01-01" };
  cases.push(
    [
      () => profileRate({ ...profile, epoch: "2023-02-29" }),
      'profileRate: epoch must be an existing calendar date "YYYY-MM-DD", found "2023-02-29"',
    ],
    [
      () => profileRate({ ...profile, epoch: "2024/01/01" }),
      'profileRate: epoch must be an existing calendar date "YYYY-MM-DD", found "2024/01/01"',
    ],
    [
      () => profileRate({ ...profile, end: 0 }),
      "profileRate: end must be a finite number > start (0), found 0",
    ],
    [
      () => profileRate({ ...profile, end: 3.6e6 }),
      "profileRate: end − start must be at most 1000000 hours (times are in hours), found 3600000",
    ],
    [
      () => profileRate({ ...profile, baseRatePerHour: -1 }),
      "profileRate: baseRatePerHour must be a finite number ≥ 0, found -1",
    ],
    [
      () => profileRate({ ...profile, hourFactors: new Array(23).fill(1) }),
      "profileRate: hourFactors must be an array of 24 numbers, found an array of length 23",
    ],
    [
      () => profileRate({ ...profile, weekdayFactors: [1, 1, 1, 1, 1, 1, -1] }),
      "profileRate: weekdayFactors[6] must be a finite number ≥ 0, found -1",
    ],
    [
      () => profileRate({ ...profile, hourFactor: [] } as never),
      "profileRate: options must be an object with keys among start, end, baseRatePerHour, " +
      'monthFactors, weekdayFactors, hourFactors, epoch, found key "hourFactor"',
    ],
  );
  for (const [thunk, message] of cases) {
    assert.throws(thunk, (e: unknown) => {
      assert.ok(e instanceof RangeError, `not a RangeError: ${e}`);
      assert.equal(e.message, message);
      return true;
    });
  }
  // Parameters given as strings (as from an untyped file) are refused, quoted.
  assert.throws(() => exponential(rng, "2" as unknown as number), {
    name: "RangeError",
    message: 'exponential: rate must be a finite number > 0, found "2"',
  });
  assert.throws(() => gamma(undefined as unknown as Rng, 1, 1), {
    name: "RangeError",
    message: "gamma: rng must be a function returning numbers in [0, 1), found undefined",
  });
});

/**
 * The sizing search against queueing theory and against itself.
 *
 * - On an M/M/c queue (one role, exponential times, no calendar: the engine's Resource fed by
 *   exponential arrivals and services), with the plan-like target "at least a share L of the
 *   customers wait no more than t", the search returns the smallest c that Erlang C says meets
 *   it: P(W ≤ t) = 1 − C(c, a)·e^{−(cμ − λ)t} (Gross & Harris, Fundamentals of Queueing Theory,
 *   §2.3). The case is chosen with a margin on both sides of the level, so that long
 *   replications decide it.
 * - Metamorphic (short replications, so verdicts are random): a higher confidence never asks for
 *   fewer servers; more demand never asks for fewer; pooling two stations' servers never needs
 *   more than each station serving only its own customers.
 */
import assert from "node:assert/strict";
import { Environment, Resource } from "../../sim/engine/mod.ts";
import { exponential } from "../../sim/engine/random/exponential.ts";
import { RandomStreams } from "../../sim/engine/random/streams.ts";
import {
  type Dimension,
  type Evaluator,
  fewestConfirmReps,
  requiredShare,
  searchSizing,
  targetProbability,
  wilsonLower,
} from "../../sim/sizing/search.ts";
import { erlangC } from "../support/queues.ts";

/** Waits of one M/M/c replication's customers after a 10 % warm-up. */
function mmcWaits(
  lambda: number,
  mu: number,
  servers: number,
  customers: number,
  seed: string,
  replication: number,
): number[] {
  const streams = RandomStreams.forReplication(seed, replication);
  const interarrival = exponential(streams.stream("arrivals"), lambda);
  const service = exponential(streams.stream("service"), mu);
  const env = new Environment();
  const desk = new Resource(env, servers, { waitQuantiles: [], monitors: false });
  const waits: number[] = [];
  const warmup = Math.floor(customers / 10);
  env.process(function* () {
    for (let i = 0; i < customers; i++) {
      const counted = i >= warmup;
      env.process(function* () {
        const turn = desk.request();
        yield turn;
        if (counted) waits.push(env.now - turn.requestedAt);
        yield service();
        desk.release(turn);
      });
      yield interarrival();
    }
  });
  env.run();
  return waits;
}

/** The share of `waits` no longer than `t`. */
const shareWithin = (waits: readonly number[], t: number) =>
  waits.filter((w) => w <= t).length / waits.length;

interface QueueCase {
  /** Arrival rate of each station (one station: an M/M/c). */
  lambdas: number[];
  mu: number;
  t: number;
  level: number;
  customers: number;
  seed: string;
}

/**
 * One dimension per station, each station its own M/M/c; a replication meets the target when
 * the share of all customers (every station) waiting ≤ t is at least the level.
 */
function queueEvaluator(q: QueueCase): Evaluator {
  return {
    run(requests) {
      return Promise.resolve(requests.map(({ counts, indices }) =>
        indices.map((r) => {
          const waits = counts.flatMap((c, s) =>
            mmcWaits(q.lambdas[s], q.mu, c, q.customers, `${q.seed}-${s}`, r)
          );
          return { met: { wait: shareWithin(waits, q.t) >= q.level } };
        })
      ));
    },
  };
}

function dimensions(q: QueueCase, base: number): Dimension[] {
  return q.lambdas.map((_, s) => ({
    id: `servers.${s}`,
    label: `station ${s}`,
    group: "queue",
    base,
    min: 1,
    max: 2 * base,
    unitCost: 1,
    free: true,
  }));
}

async function size(q: QueueCase, confidence: number, confirmReps = 80, base = 12) {
  const result = await searchSizing(
    dimensions(q, base),
    [{ id: "wait", group: "queue" }],
    queueEvaluator(q),
    { confidence, screenReps: 10, confirmReps },
  );
  assert.ok(result.answer !== null, "the search found no answer");
  return result;
}

/** P(W ≤ t) in M/M/c by Erlang C. */
function erlangWithin(lambda: number, mu: number, c: number, t: number): number {
  if (c * mu <= lambda) return 0;
  return 1 - erlangC(c, lambda / mu) * Math.exp(-(c * mu - lambda) * t);
}

Deno.test("the Wilson rule: required shares and the fewest confirmation replications", () => {
  // 59 of 60 has a Wilson lower bound of 0.911 ≥ 0.9; 58 of 60 has 0.886 (by hand, z = 1.96).
  assert.equal(requiredShare(0.9, 60), 59 / 60);
  assert.ok(Math.abs(wilsonLower(59, 60) - 0.9115) < 5e-4);
  assert.ok(Math.abs(wilsonLower(58, 60) - 0.886) < 5e-4);
  // n of n: n / (n + z²) ≥ 0.9 ⇔ n ≥ 9 · 3.8415 = 34.6.
  assert.equal(fewestConfirmReps(0.9), 35);
  assert.equal(requiredShare(0.9, 34), null);
});

Deno.test("M/M/c: size returns the smallest c that Erlang C says meets the waiting-time target", async () => {
  const q: QueueCase = {
    lambdas: [8],
    mu: 1,
    t: 0.25,
    level: 0.82,
    customers: 20_000,
    seed: "size-mmc",
  };
  let expected = 1;
  while (erlangWithin(8, 1, expected, q.t) < q.level) expected++;
  // The margin that lets long replications decide: 0.884 at c = 11, 0.752 at c = 10.
  assert.equal(expected, 11);
  assert.ok(erlangWithin(8, 1, expected, q.t) - q.level > 0.05);
  assert.ok(q.level - erlangWithin(8, 1, expected - 1, q.t) > 0.05);
  const result = await size(q, 0.9, 60, 14);
  assert.equal(result.answer!.counts[0], expected);
  assert.ok(result.confirmed);
  assert.equal(targetProbability(result.answer!, "wait").probability, 1);
  const less = result.oneLess.find((o) => o.dimension === 0)!.candidate;
  assert.equal(less.counts[0], expected - 1);
  assert.equal(targetProbability(less, "wait", 60).probability, 0);
  // Screening plus confirmation spent far fewer replications than a grid of every c at 60.
  assert.ok(result.replications < 14 * 60, `${result.replications} replications`);
});

/** Short replications: a year's share within t is noisy, so the verdict is a probability. */
const noisy = (lambdas: number[], seed: string): QueueCase => ({
  lambdas,
  mu: 1,
  t: 0.25,
  level: 0.82,
  customers: 1_000,
  seed,
});

Deno.test("metamorphic: a higher confidence never asks for fewer servers", async () => {
  const q = noisy([8], "size-confidence");
  const counts: number[] = [];
  for (const confidence of [0.5, 0.8, 0.95]) {
    counts.push((await size(q, confidence)).answer!.counts[0]);
  }
  assert.deepEqual([...counts].sort((a, b) => a - b), counts, `servers ${counts}`);
  assert.ok(counts[2] > counts[0], `confidence changed nothing: ${counts}`);
});

Deno.test("metamorphic: more demand never asks for fewer servers", async () => {
  const counts: number[] = [];
  for (const lambda of [7, 8, 9]) {
    counts.push((await size(noisy([lambda], "size-demand"), 0.8)).answer!.counts[0]);
  }
  assert.deepEqual([...counts].sort((a, b) => a - b), counts, `servers ${counts}`);
  assert.ok(counts[2] > counts[0], `demand changed nothing: ${counts}`);
});

Deno.test("metamorphic: a county pool never needs more servers than station only", async () => {
  const pooled = await size(noisy([8], "size-pool"), 0.8);
  const stations = await size(noisy([4, 4], "size-pool"), 0.8, 80, 8);
  const pooledTotal = pooled.answer!.counts[0];
  const stationTotal = stations.answer!.counts.reduce((a, b) => a + b, 0);
  assert.ok(
    pooledTotal <= stationTotal,
    `pooled ${pooledTotal} > station only ${stations.answer!.counts}`,
  );
});

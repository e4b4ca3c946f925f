/**
 * The engine must reproduce queueing theory. Each case runs independent replications (seeds from
 * named streams) with the first 10 % of customers deleted as warm-up, and compares the
 * replications' 95 % confidence interval with the closed form.
 *
 * A 95 % interval misses the truth 5 % of the time by design, so over many cases the test asks
 * for what a correct engine gives: coverage consistent with 95 % (a binomial lower bound), and no
 * case outside its 99.9 % interval (a real bug moves estimates far more than that).
 */
import assert from "node:assert/strict";
import { Environment, Resource } from "../sim/engine/mod.ts";
import { exponential } from "../sim/engine/random/exponential.ts";
import { RandomStreams } from "../sim/engine/random/streams.ts";
import { summarize } from "../sim/engine/stats/summary.ts";
import { md1MeanWait, mmcMeanWait, runMMc, runQueue } from "./support/queues.ts";

const REPLICATIONS = 10;

interface Check {
  label: string;
  truth: number;
  values: number[];
}

function covers(check: Check, confidence: number): boolean {
  const [low, high] = summarize(check.values, confidence).ci;
  return low <= check.truth && check.truth <= high;
}

function assertAgreement(checks: Check[]): void {
  const report = checks.map((c) => {
    const s = summarize(c.values, 0.95);
    return `${c.label}: theory ${c.truth.toFixed(4)}, sim ${s.mean.toFixed(4)} ` +
      `[${s.ci[0].toFixed(4)}, ${s.ci[1].toFixed(4)}]`;
  }).join("\n");
  const missed999 = checks.filter((c) => !covers(c, 0.999));
  assert.deepEqual(missed999.map((c) => c.label), [], `outside the 99.9 % CI:\n${report}`);
  // Coverage: with n cases at 95 %, fewer than n·0.95 − 3·sd hits means the intervals are wrong.
  const hits = checks.filter((c) => covers(c, 0.95)).length;
  const n = checks.length;
  const lowest = Math.floor(n * 0.95 - 3 * Math.sqrt(n * 0.95 * 0.05));
  assert.ok(
    hits >= lowest,
    `only ${hits}/${n} 95 % CIs cover the theory (need ≥ ${lowest}):\n${report}`,
  );
}

Deno.test("M/M/c, c = 1…8, ρ up to 0.95: mean wait matches Erlang C, utilisation matches ρ", () => {
  const waits: Check[] = [];
  const utilisations: Check[] = [];
  for (let c = 1; c <= 8; c++) {
    for (const rho of [0.5, 0.8, 0.95]) {
      const mu = 1;
      const lambda = rho * c * mu;
      // Heavier loads relax more slowly (≈ 1/(1 − √ρ)²): give them longer runs.
      const customers = rho < 0.9 ? 20_000 : 120_000;
      const wait: number[] = [];
      const util: number[] = [];
      for (let r = 0; r < REPLICATIONS; r++) {
        const streams = RandomStreams.forReplication(`mmc-${c}-${rho}`, r);
        const run = runMMc(
          lambda,
          mu,
          c,
          customers,
          streams.stream("arrivals"),
          streams.stream("service"),
        );
        wait.push(run.meanWait);
        util.push(run.utilisation);
      }
      waits.push({
        label: `M/M/${c} ρ=${rho} Wq`,
        truth: mmcMeanWait(lambda, mu, c),
        values: wait,
      });
      utilisations.push({ label: `M/M/${c} ρ=${rho} util`, truth: rho, values: util });
    }
  }
  assertAgreement(waits);
  assertAgreement(utilisations);
});

Deno.test("M/D/1 matches Pollaczek–Khinchine", () => {
  const checks: Check[] = [];
  for (const rho of [0.5, 0.8, 0.9]) {
    const values: number[] = [];
    for (let r = 0; r < REPLICATIONS; r++) {
      const streams = RandomStreams.forReplication(`md1-${rho}`, r);
      const run = runQueue({
        servers: 1,
        customers: 60_000,
        warmup: 6_000,
        interarrival: exponential(streams.stream("arrivals"), rho),
        service: () => 1,
      });
      values.push(run.meanWait);
    }
    checks.push({ label: `M/D/1 ρ=${rho}`, truth: md1MeanWait(rho, 1), values });
  }
  assertAgreement(checks);
});

Deno.test("Little's law: time-average queue length = throughput × mean wait", () => {
  for (const [c, rho] of [[1, 0.7], [3, 0.9], [8, 0.6]]) {
    const streams = new RandomStreams(`little-${c}`);
    const run = runMMc(
      rho * c,
      1,
      c,
      50_000,
      streams.stream("arrivals"),
      streams.stream("service"),
    );
    const little = run.throughput * run.meanWait;
    assert.ok(
      Math.abs(run.meanQueueLength - little) <= 0.01 * little,
      `c=${c}: Lq=${run.meanQueueLength}, λW=${little}`,
    );
  }
});

Deno.test("non-preemptive priority M/M/1 matches Cobham's formula for each class", () => {
  // Two classes, equal exponential service μ = 1, λ1 = 0.3 (high), λ2 = 0.5 (low).
  // W0 = Σ λi E[Si²] / 2 = 0.8; Wq1 = W0 / (1 − ρ1); Wq2 = W0 / ((1 − ρ1)(1 − ρ1 − ρ2))
  // (Cobham 1954; Gross & Harris §3.4.1).
  const [l1, l2] = [0.3, 0.5];
  const w0 = l1 + l2;
  const truth = [w0 / (1 - l1), w0 / ((1 - l1) * (1 - l1 - l2))];
  const values: number[][] = [[], []];
  for (let r = 0; r < REPLICATIONS; r++) {
    const streams = RandomStreams.forReplication("priority", r);
    const env = new Environment();
    const server = new Resource(env, 1, { discipline: "priority", waitQuantiles: [] });
    const sums = [0, 0];
    const counts = [0, 0];
    const service = exponential(streams.stream("service"), 1);
    // Both classes arrive until the horizon; customers arriving before the warm-up are not counted.
    const horizon = 100_000;
    const warmup = horizon / 10;
    [l1, l2].forEach((lambda, k) => {
      const gap = exponential(streams.stream(`arrivals-${k}`), lambda);
      env.process(function* () {
        while (env.now < horizon) {
          const counted = env.now >= warmup;
          env.process(function* () {
            const turn = server.request(k);
            yield turn;
            if (counted) {
              sums[k] += turn.grantedAt - turn.requestedAt;
              counts[k]++;
            }
            yield service();
            server.release(turn);
          }());
          yield gap();
        }
      });
    });
    env.run();
    values[0].push(sums[0] / counts[0]);
    values[1].push(sums[1] / counts[1]);
  }
  assertAgreement([
    { label: "priority high Wq", truth: truth[0], values: values[0] },
    { label: "priority low Wq", truth: truth[1], values: values[1] },
  ]);
  assert.ok(summarize(values[0]).mean < summarize(values[1]).mean);
});

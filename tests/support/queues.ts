/**
 * Textbook queues built with the engine's public, process-style API, and the formulas they must
 * reproduce. Used by the queueing tests and the engine benchmark.
 */
import { Environment, Resource } from "../../sim/engine/mod.ts";
import { exponential } from "../../sim/engine/random/exponential.ts";
import type { Rng } from "../../sim/engine/random/rng.ts";

export interface QueueRun {
  /** Mean wait in queue of the customers that arrived after the warm-up. */
  meanWait: number;
  /** Busy servers / servers, time-averaged after the warm-up. */
  utilisation: number;
  /** Time-averaged number waiting after the warm-up. */
  meanQueueLength: number;
  /** Customers served per time unit after the warm-up (throughput, for Little's law). */
  throughput: number;
  /** Events the environment fired. */
  events: number;
}

/**
 * A G/G/c queue: `customers` arrive with the given inter-arrival sampler, each holds one of
 * `servers` units for a service time. Monitors are reset after `warmup` customers have arrived.
 */
export function runQueue(options: {
  servers: number;
  customers: number;
  warmup: number;
  interarrival: () => number;
  service: () => number;
  waitQuantiles?: number[];
}): QueueRun {
  const { servers, customers, warmup, interarrival, service } = options;
  const env = new Environment();
  const desk = new Resource(env, servers, { waitQuantiles: options.waitQuantiles ?? [] });
  let warmedUpAt = 0;

  function* customer() {
    const turn = desk.request();
    yield turn;
    yield service();
    desk.release(turn);
  }

  env.process(function* source() {
    for (let i = 0; i < customers; i++) {
      if (i === warmup) {
        desk.resetMonitors();
        warmedUpAt = env.now;
      }
      env.process(customer());
      yield interarrival();
    }
  });
  env.run();
  const horizon = env.now - warmedUpAt;
  return {
    meanWait: desk.waitTime.mean,
    utilisation: desk.utilisation(),
    meanQueueLength: desk.queueLength.mean(env.now),
    throughput: desk.waitTime.count / horizon,
    events: env.eventsFired,
  };
}

/** M/M/c with arrival rate λ and service rate μ per server. */
export function runMMc(
  lambda: number,
  mu: number,
  servers: number,
  customers: number,
  arrivals: Rng,
  services: Rng,
): QueueRun {
  return runQueue({
    servers,
    customers,
    warmup: Math.floor(customers / 10),
    interarrival: exponential(arrivals, lambda),
    service: exponential(services, mu),
  });
}

/**
 * Erlang's C formula: the probability that an arriving customer waits in an M/M/c queue with
 * offered load a = λ/μ (Erlang 1917; e.g. Gross & Harris, Fundamentals of Queueing Theory, §2.3).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= offeredLoad / (k + 1);
  }
  const last = term * servers / (servers - offeredLoad);
  return last / (sum + last);
}

/** Mean wait in queue of M/M/c: Wq = C(c, a) / (cμ − λ). */
export function mmcMeanWait(lambda: number, mu: number, servers: number): number {
  return erlangC(servers, lambda / mu) / (servers * mu - lambda);
}

/** Mean wait in queue of M/D/1 (Pollaczek–Khinchine with zero service variance): ρ / (2μ(1 − ρ)). */
export function md1MeanWait(lambda: number, mu: number): number {
  const rho = lambda / mu;
  return rho / (2 * mu * (1 - rho));
}

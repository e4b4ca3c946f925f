/**
 * The engine's mechanics, on hand-made cases whose every time is known: the event list's order,
 * processes waiting for durations, signals, other processes and resources, interrupts, and
 * resources whose capacity changes during a run.
 */
import assert from "node:assert/strict";
import {
  AllOf,
  AnyOf,
  Environment,
  EventHeap,
  Interrupt,
  RandomStreams,
  Resource,
  ScheduledEvent,
  Signal,
  URGENT,
  Waitable,
} from "../sim/engine/mod.ts";
import { defineColumnProperties, NumberColumns } from "../sim/engine/number-columns.ts";
import { stableOrder } from "../sim/engine/stable-order.ts";

Deno.test("EventHeap pops by time, then priority, then insertion order", () => {
  const heap = new EventHeap();
  const times = [5, 3, 9, 1, 3, 7, 1, 0, 8, 2];
  times.forEach((t, seq) =>
    heap.push(new ScheduledEvent(t, t === 3 ? -seq : 0, seq, null, null, 0))
  );
  const out: ScheduledEvent[] = [];
  while (heap.size > 0) out.push(heap.pop()!);
  assert.deepEqual(out.map((e) => e.time), [...times].sort((a, b) => a - b));
  assert.deepEqual(out.filter((e) => e.time === 1).map((e) => e.seq), [3, 6], "FIFO among equals");
  assert.deepEqual(
    out.filter((e) => e.time === 3).map((e) => e.seq),
    [4, 1],
    "lower priority first",
  );
  assert.equal(heap.pop(), undefined);
});

Deno.test("EventHeap matches a sort through growth, interleaved pops and many ties", () => {
  // 5,000 events (the heap's time array starts at 256 and must grow), times on a coarse grid so
  // that about one comparison in ten is a tie, priorities −1/0/1, pops between pushes.
  const rng = new RandomStreams("event-heap").stream("times");
  const heap = new EventHeap();
  const popped: ScheduledEvent[] = [];
  const pushed: ScheduledEvent[] = [];
  let now = 0;
  for (let seq = 0; seq < 5000; seq++) {
    const event = new ScheduledEvent(
      now + Math.floor(rng() * 50) / 2,
      Math.floor(rng() * 3) - 1,
      seq,
      null,
      null,
      0,
    );
    heap.push(event);
    pushed.push(event);
    if (rng() < 0.4) {
      const next = heap.pop()!;
      now = next.time;
      popped.push(next);
    }
  }
  while (heap.size > 0) popped.push(heap.pop()!);
  // Popped times never decrease, and among the events present together the order is the
  // (time, priority, seq) order: check it against a sort of everything popped after `now`.
  for (let k = 1; k < popped.length; k++) {
    const a = popped[k - 1];
    const b = popped[k];
    assert.ok(a.time <= b.time, `time went back at pop ${k}`);
  }
  const drained = popped.slice(popped.length - 2000);
  const sorted = [...drained].sort((a, b) =>
    a.time - b.time || a.priority - b.priority || a.seq - b.seq
  );
  assert.deepEqual(drained.map((e) => e.seq), sorted.map((e) => e.seq));
  assert.equal(popped.length, pushed.length);
});

Deno.test("stableOrder is the stable sorting permutation, as a comparator sort gives it", () => {
  assert.deepEqual([...stableOrder(Float64Array.of())], []);
  assert.deepEqual([...stableOrder(Float64Array.of(3, 1, 3, 2))], [1, 3, 0, 2]);
  const rng = RandomStreams.forReplication(1, 0).stream("stable-order");
  for (const n of [1, 2, 7, 100, 1001]) {
    // Ascending runs with ties, as the arrival feed meets them, and plain shuffles.
    for (const runs of [1, 3, n]) {
      const keys = Float64Array.from(
        { length: n },
        (_, i) => Math.floor((i % Math.ceil(n / runs)) + 5 * rng()),
      );
      const expected = Array.from(keys.keys()).sort((i, j) => keys[i] - keys[j] || i - j);
      assert.deepEqual([...stableOrder(keys)], expected, `n=${n} runs=${runs}`);
    }
  }
});

Deno.test("NumberColumns: rows start at the initial values, properties read and write them", () => {
  class Job {
    declare startedAt: number;
    declare costCny: number;
    readonly table: NumberColumns<"startedAt" | "costCny">;
    readonly row: number;
    constructor(table: NumberColumns<"startedAt" | "costCny">) {
      this.table = table;
      this.row = table.addRow();
    }
  }
  const jobs = new NumberColumns({ startedAt: NaN, costCny: 0 }, 2);
  defineColumnProperties(Job.prototype, jobs.fields, ["startedAt", "costCny"]);
  const all = Array.from({ length: 9 }, () => new Job(jobs)); // grows 2 → 4 → 8 → 16
  assert.equal(jobs.rows, 9);
  assert.ok(Number.isNaN(all[8].startedAt));
  assert.equal(all[8].costCny, 0);
  all.forEach((job, k) => (job.startedAt = k + 0.5));
  all[3].costCny += 12.25;
  const more = Array.from({ length: 20 }, () => new Job(jobs)); // grows again: values kept
  assert.deepEqual(all.map((job) => job.startedAt), [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5]);
  assert.equal(all[3].costCny, 12.25);
  assert.equal(jobs.columns.costCny[3], 12.25);
  assert.ok(more.every((job) => Number.isNaN(job.startedAt) && job.costCny === 0));
  assert.throws(() => new NumberColumns({ a: 0 }, 0), /capacity must be an integer > 0, found 0/);
  assert.throws(
    () => defineColumnProperties(Job.prototype, jobs.fields, ["nope" as "costCny"]),
    /"nope" is not a column/,
  );
});

Deno.test("events run by time, then priority, then first scheduled first", () => {
  const env = new Environment();
  const log: string[] = [];
  env.schedule(2, () => log.push("b@2"));
  env.schedule(1, () => log.push("a@1"));
  env.schedule(2, () => log.push("c@2"));
  env.schedule(2, () => log.push("urgent@2"), -5);
  env.schedule(0, () => log.push("now"));
  env.run();
  assert.deepEqual(log, ["now", "a@1", "urgent@2", "b@2", "c@2"]);
  assert.equal(env.now, 2);
});

Deno.test("wake-ups due now keep their place among events at the same time", () => {
  // Zero-delay URGENT events wait in a queue beside the heap; the order must be the heap's.
  const env = new Environment();
  const log: string[] = [];
  env.schedule(1, () => log.push("urgent@1 scheduled at 0"), URGENT);
  env.schedule(1, () => {
    log.push("normal@1");
    env.schedule(0, () => log.push("due A"), URGENT);
    env.schedule(0, () => log.push("very urgent"), -5);
    env.schedule(0, () => {
      log.push("due B");
      env.schedule(0, () => log.push("due C, from B"), URGENT);
    }, URGENT);
    env.schedule(0, () => log.push("normal, scheduled now"));
  });
  env.schedule(1, () => log.push("normal@1 later"));
  env.schedule(0.5, () => {
    env.schedule(0, () => log.push("due @0.5"), URGENT);
    assert.equal(env.peek(), 0.5); // the due wake-up, not the heap's next event at 1
  });
  env.run();
  assert.deepEqual(log, [
    "due @0.5",
    "urgent@1 scheduled at 0",
    "normal@1",
    "very urgent",
    "due A",
    "due B",
    "due C, from B",
    "normal@1 later",
    "normal, scheduled now",
  ]);
  // A due wake-up is the next event for peek(), and run(until = now) leaves it pending.
  env.schedule(0, () => log.push("due D"), URGENT);
  assert.equal(env.peek(), 1);
  env.run(1);
  assert.equal(log.at(-1), "normal, scheduled now");
  env.run();
  assert.equal(log.at(-1), "due D");
});

Deno.test("a cancelled event does not fire and run(until) stops before until", () => {
  const env = new Environment();
  const log: number[] = [];
  const e = env.schedule(1, () => log.push(1));
  env.schedule(3, () => log.push(3));
  env.schedule(5, () => log.push(5));
  e.cancel();
  env.run(5);
  assert.deepEqual(log, [3]);
  assert.equal(env.now, 5);
  env.run();
  assert.deepEqual(log, [3, 5]);
  assert.throws(() => env.run(1), /until must be ≥ now \(5\), found 1/);
  assert.throws(() => env.schedule(-1, () => {}), /delay must be a finite number ≥ 0, found -1/);
});

Deno.test("stop() ends run after the current event", () => {
  const env = new Environment();
  const log: number[] = [];
  env.schedule(1, () => {
    log.push(1);
    env.stop();
  });
  env.schedule(2, () => log.push(2));
  env.run();
  assert.deepEqual(log, [1]);
  assert.equal(env.now, 1);
  assert.equal(env.peek(), 2);
});

Deno.test("processes wait for durations and for each other, and return values", () => {
  const env = new Environment();
  const log: string[] = [];
  const child = env.process(function* () {
    yield 2;
    log.push(`child done at ${env.now}`);
    return 42;
  });
  env.process(function* () {
    yield 1;
    log.push(`parent waits at ${env.now}`);
    const value = yield child;
    log.push(`parent got ${value} at ${env.now}`);
    const again = yield child; // already finished: continues at once
    log.push(`again ${again} at ${env.now}`);
  });
  env.run();
  assert.deepEqual(log, [
    "parent waits at 1",
    "child done at 2",
    "parent got 42 at 2",
    "again 42 at 2",
  ]);
});

Deno.test("a signal wakes every waiter with its value; AllOf and AnyOf combine waitables", () => {
  const env = new Environment();
  const ready = new Signal<string>();
  const got: string[] = [];
  for (const name of ["a", "b"]) {
    env.process(function* () {
      const v = yield ready;
      got.push(`${name}:${v}@${env.now}`);
    });
  }
  env.schedule(4, () => ready.succeed("go"));
  const slow = env.process(function* () {
    yield 6;
    return "slow";
  });
  const fast = env.process(function* () {
    yield 5;
    return "fast";
  });
  let all: unknown;
  let any: unknown;
  env.process(function* () {
    any = yield new AnyOf([slow, fast]);
    got.push(`any@${env.now}`);
    all = yield new AllOf([slow, fast, ready]);
    got.push(`all@${env.now}`);
  });
  env.run();
  assert.deepEqual(got, ["a:go@4", "b:go@4", "any@5", "all@6"]);
  assert.equal(any, fast);
  assert.deepEqual(all, ["slow", "fast", "go"]);
});

Deno.test("a waitable that resumes in place lets its process go on inside the triggering event", () => {
  /** Triggered by hand; `inPlace` chooses how its waiting process resumes. */
  class Gate extends Waitable {
    constructor(inPlace: boolean) {
      super(inPlace);
    }

    open(value: string): void {
      this.succeedWith(value);
    }
  }
  const order = (inPlace: boolean): string[] => {
    const env = new Environment();
    const log: string[] = [];
    const first = new Signal<string>();
    const gate = new Gate(inPlace);
    env.process(function* () {
      log.push(`signal:${yield first}@${env.now}`);
    });
    env.process(function* () {
      log.push(`gate:${yield gate}@${env.now}`);
    });
    env.schedule(5, () => {
      first.succeed("a"); // its process wakes through a wake-up due now
      gate.open("b");
      log.push("event ends");
    });
    env.run();
    return log;
  };
  // In place: the gate's process runs before the event ends, before the wake-up already due.
  assert.deepEqual(order(true), ["gate:b@5", "event ends", "signal:a@5"]);
  // Otherwise it wakes after it, in the order of triggering.
  assert.deepEqual(order(false), ["event ends", "signal:a@5", "gate:b@5"]);
});

Deno.test("a failure propagates to waiters, and stops the run when nobody waits", () => {
  const env = new Environment();
  const failing = env.process(function* () {
    yield 1;
    throw new Error("boom");
  });
  let caught = "";
  env.process(function* () {
    try {
      yield failing;
    } catch (e) {
      caught = (e as Error).message;
    }
  });
  env.run();
  assert.equal(caught, "boom");

  const env2 = new Environment();
  env2.process(function* () {
    yield 1;
    throw new Error("unhandled");
  });
  assert.throws(() => env2.run(), /unhandled/);
});

Deno.test("yielding a bad duration throws into the process", () => {
  const env = new Environment();
  let message = "";
  env.process(function* () {
    try {
      yield -3;
    } catch (e) {
      message = (e as Error).message;
    }
  }, "bad");
  env.run();
  assert.equal(message, 'process "bad" yielded a duration of -3; expected a finite number ≥ 0');
});

Deno.test("an interrupt cancels the pending wait and is thrown at the yield", () => {
  const env = new Environment();
  const log: string[] = [];
  const worker = env.process(function* () {
    try {
      yield 10;
      log.push("finished");
    } catch (e) {
      assert.ok(e instanceof Interrupt);
      log.push(`interrupted by ${e.cause} at ${env.now}`);
      yield 1;
      log.push(`resumed work at ${env.now}`);
    }
  });
  env.schedule(3, () => worker.interrupt("storm"));
  env.run();
  assert.deepEqual(log, ["interrupted by storm at 3", "resumed work at 4"]);
  assert.equal(env.now, 4); // the cancelled timeout at 10 did not move the clock
  assert.throws(() => worker.interrupt("late"), /already finished/);
});

Deno.test("an interrupted process leaves the resource queue", () => {
  const env = new Environment();
  const res = new Resource(env, 1);
  const log: string[] = [];
  env.process(function* () {
    const r = res.request();
    yield r;
    yield 5;
    res.release(r);
  });
  const impatient = env.process(function* () {
    const r = res.request();
    try {
      yield r;
      log.push("served");
    } catch {
      log.push(`gave up at ${env.now}, waiting=${res.waiting}`);
    } finally {
      res.release(r); // withdrawn: releasing does nothing
    }
  });
  env.process(function* () {
    const r = res.request();
    yield r;
    log.push(`third served at ${env.now}`);
    res.release(r);
  });
  env.schedule(2, () => impatient.interrupt("tired"));
  env.run();
  assert.deepEqual(log, ["gave up at 2, waiting=1", "third served at 5"]);
});

Deno.test("a resource serves FIFO and monitors waits, queue and utilisation", () => {
  const env = new Environment();
  const clerk = new Resource(env, 1, { name: "clerk" });
  const served: string[] = [];
  // Three customers at t = 0, 1, 2, each served 3: start 0, 3, 6; waits 0, 2, 4.
  ["a", "b", "c"].forEach((name, i) => {
    env.schedule(i, () => {
      env.process(function* () {
        const r = clerk.request();
        yield r;
        served.push(`${name}@${env.now}`);
        yield 3;
        clerk.release(r);
      });
    });
  });
  env.run();
  assert.deepEqual(served, ["a@0", "b@3", "c@6"]);
  assert.equal(env.now, 9);
  assert.equal(clerk.waitTime.count, 3);
  assert.equal(clerk.waitTime.mean, 2);
  assert.equal(clerk.waitTime.max, 4);
  assert.equal(clerk.utilisation(), 1);
  // Queue length: 1 on [1,2), 2 on [2,3), 1 on [3,6), 0 after: integral 1 + 2 + 3 = 6 over 9.
  assert.equal(clerk.queueLength.integral(9), 6);
});

Deno.test("a resource without monitors serves the same and keeps no statistics", () => {
  const served = (monitors: boolean) => {
    const env = new Environment();
    const clerk = new Resource(env, 1, { name: "clerk", monitors });
    const out: string[] = [];
    ["a", "b", "c"].forEach((name, i) => {
      env.schedule(i, () => {
        env.process(function* () {
          const r = clerk.request();
          yield r;
          out.push(`${name}@${env.now}`);
          yield 3;
          clerk.release(r);
        });
      });
    });
    env.run();
    return { out, clerk };
  };
  const off = served(false);
  assert.deepEqual(off.out, served(true).out);
  assert.equal(off.clerk.waitTime.count, 0);
  assert.equal(off.clerk.queueLength.integral(9), 0);
  assert.throws(() => off.clerk.utilisation(), /not monitored/);
});

Deno.test("priority discipline serves lower priority values first, FIFO among equals", () => {
  const env = new Environment();
  const res = new Resource(env, 1, { discipline: "priority" });
  const order: string[] = [];
  env.process(function* () {
    const r = res.request();
    yield r;
    yield 1;
    res.release(r);
  });
  for (const [name, priority] of [["low1", 2], ["high1", 0], ["low2", 2], ["high2", 0]] as const) {
    env.process(function* () {
      const r = res.request(priority);
      yield r;
      order.push(name);
      yield 1;
      res.release(r);
    });
  }
  env.run();
  assert.deepEqual(order, ["high1", "high2", "low1", "low2"]);
});

Deno.test("capacity changes during a run: more staff serve the queue at once, cuts wait", () => {
  const env = new Environment();
  const crews = new Resource(env, 1, { name: "crews" });
  const starts: number[] = [];
  for (let i = 0; i < 4; i++) {
    env.process(function* () {
      const r = crews.request();
      yield r;
      starts.push(env.now);
      yield 10;
      crews.release(r);
    });
  }
  env.schedule(2, () => crews.setCapacity(3)); // two more crews hired at t = 2
  env.schedule(5, () => crews.setCapacity(1)); // back to one at t = 5: nobody is pre-empted
  env.run();
  // t=0 first; t=2 two more; the fourth waits until inUse < 1, i.e. all three done at 12.
  assert.deepEqual(starts, [0, 2, 2, 12]);
  // Capacity: 1 on [0,2), 3 on [2,5), 1 on [5,22): 2 + 9 + 17 = 28; busy: 40 hours of work.
  assert.equal(crews.capacityMonitor.integral(22), 28);
  assert.equal(crews.busy.integral(22), 40);
  assert.throws(() => crews.setCapacity(1.5), /capacity must be an integer ≥ 0, found 1.5/);
});

Deno.test("releasing twice or to the wrong resource is an error", () => {
  const env = new Environment();
  const a = new Resource(env, 1, { name: "a" });
  const b = new Resource(env, 1, { name: "b" });
  const r = a.request();
  assert.throws(() => b.release(r), /cannot release a request made to "a"/);
  a.release(r);
  assert.throws(() => a.release(r), /already released/);
});

Deno.test("WorkClock: a 6-hour job started Friday 16:00 before Labour Day ends after the holiday", async () => {
  const { WorkCalendar, WorkClock } = await import("../sim/engine/mod.ts");
  const calendar = await WorkCalendar.load({ epoch: "2023-01-01" });
  const env = new Environment(calendar.timeOf("2023-04-28", 16)); // Friday
  const clock = new WorkClock(env, calendar, calendar.timeOf("2024-01-01"));
  let done = "";
  const at = () =>
    `${calendar.dateOf(env.now)} ${env.now - calendar.timeOf(calendar.dateOf(env.now))}h`;
  env.process(function* () {
    yield clock.hours(6); // 2 h Friday; 04-29..05-03 off; 3.5 h + 0.5 h on 05-04
    done = at();
    yield clock.workingDaysLater(2); // same time of day, two working days on: Saturday 05-06 works
    done += `, ${at()}`;
    // Past the calendar's coverage: the wait ends at its end instead of failing.
    yield clock.workingDaysLater(5000);
    done += `, ${calendar.dateOf(env.now)}`;
  });
  env.run();
  assert.equal(done, `2023-05-04 14h, 2023-05-06 14h, ${calendar.lastDate}`);
});

Deno.test("determinism: the same seed gives the identical event trace, another seed a different one", async () => {
  const { RandomStreams, exponential } = await import("../sim/engine/mod.ts");
  function trace(seed: number): string[] {
    const env = new Environment();
    const streams = new RandomStreams(seed);
    const desk = new Resource(env, 2);
    const gap = exponential(streams.stream("arrivals"), 1.5);
    const work = exponential(streams.stream("service"), 1);
    const log: string[] = [];
    env.process(function* () {
      for (let i = 0; i < 500; i++) {
        env.process(function* () {
          const turn = desk.request();
          yield turn;
          log.push(`start ${i} ${env.now}`);
          yield work();
          desk.release(turn);
          log.push(`end ${i} ${env.now}`);
        }());
        yield gap();
      }
    });
    env.run();
    return log;
  }
  const a = trace(7);
  assert.equal(a.length, 1000);
  assert.deepEqual(trace(7), a);
  assert.notDeepEqual(trace(8), a);
});

/**
 * Tests of sim/model/applications/staff-job.ts: a job is the process form of a staff job
 * (request, wait, work, release) without its suspensions, so it must give the same events in the
 * same order, hence the same results: checked on hand-made jobs contending for one person, beside
 * processes that use the person the process way.
 */
import assert from "node:assert/strict";
import { Environment, Resource } from "../../sim/engine/mod.ts";
import type { Request } from "../../sim/engine/resource.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import { type JobStaff, StaffJob } from "../../sim/model/applications/staff-job.ts";

/** One person; `work` returns the hours as the delay; every step is logged with its time. */
function onePerson(env: Environment, log: string[]): JobStaff {
  const person = new Resource(env, 1, { name: "person", monitors: false });
  return {
    request: () => person.request(),
    work(request: Request, hours: number) {
      log.push(`work ${hours}h from ${env.now} (asked ${request.requestedAt})`);
      return hours;
    },
    release: (request: Request) => person.release(request),
  };
}

/** Three jobs at once on one person, a fourth asked later, and a process form beside them. */
function trace(asJobs: boolean): string[] {
  const env = new Environment();
  const log: string[] = [];
  const staff = onePerson(env, log);
  const app = {} as Application;
  let drawn = 0;
  const draw = () => 10 * ++drawn; // drawn when the person is granted: 10, 20, 30, …
  const job = function* (name: string, hours: number | (() => number)) {
    if (asJobs) yield new StaffJob(env, staff, app, hours);
    else {
      const request = staff.request(app);
      yield request;
      yield staff.work(request, typeof hours === "number" ? hours : hours());
      staff.release(request);
    }
    log.push(`${name} done at ${env.now}`);
  };
  for (const name of ["a", "b", "c"]) env.process(job(name, draw));
  env.schedule(15, () => env.process(job("late", 2)));
  // A process that uses the person the process way, and one that only waits, at the same times.
  env.process(function* () {
    yield 10;
    const request = staff.request(app);
    yield request;
    log.push(`other granted at ${env.now}`);
    yield staff.work(request, 1);
    staff.release(request);
  });
  env.process(function* () {
    yield 10;
    log.push(`bystander at ${env.now}`);
  });
  env.run();
  return log;
}

Deno.test("a staff job gives the same events in the same order as its process form", () => {
  const jobs = trace(true);
  assert.deepEqual(jobs, trace(false));
  // And the order is the one worked out by hand: a works 0–10. At 10, a's release grants b,
  // whose start (a wake-up, urgent) comes before the bystander's ordinary event at 10; `other`
  // asks at 10 and queues behind c; late asks at 15 and queues behind `other`.
  assert.deepEqual(jobs, [
    "work 10h from 0 (asked 0)",
    "a done at 10",
    "work 20h from 10 (asked 0)",
    "bystander at 10",
    "b done at 30",
    "work 30h from 30 (asked 0)",
    "c done at 60",
    "other granted at 60",
    "work 1h from 60 (asked 10)",
    "work 2h from 61 (asked 15)",
    "late done at 63",
  ]);
});

Deno.test("a job's person is held for the drawn hours, drawn only once granted", () => {
  const env = new Environment();
  const log: string[] = [];
  const staff = onePerson(env, log);
  const app = {} as Application;
  let draws = 0;
  const first = new StaffJob(env, staff, app, () => (++draws, 4));
  assert.equal(draws, 1); // granted at once: drawn now
  const second = new StaffJob(env, staff, app, () => (++draws, 6));
  assert.equal(draws, 1); // waiting: not drawn yet
  env.run();
  assert.equal(draws, 2);
  assert.ok(first.triggered && second.triggered);
  assert.deepEqual(log, ["work 4h from 0 (asked 0)", "work 6h from 4 (asked 0)"]);
  assert.equal(env.now, 10);
});

/**
 * Tests of sim/model/reliability/outage-book.ts: one outage, many uses, on a hand-made feeder:
 * jobs join within the window and each part is dead for its longest job.
 */
import assert from "node:assert/strict";
import type { Network } from "../../sim/model/reliability/network.ts";
import {
  addJob,
  OutageBook,
  outageInterruptions,
} from "../../sim/model/reliability/outage-book.ts";
import { feeder } from "../support/reliability.ts";

Deno.test("outage book: joins within the window; each part is dead for its longest job", () => {
  const f = feeder("none", false);
  const network = {
    transformers: [
      { id: "T1", feeder: 0, section: 0, customers: 30, isPublic: true },
      { id: "T2", feeder: 0, section: 3, customers: 50, isPublic: true },
    ],
  } as unknown as Network;
  const book = new OutageBook([4]);
  const o = book.open(0, 100);
  addJob(o, "maintenance04kv", { area: 0 }, 2);
  assert.equal(o.kind, "maintenance04kv");
  addJob(o, "cutover", { sectionFrom: 2, sectionTo: 3 }, 3);
  addJob(o, "maintenance04kv", { area: 1 }, 1); // inside section 3, shorter: no extra
  addJob(o, "maintenance04kv", { area: 0 }, 1); // the same area again, shorter
  assert.equal(o.kind, "cutover");
  assert.equal(o.hours, 3);
  assert.equal(o.jobs, 4);
  const groups = () => {
    const out: [number, number][] = [];
    outageInterruptions(o, f, network, (c, h) => out.push([c, h]));
    return out;
  };
  // T1 (section 0, live) for 2 h; sections 2 and 3 for the cut-over's 3 h.
  assert.deepEqual(groups(), [[30, 2], [300, 3], [400, 3]]);
  // A 5-hour job on T2 keeps its 50 customers out longer than the rest of section 3.
  addJob(o, "maintenance04kv", { area: 1 }, 5);
  assert.deepEqual(groups(), [[30, 2], [50, 5], [300, 3], [350, 3]]);
  // 10 kV users: the dead sections' transformers (3 and 4) for the sections' hours; the 0.4 kV
  // jobs leave their transformers energised.
  const users: [number, number][] = [];
  outageInterruptions(o, f, network, (_, h, u) => users.push([u, h]));
  assert.deepEqual(users, [[0, 2], [0, 5], [3, 3], [4, 3]]);
  assert.equal(book.find(0, 50, 99), null);
  assert.equal(book.find(0, 100, 130), o);
  const later = book.open(0, 50);
  assert.equal(book.find(0, 0, 1000), later); // the earliest in the window
  book.close(later);
  assert.equal(book.find(0, 0, 1000), o);
});

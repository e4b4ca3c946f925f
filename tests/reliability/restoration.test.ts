/**
 * Tests of sim/model/reliability/restoration.ts on a hand-made feeder: a trunk fault with and
 * without automation, tied and radial, a branch fault, an equipment fault; the 10 kV users
 * (DL/T 836) each restored group holds.
 */
import assert from "node:assert/strict";
import type { FeederState } from "../../sim/model/reliability/network.ts";
import {
  restoreEquipmentFault,
  restoreLineFault,
} from "../../sim/model/reliability/restoration.ts";
import { close, feeder } from "../support/reliability.ts";

Deno.test("restoration: a trunk fault with and without automation, tied and radial", () => {
  const place = { branch: false, section: 1, branchCustomers: 0, patrolPoint: 0.5 };
  const times = {
    waitHours: 0.5,
    travelHours: 1,
    repairHours: 3,
    manualSwitchingHours: 0.25,
    remoteSwitchingHours: 0.2,
    selfHealingHours: 1 / 60,
  };
  const run = (f: FeederState) => {
    const groups: [number, number][] = [];
    const r = restoreLineFault(f, place, times, (c, h) => groups.push([c, h]));
    return { groups, r };
  };
  // None: crew at 1.5 h, finds the fault after half the 2-h patrol (2.5 h), switches (2.75 h):
  // upstream back; repair 3 h: the faulted section back at 5.75 h; downstream by tie at 2.75 h.
  let x = run(feeder("none", true));
  assert.deepEqual(x.groups, [[100, 2.75], [200, 5.75], [700, 2.75]]);
  assert.deepEqual(x.r, { crewHours: 5.25, durationHours: 5.75 });
  // Radial: downstream waits for the repair.
  x = run(feeder("none", false));
  assert.deepEqual(x.groups, [[100, 2.75], [200, 5.75], [700, 5.75]]);
  // Remote: healthy sections back at 0.2 h; the crew patrols one section of four (0.25 h).
  x = run(feeder("remote", true));
  assert.deepEqual(x.groups, [[100, 0.2], [200, 4.75], [700, 0.2]]);
  assert.deepEqual(x.r, { crewHours: 4.25, durationHours: 4.75 });
  // Self-healing: healthy sections back in a minute (momentary); radial downstream waits.
  x = run(feeder("self_healing", false));
  assert.deepEqual(x.groups, [[100, 1 / 60], [200, 4.75], [700, 4.75]]);
  // Branch fault: only the branch (100 customers, 10 % of the feeder: patrol 0.5 × 0.2 h).
  const branch = restoreLineFault(
    feeder("self_healing", true),
    { branch: true, section: 0, branchCustomers: 100, patrolPoint: 0.5 },
    times,
    (c, h) => assert.deepEqual([c, h], [100, 0.5 + 1 + 0.1 + 3]),
  );
  close(branch.crewHours, 4.1, 1e-12, "branch crew hours");
  const equipment = restoreEquipmentFault(
    50,
    1,
    0.5,
    1,
    6,
    (c, h, u) => assert.deepEqual([c, h, u], [50, 7.5, 1]),
  );
  assert.deepEqual(equipment, { crewHours: 7, durationHours: 7.5 });
});

Deno.test("10 kV users (DL/T 836): each group reports the transformers it holds", () => {
  const times = {
    waitHours: 0,
    travelHours: 1,
    repairHours: 3,
    manualSwitchingHours: 0.25,
    remoteSwitchingHours: 0.2,
    selfHealingHours: 1 / 60,
  };
  const users: [number, number][] = [];
  const trunk = { branch: false, section: 1, branchCustomers: 0, patrolPoint: 0.5 };
  restoreLineFault(feeder("none", true), trunk, times, (c, _, u) => users.push([c, u]));
  // Upstream section 0 (1 transformer), faulted section 1 (2), downstream 2–3 (3 + 4).
  assert.deepEqual(users, [[100, 1], [200, 2], [700, 7]]);
  users.length = 0;
  // A branch with 15 % of the customers holds 15 % of the feeder's 10 transformers.
  const branch = { branch: true, section: 0, branchCustomers: 150, patrolPoint: 0.5 };
  restoreLineFault(feeder("none", true), branch, times, (c, _, u) => users.push([c, u]));
  assert.deepEqual(users, [[150, 1.5]]);
  // A 0.4 kV fault: customers out, no 10 kV user.
  restoreEquipmentFault(40, 0, 0, 1, 2, (c, _, u) => assert.deepEqual([c, u], [40, 0]));
});

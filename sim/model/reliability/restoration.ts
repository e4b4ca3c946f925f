/**
 * Who is without supply, and for how long, after a sustained fault: the restoration sequence of
 * a distribution feeder with sectionalising switches, with and without automation (plan
 * 三.(五): 三遥 remote control, 自愈 self-healing). Pure functions of the fault, the feeder and
 * the times drawn for it, so that each case can be checked by hand.
 *
 * Trunk fault in section k (0-based) of n, feeder breaker trips, every customer is out:
 *
 * - No automation: a crew drives out, patrols the feeder until it finds the fault (on average
 *   half the feeder), opens the switches around the faulted section and has the breaker
 *   closed: the sections upstream are back, and those downstream too when a tie switch can
 *   backfeed them. Then it repairs; the faulted section (and the downstream sections of a
 *   radial feeder) are back when the repair is done.
 * - Remote control (三遥): the dispatcher reads the fault indicators and switches remotely within
 *   minutes; the crew patrols only the faulted section before repairing.
 * - Self-healing: feeder automation does the same switching within seconds — below the
 *   sustained threshold, so the healthy sections see only a momentary interruption.
 *
 * Branch fault: the branch switch or fuse clears it; only the branch's customers are out, until
 * the crew has patrolled the branch and repaired it. Transformer failure and 0.4 kV faults: the
 * area's customers (or a share of them) wait for the crew's travel and the repair.
 *
 * Times are hours from the fault. `waitHours` is the time until a crew was free.
 *
 * Each group is reported with its customers and its 10 kV users (DL/T 836: distribution
 * transformers, see `kpis.ts`), so that the indices can be counted on both bases: a trunk
 * section's users are its transformers, a branch holds the same share of the feeder's users as
 * of its customers, a failed transformer is one user, and a 0.4 kV fault interrupts no 10 kV
 * user (the transformer stays energised; DL/T 836's 10 kV statistics stop at the transformer).
 *
 * @module
 */
import type { FeederState } from "./network.ts";

/**
 * Receives one group restored together, `hours` after the fault: `customers` customers, of
 * whom `users` 10 kV users (transformers, DL/T 836; may be fractional for a branch).
 */
export type AddGroup = (customers: number, hours: number, users: number) => void;

/** What the restoration took. */
export interface Restoration {
  /** Hours the crew was busy (travel, patrol, switching, repair). */
  crewHours: number;
  /** Hours from the fault until the last customer was back. */
  durationHours: number;
}

/** Where a line fault is, drawn when it happens. */
export interface LineFaultPlace {
  /** On a branch (lateral) rather than the trunk. */
  branch: boolean;
  /** Faulted trunk section, 0-based (trunk faults). */
  section: number;
  /** Customers of the faulted branch (branch faults). */
  branchCustomers: number;
  /** Where along its patrol the crew finds the fault, a uniform in [0, 1). */
  patrolPoint: number;
}

/** The times of one line fault's restoration. */
export interface LineFaultTimes {
  /** Hours until a crew is free. */
  waitHours: number;
  travelHours: number;
  repairHours: number;
  /** Switching by the crew once the fault is found (no automation). */
  manualSwitchingHours: number;
  /** Remote switching by the dispatcher (remote control). */
  remoteSwitchingHours: number;
  /** Self-healing switching. */
  selfHealingHours: number;
}

/** Restores the customers of a line fault on `feeder`, reporting each group to `add`. */
export function restoreLineFault(
  feeder: FeederState,
  place: LineFaultPlace,
  times: LineFaultTimes,
  add: AddGroup,
): Restoration {
  const arrival = times.waitHours + times.travelHours;
  if (place.branch) {
    // The crew patrols the branch: its share of the feeder, like its share of customers.
    const patrol = place.patrolPoint * feeder.patrolHours *
      (place.branchCustomers / feeder.customers || 0);
    const back = arrival + patrol + times.repairHours;
    const users = feeder.customers > 0
      ? (feeder.users * place.branchCustomers) / feeder.customers
      : 0;
    add(place.branchCustomers, back, users);
    return { crewHours: back - times.waitHours, durationHours: back };
  }
  const sections = feeder.sectionCustomers;
  const users = feeder.sectionUsers;
  const k = place.section;
  let upstream = 0;
  let downstream = 0;
  let upstreamUsers = 0;
  let downstreamUsers = 0;
  for (let s = 0; s < k; s++) {
    upstream += sections[s];
    upstreamUsers += users[s];
  }
  for (let s = k + 1; s < sections.length; s++) {
    downstream += sections[s];
    downstreamUsers += users[s];
  }
  let switched: number;
  let repaired: number;
  if (feeder.automation === "none") {
    switched = arrival + place.patrolPoint * feeder.patrolHours + times.manualSwitchingHours;
    repaired = switched + times.repairHours;
  } else {
    switched = feeder.automation === "remote" ? times.remoteSwitchingHours : times.selfHealingHours;
    repaired = arrival + (place.patrolPoint * feeder.patrolHours) / sections.length +
      times.repairHours;
  }
  if (upstream > 0 || upstreamUsers > 0) add(upstream, switched, upstreamUsers);
  add(sections[k], repaired, users[k]);
  if (downstream > 0 || downstreamUsers > 0) {
    add(downstream, feeder.tied ? switched : repaired, downstreamUsers);
  }
  return { crewHours: repaired - times.waitHours, durationHours: Math.max(repaired, switched) };
}

/**
 * Restores the customers of an equipment fault (a failed transformer, a 0.4 kV fault): they
 * are all back when the crew has arrived and repaired it. `users`: 10 kV users out (1 for a
 * failed transformer, 0 for a 0.4 kV fault).
 */
export function restoreEquipmentFault(
  customers: number,
  users: number,
  waitHours: number,
  travelHours: number,
  repairHours: number,
  add: AddGroup,
): Restoration {
  const back = waitHours + travelHours + repairHours;
  add(customers, back, users);
  return { crewHours: travelHours + repairHours, durationHours: back };
}

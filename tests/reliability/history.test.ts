/**
 * Tests of sim/model/reliability/history.ts: daily SAIDI by basis, the years before the simulated
 * one, and last year's SAIDI on both counting bases, on two synthetic years.
 */
import assert from "node:assert/strict";
import type { ReliabilityDay } from "../../sim/data/history.ts";
import { daysFromCivil } from "../../sim/engine/calendar/civil.ts";
import { UserError } from "../../sim/errors.ts";
import {
  dailySaidiMinutes,
  historyBefore,
  yearSaidi,
} from "../../sim/model/reliability/history.ts";
import { close } from "../support/reliability.ts";

/**
 * Two synthetic years, 2021–2022, 1000 customers on 100 10 kV users (transformers), a few
 * interrupted days.
 */
function syntheticHistory(): ReliabilityDay[] {
  const days: ReliabilityDay[] = [];
  for (let d = daysFromCivil(2021, 1, 1); d <= daysFromCivil(2022, 12, 31); d++) {
    days.push({
      day: d,
      customersServed: 1000,
      customersInterrupted: 0,
      plannedCustomerMinutes: 0,
      unplannedCustomerMinutes: 0,
      usersServed: 100,
      usersInterrupted: 0,
      plannedUserMinutes: 0,
      unplannedUserMinutes: 0,
    });
  }
  const set = (
    y: number,
    m: number,
    day: number,
    planned: number,
    unplanned: number,
    plannedUser: number,
    unplannedUser: number,
  ) => {
    const row = days.find((x) => x.day === daysFromCivil(y, m, day))!;
    row.plannedCustomerMinutes = planned;
    row.unplannedCustomerMinutes = unplanned;
    row.plannedUserMinutes = plannedUser;
    row.unplannedUserMinutes = unplannedUser;
  };
  // The 10 kV users' minutes differ from a tenth of the customers' (0.4 kV work and faults
  // count on the customer basis only), so the two bases cannot be mixed up.
  set(2021, 3, 1, 0, 2000, 0, 0);
  set(2021, 7, 20, 5000, 90000, 600, 8000);
  set(2022, 1, 10, 3000, 1000, 300, 0);
  set(2022, 6, 30, 0, 6000, 0, 480);
  set(2022, 12, 31, 1200, 0, 0, 0);
  return days;
}

Deno.test("history: daily SAIDI by basis, the years before the simulated one, last year", () => {
  const days = syntheticHistory();
  const unplanned = dailySaidiMinutes(days, "unplanned").filter((x) => x > 0);
  const all = dailySaidiMinutes(days, "all").filter((x) => x > 0);
  assert.deepEqual(unplanned, [2, 90, 1, 6]);
  assert.deepEqual(all, [2, 95, 4, 6, 1.2]);
  assert.equal(historyBefore(days, 2023, 5).length, 730);
  assert.equal(historyBefore(days, 2023, 1).length, 365);
  assert.equal(historyBefore(days, 2022, 5).length, 365);
  assert.throws(() => historyBefore(days, 2021, 5), UserError);
  // 2022: (3000 + 1000 + 6000 + 1200) customer-minutes / 1000 customers = 11.2 min.
  const last = yearSaidi(days, 2022);
  assert.deepEqual([last.year, last.days], [2022, 365]);
  close(last.saidiHours, 11.2 / 60, 1e-12, "2022's SAIDI");
  // On 10 kV users: (300 + 480) user-minutes / 100 users = 7.8 min.
  close(last.userSaidiHours, 7.8 / 60, 1e-12, "2022's SAIDI, 10 kV users");
  // 2021: (2000 + 5000 + 90000) / 1000 = 97 min, whatever comes after it in the record; on
  // 10 kV users (600 + 8000) / 100 = 86 min.
  close(yearSaidi(days, 2021).saidiHours, 97 / 60, 1e-12, "2021's SAIDI");
  close(yearSaidi(days, 2021).userSaidiHours, 86 / 60, 1e-12, "2021's SAIDI, 10 kV users");
  // A year the record lacks, or holds in part, has no SAIDI (not the nearest year's).
  assert.ok(Number.isNaN(yearSaidi(days, 2023).saidiHours));
  assert.ok(Number.isNaN(yearSaidi(days, 2023).userSaidiHours));
  assert.equal(yearSaidi(days, 2023).days, 0);
  const part = yearSaidi(days.slice(0, 400), 2022);
  assert.ok(Number.isNaN(part.saidiHours));
  assert.ok(Number.isNaN(part.userSaidiHours));
  assert.equal(part.days, 400 - 365);
});

/**
 * Tests of sim/model/applications/staff.ts: fewer staff are never faster; dated staffing changes;
 * utilisation in working hours.
 */
import assert from "node:assert/strict";
import { mean } from "simple-statistics";
import { defaultsOf } from "../../sim/spec/spec.ts";
import {
  type ApplicationRecord,
  APPLICATIONS_SPEC,
  createApplicationModel,
} from "../../sim/model/applications/model.ts";
import { calendar, context, runYear } from "../support/applications.ts";

Deno.test("fewer staff never shorten the mean time, and raise utilisation", () => {
  const base = defaultsOf(APPLICATIONS_SPEC);
  const low = defaultsOf(APPLICATIONS_SPEC);
  low.staff.surveyCrews.count = 13;
  low.staff.inspectors.count = 7;
  low.staff.lvCrews.count = 16;
  low.staff.customerManagers.count = 4;
  // Means over the applications energised in both runs (the same applicants arrive in both):
  // a mean over whatever finished would favour a slower run, whose slowest applications are
  // still in progress at the horizon.
  const key = (r: ApplicationRecord) => `${r.appliedClass}:${r.capacityKw}`;
  const pairedMeans = (x: ApplicationRecord[], y: ApplicationRecord[], c: string) => {
    const done = (rows: ApplicationRecord[]) =>
      new Map(
        rows.filter((r) => r.class === c && r.status === "energised").map((r) => [key(r), r]),
      );
    const dx = done(x);
    const dy = done(y);
    const both = [...dx.keys()].filter((k) => dy.has(k));
    assert.ok(both.length > 0);
    return [
      mean(both.map((k) => dx.get(k)!.wholeDays)),
      mean(both.map((k) => dy.get(k)!.wholeDays)),
    ];
  };
  for (const seed of [1, 2]) {
    const runA = runYear(base, seed);
    const runB = runYear(low, seed);
    for (
      const c of [
        "residential",
        "lv_small",
        "lv_other",
        "hv_single",
        "base_station",
        "ev_charger",
        "pv",
      ]
    ) {
      const [a, b] = pairedMeans(runA.records.applications, runB.records.applications, c);
      assert.ok(b >= a - 0.05, `seed ${seed} ${c}: ${b} with fewer staff < ${a}`);
    }
    const a = runA.kpis;
    const b = runB.kpis;
    for (const role of ["surveyCrews", "inspectors", "lvCrews", "customerManagers"]) {
      assert.ok(b[`staff.${role}.utilisation`] > a[`staff.${role}.utilisation`], role);
      assert.ok(b[`staff.${role}.meanWaitDays`] >= a[`staff.${role}.meanWaitDays`], role);
    }
  }
});

Deno.test("staffing changes follow their dates, and utilisation counts working hours", () => {
  const p = defaultsOf(APPLICATIONS_SPEC);
  p.staff.surveyCrews.count = 17;
  p.staff.surveyCrews.changes = [{ from: "2023-07-01", value: 0 }, {
    from: "2023-07-15",
    value: 17,
  }];
  const ctx = context(4);
  const model = createApplicationModel(ctx, p);
  ctx.env.run(ctx.horizon);
  const crews = model.state.staff.surveyCrews.stations[0];
  const h = (a: string, b: string) =>
    calendar.workingHoursBetween(calendar.timeOf(a), calendar.timeOf(b));
  assert.equal(
    crews.availableHours(),
    17 * h("2023-01-01", "2023-07-01") + 17 * h("2023-07-15", "2024-01-01"),
  );
  assert.ok(crews.busyHours <= crews.availableHours() * 1.01);
  const { kpis, records } = model.finish();
  // Two weeks without survey crews: residential applications filed then miss their 5 days.
  const july = records.applications.filter((r) =>
    r.class === "residential" && r.filed >= "2023-07-03" && r.filed <= "2023-07-07"
  );
  assert.ok(july.length > 50 && july.every((r) => r.status === "energised" && !r.withinTarget));
  assert.ok(kpis["staff.surveyCrews.meanWaitDays"] > 0.1);
});

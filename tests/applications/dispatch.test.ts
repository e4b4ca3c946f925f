/**
 * Tests of sim/model/applications/dispatch.ts: who serves a job under each dispatch mode, the
 * drive of a borrowed crew computed by hand, the home station of a role a station lacks, the
 * single-station county equal to the county pool, and the levers checked against the county.
 */
import assert from "node:assert/strict";
import { Environment } from "../../sim/engine/environment.ts";
import { WorkClock } from "../../sim/engine/work-clock.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import {
  dispatchProblems,
  RoleStaff,
  stationCount,
} from "../../sim/model/applications/dispatch.ts";
import { roadHours as roadMatrix } from "../../sim/model/stations.ts";
import { APPLICATIONS_SPEC } from "../../sim/model/applications/model.ts";
import type { ApplicationParameters } from "../../sim/model/applications/parameters.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import { calendar, county, runYear } from "../support/applications.ts";

/** Default levers under `mode`, with the stations' counts of `overrides`. */
function levers(
  mode: ApplicationParameters["dispatch"]["mode"],
  overrides: ApplicationParameters["dispatch"]["stationStaff"] = {},
): ApplicationParameters {
  const p = defaultsOf(APPLICATIONS_SPEC);
  p.dispatch.mode = mode;
  p.dispatch.stationStaff = overrides;
  return p;
}

/** A stand-in application on a feeder of the station `id` (only its site is read). */
function jobAt(id: string): Application {
  const index = county.stations.findIndex((s) => s.id === id);
  const feederId = [...county.stationOfFeeder].find(([, s]) => s === index)![0];
  return { site: { feederId } } as unknown as Application;
}

/** Road hours one way between stations `a` and `b`, computed by hand from their coordinates. */
function roadHours(a: string, b: string, p: ApplicationParameters): number {
  const [sa, sb] = [a, b].map((id) => county.stations.find((s) => s.id === id)!);
  const km = Math.sqrt((sa.xKm - sb.xKm) ** 2 + (sa.yKm - sb.yKm) ** 2);
  return km * p.dispatch.detourFactor / p.dispatch.roadKmh;
}

/** A fresh environment at 08:00 on a working Monday, 2023-03-06, measuring the year. */
function setting() {
  const env = new Environment();
  const monday = calendar.timeOf("2023-03-06") + 8;
  env.run(monday);
  const clock = new WorkClock(env, calendar, Infinity);
  const year = { from: calendar.timeOf("2023-01-01"), to: calendar.timeOf("2024-01-01") };
  return { env, clock, year, monday };
}

Deno.test("travel: straight-line distance × detour factor / road speed, both ways equal", () => {
  const p = levers("nearest free");
  const hours = roadMatrix(county.stations, p.dispatch);
  const i = county.stations.findIndex((s) => s.id === "zhandian");
  const j = county.stations.findIndex((s) => s.id === "xitao");
  assert.equal(hours[i][j], hours[j][i]);
  assert.ok(Math.abs(hours[i][j] - roadHours("zhandian", "xitao", p)) < 1e-12);
  assert.equal(hours[i][i], 0);
});

Deno.test("nearest free: a busy station's job goes to the nearest free one, which drives both ways", () => {
  // One survey crew at each township station, none at the county company.
  const one = { surveyCrews: 1 };
  const p = levers("nearest free", {
    county: { surveyCrews: 0 },
    zhandian: one,
    xitao: one,
    dafeng: one,
    qiaomiao: one,
  });
  const { env, clock, year } = setting();
  const crews = RoleStaff.create(env, clock, year, "surveyCrews", p, county);
  const first = crews.request(jobAt("zhandian"));
  const second = crews.request(jobAt("zhandian"));
  assert.equal(first.resource.name, "surveyCrews@zhandian");
  // The nearest township station to zhandian, by hand.
  const others = ["xitao", "dafeng", "qiaomiao"];
  const nearest =
    others.sort((a, b) => roadHours("zhandian", a, p) - roadHours("zhandian", b, p))[0];
  assert.equal(second.resource.name, `surveyCrews@${nearest}`);
  assert.ok(first.granted && second.granted, "both start at once");
  const drive = 2 * roadHours(nearest, "zhandian", p);
  // The crew at home works 3 working hours; the borrowed one is held 3 + the drive.
  assert.equal(crews.work(first, 3), clock.hours(3));
  assert.equal(crews.work(second, 3), clock.hours(3 + drive));
  assert.ok(clock.hours(3 + drive) > clock.hours(3));
  const n = county.stations.findIndex((s) => s.id === nearest);
  assert.equal(crews.borrowed[n], 1);
  assert.ok(Math.abs(crews.driveHours[n] - drive) < 1e-12);
  // A third job finds every station that could help busy but two; with all four busy it queues.
  crews.request(jobAt("zhandian"));
  crews.request(jobAt("zhandian"));
  const fifth = crews.request(jobAt("zhandian"));
  assert.equal(fifth.granted, false, "nobody free anywhere: it waits");
  assert.equal(fifth.resource.name, "surveyCrews@zhandian", "and it waits at home");
});

Deno.test("station: a busy station's job waits at home, and office staff never drive", () => {
  const p = levers("station", { zhandian: { surveyCrews: 1 } });
  const { env, clock, year } = setting();
  const crews = RoleStaff.create(env, clock, year, "surveyCrews", p, county);
  crews.request(jobAt("zhandian"));
  const second = crews.request(jobAt("zhandian"));
  assert.equal(second.resource.name, "surveyCrews@zhandian");
  assert.equal(second.granted, false);
  assert.deepEqual(crews.borrowed, [0, 0, 0, 0, 0]);

  const q = levers("nearest free", { zhandian: { customerManagers: 1 } });
  const managers = RoleStaff.create(env, clock, year, "customerManagers", q, county);
  managers.request(jobAt("zhandian"));
  const borrowed = managers.request(jobAt("zhandian"));
  assert.notEqual(borrowed.resource.name, "customerManagers@zhandian");
  assert.equal(managers.work(borrowed, 2), clock.hours(2), "accepted remotely: no drive");
  assert.equal(managers.driveHours.reduce((a, b) => a + b), 0);
});

Deno.test("a station without the role sends its jobs to the county company, else the nearest", () => {
  const p = levers("station");
  const { env, clock, year } = setting();
  // The default data: 10 kV crews at the county company only.
  const mv = RoleStaff.create(env, clock, year, "mvCrews", p, county);
  assert.equal(mv.request(jobAt("dafeng")).resource.name, "mvCrews@county");
  // No 10 kV crew at the county company either: dafeng's jobs go to the nearest that has some.
  const q = levers("station", {
    county: { mvCrews: 0 },
    xitao: { mvCrews: 2 },
    qiaomiao: { mvCrews: 2 },
  });
  const mv2 = RoleStaff.create(env, clock, year, "mvCrews", q, county);
  const near = roadHours("dafeng", "xitao", q) < roadHours("dafeng", "qiaomiao", q)
    ? "xitao"
    : "qiaomiao";
  assert.equal(mv2.request(jobAt("dafeng")).resource.name, `mvCrews@${near}`);
  assert.equal(stationCount(county.stations[0], "mvCrews", q), 0);
});

Deno.test("a county without grid/stations.csv is one station: `station` equals the county pool", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-no-stations-" });
  try {
    for (const sub of ["grid", "demand", "reliability"]) await Deno.mkdir(`${dir}/${sub}`);
    for (const file of ["grid/feeders.csv", "grid/transformers.csv", "grid/compounds.csv"]) {
      await Deno.copyFile(`${DEFAULT_DATA_DIR}/${file}`, `${dir}/${file}`);
    }
    const notes: string[] = [];
    const single = await loadCounty(dir, { onNote: (m) => notes.push(m) });
    assert.equal(single.stations.length, 1);
    assert.ok(notes.some((n) => n.includes("stations.csv")));
    const pool = runYear(levers("county pool"), 3, single).kpis;
    const byStation = levers("station");
    // Dated changes stay valid for a single station (they are the county's).
    assert.deepEqual(dispatchProblems(byStation, single), []);
    const station = runYear(byStation, 3, single).kpis;
    for (const [key, value] of Object.entries(pool)) {
      assert.ok(Object.is(station[key], value), `${key}: ${station[key]} vs ${value}`);
    }
    assert.equal(station["station.COUNTY.lvCrews.count"], byStation.staff.lvCrews.count);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("dispatch levers are checked against the county: unknown stations, county-wide changes", () => {
  const p = levers("station", { nowhere: { lvCrews: 2 } });
  p.staff.surveyCrews.changes = [{ from: "2023-07-01", value: 10 }];
  const problems = dispatchProblems(p, county);
  assert.deepEqual(problems.map((x) => x.field), [
    "applications.dispatch.stationStaff.nowhere",
    "applications.staff.surveyCrews.changes",
  ]);
  assert.match(problems[0].expected, /county, zhandian, xitao, dafeng, qiaomiao/);
  p.dispatch.mode = "county pool";
  assert.equal(dispatchProblems(p, county).length, 1, "changes are fine in the county pool");
});

Deno.test("pooling: the county pool waits least, nearest free less than station only", () => {
  const waits = (["county pool", "nearest free", "station"] as const).map((mode) => {
    const k = runYear(levers(mode), 5).kpis;
    return ["customerManagers", "surveyCrews", "lvCrews"].reduce(
      (sum, role) => sum + k[`staff.${role}.meanWaitDays`],
      0,
    );
  });
  assert.ok(waits[0] < waits[1] && waits[1] < waits[2], `waits ${waits}`);
});

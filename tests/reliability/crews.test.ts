/**
 * Tests of sim/model/reliability/crews.ts: too few crews make outages longer; crews by station:
 * who is sent, the drive computed by hand, the counts, and borrowing shortening the waits.
 */
import assert from "node:assert/strict";
import { countyWideStation } from "../../sim/data/stations.ts";
import { REGIONS } from "../../sim/data/vocabulary.ts";
import { Environment } from "../../sim/engine/environment.ts";
import { CrewPool, stationCrews } from "../../sim/model/reliability/crews.ts";
import type { FeederState } from "../../sim/model/reliability/network.ts";
import type { ReliabilityParameters } from "../../sim/model/reliability/parameters.ts";
import { county, defaults, run } from "../support/reliability.ts";

Deno.test("too few crews make outages longer", () => {
  const few = defaults();
  for (const r of ["urban_core", "town", "rural"] as const) {
    few.crews.dayShiftCrews[r] = 1;
    few.crews.nightShiftCrews[r] = 0;
  }
  for (let replication = 0; replication < 3; replication++) {
    const a = run(defaults(), { replication }).kpis;
    const b = run(few, { replication }).kpis;
    assert.ok(b["reliability.crews.waitHoursMean"] > 5 * a["reliability.crews.waitHoursMean"]);
    assert.ok(b["reliability.fault.saidiHours"] > a["reliability.fault.saidiHours"] + 0.5);
    assert.ok(b["reliability.crews.utilisation"] > a["reliability.crews.utilisation"]);
  }
});

/** A stand-in feeder of station `id` (the pool reads its id and region only). */
function feederOf(id: string): FeederState {
  const index = county.stations.findIndex((s) => s.id === id);
  const feederId = [...county.stationOfFeeder].find(([, s]) => s === index)![0];
  const f = county.feederById.get(feederId)!;
  return { id: f.id, regionIndex: REGIONS.indexOf(f.region) } as FeederState;
}

/** Road hours one way between two stations, by hand. */
function road(a: string, b: string, p: ReliabilityParameters): number {
  const [sa, sb] = [a, b].map((id) => county.stations.find((s) => s.id === id)!);
  return Math.sqrt((sa.xKm - sb.xKm) ** 2 + (sa.yKm - sb.yKm) ** 2) * p.crews.detourFactor /
    p.crews.roadKmh;
}

Deno.test("crews by station: a fault takes its station's crew, or under nearest free the nearest free one", () => {
  const p = defaults();
  p.crews.dispatch = "nearest free";
  for (const s of county.stations) p.crews.stationCrews[s.id] = { day: 1, night: 1 };
  const env = new Environment();
  const crews = new CrewPool(env, p.crews, 24 * 365, county);
  const first = crews.request(feederOf("dafeng"));
  const second = crews.request(feederOf("dafeng"));
  assert.equal(first.resource.name, "reliability.crews.dafeng");
  assert.equal(crews.driveOf(first), 0);
  const others = county.stations.map((s) => s.id).filter((id) => id !== "dafeng");
  const nearest = others.sort((a, b) => road("dafeng", a, p) - road("dafeng", b, p))[0];
  assert.equal(second.resource.name, `reliability.crews.${nearest}`);
  assert.ok(Math.abs(crews.driveOf(second) - road(nearest, "dafeng", p)) < 1e-12);
  const n = crews.names.indexOf(nearest);
  assert.equal(crews.borrowed[n], 1);
  assert.ok(Math.abs(crews.driveHours[n] - 2 * road(nearest, "dafeng", p)) < 1e-12);
  // Under `station` the second fault waits for dafeng's own crew.
  p.crews.dispatch = "station";
  const own = new CrewPool(new Environment(), p.crews, 24 * 365, county);
  own.request(feederOf("dafeng"));
  const waiting = own.request(feederOf("dafeng"));
  assert.equal(waiting.resource.name, "reliability.crews.dafeng");
  assert.equal(waiting.granted, false);
});

Deno.test("crews by station: counts from the file, the override, or the regions' together", () => {
  const p = defaults();
  const zhandian = county.stations.find((s) => s.id === "zhandian")!;
  assert.deepEqual(stationCrews(zhandian, p.crews), zhandian.repairCrews);
  p.crews.stationCrews = { zhandian: { night: 0 } };
  assert.deepEqual(stationCrews(zhandian, p.crews), { day: zhandian.repairCrews.day, night: 0 });
  const single = countyWideStation();
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b);
  assert.deepEqual(stationCrews(single, p.crews), {
    day: sum(p.crews.dayShiftCrews),
    night: sum(p.crews.nightShiftCrews),
  });
});

Deno.test("crews by station: with one crew a station, borrowing the nearest free one shortens the waits", () => {
  const scarce = (dispatch: ReliabilityParameters["crews"]["dispatch"]) => {
    const p = defaults();
    p.crews.dispatch = dispatch;
    for (const s of county.stations) p.crews.stationCrews[s.id] = { day: 1, night: 1 };
    return p;
  };
  let own = 0;
  let borrowing = 0;
  for (let replication = 0; replication < 2; replication++) {
    const a = run(scarce("station"), { replication }).kpis;
    const b = run(scarce("nearest free"), { replication }).kpis;
    own += a["reliability.crews.waitHoursMean"];
    borrowing += b["reliability.crews.waitHoursMean"];
    // Crews driving to other stations' faults: hours driven, and a share of their faults.
    const driven = Object.entries(b).filter(([k]) =>
      /^station\..*\.repairCrews\.driveHours$/.test(k)
    )
      .reduce((s, [, v]) => s + v, 0);
    assert.ok(driven > 0, "some crew drove to another station's fault");
    assert.equal(a["station.dafeng.repairCrews.driveHours"], 0, "nobody drives under station");
  }
  assert.ok(borrowing < own, `waits ${borrowing} (nearest free) vs ${own} (station)`);
});

Deno.test("crews by region: each region's utilisation, weighted by its crew-hours on duty, is the county's", () => {
  const p = defaults();
  p.crews.dayShiftCrews = { urban_core: 5, town: 2, rural: 1 };
  p.crews.nightShiftCrews = { urban_core: 2, town: 1, rural: 1 };
  const { kpis } = run(p);
  // Crew-hours on duty over the year, by hand: 365 days of 12 day-shift hours (08–20) and 12
  // night-shift hours.
  const onDuty = REGIONS.map((r) =>
    365 * (12 * p.crews.dayShiftCrews[r] + 12 * p.crews.nightShiftCrews[r])
  );
  const shares = REGIONS.map((r) => kpis[`reliability.region.${r}.crewUtilisation`]);
  for (const u of shares) assert.ok(u > 0 && u < 1, `a region's utilisation is a share: ${u}`);
  const weighted = shares.reduce((sum, u, i) => sum + u * onDuty[i], 0) /
    onDuty.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(weighted - kpis["reliability.crews.utilisation"]) < 1e-12);
  // Regions differ: one crew for the rural area is busier than the urban core's seven.
  assert.ok(shares[REGIONS.indexOf("rural")] > shares[REGIONS.indexOf("urban_core")]);
  assert.equal(kpis["station.county.repairCrews.utilisation"], undefined, "by region only");
});

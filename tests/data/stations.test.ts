/**
 * The supply stations (`grid/stations.csv`, issue 17 §1): the parser collects every problem of
 * a row; the default county's stations serve every feeder once and hold exactly the default
 * scenario's staff, spread as data/README.md says; a directory without the file gets one
 * county-wide station with a note; a generated county of another seed and size gets a
 * consistent file; and a station serving a region that does not exist stops `deno task sim`
 * with one message. The cross-checks' messages are in the broken-fixture corpus
 * (tests/fixtures/broken/stations-*, run by tests/data.test.ts).
 */
import assert from "node:assert/strict";
import { generate } from "../../data/generate.ts";
import { COUNTY_ONLY_ROLES } from "../../data/generator/assumptions.ts";
import { apportion } from "../../data/generator/stations.ts";
import { DEFAULT_DATA_DIR, loadCounty, NO_STATIONS_SOURCE } from "../../sim/data/county.ts";
import { DATA_FILES, type DataFile, dataPath } from "../../sim/data/files.ts";
import { parseStations, stationOfFeeders } from "../../sim/data/stations.ts";
import { REGIONS, STATION_ROLES } from "../../sim/data/vocabulary.ts";
import { APPLICATIONS_SPEC, STAFF_ROLES } from "../../sim/model/applications/parameters.ts";
import { RELIABILITY_SPEC } from "../../sim/model/reliability/parameters.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { assertUserError, cli } from "../support/cli.ts";

const HEADER = "id,name,kind,serves,x_km,y_km,customer_managers,survey_crews,design_reviewers," +
  "lv_crews,mv_crews,inspectors,repair_crews_day,repair_crews_night";

/** The default scenario's county-wide count of each role, from the model's spec. */
function scenarioTotals(): Record<string, number> {
  const staff = defaultsOf(APPLICATIONS_SPEC).staff;
  return Object.fromEntries(STAFF_ROLES.map((role) => [role, staff[role].count]));
}

/** Loads `dir`, collecting notes instead of printing them. */
async function load(dir: string) {
  const notes: string[] = [];
  const county = await loadCounty(dir, { onNote: (m) => notes.push(m) });
  return { county, notes };
}

Deno.test("the data's station roles are the model's staff roles, in the same order", () => {
  assert.deepEqual([...STATION_ROLES], [...STAFF_ROLES]);
  // The spec's own staff group, which the two lists name.
  assert.deepEqual(Object.keys(APPLICATIONS_SPEC.fields.staff.fields), [...STATION_ROLES]);
});

Deno.test("parseStations: every problem of every row, with line, column, expected and found", () => {
  const text = [
    HEADER,
    "A,县公司,County,urban_core,0,0,1,5,2,6,5,9,4,2",
    "B,詹店供电所,township,,16.5,-4,2,6,0,7,0,0,3,1",
    "C,大封供电所,township,rural,-13,x,-1,6.5,0,7,0,0,3,-1",
    "D,,township,town;SUB35-03;town,1,1,1,1,0,1,0,0,2,1",
    "E,西陶供电所,township,town,2.5,-12,1,1,0,1,0,0,2,1",
    "E,乔庙供电所,township, SUB35-04 ; SUB35-05,2.5,-12,1,1,0,1,0,0,1,0",
  ].join("\n");
  const { records, problems } = parseStations(text, "s.csv");
  const at = (line: number, column: string) =>
    problems.filter((p) => p.line === line && p.column === column).map((p) => p.found);
  assert.deepEqual(at(2, "kind"), ['"County"']);
  assert.deepEqual(at(3, "serves"), ["an empty cell"]);
  assert.deepEqual(at(4, "y_km"), ['"x"']);
  assert.deepEqual(at(4, "customer_managers"), ['"-1"']);
  assert.deepEqual(at(4, "survey_crews"), ['"6.5"']);
  assert.deepEqual(at(5, "name"), ["an empty cell"]);
  assert.deepEqual(at(5, "serves"), ['"town" twice']);
  assert.deepEqual(at(7, "id"), ['"E", already on line 6']);
  assert.deepEqual(at(4, "repair_crews_night"), ['"-1"']);
  assert.equal(problems.length, 9);
  assert.ok(problems.every((p) => p.file === "s.csv" && p.expected.length > 0));
  assert.equal(
    problems.find((p) => p.column === "survey_crews")!.expected,
    "a whole number ≥ 0",
  );
  // The rows without a problem are read, entries trimmed; a duplicate id is not a row problem.
  assert.deepEqual(records.map((r) => [r.line, r.record.id, r.record.serves]), [
    [6, "E", ["town"]],
    [7, "E", ["SUB35-04", "SUB35-05"]],
  ]);
  assert.deepEqual(records[1].record.repairCrews, { day: 1, night: 0 });
  assert.deepEqual(records[0].record.staff, {
    customerManagers: 1,
    surveyCrews: 1,
    designReviewers: 0,
    lvCrews: 1,
    mvCrews: 0,
    inspectors: 0,
  });
});

Deno.test("a feeder's station is the one listing its substation, else the one listing its region", () => {
  const feeders = [
    { id: "F1", substation: "S1", region: "rural" as const },
    { id: "F2", substation: "S2", region: "rural" as const },
    { id: "F3", substation: "S2", region: "town" as const },
    { id: "F4", substation: "S3", region: "urban_core" as const },
  ];
  const stations = [{ serves: ["rural", "town"] }, { serves: ["S2"] }];
  // F1 by its region (station 0); F2 and F3 by their substation (station 1, though station 0
  // lists both regions); F4 by neither.
  assert.deepEqual(
    [...stationOfFeeders(stations, feeders)],
    [["F1", 0], ["F2", 1], ["F3", 1]],
  );
});

Deno.test("the default county's stations serve every feeder once and hold the scenario's staff", async () => {
  const { county, notes } = await load(DEFAULT_DATA_DIR);
  assert.deepEqual(notes, []);
  assert.equal(county.stationsFromData, true);
  assert.equal(county.sources.stations, dataPath(DEFAULT_DATA_DIR, "stations"));
  assert.equal(county.stations.length, 5);
  assert.equal(county.stations[county.countyStation].kind, "county");
  assert.equal(county.stations.filter((s) => s.kind === "county").length, 1);
  assert.equal(county.stationOfFeeder.size, county.feeders.length);
  // The county company serves exactly the county seat (its four substations are all urban_core).
  const atCounty = county.feeders.filter((f) =>
    county.stationOfFeeder.get(f.id) === county.countyStation
  );
  assert.deepEqual(
    atCounty.map((f) => f.id),
    county.feeders.filter((f) => f.region === "urban_core").map((f) => f.id),
  );
  // Township stations 8–25 km from the county company, names Chinese.
  for (const s of county.stations.filter((s) => s.kind === "township")) {
    const km = Math.hypot(
      s.xKm - county.stations[county.countyStation].xKm,
      s.yKm - county.stations[county.countyStation].yKm,
    );
    assert.ok(km >= 8 && km <= 25, `${s.id}: ${km} km`);
    assert.match(s.name, /供电所$/);
  }
  const totals = scenarioTotals();
  const customers = county.stations.map((_, i) =>
    county.feeders.filter((f) => county.stationOfFeeder.get(f.id) === i)
      .reduce((n, f) => n + f.customers, 0)
  );
  const all = customers.reduce((a, b) => a + b, 0);
  for (const role of STATION_ROLES) {
    const counts = county.stations.map((s) => s.staff[role]);
    assert.equal(counts.reduce((a, b) => a + b, 0), totals[role], role);
    if (COUNTY_ONLY_ROLES.includes(role)) {
      assert.deepEqual(
        counts,
        county.stations.map((_, i) => i === county.countyStation ? totals[role] : 0),
        role,
      );
    } else {
      // In proportion to customers: each within one of its exact share, and at least one.
      counts.forEach((n, i) => {
        const quota = totals[role] * customers[i] / all;
        assert.ok(n >= 1 && Math.abs(n - quota) < 1, `${role} at ${county.stations[i].id}`);
      });
    }
  }
});

Deno.test("largest-remainder apportionment, with a minimum per part", () => {
  // Hand-computed: 17 × (78152, 53362, 53705, 42156, 46095) / 273470 = 4.86, 3.32, 3.34, 2.62,
  // 2.87 → floors 4, 3, 3, 2, 2 and the 3 units left to .87, .86 and .62.
  const customers = [78152, 53362, 53705, 42156, 46095];
  assert.deepEqual(apportion(17, customers, 1), [5, 3, 3, 3, 3]);
  // 20 × … = 5.72, 3.90, 3.93, 3.08, 3.37 → 5, 3, 3, 3, 3 and 3 left to .93, .90, .72.
  assert.deepEqual(apportion(20, customers, 1), [6, 4, 4, 3, 3]);
  assert.deepEqual(apportion(5, customers, 1), [1, 1, 1, 1, 1]);
  // Quotas 4.90, 0.05, 0.05: the small parts get their minimum, the big one the rest.
  assert.deepEqual(apportion(5, [100, 1, 1], 1), [3, 1, 1]);
  // A part pushed to its minimum lowers the others' quotas: 10 × (1, 1, 0.1) / 2.1 = 4.76, 4.76,
  // 0.48 → the third gets 1, the first two split 9: 4.5 each, the tie to the first.
  assert.deepEqual(apportion(10, [1, 1, 0.1], 1), [5, 4, 1]);
  assert.deepEqual(apportion(7, [0, 0, 0], 1), [3, 2, 2]);
  assert.deepEqual(apportion(0, [3, 1], 0), [0, 0]);
  assert.throws(() => apportion(2, [1, 1, 1], 1), RangeError);
});

Deno.test("a directory without grid/stations.csv gets one county-wide station and a note", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-stations-" });
  try {
    // Its own feeders (the default's copied): the default's stations are not taken.
    const target = dataPath(dir, "feeders");
    await Deno.mkdir(target.slice(0, target.lastIndexOf("/")), { recursive: true });
    await Deno.copyFile(dataPath(DEFAULT_DATA_DIR, "feeders"), target);
    const { county, notes } = await load(dir);
    const stationNotes = notes.filter((n) => n.includes("stations.csv"));
    assert.deepEqual(stationNotes, [
      `${dir} has no grid/stations.csv: one county-wide station, with the scenario's county-wide ` +
      "staff counts (see data/README.md, grid/stations.csv)",
    ]);
    // The other missing files still come from the default, each with its note.
    const others = (Object.keys(DATA_FILES) as DataFile[])
      .filter((n) => n !== "feeders" && n !== "stations");
    assert.equal(notes.filter((n) => n.includes(" is not in ")).length, others.length);
    assert.equal(county.stationsFromData, false);
    assert.equal(county.sources.stations, NO_STATIONS_SOURCE);
    assert.equal(county.stations.length, 1);
    const [station] = county.stations;
    assert.deepEqual(
      { ...station, staff: undefined, repairCrews: undefined },
      {
        id: "COUNTY",
        name: "county company",
        kind: "county",
        serves: [...REGIONS],
        xKm: 0,
        yKm: 0,
        staff: undefined,
        repairCrews: undefined,
      },
    );
    for (const role of STATION_ROLES) assert.ok(Number.isNaN(station.staff[role]), role);
    assert.equal(county.countyStation, 0);
    assert.equal(county.stationOfFeeder.size, county.feeders.length);
    assert.ok([...county.stationOfFeeder.values()].every((i) => i === 0));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a county generated with another seed and size gets consistent stations", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-stations-gen-" });
  try {
    await generate(dir, { seed: "county-07", size: 0.1 });
    const { county, notes } = await load(dir);
    assert.deepEqual(notes.filter((n) => !n.includes("calendar/")), []);
    assert.equal(county.stationsFromData, true);
    assert.ok(county.feeders.length < 40, `${county.feeders.length} feeders`);
    assert.equal(county.stationOfFeeder.size, county.feeders.length);
    const totals = scenarioTotals();
    for (const role of STATION_ROLES) {
      assert.equal(county.stations.reduce((n, s) => n + s.staff[role], 0), totals[role], role);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("sim: a station serving a region that does not exist is one message, exit 2, nothing written", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-stations-cli-" });
  try {
    const stations = (await Deno.readTextFile(dataPath(DEFAULT_DATA_DIR, "stations")))
      .replace("SUB35-06;", "suburbs;");
    const file = dataPath(`${dir}/county`, "stations");
    await Deno.mkdir(file.slice(0, file.lastIndexOf("/")), { recursive: true });
    await Deno.writeTextFile(file, stations);
    await Deno.writeTextFile(`${dir}/s.json`, JSON.stringify({ data: "county", replications: 1 }));
    const r = await cli("sim", [`${dir}/s.json`, "--quiet", "--out", `${dir}/out`]);
    const line = stations.split("\n").findIndex((l) => l.includes("suburbs")) + 1;
    assertUserError(
      r,
      new RegExp(
        `has 1 problem:\\n  .*/county/grid/stations\\.csv:${line}: serves: expected a region ` +
          `\\(urban_core, town, rural\\) or a substation of .*grid/feeders\\.csv \\(SUB110-01, ` +
          `.*\\), found "suburbs"\\n$`,
      ),
      "a station serving suburbs",
    );
    assert.equal(line, 6);
    // One problem (the feeders of SUB35-06 left unserved are its consequence, not said).
    assert.equal(r.stderr.match(/stations\.csv:/g)!.length, 1);
    assert.equal(await Deno.stat(`${dir}/out`).catch(() => null), null, "nothing written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the default's repair crews: each shift's total is the scenario's, the seat's crews at the county company", async () => {
  const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
  const crews = defaultsOf(RELIABILITY_SPEC).crews;
  const sum = (shift: "day" | "night") =>
    county.stations.reduce((n, s) => n + s.repairCrews[shift], 0);
  const regions = (counts: Record<string, number>) =>
    Object.values(counts).reduce((a, b) => a + b, 0);
  assert.equal(sum("day"), regions(crews.dayShiftCrews));
  assert.equal(sum("night"), regions(crews.nightShiftCrews));
  // The county company serves exactly the county seat's feeders: the seat's crews are its own.
  const seat = county.stations[county.countyStation];
  assert.deepEqual(seat.repairCrews, {
    day: crews.dayShiftCrews.urban_core,
    night: crews.nightShiftCrews.urban_core,
  });
  assert.ok(county.stations.every((s) => s.repairCrews.day >= 1));
});

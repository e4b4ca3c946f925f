/**
 * The county data: the default (synthetic Wuzhi County) data set loads and passes its own
 * cross-checks and has the properties the models rely on; each broken file of the fixture
 * corpus (tests/fixtures/broken/<case>/, one fault each) yields exactly its expected message;
 * missing files fall back to the default with one note each; and regenerating the default data
 * from the committed seed reproduces the committed CSVs byte for byte.
 */
import assert from "node:assert/strict";
import { mean, sampleStandardDeviation } from "simple-statistics";
import { fileURLToPath } from "node:url";
import { generate } from "../data/generate.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { DATA_FILES, type DataFile, dataPath } from "../sim/data/files.ts";
import { COST_ITEMS, CUSTOMER_CLASSES } from "../sim/data/vocabulary.ts";
import { DEFAULT_CALENDAR_DIR } from "../sim/engine/calendar.ts";
import { civilFromDays, formatIsoDate } from "../sim/engine/calendar/civil.ts";
import { MAX_PROBLEMS, UserError } from "../sim/errors.ts";
import { calendarForYear } from "../sim/model/setup-context.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/broken", import.meta.url));
const NAMES = Object.keys(DATA_FILES) as DataFile[];

/** Loads `dir`, collecting notes instead of printing them. */
async function load(dir: string) {
  const notes: string[] = [];
  const county = await loadCounty(dir, { onNote: (m) => notes.push(m) });
  return { county, notes };
}

/** The message of the UserError that loading `dir` throws, and the notes given before. */
async function loadError(dir: string): Promise<{ error: UserError; notes: string[] }> {
  const notes: string[] = [];
  try {
    await loadCounty(dir, { onNote: (m) => notes.push(m) });
  } catch (error) {
    assert.ok(error instanceof UserError, `expected a UserError, got ${error}`);
    return { error, notes };
  }
  throw new assert.AssertionError({ message: `${dir} loaded without an error` });
}

/** A temporary directory holding copies of the default files, except `omit`. */
async function copyOfDefault(omit: DataFile[] = []): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-data-" });
  for (const name of NAMES) {
    if (omit.includes(name)) continue;
    const target = dataPath(dir, name);
    await Deno.mkdir(target.slice(0, target.lastIndexOf("/")), { recursive: true });
    await Deno.copyFile(dataPath(DEFAULT_DATA_DIR, name), target);
  }
  return dir;
}

function lines(text: string): string[] {
  return text.split("\n").slice(0, -1);
}

Deno.test("the default data loads, passes its own cross-checks and is complete", async () => {
  const { county, notes } = await load(DEFAULT_DATA_DIR);
  assert.deepEqual(notes, []);
  for (const name of NAMES) assert.equal(county.sources[name], dataPath(DEFAULT_DATA_DIR, name));
  assert.equal(county.feeders.length, 194);
  assert.ok(county.transformers.length > 3000, `${county.transformers.length} transformers`);
  // Generated consistently: each feeder's customers are exactly its transformers' sum.
  for (const f of county.feeders) {
    const below = county.transformersByFeeder.get(f.id)!;
    assert.ok(below.length > 0, `feeder ${f.id} has no transformers`);
    assert.equal(f.customers, below.reduce((s, t) => s + t.customers, 0), f.id);
  }
  for (const c of county.compounds) {
    assert.equal(county.feederById.get(c.feederId)!.region, c.region);
  }
  assert.equal(county.history.length, 1826);
  assert.equal(formatIsoDate(county.history[0].day), "2018-01-01");
  assert.equal(formatIsoDate(county.history.at(-1)!.day), "2022-12-31");
  assert.equal(
    county.history.at(-1)!.customersServed,
    county.feeders.reduce((s, f) => s + f.customers, 0),
  );
  // 10 kV users (DL/T 836): the grid's transformers, today's count on every day of the record.
  for (const d of county.history) {
    assert.equal(d.usersServed, county.transformers.length, formatIsoDate(d.day));
    assert.ok(d.usersInterrupted <= d.usersServed, formatIsoDate(d.day));
  }
  for (const c of CUSTOMER_CLASSES) {
    assert.equal(county.monthlyApplications.get(c)!.length, 12);
    const shares = county.capacityBins.get(c)!.reduce((s, b) => s + b.share, 0);
    assert.ok(Math.abs(shares - 1) < 1e-9, `${c} shares sum to ${shares}`);
  }
  assert.deepEqual(Object.keys(county.costs).sort(), [...COST_ITEMS].sort());
  assert.equal(county.weekdayFactors.length, 7);
});

Deno.test("the default data has what the models' rules act on", async () => {
  const { county } = await load(DEFAULT_DATA_DIR);
  // The LV/HV boundary: LV enterprise classes end at 160 kW; hv_single has a (160, 170] bin.
  for (const c of ["lv_small", "lv_other"] as const) {
    assert.equal(county.capacityBins.get(c)!.at(-1)!.highKw, 160);
  }
  const hv = county.capacityBins.get("hv_single")![0];
  assert.deepEqual([hv.lowKw, hv.highKw], [160, 170]);
  assert.ok(hv.share > 0);
  // The 80 % PV rule (三.(九).3) binds in villages and not in the county seat.
  const region = (feederId: string) => county.feederById.get(feederId)!.region;
  const overShare = (r: string) => {
    const ts = county.transformers.filter((t) =>
      t.ownership === "public" && !t.irrigationWell && region(t.feederId) === r
    );
    return ts.filter((t) => t.pvConnectedKw + t.pvFiledKw > 0.8 * t.ratingKva).length / ts.length;
  };
  assert.ok(overShare("rural") > 0.15 && overShare("rural") < 0.5, `rural ${overShare("rural")}`);
  assert.equal(overShare("urban_core"), 0);
  // The demonstration zone is in the county seat; new compounds reserve 20 % × 8 kW.
  const demo = county.feeders.filter((f) => f.demoZone);
  assert.ok(demo.length > 0 && demo.every((f) => f.region === "urban_core"));
  for (const c of county.compounds.filter((c) => c.kind === "new")) {
    assert.ok(c.reservedKw >= 0.2 * c.parkingSpaces * 8, c.id);
  }
});

Deno.test("the reliability record gives a real SAIDI target and major event days", async () => {
  const { county } = await load(DEFAULT_DATA_DIR);
  const saidiH = new Map<number, number>();
  const userSaidiH = new Map<number, number>();
  for (const year of [2018, 2019, 2020, 2021, 2022]) {
    const days = county.history.filter((d) => civilFromDays(d.day).year === year);
    const customers = mean(days.map((d) => d.customersServed));
    const minutes = days.reduce(
      (s, d) => s + d.plannedCustomerMinutes + d.unplannedCustomerMinutes,
      0,
    );
    saidiH.set(year, minutes / customers / 60);
    const userMinutes = days.reduce(
      (s, d) => s + (d.plannedUserMinutes + d.unplannedUserMinutes) / d.usersServed,
      0,
    );
    userSaidiH.set(year, userMinutes / 60);
  }
  // Calibrated to the national urban/rural figures for this customer mix (≈ 5.9 h expected in
  // 2022) and worse before: the plan's ≤ 4.9 h or −8 % (二.(四)) is a real step — on both
  // bases, the 10 kV users' (judged) following the customers' from the same events.
  for (const [basis, saidi] of [["customers", saidiH], ["10 kV users", userSaidiH]] as const) {
    const last = saidi.get(2022)!;
    assert.ok(last > 4.9 && last < 7, `${basis}, 2022: ${last} h`);
    assert.ok(saidi.get(2018)! > last, basis);
    // The July 2021 flood makes 2021 the worst year.
    assert.equal(Math.max(...saidi.values()), saidi.get(2021), basis);
  }
  // 0.4 kV faults interrupt customers but no 10 kV user: in users, fewer interruptions.
  const interrupted = (f: (d: (typeof county.history)[number]) => number) =>
    county.history.reduce((s, d) => s + f(d), 0);
  assert.ok(
    interrupted((d) => d.usersInterrupted / d.usersServed) <
      interrupted((d) => d.customersInterrupted / d.customersServed),
  );
  // IEEE 1366-2012 2.5 β: T_MED = exp(α + 2.5 β) over the days with interruptions.
  const daily = county.history.map((d) => d.unplannedCustomerMinutes / d.customersServed);
  const logs = daily.filter((x) => x > 0).map(Math.log);
  const alpha = mean(logs);
  const beta = sampleStandardDeviation(logs);
  const meds = county.history.filter((_, i) => daily[i] > Math.exp(alpha + 2.5 * beta));
  assert.ok(meds.length >= 5 && meds.length <= 40, `${meds.length} major event days`);
  assert.ok(meds.some((d) => formatIsoDate(d.day) === "2021-07-21"));
});

Deno.test("each broken fixture yields exactly its expected message", async () => {
  const cases = [...Deno.readDirSync(FIXTURES)].filter((e) => e.isDirectory).map((e) => e.name);
  assert.ok(cases.length >= 15, `${cases.length} fixtures`);
  for (const name of cases.sort()) {
    const dir = `${FIXTURES}/${name}`;
    const expected = (await Deno.readTextFile(`${dir}/expected.txt`))
      .replaceAll("{dir}", dir)
      .replaceAll("{default}", DEFAULT_DATA_DIR);
    const { error, notes } = await loadError(dir);
    assert.equal(error.message + "\n", expected, name);
    // Every file the fixture lacks was taken from the default data, with one note each …
    const present = NAMES.filter((n) => {
      try {
        return Deno.statSync(dataPath(dir, n)).isFile;
      } catch {
        return false;
      }
    });
    assert.equal(present.length, 1, `${name} holds one data file`);
    // … except the stations, which are never the default's: one county-wide station instead.
    const ownStations = present.includes("stations");
    assert.equal(
      notes.filter((n) => n.includes(" is not in ")).length,
      NAMES.length - (ownStations ? 1 : 2),
      name,
    );
    assert.equal(notes.some((n) => n.includes("one county-wide station")), !ownStations, name);
  }
});

Deno.test("a directory that lacks a file uses the default's and says so once", async () => {
  const dir = await copyOfDefault(["compounds"]);
  try {
    const { county, notes } = await load(dir);
    const fallback = dataPath(DEFAULT_DATA_DIR, "compounds");
    assert.deepEqual(notes, [
      `grid/compounds.csv is not in ${dir}: using the default data's ${fallback}`,
      `${dir} has no calendar/: using the toolkit's working calendar (${DEFAULT_CALENDAR_DIR})`,
    ]);
    assert.equal(county.calendarDir, DEFAULT_CALENDAR_DIR);
    assert.equal(county.sources.compounds, fallback);
    assert.equal(county.sources.feeders, dataPath(dir, "feeders"));
    const { county: defaults } = await load(DEFAULT_DATA_DIR);
    assert.deepEqual(county.compounds, defaults.compounds);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("problems of all files come in one error, at most 50 listed", async () => {
  const dir = await copyOfDefault();
  try {
    const transformers = lines(await Deno.readTextFile(dataPath(dir, "transformers")));
    // 60 negative ratings (rating_kva is the 4th column) …
    const broken = transformers.map((line, i) =>
      i >= 1 && i <= 60 ? line.replace(/^([^,]*,[^,]*,[^,]*,)/, "$1-") : line
    );
    await Deno.writeTextFile(dataPath(dir, "transformers"), broken.join("\n") + "\n");
    // … and one bad cost.
    const costs = await Deno.readTextFile(dataPath(dir, "costs"));
    await Deno.writeTextFile(dataPath(dir, "costs"), costs.replace(",km,220000,", ",km,abc,"));
    const { error } = await loadError(dir);
    assert.equal(error.problems.length, 61);
    const shown = error.message.split("\n");
    assert.equal(shown[0], `County data in ${dir} has 61 problems:`);
    assert.equal(shown.length, 1 + MAX_PROBLEMS + 1);
    assert.equal(shown.at(-1), "  … and 11 more problems");
    assert.equal(
      shown[1],
      `  ${dataPath(dir, "transformers")}:2: rating_kva: expected a number > 0, found "-800"`,
    );
    // Files are reported in a fixed order: the transformers' 60 come before costs.csv's one.
    assert.deepEqual(error.problems.at(-1), {
      file: dataPath(dir, "costs"),
      line: 2,
      column: "cost_cny",
      expected: "a number ≥ 0",
      found: '"abc"',
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("spreadsheet-saved files (BOM, CRLF, quoted line breaks) load the same", async () => {
  const dir = await copyOfDefault();
  try {
    for (const name of ["weekdayProfile", "feeders"] as const) {
      const text = await Deno.readTextFile(dataPath(dir, name));
      await Deno.writeTextFile(dataPath(dir, name), "\uFEFF" + text.replaceAll("\n", "\r\n"));
    }
    // A note that spans two lines shifts the line numbers of the rows after it.
    const costs = lines(await Deno.readTextFile(dataPath(dir, "costs")));
    costs[1] = costs[1].replace("materials and labour;", "materials and labour;\nsecond line;");
    costs[5] = costs[5].replace(",utility,", ",nobody,");
    await Deno.writeTextFile(dataPath(dir, "costs"), costs.join("\n") + "\n");
    const { error } = await loadError(dir);
    assert.equal(
      error.message,
      `County data in ${dir} has 1 problem:\n  ${dataPath(dir, "costs")}:7: payer_default: ` +
        `expected one of utility, government, customer, found "nobody"`,
    );
    // With the costs repaired, the BOM/CRLF files give the default data exactly.
    await Deno.copyFile(dataPath(DEFAULT_DATA_DIR, "costs"), dataPath(dir, "costs"));
    const { county } = await load(dir);
    const { county: defaults } = await load(DEFAULT_DATA_DIR);
    assert.deepEqual(county.weekdayFactors, defaults.weekdayFactors);
    assert.deepEqual(county.feeders, defaults.feeders);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a missing data directory is a UserError that names it", async () => {
  await assert.rejects(
    loadCounty(`${FIXTURES}/no-such-dir`, { onNote: () => {} }),
    (e: unknown) =>
      e instanceof UserError &&
      e.message === `County data directory ${FIXTURES}/no-such-dir does not exist`,
  );
});

Deno.test("regenerating with the committed seed reproduces the committed CSVs", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-generate-" });
  try {
    await generate(dir);
    for (const name of NAMES) {
      const made = await Deno.readFile(dataPath(dir, name));
      const committed = await Deno.readFile(dataPath(DEFAULT_DATA_DIR, name));
      assert.ok(
        made.length === committed.length && made.every((b, i) => b === committed[i]),
        `${DATA_FILES[name]} differs from a fresh generation: run \`deno task data\``,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a file not in UTF-8 is named with the encoding it looks like, never read as mojibake", async () => {
  const dir = await copyOfDefault();
  try {
    const path = dataPath(dir, "feeders");
    const text = await Deno.readTextFile(path);
    const utf16 = (bigEndian: boolean) => {
      const bytes = new Uint8Array(2 + 2 * text.length);
      const view = new DataView(bytes.buffer);
      view.setUint16(0, 0xfeff, !bigEndian);
      for (let i = 0; i < text.length; i++) {
        view.setUint16(2 + 2 * i, text.charCodeAt(i), !bigEndian);
      }
      return bytes;
    };
    // GBK bytes of "城关线" (what Excel on Chinese Windows saves) on the third line.
    const lines3 = text.split("\n");
    const gbk = [
      ...new TextEncoder().encode(lines3.slice(0, 2).join("\n") + "\n"),
      0xB3,
      0xC7,
      0xB9,
      0xD8,
      0xCF,
      0xDF,
      ...new TextEncoder().encode(lines3.slice(2).join("\n")),
    ];
    const cases: [Uint8Array, RegExp][] = [
      [
        utf16(false),
        /:1: expected UTF-8 text, found bytes .*\(0xFF 0xFE 0x69 0x00\); it looks like UTF-16 LE: convert it, e\.g\. `iconv -f UTF-16LE -t UTF-8 feeders\.csv/,
      ],
      [utf16(true).subarray(2), /:1: expected UTF-8 text, .*it looks like UTF-16 BE/],
      [
        new Uint8Array(gbk),
        /:3: expected UTF-8 text, found bytes that are not UTF-8 \(0xB3 0xC7 0xB9 0xD8\); it looks like GBK/,
      ],
      [
        new Uint8Array([...new TextEncoder().encode("id,substation\n"), 0xff, 0x0a]),
        /:2: expected UTF-8 text, .*a legacy 8-bit encoding/,
      ],
    ];
    for (const [bytes, pattern] of cases) {
      await Deno.writeFile(path, bytes);
      const { error } = await loadError(dir);
      assert.equal(error.problems.length, 1, error.message);
      assert.match(error.message, pattern);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a file with a header and no rows is one problem, the root cause, not thousands", async () => {
  const dir = await copyOfDefault();
  try {
    const header = (await Deno.readTextFile(dataPath(dir, "feeders"))).split("\n")[0];
    await Deno.writeTextFile(dataPath(dir, "feeders"), header + "\r\n");
    const { error } = await loadError(dir);
    assert.equal(
      error.message,
      `County data in ${dir} has 1 problem:\n  ${dataPath(dir, "feeders")}:2: ` +
        "expected rows under the header, found none",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a data directory's own calendar/ is used, and checked, when it has one", async () => {
  const dir = await copyOfDefault();
  try {
    await Deno.mkdir(`${dir}/calendar`);
    for (const year of [2022, 2023]) {
      await Deno.copyFile(`${DEFAULT_CALENDAR_DIR}/${year}.csv`, `${dir}/calendar/${year}.csv`);
    }
    const { county, notes } = await load(dir);
    assert.deepEqual(notes, [], "no note: nothing was taken from elsewhere");
    assert.equal(county.calendarDir, `${dir}/calendar`);
    // Its own calendar lacks 2024, which a 2023 run needs: the message names that directory.
    await assert.rejects(
      calendarForYear(2023, county.calendarDir),
      (e: unknown) => e instanceof UserError && e.message.includes(`add ${dir}/calendar/2024.csv`),
    );
    const calendar = await calendarForYear(2022, county.calendarDir);
    assert.equal(calendar.source, `${dir}/calendar`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("reordered columns and Chinese text load the same", async () => {
  const dir = await copyOfDefault();
  try {
    const rows = lines(await Deno.readTextFile(dataPath(dir, "feeders"))).map((l) => l.split(","));
    const swapped = rows.map((r) => [r[2], r[0], r[1], ...r.slice(3)].join(","));
    await Deno.writeTextFile(dataPath(dir, "feeders"), swapped.join("\n") + "\n");
    const costs = await Deno.readTextFile(dataPath(dir, "costs"));
    await Deno.writeTextFile(
      dataPath(dir, "costs"),
      costs.replace("materials and labour;", "材料及人工费，含税；"),
    );
    const { county } = await load(dir);
    const { county: defaults } = await load(DEFAULT_DATA_DIR);
    assert.deepEqual(county.feeders, defaults.feeders);
    assert.match(JSON.stringify(county.costs), /材料及人工费/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a problem list names the root cause first: a file not read at all before row problems", async () => {
  const dir = await copyOfDefault();
  try {
    // A bad row in the second file, and the last file without rows.
    const transformers = lines(await Deno.readTextFile(dataPath(dir, "transformers")));
    transformers[1] = transformers[1].replace(/^([^,]*,[^,]*,[^,]*,)/, "$1-");
    await Deno.writeTextFile(dataPath(dir, "transformers"), transformers.join("\n") + "\n");
    const header = lines(await Deno.readTextFile(dataPath(dir, "costs")))[0];
    await Deno.writeTextFile(dataPath(dir, "costs"), header + "\n");
    const { error } = await loadError(dir);
    assert.deepEqual(error.problems.map((p) => p.file), [
      dataPath(dir, "costs"),
      dataPath(dir, "transformers"),
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

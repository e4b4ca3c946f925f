/**
 * Tests of sim/engine/calendar/read.ts: loading a directory of YYYY.csv files, and every problem
 * it reports with file, line, column, what was expected and what was found.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { WorkCalendar } from "../../sim/engine/calendar/work-calendar.ts";
import { throwsExactly } from "../support/assertions.ts";

const HEADER = "date,kind,name,notice\n";
const N23 = "国办发明电〔2022〕16号";

/** Writes `files` to a fresh temp dir, loads it, and returns the UserError it must throw. */
async function loadError(files: Record<string, string>): Promise<UserError> {
  const dir = await Deno.makeTempDir({ prefix: "calendar-test-" });
  try {
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    try {
      await WorkCalendar.load(dir, { epoch: "2023-01-01" });
    } catch (e) {
      assert.ok(e instanceof UserError, `expected a UserError, got ${e}`);
      return Object.assign(e, { message: e.message.replaceAll(dir, "DIR") });
    }
    throw new Error("expected the load to fail");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("load: a good small directory loads, ignoring non-CSV files", async () => {
  const dir = await Deno.makeTempDir({ prefix: "calendar-test-" });
  try {
    await Deno.writeTextFile(
      `${dir}/2023.csv`,
      `\uFEFF${HEADER}2023-04-05,holiday,清明节 Qingming Festival,${N23}\n\n`,
    );
    await Deno.writeTextFile(`${dir}/2024.csv`, HEADER);
    await Deno.writeTextFile(`${dir}/README.md`, "# notes\n");
    const small = await WorkCalendar.load(dir + "/", { epoch: "2023-04-01" });
    assert.equal(small.firstDate, "2023-01-01");
    assert.equal(small.lastDate, "2024-12-31");
    assert.equal(small.isWorkingDate("2023-04-05"), false);
    assert.equal(small.isWorkingDate("2024-04-04"), true); // no 2024 rows: an ordinary Thursday
    assert.equal(small.source, dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load: the default directory is the repository's data/calendar, from any cwd", async () => {
  const cwd = Deno.cwd();
  Deno.chdir(new URL("../../sim", import.meta.url).pathname); // somewhere else
  try {
    const loaded = await WorkCalendar.load({ epoch: "2023-01-01" });
    const expected = decodeURIComponent(new URL("../../data/calendar", import.meta.url).pathname);
    assert.equal(loaded.source, expected);
    throwsExactly(
      () => loaded.isWorkingDate("2027-01-05"),
      RangeError,
      "2027-01-05 is outside the working calendar (covers 2021-01-01..2026-12-31; add " +
        `${expected}/2027.csv)`,
    );
  } finally {
    Deno.chdir(cwd);
  }
});

Deno.test("load: a bad row is reported with file, line, column, expected and found", async () => {
  const cases: Array<[string, string]> = [
    [
      `2023-02-30,holiday,春节 Spring Festival,${N23}`,
      'DIR/2023.csv:2: date: expected a date YYYY-MM-DD, found "2023-02-30"',
    ],
    [
      `2023-01-23,holidy,春节 Spring Festival,${N23}`,
      'DIR/2023.csv:2: kind: expected holiday or workday, found "holidy"',
    ],
    [
      `2023-01-27,workday,春节 Spring Festival,${N23}`,
      "DIR/2023.csv:2: date: expected a Saturday or Sunday for a workday row (a make-up " +
      'working day, 调休上班), found "2023-01-27" (a Friday)',
    ],
    [
      `2022-12-31,holiday,元旦 New Year's Day,${N23}`,
      "DIR/2023.csv:2: date: expected a date in 2023 (each row goes in the file of its date's " +
      'year), found "2022-12-31"',
    ],
    [
      `2023-01-23,holiday, ,${N23}`,
      'DIR/2023.csv:2: name: expected the holiday\'s name, e.g. 春节 Spring Festival, found " "',
    ],
    [
      "2023-01-23,holiday,春节 Spring Festival,",
      "DIR/2023.csv:2: notice: expected the notice the date comes from, e.g. 国办发明电〔2022〕16号, " +
      'found ""',
    ],
    [
      "2023-01-23,holiday,春节 Spring Festival",
      "DIR/2023.csv:2: expected 4 fields (date,kind,name,notice), found 3 fields",
    ],
    [
      `"2023-01-23,holiday,春节,${N23}`,
      "DIR/2023.csv:2: expected well-formed CSV, found Quote Not Closed: the parsing is " +
      "finished with an opening quote at line 2",
    ],
  ];
  for (const [row, problem] of cases) {
    const e = await loadError({ "2023.csv": HEADER + row + "\n" });
    assert.equal(e.message, `DIR: the working calendar has 1 problem:\n  ${problem}`);
    assert.equal(e.problems.length, 1);
  }
});

Deno.test("load: a date listed twice (even as holiday and workday) is reported", async () => {
  const e = await loadError({
    "2023.csv": HEADER +
      `2023-01-28,workday,春节 Spring Festival,${N23}\n` +
      `2023-01-21,holiday,春节 Spring Festival,${N23}\n` +
      `2023-01-28,holiday,春节 Spring Festival,${N23}\n` +
      `2023-01-21,holiday,春节 Spring Festival,${N23}\n`,
  });
  assert.equal(
    e.message,
    [
      "DIR: the working calendar has 2 problems:",
      "  DIR/2023.csv:4: date: expected each date listed once (it is already at " +
      'DIR/2023.csv:2), found "2023-01-28"',
      "  DIR/2023.csv:5: date: expected each date listed once (it is already at " +
      'DIR/2023.csv:3), found "2023-01-21"',
    ].join("\n"),
  );
  assert.deepEqual(e.problems.map((p) => p.line), [4, 5]);
});

Deno.test("load: file-level problems", async () => {
  const cases: Array<[Record<string, string>, string]> = [
    [
      { "2023.csv": "date,kind,name\n" },
      'DIR/2023.csv:1: expected the header date,kind,name,notice, found "date,kind,name"',
    ],
    [
      { "2023.csv": "" },
      "DIR/2023.csv:1: expected the header date,kind,name,notice, found an empty file",
    ],
    [
      { "holidays.csv": HEADER },
      "DIR/holidays.csv: expected a file named YYYY.csv after the year of its dates, found " +
      '"holidays.csv"',
    ],
    [{ "README.md": "" }, "DIR: expected at least one YYYY.csv working calendar file, found none"],
    [
      { "2022.csv": HEADER, "2024.csv": HEADER },
      "DIR: expected one file per year from 2022 to 2024, with no gap, found no 2023.csv",
    ],
  ];
  for (const [files, problem] of cases) {
    const e = await loadError(files);
    assert.equal(e.message, `DIR: the working calendar has 1 problem:\n  ${problem}`);
  }
  await assert.rejects(
    WorkCalendar.load("/nonexistent/calendar", { epoch: "2023-01-01" }),
    (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.equal(
        e.message,
        "/nonexistent/calendar: the working calendar has 1 problem:\n" +
          "  /nonexistent/calendar: expected a directory of YYYY.csv working calendar files, " +
          "found no such directory",
      );
      return true;
    },
  );
});

Deno.test("load: problems from several files are all listed, by file then line", async () => {
  const e = await loadError({
    "2024.csv": HEADER + `2024-02-09,holidy,春节 Spring Festival,${N23}\n`,
    "2023.csv": HEADER + `2023-13-01,holiday,x,${N23}\n2023-01-23,holiday,春节 Spring Festival\n`,
  });
  assert.equal(
    e.message,
    [
      "DIR: the working calendar has 3 problems:",
      '  DIR/2023.csv:2: date: expected a date YYYY-MM-DD, found "2023-13-01"',
      "  DIR/2023.csv:3: expected 4 fields (date,kind,name,notice), found 3 fields",
      '  DIR/2024.csv:2: kind: expected holiday or workday, found "holidy"',
    ].join("\n"),
  );
});

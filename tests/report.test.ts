/**
 * The main job's report: built by the real command on the default data (with few replications),
 * it has every section, a chart per figure, the headline table of every plan target, no
 * reference to the network, and — opened in a real browser (Debian's chromium driven by
 * playwright-core) — every chart draws marks and the console stays free of errors.
 */
import assert from "node:assert/strict";
import type { ChartCheck } from "./support/browser-check.ts";
import { TARGET_CHECKS } from "../sim/runner/targets.ts";

const ROOT = decodeURIComponent(new URL("../", import.meta.url).pathname);
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = await Deno.stat(CHROMIUM).then(() => true, () => false);

/** Builds the report once for all tests of this file. */
let built: Promise<string> | undefined;
function buildReport(): Promise<string> {
  built ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "jiedian-report-" });
    globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
    const { code, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-read",
        "--allow-write",
        "--allow-env",
        `${ROOT}sim/cli/report.ts`,
        "--reps",
        "3",
        "--out",
        dir,
        "--quiet",
      ],
      stderr: "piped",
    }).output();
    assert.equal(code, 0, new TextDecoder().decode(stderr));
    return `${dir}/index.html`;
  })();
  return built;
}

Deno.test("the report has every section, the targets table and a chart in every figure", async () => {
  const html = await Deno.readTextFile(await buildReport());
  for (
    const id of [
      "targets",
      "scorecard",
      "timelines",
      "reliability",
      "levers",
      "pv",
      "staff",
      "stations",
      "assumptions",
    ]
  ) {
    assert.match(html, new RegExp(`<section id="${id}">`), `section ${id}`);
  }
  const targets = html.slice(
    html.indexOf('<section id="targets">'),
    html.indexOf('<section id="scorecard">'),
  );
  assert.equal(
    (targets.match(/<tr>/g) ?? []).length,
    TARGET_CHECKS.length + 1,
    "one row per target + header",
  );
  for (const check of TARGET_CHECKS) {
    assert.ok(targets.includes(check.en.replaceAll("&", "&amp;")), check.en);
  }
  // The scorecard: the four components and the score, beside China's published DB2020 values.
  const scorecard = html.slice(
    html.indexOf('<section id="scorecard">'),
    html.indexOf('<section id="timelines">'),
  );
  assert.match(scorecard, /中国 China \(DB2020\)/);
  assert.match(scorecard, /<td>95\.4<\/td>/);
  assert.match(scorecard, /Furthest from the frontier in the plan/);
  const figures = html.split('<figure class="chart">').slice(1);
  // One per timeline class (5), SAIDI, PV zones, staff utilisation, station utilisation.
  assert.equal(figures.length, 9, "charts");
  // The station view: a row per station and role it has (grid/stations.csv: 5 stations, three
  // roles at each and three more at the county company) and its repair crews, with the hours
  // driven for others.
  const stations = html.slice(
    html.indexOf('<section id="stations">'),
    html.indexOf('<section id="assumptions">'),
  );
  assert.equal((stations.match(/<tr>/g) ?? []).length, 5 * 3 + 3 + 5 + 1, "rows + header");
  assert.match(stations, /抢修队伍/);
  assert.match(stations, /詹店供电所/);
  assert.match(stations, /Hours driven/);
  for (const figure of figures) {
    assert.match(figure, /^<svg|^<figure|^<div/, "a chart in each figure");
  }
  // Self-contained: nothing is loaded from the network (xmlns names are not loads).
  assert.doesNotMatch(html, /(src|href)="https?:/);
  assert.match(html, /SAIDI/);
  assert.match(html, /户均停电时间/);
});

Deno.test({
  name: "in a real browser every chart renders marks and the console has no errors",
  ignore: !hasChromium,
  async fn() {
    const path = await buildReport();
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", `${ROOT}tests/support/browser-check.ts`, path],
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(code, 0, new TextDecoder().decode(stderr));
    const { charts, errors }: { charts: ChartCheck[]; errors: string[] } = JSON.parse(
      new TextDecoder().decode(stdout),
    );
    assert.equal(charts.length, 9, "charts");
    for (const chart of charts) {
      assert.ok(chart.drawn > 0, `no marks drawn in: ${chart.caption}`);
      assert.ok(chart.width > 100, `chart has no size: ${chart.caption}`);
    }
    assert.deepEqual(errors, []);
  },
});

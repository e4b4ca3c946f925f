/**
 * Drives the scenario explorer in Debian's chromium (playwright-core) as an analyst would, and
 * prints as JSON what it saw: the exact scenario of issue 16 (the LV threshold in towns at
 * 170 kW, one more inspector, N replications), the verdicts and KPIs shown, the downloaded
 * scenario file and summary, the shared URL reopened, a bad value typed into a control and a bad
 * URL, every console error and every request outside the page's origin. Run by
 * tests/explorer/browser.test.ts in a subprocess with `-A` (playwright probes the system in ways
 * Deno grants only with all permissions).
 *
 * Usage: deno run -A tests/support/explorer-browser.ts <site dir> <replications> <workers>
 */
/// <reference lib="dom" />
import type { Page } from "playwright-core";
import { launchChromium, serveSite } from "./chromium.ts";

const [dir, reps, workers] = Deno.args;

const { origin, stop } = await serveSite(dir);

const browser = await launchChromium();

const errors: string[] = [];
const outside: string[] = [];
const requests: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const track = (u: string) => {
    requests.push(u);
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) outside.push(u);
  };
  page.on("request", (r) => track(r.url()));
  page.on("worker", (w) => track(w.url()));
  await page.goto(url);
  return page;
}

/** Types `text` into a lever's field and commits it (Enter). */
async function setLever(page: Page, path: string, text: string): Promise<void> {
  const input = page.locator(`.lever[data-path="${path}"] [data-input="value"]`);
  await input.fill(text);
  await input.press("Enter");
}

/** Waits until the status shows `reps` replications of both runs done. */
async function waitDone(page: Page): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector<HTMLElement>("#status")!.dataset;
      return s.state === "done" && s.done === n;
    },
    reps,
    { timeout: 600_000 },
  );
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  const path = await file.path();
  return await Deno.readTextFile(path!);
}

try {
  const page = await open(`${origin}/?workers=${workers}`);
  await page.waitForSelector('.lever[data-path="replications"]');
  // The page starts by running the reference (200 replications): Stop ends it.
  await page.waitForFunction(() =>
    document.querySelector<HTMLElement>("#status")!.dataset.state === "running"
  );
  await page.click("#stop");
  const stopped = await page.getAttribute("#status", "data-state");
  const started = performance.now();
  await setLever(page, "replications", reps);
  await setLever(page, "applications.access.lvThresholdTownKw", "170");
  await setLever(page, "applications.staff.inspectors.count", "10");
  await waitDone(page);
  const seconds = (performance.now() - started) / 1000;
  const shown = await page.$$eval("[data-target]", (spans) =>
    spans.map((s) => ({
      target: s.getAttribute("data-target"),
      role: s.getAttribute("data-role"),
      value: s.getAttribute("data-value"),
      probability: s.getAttribute("data-probability"),
      text: s.textContent,
    })));
  const headline = await page.$$eval(
    "table.headline tbody tr",
    (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  const charts = await page.$$eval("[data-chart]", (holders) =>
    holders.map((h) => ({
      chart: h.getAttribute("data-chart"),
      marks: h.querySelectorAll(
        "svg g[aria-label] circle, svg g[aria-label] rect, svg g[aria-label] line",
      ).length,
    })));
  const scenarioJson = await download(page, "#download-scenario");
  const summaryJson = await download(page, "#download-summary");
  const cli = await page.textContent("#cli");
  const url = page.url();

  // A value out of range: a message beside the control, the results kept.
  await setLever(page, "applications.staff.inspectors.count", "-3");
  const problem = await page.textContent(
    '.lever[data-path="applications.staff.inspectors.count"] .problem',
  );
  const keptDone = await page.getAttribute("#status", "data-done");
  const urlAfterBad = page.url();

  // Values each valid but not together (a 90th percentile under its median): the model's
  // message beside the lever, the last results still shown.
  const verdictsBefore = await page.$$eval(
    "[data-target]",
    (spans) => spans.map((s) => s.textContent),
  );
  await setLever(page, "applications.intake.intakeHoursP90", "0.01");
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("#status")!.dataset.state === "error",
    null,
    { timeout: 600_000 },
  );
  const crossProblem = await page.textContent(
    '.lever[data-path="applications.intake.intakeHoursP90"] .problem',
  );
  const verdictsAfter = await page.$$eval(
    "[data-target]",
    (spans) => spans.map((s) => s.textContent),
  );
  const resultsKept = JSON.stringify(verdictsAfter) === JSON.stringify(verdictsBefore);

  // Search in Chinese and in English.
  const search = page.locator("#search");
  await search.fill("验收人员");
  const foundZh = await page.$$eval(
    ".lever:not([hidden])",
    (rows) => rows.map((r) => r.getAttribute("data-path")),
  );
  await search.fill("LV threshold");
  const foundEn = await page.$$eval(
    ".lever:not([hidden])",
    (rows) => rows.map((r) => r.getAttribute("data-path")),
  );
  await page.close();

  // The shared URL opens the same levers.
  const again = await open(url);
  await again.waitForSelector('.lever[data-path="replications"]');
  const reopened = await again.$$eval(".lever.changed", (rows) =>
    rows.map((r) => [
      r.getAttribute("data-path"),
      r.querySelector<HTMLInputElement>('[data-input="value"]')!.value,
    ]));
  await again.close();

  // A bad URL: unknown lever, a value out of range.
  const bad = await open(
    `${origin}/?replications=2&applications.staff.inspectorz.count=3&applications.access.lvThresholdTownKw=-1&workers=${workers}`,
  );
  await bad.waitForFunction(
    () => document.querySelector<HTMLElement>("#status")!.dataset.state === "done",
    null,
    { timeout: 600_000 },
  );
  const badMessages = await bad.textContent("#messages");
  const badProblem = await bad.textContent(
    '.lever[data-path="applications.access.lvThresholdTownKw"] .problem',
  );
  await bad.close();

  console.log(JSON.stringify({
    seconds,
    shown,
    headline,
    charts,
    scenarioJson,
    summaryJson,
    cli,
    url,
    problem,
    keptDone,
    urlAfterBad,
    crossProblem,
    stopped,
    resultsKept,
    foundZh,
    foundEn,
    reopened,
    badMessages,
    badProblem,
    errors,
    outside,
    requests: requests.length,
  }));
} finally {
  await browser.close();
  stop();
}

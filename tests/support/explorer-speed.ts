/**
 * Measures the explorer in Debian's chromium (playwright-core): the time from committing a
 * lever's new value to the first results on screen, and the replications per second of the
 * scenario's run once the reference is known (so only the changed scenario runs). Prints JSON.
 * Run by tests/bench/explorer.bench.ts in a subprocess with `-A` (playwright probes the system
 * in ways Deno grants only with all permissions).
 *
 * Usage: deno run -A tests/support/explorer-speed.ts <site dir> <replications> <workers>
 */
/// <reference lib="dom" />
import { launchChromium, serveSite } from "./chromium.ts";

const [dir, reps, workers] = Deno.args;
const { origin, stop } = await serveSite(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/?workers=${workers}&replications=${reps}`);
  const status = () =>
    page.evaluate(() => ({ ...document.querySelector<HTMLElement>("#status")!.dataset }));
  const waitDone = () =>
    page.waitForFunction(
      (n) => {
        const s = document.querySelector<HTMLElement>("#status")!.dataset;
        return s.state === "done" && s.done === n;
      },
      reps,
      { timeout: 900_000 },
    );
  await waitDone(); // the reference (plan-2023) is known from here on
  const input = page.locator(
    '.lever[data-path="applications.staff.inspectors.count"] [data-input="value"]',
  );
  const changes: { firstResultMs: number; seconds: number }[] = [];
  for (const inspectors of ["10", "11", "12"]) {
    await input.fill(inspectors);
    const start = performance.now();
    await input.press("Enter");
    await waitDone();
    const seconds = (performance.now() - start) / 1000;
    changes.push({ firstResultMs: Number((await status()).firstResultMs), seconds });
  }
  console.log(JSON.stringify({ changes }));
} finally {
  await browser.close();
  stop();
}

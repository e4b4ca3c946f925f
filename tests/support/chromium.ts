/**
 * Debian's chromium for the browser tests and benchmarks (driven by playwright-core), launched
 * as the machine's notes advise for a closed network, and a site served on localhost for it.
 */
import { type Browser, chromium } from "playwright-core";
import { serveDirectory } from "../../sim/explorer/serve.ts";

export const CHROMIUM = "/usr/bin/chromium";

/** Whether chromium is installed (tests that need it are skipped otherwise). */
export const hasChromium: boolean = await Deno.stat(CHROMIUM).then(() => true, () => false);

/** Chromium, headless, with no background connections. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Serves `dir` on a free port of 127.0.0.1: its origin (no trailing slash), and a way to stop. */
export async function serveSite(dir: string): Promise<{ origin: string; stop: () => void }> {
  const controller = new AbortController();
  const url = await new Promise<string>((resolve) => {
    serveDirectory(dir, { port: 0, signal: controller.signal, onListen: resolve });
  });
  return { origin: url.replace(/\/$/, ""), stop: () => controller.abort() };
}

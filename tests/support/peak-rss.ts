/**
 * Peak resident set size of this process so far, in MiB: Linux's high-water mark (VmHWM), which
 * sees the true peak even inside a synchronous run and covers worker threads; elsewhere the
 * current RSS.
 */
export function peakRssMb(): number {
  try {
    const status = Deno.readTextFileSync("/proc/self/status");
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    if (kb > 0) return kb / 1024;
  } catch {
    // not Linux: fall through
  }
  return Deno.memoryUsage().rss / 2 ** 20;
}

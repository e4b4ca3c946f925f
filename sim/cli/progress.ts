/**
 * Progress of a long run: a bar redrawn in place on a terminal (done/total, rate, time left),
 * a plain line every 10 % when the output is a file or a pipe, nothing when quiet.
 */

/** A progress callback for the runner: (done, total). */
export type Progress = (done: number, total: number) => void;

const encoder = new TextEncoder();

function write(text: string): void {
  Deno.stderr.writeSync(encoder.encode(text));
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, "0")}s` : `${s}s`;
}

/** A progress reporter labelled `label`, drawing to standard error. */
export function progressReporter(label: string, quiet: boolean): Progress {
  if (quiet) return () => {};
  const start = performance.now();
  const terminal = Deno.stderr.isTerminal();
  let lastDecile = -1;
  return (done, total) => {
    const seconds = (performance.now() - start) / 1000;
    const rate = done / seconds;
    const eta = (total - done) / rate;
    const status = `${done}/${total} replications, ${rate.toFixed(1)}/s, ` +
      (done === total ? `done in ${duration(seconds)}` : `${duration(eta)} left`);
    if (terminal) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      write(`\r${label} ${bar} ${status}\x1b[K${done === total ? "\n" : ""}`);
      return;
    }
    const decile = Math.floor((done / total) * 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      write(`${label}: ${status}\n`);
    }
  };
}

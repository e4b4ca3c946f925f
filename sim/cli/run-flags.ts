/**
 * Flags shared by the commands that run scenarios (compare, sweep, report): replications, seed,
 * workers, output directory, quiet.
 */
import { defaultWorkers } from "../runner/pool.ts";
import { SCENARIO_SPEC } from "../scenario/scenario.ts";
import { wholeNumber } from "./args.ts";

/** The most workers a run starts: more threads than this gain nothing and may exhaust memory. */
export const MAX_WORKERS = 256;

/** The bounds of a flag that overrides the scenario field `field`: the field's own. */
function boundsOf(field: "replications" | "seed") {
  const spec = SCENARIO_SPEC.fields[field];
  return { min: spec.min, max: spec.max };
}

export const RUN_FLAGS = {
  reps: { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  out: { type: "string" },
  quiet: { type: "boolean" },
  help: { type: "boolean" },
} as const;

/** The help lines of {@link RUN_FLAGS}. */
export const RUN_FLAGS_HELP =
  `--reps N        replications of every scenario (default: the first scenario's)
--seed S        master seed shared by every scenario, so they are compared on common random numbers
                (default: the first scenario's)
--workers K     parallel workers (default: the number of cores; 0 = no workers)
--out DIR       output directory
--quiet         no progress output
--help          this text`;

/** Run settings from the flags, defaulting to the first scenario's. */
export function runSettings(
  command: string,
  values: { reps?: string; seed?: string; workers?: string },
  first: { replications: number; seed: number },
) {
  return {
    replications: wholeNumber(
      command,
      "reps",
      values.reps,
      first.replications,
      boundsOf("replications"),
    ),
    seed: wholeNumber(command, "seed", values.seed, first.seed, boundsOf("seed")),
    workers: workerCount(command, values.workers),
  };
}

/** `--workers K`: 0 to {@link MAX_WORKERS}, default one per core. */
export function workerCount(command: string, value: string | undefined): number {
  return wholeNumber(command, "workers", value, defaultWorkers(), { min: 0, max: MAX_WORKERS });
}

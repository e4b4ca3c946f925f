/**
 * County-years of one model alone on the default data (2023), for the models' benchmarks: each
 * call runs a fresh replication (context, setup, run to the horizon) and returns its results.
 */
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import type { ModelName, ModelResult, Setup } from "../../sim/model/context.ts";
import { calendarForYear, createContext } from "../../sim/model/setup-context.ts";

export async function modelYears<P, R extends Record<string, readonly object[]>>(
  model: ModelName,
  setup: Setup<P, R>,
  seed: number | string,
): Promise<(parameters: P) => ModelResult<R>> {
  const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
  const calendar = await calendarForYear(2023);
  let replication = 0;
  return (parameters) => {
    const ctx = createContext({
      county,
      calendar,
      year: 2023,
      seed,
      replication: replication++,
      active: [model],
    });
    const finish = setup(ctx, parameters);
    ctx.env.run(ctx.horizon);
    return finish();
  };
}

/**
 * The PV model's year as processes, step by step:
 *
 * 1. growth: the year's applications were drawn up front (growth.ts);
 * 2. the quarterly reviews start: zones published, upgrades planned (reviews.ts, 三.(九).1–2);
 * 3. each application is filed at its time: submitted to the application model, which asks for
 *    the admission (admission.ts, 三.(九).1, 三.(九).3) and reports the connection
 *    (connection.ts) through the hooks; without it, a standalone process does both;
 * 4. upgrades in service free capacity for the waiting (upgrade-works.ts, 三.(九).2).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { standaloneApplication, type StandaloneLevers } from "./connection.ts";
import { quarterlyReviews } from "./reviews.ts";
import type { PvState } from "./state.ts";
import type { UpgradeLevers } from "./upgrade-plan.ts";

/** The levers the year's processes read. */
export interface YearLevers extends StandaloneLevers {
  upgrades: UpgradeLevers;
}

/**
 * The year: starts the reviews, then files every application at its time, to the application
 * model when it runs (its `submitPvApplication` hook), else as a standalone process.
 *
 * @throws Error when the application model is active but did not set its hook (a bug)
 */
export function* pvYear(state: PvState, levers: YearLevers): ProcessBody<void> {
  const { env, hooks, active } = state.ctx;
  yield 0; // every setup has run: the application model's hook is in place by now
  const submit = hooks.submitPvApplication;
  if (active.has("applications") && submit === undefined) {
    throw new Error(
      "PV model: the application model is active but did not set " +
        "hooks.submitPvApplication during its setup",
    );
  }
  env.process(quarterlyReviews(state, levers.upgrades), "pv.reviews");
  const { applications } = state;
  const count = applications.length;
  for (let k = 0; k < count; k++) {
    const app = applications[k];
    if (app.appliedAt > env.now) yield app.appliedAt - env.now;
    if (submit !== undefined) submit(app.request);
    else env.process(standaloneApplication(state, app, levers), "pv.application");
  }
}

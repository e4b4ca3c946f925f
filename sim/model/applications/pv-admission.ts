/**
 * The PV model's say before a PV system is connected (plan 三.(九).1): green areas connect at
 * once, yellow ones after a study, red ones when capacity frees up. The PV model decides
 * through `ctx.hooks.pvAdmission`; without it (PV model not running) there is no wait.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { Waitable } from "../../engine/waitable.ts";
import type { Application } from "./application.ts";
import type { ModelState } from "./state.ts";

/**
 * Waits for what the PV model's admission decision returns (a delay in hours, or a Waitable).
 * A yellow zone's study delay is the utility's handling (a hosting-capacity decision), so it
 * counts in business handling time; a red zone's pause until capacity frees up is the plan's
 * own rule (三.(九).1: 红色区域…暂停新增分布式光伏项目), not a service delay: it is reported apart
 * (`pvPauseDays`) and left out of both service measures (`planWaitDays`).
 *
 * @throws Error when the hook returns something else (a bug in the PV model)
 */
export function* awaitPvAdmission(state: ModelState, app: Application): ProcessBody<void> {
  const admission = state.ctx.hooks.pvAdmission;
  if (admission === undefined || app.pv === null) return;
  const start = state.ctx.env.now;
  const wait = admission(app.pv);
  app.pvAdmitted = true;
  if (wait instanceof Waitable) {
    state.planWait(app, true);
    yield wait;
    state.planWait(app, false);
    app.pvPauseDays = state.clock.daysSince(start);
    app.planWaitDays += app.pvPauseDays;
  } else if (typeof wait === "number" && wait >= 0 && Number.isFinite(wait)) {
    if (wait > 0) yield wait;
  } else {
    throw new Error(
      `hooks.pvAdmission must return a delay in hours (a finite number ≥ 0) or a Waitable, ` +
        `found ${String(wait)}`,
    );
  }
  app.pvAdmissionDays = state.clock.daysSince(start);
}

/**
 * Connection: an admitted application is energised, by the application model (hook
 * `pvConnected`) or, without it, a fixed lag after admission ({@link standaloneApplication}).
 * Its kW then move from filed to connected; both count against the limit (三.(九).3).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { admission } from "./admission.ts";
import type { TrackedApplication } from "./application.ts";
import type { PvState } from "./state.ts";

/**
 * The application was energised: its kW move from filed to connected.
 *
 * @throws Error when it was not admitted or was already connected (a caller's bug)
 */
export function connect(state: PvState, app: TrackedApplication): void {
  const now = state.ctx.env.now;
  if (!(app.admittedAt <= now) || app.connectedAt === app.connectedAt) {
    throw new Error(
      `pvConnected: the PV application of ${app.request.capacityKw} kW on ` +
        `${app.request.transformerId} was ${
          app.connectedAt === app.connectedAt ? "already connected" : "not admitted"
        }; wait for what pvAdmission returned, and report each connection once`,
    );
  }
  state.hosting.connect(app.transformer, app.request.capacityKw);
  app.connectedAt = now;
}

/** The levers a standalone application reads. */
export interface StandaloneLevers {
  /** `pv.hosting.yellowStudyDays`. */
  yellowStudyDays: number;
  /** `pv.standaloneConnectionDays`: admission to energising, working days (plan 二.(二)). */
  connectionDays: number;
}

/**
 * Without the application model (tests, benchmarks): decide, wait as told, then connect
 * `connectionDays` working days later.
 */
export function* standaloneApplication(
  state: PvState,
  app: TrackedApplication,
  levers: StandaloneLevers,
): ProcessBody<void> {
  const wait = admission(state, app, levers.yellowStudyDays);
  if (typeof wait !== "number") yield wait; // deferred: until capacity frees up
  else if (wait > 0) yield wait; // yellow: the special study
  yield state.clock.workingDaysLater(levers.connectionDays);
  connect(state, app);
}

/**
 * Admission, when an application is ready to connect (plan 三.(九)): it must fit under the rule
 * in force (三.(九).3: connected + filed + new ≤ 80 % of the rating; or DL/T 2041-2019's reverse
 * load rate), in arrival order; in a yellow area it first waits for a special study (三.(九).1);
 * when it does not fit (a red area, or too little headroom) it waits until an upgrade frees
 * capacity ({@link admitWaiting}).
 *
 * @module
 */
import { Signal, type Waitable } from "../../engine/waitable.ts";
import { ACCEPTED, DEFERRED, PENDING, STUDIED, type TrackedApplication } from "./application.ts";
import type { PvState } from "./state.ts";
import { RED, YELLOW, type Zone } from "./zone.ts";

/**
 * The admission of an application ready to connect: what it must wait for. Deferred when
 * applications are already waiting on its transformer (arrival order), when its area is
 * published red (no new PV until capacity improves, 三.(九).1) or when its kW do not fit under
 * the rule (三.(九).3); then it waits for a signal. Otherwise it is accepted: at once in a
 * green area, after a special study in a yellow one (三.(九).1). The zone is the one last
 * published (at the quarter's review, or when an upgrade of this transformer entered service),
 * as an applicant would read it; the limit itself is checked on the PV of now.
 *
 * @param yellowStudyDays working days of the special study (`pv.hosting.yellowStudyDays`)
 * @returns hours to wait (0 when green), or the signal of a deferred application's admission
 * @throws Error when the application was already decided (a caller's bug)
 */
export function admission(
  state: PvState,
  app: TrackedApplication,
  yellowStudyDays: number,
): number | Waitable {
  if (app.decision !== PENDING) {
    throw new Error(
      `pvAdmission: the PV application of ${app.request.capacityKw} kW on ` +
        `${app.request.transformerId} was already decided; ask once per application`,
    );
  }
  const { env } = state.ctx;
  const transformer = app.transformer;
  const zone = state.publishedZones[transformer] as Zone;
  app.decidedAt = env.now;
  app.zoneAtDecision = zone;
  const queue = state.waitingQueues[transformer];
  // 三.(九).1: red, no new PV; arrival order: none overtakes those already waiting.
  if ((queue !== undefined && queue.length > 0) || zone === RED) return defer(state, app);
  // 三.(九).3 (or DL/T 2041): the new kW must fit under the limit.
  if (!state.hosting.fits(transformer, app.request.capacityKw)) return defer(state, app);
  accept(state, app);
  if (zone === YELLOW) {
    // 三.(九).1: a yellow area's application waits for a special absorption study.
    app.decision = STUDIED;
    return state.clock.workingDaysLater(yellowStudyDays);
  }
  app.decision = ACCEPTED;
  return 0;
}

/**
 * Capacity freed on `transformer` (an upgrade entered service): admits its waiting
 * applications in arrival order while they fit (三.(九).3), and wakes each.
 */
export function admitWaiting(state: PvState, transformer: number): void {
  const queue = state.waitingQueues[transformer];
  if (queue === undefined) return;
  let k = 0;
  while (k < queue.length && state.hosting.fits(transformer, queue[k].request.capacityKw)) {
    accept(state, queue[k]);
    queue[k].release!.succeed();
    k++;
  }
  queue.splice(0, k);
}

/** Accepts an application: its kW are filed and count against the limit (三.(九).3). */
function accept(state: PvState, app: TrackedApplication): void {
  const { hosting } = state;
  const transformer = app.transformer;
  hosting.file(transformer, app.request.capacityKw);
  app.admittedAt = state.ctx.env.now;
  const share = hosting.usedKw(transformer) / hosting.ratingKva[transformer];
  if (!(share <= state.maxShareAfterAdmission)) state.maxShareAfterAdmission = share;
}

/** Defers an application: it joins its transformer's queue and waits for its signal. */
function defer(state: PvState, app: TrackedApplication): Waitable {
  app.decision = DEFERRED;
  app.release = new Signal();
  (state.waitingQueues[app.transformer] ??= []).push(app);
  return app.release;
}

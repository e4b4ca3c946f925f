/**
 * How the application model talks to the PV model: it asks for the admission of an application
 * ready to connect (hook `pvAdmission`, admission.ts) and reports its energisation (hook
 * `pvConnected`, connection.ts).
 *
 * @module
 */
import { admission } from "./admission.ts";
import { connect } from "./connection.ts";
import type { PvState } from "./state.ts";

/**
 * Lets the application model ask for admissions and report connections (hooks `pvAdmission`,
 * `pvConnected`) of the applications the PV model submitted, or of others it follows from then.
 */
export function installHooks(state: PvState, yellowStudyDays: number): void {
  const hooks = state.ctx.hooks;
  hooks.pvAdmission = (request) =>
    admission(state, state.applicationOf(request, "pvAdmission"), yellowStudyDays);
  hooks.pvConnected = (request) => connect(state, state.applicationOf(request, "pvConnected"));
}

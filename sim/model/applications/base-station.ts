/**
 * 5G base stations inside a third party's property line (plan 三.(十).1): they cannot be
 * supplied directly; the utility helps the tower company and the third party agree, and the
 * third party supplies the station (转供电).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { ModelState } from "./state.ts";

/** Whether the survey finds the station inside a third party's property line. */
export function isThirdPartySite(app: Application, levers: ApplicationParameters): boolean {
  return CLASS_PROFILES[app.customerClass].thirdPartySites &&
    app.site.uThirdParty < levers.baseStations.thirdPartyShare;
}

/** Negotiation and the third party's works: customer-side time, not utility handling. */
export function* supplyThroughThirdParty(state: ModelState, app: Application): ProcessBody<void> {
  app.customerBuildFrom = state.ctx.env.now;
  yield state.clock.days(state.draw.thirdPartyDays());
  app.constructionDays += state.clock.daysSince(app.customerBuildFrom);
  app.customerBuildFrom = NaN;
}

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
export function isThirdPartySite(app: Application, p: ApplicationParameters): boolean {
  return CLASS_PROFILES[app.customerClass].thirdPartySites &&
    app.site.uThirdParty < p.baseStations.thirdPartyShare;
}

/** Negotiation and the third party's works: customer-side time, not utility handling. */
export function* supplyThroughThirdParty(s: ModelState, app: Application): ProcessBody<void> {
  app.customerBuildFrom = s.ctx.env.now;
  yield s.clock.days(s.draw.thirdPartyDays());
  app.constructionDays += s.clock.daysSince(app.customerBuildFrom);
  app.customerBuildFrom = NaN;
}

/**
 * What the supply plan fixes (供电方案答复): whether network works are needed and how long the
 * extension is, who pays for them (the three-colour sheet) and which approval they need.
 *
 * @module
 */
import type { Application } from "./application.ts";
import { CLASS_PROFILES } from "./class-profiles.ts";
import type { TimelineClass } from "./classes.ts";
import { lognormalAtScore } from "../../engine/random/lognormal-from-median-p90.ts";
import { approvalKindOf } from "./approval.ts";
import { investorOf } from "./investment.ts";
import type { ApplicationParameters } from "./parameters.ts";

/**
 * The class whose works figures (`classes.*`) an application uses: its own, except that 10 kV
 * 5G stations and chargers build what any HV single-source user builds, and mining (when not
 * refused) too.
 */
export function worksProfileOf(app: Application): TimelineClass {
  const k = app.customerClass;
  if (app.voltage === "10kv" && CLASS_PROFILES[k].hvWorksAs === "hv_single") return "hv_single";
  return k as TimelineClass; // mining is always 10 kV, so never here
}

/** Fills in the supply plan's decisions on `app`. */
export function decideSupplyPlan(app: Application, levers: ApplicationParameters): void {
  const site = app.site;
  app.needsNetworkWorks = site.uWorks < levers.classes[worksProfileOf(app)].networkWorksShare;
  if (app.needsNetworkWorks) {
    const w = levers.networkWorks;
    app.lineLengthM = !Number.isNaN(app.requestedLineLengthM)
      ? app.requestedLineLengthM
      : app.voltage === "lv"
      ? lognormalAtScore(site.zLength, w.lvLineMetresMedian, w.lvLineMetresP90)
      : lognormalAtScore(site.zLength, w.mvLineMetresMedian, w.mvLineMetresP90);
    // A cable extension is trenched over its whole length; an overhead one excavates nothing
    // that the exemption counts (pole holes are not road or green-space excavation).
    app.excavationM = site.cable ? app.lineLengthM : 0;
  }
  const investment = investorOf(app, levers);
  app.investor = investment.investor;
  app.eligibleForExtension = investment.eligible;
  app.approval = approvalKindOf(app, levers);
}

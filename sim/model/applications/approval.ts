/**
 * Administrative approval of the connection works (plan 二.(二) and its footnotes, 三.(二).1):
 * none for three-zero users, "non-prohibited exempt" works and small low-risk projects;
 * parallel approval within 2 working days for the rest; serial permits as the option the plan
 * replaced.
 *
 * @module
 */
import { APPROVAL } from "../plan.ts";
import type { Application } from "./application.ts";
import type { ApprovalKind } from "./classes.ts";
import { lognormalAtScore } from "../../engine/random/lognormal-from-median-p90.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { Draws } from "./state.ts";

/**
 * The approval an application's network works need. `app.lineLengthM` and `app.excavationM`
 * must be set. Every connection here is at most 10 kV, within the exempt scope's ≤ 35 kV.
 */
export function approvalKindOf(app: Application, levers: ApplicationParameters): ApprovalKind {
  // 二.(二): 对实行"三零"服务用户…"零审批".
  if (app.threeZero) return "three_zero";
  if (!app.needsNetworkWorks) return "no_works";
  const exemption = planExemptionOf(app, levers);
  if (levers.approval.exemptions && exemption !== null) return exemption;
  return levers.approval.parallelApproval ? "parallel" : "serial";
}

/**
 * The exemption from approval the plan grants these works (二.(二) and footnotes 1–3), whether
 * or not the county applies it (the `exemptions` lever): what the zero-approval verdict checks
 * against. `app.lineLengthM` and `app.excavationM` must be set.
 */
export function planExemptionOf(
  app: Application,
  levers: ApplicationParameters,
): "three_zero" | "exempt" | "small_low_risk" | null {
  if (app.threeZero) return "three_zero";
  // Footnote 2, 非禁免批: 管线长度不大于150米…开挖…不大于100米.
  if (
    app.lineLengthM <= APPROVAL.exemptMaxLineM &&
    app.excavationM <= APPROVAL.exemptMaxExcavationM
  ) return "exempt";
  // Footnote 3, 社会投资小型低风险项目: 总建筑面积不大于10000平方米… (and the other conditions).
  const a = levers.approval;
  const floorAreaM2 = lognormalAtScore(app.site.zFloor, a.floorAreaM2Median, a.floorAreaM2P90);
  if (floorAreaM2 <= APPROVAL.smallLowRiskMaxFloorM2 && app.site.uLowRisk < a.lowRiskShare) {
    return "small_low_risk";
  }
  return null;
}

/**
 * Working days an approval takes: one parallel round, or the permits one after another
 * (their sum); 0 for the exemptions.
 */
export function approvalWorkingDays(
  kind: ApprovalKind,
  levers: ApplicationParameters,
  draw: Draws,
): number {
  if (kind === "parallel") return draw.approvalDays();
  if (kind !== "serial") return 0;
  let days = 0;
  for (let i = 0; i < levers.approval.serialPermits; i++) days += draw.permitDays();
  return days;
}

/**
 * Network (grid-side) works up to the property line (接网工程, plan 二.(二), 三.(二).2.(4)):
 * for government-invested (red) works the information push and the government's own start;
 * the approval; then construction, by utility crews for green works and by contractors for red
 * (the government's) and yellow (the customer's) works.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { approvalWorkingDays } from "./approval.ts";
import type { ModelState } from "./state.ts";

/** The network works of one application, as a process running beside the customer's works. */
export function* networkWorks(state: ModelState, app: Application): ProcessBody<void> {
  const { clock, draw } = state;
  const env = state.ctx.env;
  if (app.investor === "red") {
    // 三.(一).1.(4): 供电公司出具供电方案后，1个工作日内将报装信息推送至负责接网工程实施的政府部门.
    const pushed = env.now;
    yield clock.days(draw.governmentPushDays());
    app.governmentPushDays = clock.daysSince(pushed);
    yield clock.days(draw.governmentStartDays());
  }
  if (app.approval === "parallel" || app.approval === "serial") {
    const asked = env.now;
    yield clock.days(approvalWorkingDays(app.approval, state.levers, draw));
    app.approvalDays = clock.daysSince(asked);
  }
  const lv = app.voltage === "lv";
  const days = lv ? draw.lvWorksDays() : draw.mvWorksDays();
  if (app.investor === "green") {
    const crews = lv ? state.staff.lvCrews : state.staff.mvCrews;
    yield crews.job(app, days * clock.hoursPerDay, startBuilding);
  } else {
    app.networkBuildAt = env.now;
    yield clock.days(days);
  }
  app.networkDoneAt = env.now;
  // 二.(二): LV ≤ 10 working days; 10 kV ≤ 30 working days after the supply plan is confirmed.
  app.networkWorksDays = clock.daysSince(app.planAt);
}

/** A utility crew starts building the network works. */
function startBuilding(app: Application, now: number): void {
  app.networkBuildAt = now;
}

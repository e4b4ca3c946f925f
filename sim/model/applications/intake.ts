/**
 * Acceptance (受理): a customer manager takes the application in. A pushed application starts
 * earlier, with the utility contacting the user after a registration event; mining
 * applications are refused at this step.
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import type { StaffJob } from "./staff-job.ts";
import type { ModelState } from "./state.ts";

/**
 * 三.(三).3: when a user registers a property or a business, the government platform pushes it
 * and the utility contacts the user within 1 working day (供电公司获取信息后，1个工作日内主动
 * 对接用户). The contact is the formal application: the user takes no application step.
 */
export function* contactPushedUser(state: ModelState, app: Application): ProcessBody<void> {
  const start = state.ctx.env.now;
  yield state.clock.days(state.draw.pushContactDays());
  app.pushDays = state.clock.daysSince(start);
}

/**
 * A customer manager accepts the application (documents come from the government platform:
 * 零证办电, 刷脸办电, 二.(五)). The application counts as filed from now. Virtual-currency
 * mining is refused here (三.(一).7: 禁止新增虚拟货币"挖矿"项目报装接电).
 */
export function accept(state: ModelState, app: Application): StaffJob {
  app.filedAt = state.ctx.env.now;
  return state.staff.customerManagers.job(app, state.draw.intakeHours);
}

/** After acceptance: whether the application is refused (mining, 三.(一).7); counts it if so. */
export function refused(state: ModelState, app: Application): boolean {
  if (app.appliedClass !== "mining" || !state.levers.access.refuseMining) return false;
  app.status = "refused";
  state.counts.refused++;
  state.settled(app);
  return true;
}

/**
 * The life of one connection application, step by step as the 2023 plan lays it out:
 *
 * 1. a proactive project is surveyed and planned before it applies (三.(二).2);
 * 2. a pushed user is contacted within a working day of registering (三.(三).3);
 * 3. acceptance by a customer manager — mining refused here (三.(一).7);
 * 4. a charger waits for its compound's capacity (三.(七).3);
 * 5. survey and supply plan, on site or dedicated (三.(一).3, 三.(三).1);
 * 6. a 5G station inside a third party's property line is supplied through it (三.(十).1);
 * 7. the supply plan's decisions: works, investor (三色单), approval (二.(二));
 * 8. a PV system waits for the PV model's hosting-capacity decision (三.(九).1);
 * 9. network works beside the customer's own works (二.(二), 三.(二).2.(4));
 * 10. completion inspection, cloud or on site, until it passes (三.(二).3);
 * 11. metering and energisation (装表接电).
 *
 * @module
 */
import type { Process, ProcessBody } from "../../engine/process.ts";
import type { Application } from "./application.ts";
import { isThirdPartySite, supplyThroughThirdParty } from "./base-station.ts";
import { complete, meterAndEnergise } from "./energisation.ts";
import { takeChargerCapacity } from "./ev-capacity.ts";
import { inspect, needsInspection } from "./inspection.ts";
import { customerWorks } from "./customer-works.ts";
import { accept, contactPushedUser, refused } from "./intake.ts";
import { awaitPvAdmission } from "./pv-admission.ts";
import type { ModelState } from "./state.ts";
import { draftPlan, survey, surveyAndPlan } from "./survey.ts";
import { decideSupplyPlan } from "./supply-plan.ts";
import { startNetworkWorks, worksDone } from "./works.ts";

/** The process of one application, from arrival to energisation (or refusal). */
export function* applicationWorkflow(state: ModelState, app: Application): ProcessBody<void> {
  const env = state.ctx.env;

  // 1. 主动服务"提前办": a known project is surveyed and planned before it applies.
  let early: Process<void> | null = null;
  if (app.channel === "proactive") {
    if (!app.preparedBeforeYear) early = env.process(surveyAndPlan(state, app));
    if (app.filingAt > env.now) yield app.filingAt - env.now;
  }
  // 2. 获取信息后，1个工作日内主动对接用户.
  if (app.channel === "pushed") yield* contactPushedUser(state, app);

  // 3. 受理; 虚拟货币"挖矿"项目一律停止办理.
  yield accept(state, app);
  if (refused(state, app)) return;

  // 4. 居民区电力设施容量不够时，应暂停新增充电设施报装.
  if (app.site.compound !== null) yield* takeChargerCapacity(state, app);

  // 5. 勘查 and 供电方案 (answered at once when the project was prepared early).
  if (app.channel !== "proactive") {
    yield survey(state, app);
    const plan = draftPlan(state, app);
    if (plan !== null) yield plan;
  } else if (early !== null) yield early;
  app.planAt = env.now;

  // 6. 没有独立用电地址的5G基站…由第三方用户实施转供电.
  if (isThirdPartySite(app, state.levers)) {
    app.thirdParty = true;
    yield* supplyThroughThirdParty(state, app);
    complete(state, app);
    return;
  }

  // 7. The supply plan's decisions: works, 三色单, 审批.
  decideSupplyPlan(app, state.levers);
  // 8. 红色区域…暂停新增分布式光伏项目 (the PV model decides).
  if (app.pv !== null) yield* awaitPvAdmission(state, app);

  // 9. 接网工程 beside 用户受电工程, 同步建设、同步完工.
  app.worksFrom = env.now;
  const network = startNetworkWorks(state, app);
  yield* customerWorks(state, app);
  if (network !== null) yield network;
  worksDone(state, app);

  // 10–11. 竣工检验 (云验收) and 装表接电.
  const energised = needsInspection(app, state.levers) ? yield* inspect(state, app) : false;
  if (!energised) yield meterAndEnergise(state, app);
  complete(state, app);
}

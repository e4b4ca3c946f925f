/**
 * Chinese names of the levers, for the explorer's bilingual labels and its search box: one per
 * key of the scenario format (a group or a lever; duration pairs `…Median`/`…P90` and ranges
 * `…Min`/`…Mode`/`…Max` share their stem's name). Regions, classes and roles take the KPI
 * catalogue's labels (`sim/kpis/parts.ts`), so a name is written once. A key without an entry
 * here shows its English words only; `tests/explorer/levers.test.ts` checks every key has one.
 *
 * @module
 */
import { KPI_PARTS } from "../kpis/parts.ts";

/** Chinese name of each key stem. */
export const LEVER_ZH: Readonly<Record<string, string>> = {
  // The scenario's own settings and the models.
  year: "模拟年份",
  seed: "随机种子",
  replications: "重复次数",
  applications: "办电业务",
  reliability: "供电可靠性",
  pv: "分布式光伏",
  scorecard: "获得电力评价",
  // applications
  access: "接入方式",
  lvThresholdKw: "低压接入容量上限",
  lvThresholdTownKw: "县城镇低压接入容量上限",
  surveyAnswerMaxKva: "勘查立答容量上限",
  threeZero: "“三零”服务",
  refuseMining: "拒绝矿业用户",
  designReview: "设计审查",
  pvLvMaxKw: "光伏低压并网容量上限",
  pvHouseholdMaxKw: "户用光伏容量上限",
  channels: "申请渠道",
  pushedShare: "数据推送申请比例",
  proactiveShare: "主动服务比例",
  pushContactDays: "推送后联系用户时间",
  proactiveLeadDays: "主动服务提前时间",
  intake: "受理",
  intakeHours: "受理时长",
  survey: "现场勘查",
  lvSurveyHours: "低压勘查时长",
  hvSurveyHours: "高压勘查时长",
  dedicatedPlanHours: "单电源供电方案编制时长",
  dualPlanHours: "双电源供电方案编制时长",
  lvPlanOnSite: "低压方案现场答复",
  lvPlanHours: "低压方案编制时长",
  customerDesignDays: "用户设计时间",
  reviewHours: "设计审查时长",
  reviewOnline: "线上设计审查",
  approval: "行政审批",
  exemptions: "免审批",
  parallelApproval: "并联审批",
  approvalDays: "审批时间",
  serialPermits: "串联办理许可",
  permitDays: "单项许可时间",
  floorAreaM2: "建筑面积",
  lowRiskShare: "小型低风险项目比例",
  networkWorks: "接网工程",
  lvLineMetres: "低压线路长度",
  mvLineMetres: "10千伏线路长度",
  lvWorksDays: "低压接网工程工期",
  mvWorksDays: "10千伏接网工程工期",
  governmentPushDays: "推送政府时间",
  governmentStartDays: "政府开工时间",
  investment: "投资界面",
  extendedInvestmentShare: "延伸投资比例",
  governmentLandShare: "政府出资用地比例",
  inspection: "竣工检验",
  cloudInspectionShare: "云验收比例",
  firstPassProbability: "一次验收通过率",
  onsiteInspectionHours: "现场验收时长",
  cloudInspectionHours: "云验收时长",
  rectificationDays: "整改时间",
  inspectionWithEnergisation: "验收送电合并",
  energisation: "装表接电",
  lvMeteringHours: "低压装表时长",
  hvEnergisationHours: "高压送电时长",
  evCharging: "小区充电桩",
  evReservedShare: "充电容量预留比例",
  evKwPerSpace: "每车位充电功率",
  evPrivateMaxKw: "私人充电桩容量上限",
  upgradeDays: "扩容工期",
  baseStations: "5G基站",
  thirdPartyShare: "第三方建设比例",
  thirdPartyDays: "第三方建设时间",
  classes: "用户类别",
  networkWorksShare: "需接网工程比例",
  customerWorksDays: "用户受电工程工期",
  staff: "人员配置",
  count: "人数",
  changes: "年内人数变化",
  dispatch: "班组调度",
  mode: "调度方式",
  stationStaff: "各供电所人员",
  stationCrews: "各供电所抢修队伍",
  roadKmh: "车速",
  detourFactor: "道路绕行系数",
  cohort: "统计口径",
  warmupDays: "预热天数",
  runOutCapDays: "延续观察天数上限",
  verdicts: "达标判定",
  complianceLevel: "达标比例要求",
  // reliability
  faults: "故障",
  overheadPerKmYear: "架空线路故障率",
  cablePerKmYear: "电缆线路故障率",
  monthFactors: "月份系数",
  branchShare: "分支线故障比例",
  branchCustomerShare: "分支线故障影响用户比例",
  transientPerSustainedOverhead: "瞬时故障与永久故障之比",
  transformerPerYear: "配变故障率",
  lvPerPublicTransformerYear: "低压故障率",
  lvCustomerShare: "低压故障影响用户比例",
  storms: "恶劣天气",
  perYear: "每年次数",
  secondDayShare: "持续两日比例",
  rateMultiplier: "故障率倍数",
  repairFactor: "修复时间倍数",
  monthWeights: "月份权重",
  restoration: "故障复电",
  sustainedThresholdMinutes: "持续停电门槛",
  selfHealingSeconds: "自愈时间",
  remoteSwitchingMinutes: "遥控隔离时间",
  patrolKmPerHour: "巡线速度",
  manualSwitchingHours: "人工倒闸时间",
  lineRepairHours: "线路抢修时长",
  transformerHours: "配变更换时长",
  lvRepairHours: "低压抢修时长",
  automation: "配电自动化",
  noneToRemoteShare: "升级为遥控比例",
  remoteToSelfHealingShare: "升级为自愈比例",
  crews: "抢修班组",
  dayShiftCrews: "白班抢修班组",
  nightShiftCrews: "夜班抢修班组",
  travelHours: "到达现场时间",
  planned: "计划停电",
  maintenance10kvPerFeederYear: "10千伏检修次数",
  wholeFeederShare: "全线停电比例",
  maintenance10kvHours: "10千伏检修时长",
  maintenance04kvPerAreaYear: "0.4千伏检修次数",
  maintenance04kvHours: "0.4千伏检修时长",
  cutOversPerYear: "接火停电次数",
  cutOverHours: "接火停电时长",
  startHour: "停电开始时刻",
  noticeDays: "提前通知天数",
  liveLineShare10kv: "10千伏带电作业比例",
  liveLineShare04kv: "0.4千伏带电作业比例",
  bundlingWindowDays: "停电合并窗口",
  demoZone: "示范区",
  med: "重大事件日",
  basis: "统计口径",
  historyYears: "历史年数",
  compensation: "停电补偿",
  enabled: "启用",
  cnyPerCustomerHour: "每户每小时补偿",
  limitHours: "补偿时长上限",
  // pv
  adoption: "光伏增长",
  innovationP: "创新系数 p",
  imitationQ: "模仿系数 q",
  ceilingShare: "饱和渗透率",
  householdMaxKw: "户用容量上限",
  seasonal: "季节性",
  commercial: "工商业光伏",
  rateFactor: "申请率系数",
  maxKw: "容量上限",
  hosting: "承载力",
  rule: "承载力规则",
  limitShareOfRating: "容量占比上限",
  yellowFromShareOfLimit: "黄区起点",
  reverseLoadLimit: "反向负载上限",
  pvOutputShare: "光伏出力比例",
  yellowStudyDays: "黄区专项研究时间",
  upgrades: "配变增容",
  limit: "增容限制",
  countPerYear: "每年台数",
  budgetCnyPerYear: "年度预算",
  constructionDays: "施工时间",
  maxKva: "增容容量上限",
  standaloneConnectionDays: "独立并网时间",
  // scorecard
  followCase: "跟踪标准案例",
  capacityKva: "案例容量",
  distanceM: "案例线路长度",
  region: "案例区域",
  incomePerCapitaCny: "人均收入",
  outageMonitoring: "停电监测",
  regulatorMonitoring: "监管机构监测",
  tariffsPublished: "电价公开",
};

const SUFFIXES: readonly [RegExp, string][] = [
  [/Median$/, "中位数"],
  [/P90$/, "90%分位"],
  [/Min$/, "最小值"],
  [/Mode$/, "众数"],
  [/Max$/, "最大值"],
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Labels of keys that are vocabulary words: regions, classes, roles, months. */
function vocabularyLabel(key: string): readonly [string, string] | undefined {
  const parts = [KPI_PARTS.region, KPI_PARTS.anyClass, KPI_PARTS.role] as const;
  for (const part of parts) {
    const label = (part.labels as Record<string, readonly [string, string]>)[key];
    if (label !== undefined) return label;
  }
  const month = MONTHS.indexOf(key);
  return month < 0 ? undefined : [`${month + 1}月`, key];
}

/** Words written in capitals or with a unit's own case. */
const WORD_CASE: Readonly<Record<string, string>> = {
  lv: "LV",
  hv: "HV",
  mv: "MV",
  ev: "EV",
  pv: "PV",
  kw: "kW",
  kva: "kVA",
  cny: "CNY",
  m2: "m²",
  "10kv": "10 kV",
  "04kv": "0.4 kV",
  p90: "P90",
  med: "MED",
};

/** A key's English words: `lvThresholdTownKw` → "LV threshold town kW". */
export function englishWords(key: string): string {
  return key.replace(/(\d+kv)/g, " $1").replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_]+/).filter(Boolean).map((word) => {
      const lower = word.toLowerCase();
      return WORD_CASE[lower] ?? lower;
    }).join(" ");
}

/** A key's Chinese and English names, or undefined Chinese when the glossary lacks it. */
export function keyLabel(key: string): { zh: string | undefined; en: string } {
  const vocabulary = vocabularyLabel(key);
  if (vocabulary !== undefined) return { zh: vocabulary[0], en: vocabulary[1] };
  if (LEVER_ZH[key] !== undefined) return { zh: LEVER_ZH[key], en: englishWords(key) };
  for (const [suffix, zh] of SUFFIXES) {
    const stem = key.replace(suffix, "");
    if (stem !== key && LEVER_ZH[stem] !== undefined) {
      return { zh: `${LEVER_ZH[stem]}${zh}`, en: englishWords(key) };
    }
  }
  return { zh: undefined, en: englishWords(key) };
}

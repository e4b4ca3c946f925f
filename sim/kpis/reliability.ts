/**
 * The reliability model's KPIs at the end of the year (`sim/model/reliability/kpis.ts`, which
 * explains the two counting bases and the plan's target): IEEE 1366 indices county-wide, by
 * basis, cause and region, with and without major event days (MED); customer-hours lost;
 * the target (二.(四)); compensation, faults, crews, planned work and the feeders' automation.
 * Indices count every sustained interruption (> 5 min), planned and fault, major events
 * included, as Chinese statistics count 户均停电时间; `…ExMed` leaves out those that began on a
 * major event day.
 *
 * @module
 */
import type { KpiEntry } from "./entry.ts";

const SUSTAINED = "every sustained interruption (> 5 min), planned and fault, major event days " +
  "included";
const EX_MED = "without the interruptions that began on major event days (IEEE 1366 §4.5)";
const CUSTOMERS = "every customer the feeders serve counted once";

/** Every reliability KPI, grouped as the model writes them. */
export const RELIABILITY_KPIS = [
  {
    key: "reliability.saidiHours",
    unit: "h",
    zh: "户均停电时间（全部用户）",
    en: "SAIDI (every customer)",
    meaning: `Hours of interruption per customer in the year (${CUSTOMERS}), ${SUSTAINED}.`,
  },
  {
    key: "reliability.saifi",
    unit: "interruptions",
    zh: "户均停电次数",
    en: "SAIFI",
    meaning: `Sustained interruptions per customer in the year (${CUSTOMERS}), ${SUSTAINED}.`,
  },
  {
    key: "reliability.caidiHours",
    unit: "h",
    zh: "停电平均持续时间",
    en: "CAIDI",
    meaning: "Mean hours of a customer's sustained interruption: SAIDI / SAIFI.",
  },
  {
    key: "reliability.maifi",
    unit: "interruptions",
    zh: "户均瞬时停电次数",
    en: "MAIFI",
    meaning: `Momentary interruptions (≤ 5 min, cleared by reclosing) per customer (${CUSTOMERS}).`,
  },
  {
    key: "reliability.asai",
    unit: "ratio",
    zh: "供电可靠率",
    en: "ASAI",
    meaning: "Share of the year's customer-hours with supply: 1 − SAIDI / hours of the year.",
  },
  {
    key: "reliability.saidiHoursExMed",
    unit: "h",
    zh: "户均停电时间（不含重大事件日）",
    en: "SAIDI without major event days",
    meaning: `\`reliability.saidiHours\` ${EX_MED}.`,
  },
  {
    key: "reliability.saifiExMed",
    unit: "interruptions",
    zh: "户均停电次数（不含重大事件日）",
    en: "SAIFI without major event days",
    meaning: `\`reliability.saifi\` ${EX_MED}.`,
  },
  {
    key: "reliability.caidiHoursExMed",
    unit: "h",
    zh: "停电平均持续时间（不含重大事件日）",
    en: "CAIDI without major event days",
    meaning: `\`reliability.caidiHours\` ${EX_MED}.`,
  },
  {
    key: "reliability.maifiExMed",
    unit: "interruptions",
    zh: "户均瞬时停电次数（不含重大事件日）",
    en: "MAIFI without major event days",
    meaning: `\`reliability.maifi\` ${EX_MED}.`,
  },
  {
    key: "reliability.asaiExMed",
    unit: "ratio",
    zh: "供电可靠率（不含重大事件日）",
    en: "ASAI without major event days",
    meaning: `\`reliability.asai\` ${EX_MED}.`,
  },
  {
    key: "reliability.basis.{basis}.served",
    unit: "count",
    zh: "统计户数（{basis}）",
    en: "users served ({basis})",
    meaning: "N_T on the basis: every customer (`lv`), or DL/T 836's 10 kV users, each " +
      "distribution transformer one (`mv`).",
  },
  {
    key: "reliability.basis.{basis}.saidiHours",
    unit: "h",
    zh: "户均停电时间（{basis}）",
    en: "SAIDI ({basis})",
    meaning: `Hours of interruption per user of the basis in the year, ${SUSTAINED}.`,
  },
  {
    key: "reliability.basis.{basis}.saifi",
    unit: "interruptions",
    zh: "户均停电次数（{basis}）",
    en: "SAIFI ({basis})",
    meaning: `Sustained interruptions per user of the basis in the year, ${SUSTAINED}.`,
  },
  {
    key: "reliability.basis.{basis}.caidiHours",
    unit: "h",
    zh: "停电平均持续时间（{basis}）",
    en: "CAIDI ({basis})",
    meaning: "Mean hours of a sustained interruption on the basis: SAIDI / SAIFI.",
  },
  {
    key: "reliability.basis.{basis}.saidiHoursExMed",
    unit: "h",
    zh: "户均停电时间（{basis}，不含重大事件日）",
    en: "SAIDI ({basis}) without major event days",
    meaning: `SAIDI on the basis ${EX_MED}.`,
  },
  {
    key: "reliability.{cause}.saidiHours",
    unit: "h",
    zh: "{cause}户均停电时间",
    en: "{cause} SAIDI",
    meaning: `Hours of interruption per customer (${CUSTOMERS}) from interruptions of the cause.`,
  },
  {
    key: "reliability.{cause}.saifi",
    unit: "interruptions",
    zh: "{cause}户均停电次数",
    en: "{cause} SAIFI",
    meaning: `Sustained interruptions per customer (${CUSTOMERS}) of the cause.`,
  },
  {
    key: "reliability.{cause}.caidiHours",
    unit: "h",
    zh: "{cause}停电平均持续时间",
    en: "{cause} CAIDI",
    meaning: "Mean hours of a customer's sustained interruption of the cause.",
  },
  {
    key: "reliability.{cause}.saidiHoursExMed",
    unit: "h",
    zh: "{cause}户均停电时间（不含重大事件日）",
    en: "{cause} SAIDI without major event days",
    meaning: `SAIDI of the cause ${EX_MED}.`,
  },
  {
    key: "reliability.customerHoursLost.{cause}",
    unit: "customer-hours",
    zh: "{cause}停电户时数",
    en: "customer-hours lost, {cause}",
    meaning: "Customer-hours of sustained interruption of the cause in the year.",
  },
  {
    key: "reliability.region.{region}.customers",
    unit: "count",
    zh: "{region}用户数",
    en: "customers, {region}",
    meaning: "Customers the region's feeders serve.",
  },
  {
    key: "reliability.region.{region}.saidiHours",
    unit: "h",
    zh: "{region}户均停电时间",
    en: "SAIDI, {region}",
    meaning: `Hours of interruption per customer of the region, ${SUSTAINED}.`,
  },
  {
    key: "reliability.region.{region}.saifi",
    unit: "interruptions",
    zh: "{region}户均停电次数",
    en: "SAIFI, {region}",
    meaning: "Sustained interruptions per customer of the region.",
  },
  {
    key: "reliability.region.{region}.caidiHours",
    unit: "h",
    zh: "{region}停电平均持续时间",
    en: "CAIDI, {region}",
    meaning: "Mean hours of a sustained interruption of a customer of the region.",
  },
  {
    key: "reliability.region.{region}.maifi",
    unit: "interruptions",
    zh: "{region}户均瞬时停电次数",
    en: "MAIFI, {region}",
    meaning: "Momentary interruptions per customer of the region.",
  },
  {
    key: "reliability.region.{region}.asai",
    unit: "ratio",
    zh: "{region}供电可靠率",
    en: "ASAI, {region}",
    meaning: "Share of the region's customer-hours with supply.",
  },
  {
    key: "reliability.region.{region}.saidiHoursExMed",
    unit: "h",
    zh: "{region}户均停电时间（不含重大事件日）",
    en: "SAIDI without major event days, {region}",
    meaning: `The region's SAIDI ${EX_MED}.`,
  },
  {
    key: "reliability.region.{region}.{cause}SaidiHours",
    unit: "h",
    zh: "{region}：{cause}户均停电时间",
    en: "{cause} SAIDI, {region}",
    meaning: "Hours of interruption of the cause per customer of the region.",
  },
  {
    key: "reliability.customerHoursLost.{outageKind}",
    unit: "customer-hours",
    zh: "停电户时数：{outageKind}",
    en: "customer-hours lost, {outageKind}",
    meaning: "Customer-hours of sustained interruption from events of the kind (a bundled " +
      "outage counts under its widest job).",
  },
  {
    key: "reliability.medThresholdMinutes",
    unit: "minutes",
    zh: "重大事件日阈值",
    en: "major event day threshold (T_MED)",
    meaning: "T_MED of IEEE 1366 from the county's record: customer-minutes per customer and " +
      "day above which a day is a major event day.",
  },
  {
    key: "reliability.medAlpha",
    unit: "code",
    zh: "重大事件日α",
    en: "MED α",
    meaning: "α of IEEE 1366's 2.5β method: mean of the logarithms of the record's daily SAIDI.",
  },
  {
    key: "reliability.medBeta",
    unit: "code",
    zh: "重大事件日β",
    en: "MED β",
    meaning: "β of the same method: standard deviation of those logarithms; T_MED = exp(α + 2.5β).",
  },
  {
    key: "reliability.medDays",
    unit: "days",
    zh: "重大事件日数",
    en: "major event days",
    meaning: "Days of the simulated year whose customer-basis SAIDI exceeded T_MED.",
  },
  {
    key: "reliability.basis.{basis}.lastYearSaidiHours",
    unit: "h",
    zh: "上年户均停电时间（{basis}）",
    en: "last year's SAIDI ({basis})",
    meaning: "SAIDI of year Y−1 of the county's record on the basis; NaN when the record lacks " +
      "that year.",
  },
  {
    key: "reliability.basis.{basis}.cutOnLastYear",
    unit: "share",
    zh: "同比压缩（{basis}）",
    en: "cut on last year ({basis})",
    meaning: "1 − SAIDI / last year's, on the basis; NaN when last year's is not recorded.",
  },
  {
    key: "reliability.basis.{basis}.meetsAbsolute",
    unit: "1/0",
    zh: "停电时间 ≤ 4.9小时（{basis}）",
    en: "SAIDI ≤ 4.9 h ({basis})",
    meaning: "1 when SAIDI on the basis is within the plan's 4.9 h (二.(四)), else 0.",
  },
  {
    key: "reliability.basis.{basis}.meetsCut",
    unit: "1/0",
    zh: "同比压缩 ≥ 8%（{basis}）",
    en: "≥ 8 % below last year ({basis})",
    meaning: "1 when SAIDI on the basis is ≥ 8 % below last year's on the same basis, else 0; " +
      "NaN when not judged.",
  },
  {
    key: "reliability.basis.{basis}.meetsTarget",
    unit: "1/0",
    zh: "停电时间目标达成（{basis}）",
    en: "SAIDI target met ({basis})",
    meaning: "1 when either limb of the plan's target (二.(四)) is met on the basis, else 0.",
  },
  {
    key: "reliability.targetBasis",
    unit: "code",
    zh: "考核口径",
    en: "basis judged",
    meaning: "The basis the plan's target is judged on: 0 = every customer (`lv`), 1 = DL/T " +
      "836's 10 kV users (`mv`).",
  },
  {
    key: "reliability.targetSaidiHours",
    unit: "h",
    zh: "户均停电时间（10千伏用户）",
    en: "SAIDI (10 kV users)",
    meaning: "SAIDI on the basis the plan's target is judged on (`targetBasis`: 10 kV users, " +
      `each distribution transformer one), ${SUSTAINED}.`,
  },
  {
    key: "reliability.lastYear",
    unit: "year",
    zh: "对比年份",
    en: "last year",
    meaning: "The year Y−1 of the county's record the cut compares with.",
  },
  {
    key: "reliability.lastYearSaidiHours",
    unit: "h",
    zh: "上年户均停电时间",
    en: "last year's SAIDI",
    meaning: "SAIDI of year Y−1 on the judged basis; NaN when the record lacks that year.",
  },
  {
    key: "reliability.cutOnLastYear",
    unit: "share",
    zh: "户均停电时间同比压缩",
    en: "SAIDI cut on last year",
    meaning: "1 − SAIDI / last year's, on the judged basis; NaN when not judged.",
  },
  {
    key: "reliability.meetsAbsolute",
    unit: "1/0",
    zh: "户均停电时间 ≤ 4.9小时",
    en: "SAIDI ≤ 4.9 h",
    meaning: "1 when SAIDI on the judged basis is within 4.9 h (二.(四)), else 0.",
  },
  {
    key: "reliability.meetsCut",
    unit: "1/0",
    zh: "户均停电时间同比压缩 ≥ 8%",
    en: "SAIDI ≥ 8 % below last year",
    meaning: "1 when SAIDI on the judged basis is ≥ 8 % below last year's, else 0; NaN when " +
      "the record lacks last year (not judged).",
  },
  {
    key: "reliability.meetsTarget",
    unit: "1/0",
    zh: "户均停电时间目标达成",
    en: "SAIDI target met",
    meaning: "1 when either limb of the plan's target (二.(四)) is met on the judged basis (a " +
      "limb not judged does not count), else 0.",
  },
  {
    key: "reliability.compensationCny",
    unit: "¥",
    zh: "停电赔偿",
    en: "outage compensation",
    meaning: "Compensation the utility paid customers for the year's interruptions.",
  },
  {
    key: "reliability.fault.sustainedFaults",
    unit: "count",
    zh: "永久性故障",
    en: "sustained faults",
    meaning: "Sustained faults in the year (line, transformer and 0.4 kV).",
  },
  {
    key: "reliability.fault.transientFaults",
    unit: "count",
    zh: "瞬时故障",
    en: "transient faults",
    meaning: "Transient faults in the year, cleared by reclosing.",
  },
  {
    key: "reliability.crews.utilisation",
    unit: "share",
    zh: "抢修队伍利用率",
    en: "repair crew utilisation",
    meaning: "Busy crew-hours over crew-hours on duty in the year, every region (or station) " +
      "together.",
  },
  {
    key: "reliability.region.{region}.crewUtilisation",
    unit: "share",
    zh: "{region}抢修队伍利用率",
    en: "{region}: repair crew utilisation",
    meaning: "Busy crew-hours over crew-hours on duty of the region's repair crews in the year " +
      "(written when `reliability.crews.dispatch` is `region`, the default; by station, see " +
      "`station.{station}.repairCrews.utilisation`).",
  },
  {
    key: "station.{station}.repairCrews.utilisation",
    unit: "share",
    zh: "{station}供电所抢修队伍利用率",
    en: "{station}: repair crew utilisation",
    meaning: "Busy crew-hours over crew-hours on duty of the station's repair crews in the year " +
      "(written when `reliability.crews.dispatch` is `station` or `nearest free`).",
  },
  {
    key: "station.{station}.repairCrews.borrowedShare",
    unit: "share",
    zh: "{station}供电所抢修队伍：支援他所比例",
    en: "{station}: repair crews' share of faults for other stations",
    meaning: "Of the faults the station's crews were sent to in the year, the share in another " +
      "station's area (`nearest free`: its own crews were all out). NaN when they were sent to none.",
  },
  {
    key: "station.{station}.repairCrews.driveHours",
    unit: "h",
    zh: "{station}供电所抢修队伍：跨所行车时间",
    en: "{station}: repair crews' hours driven for other stations",
    meaning: "Hours the station's repair crews drove, there and back, to faults in other " +
      "stations' areas in the year (road distance over road speed).",
  },
  {
    key: "reliability.crews.waitHoursMean",
    unit: "h",
    zh: "等待抢修平均时间",
    en: "wait for a crew, mean",
    meaning: "Mean hours a sustained fault waited for a repair crew.",
  },
  {
    key: "reliability.crews.waitHoursP90",
    unit: "h",
    zh: "等待抢修时间（90%分位）",
    en: "wait for a crew, p90",
    meaning: "90th percentile of those waits.",
  },
  {
    key: "reliability.crews.waitHoursMax",
    unit: "h",
    zh: "等待抢修最长时间",
    en: "wait for a crew, max",
    meaning: "The longest of those waits.",
  },
  {
    key: "reliability.planned.maintenance10kvJobs",
    unit: "count",
    zh: "10千伏检修作业",
    en: "10 kV maintenance jobs",
    meaning: "10 kV maintenance jobs done in the year.",
  },
  {
    key: "reliability.planned.maintenance04kvJobs",
    unit: "count",
    zh: "0.4千伏检修作业",
    en: "0.4 kV maintenance jobs",
    meaning: "0.4 kV maintenance jobs done in the year.",
  },
  {
    key: "reliability.planned.cutOverJobs",
    unit: "count",
    zh: "接火割接作业",
    en: "cut-over jobs",
    meaning: "Cut-overs of new connections done in the year.",
  },
  {
    key: "reliability.planned.liveLineJobs",
    unit: "count",
    zh: "带电作业",
    en: "live-line jobs",
    meaning: "Planned jobs done live-line, without an interruption.",
  },
  {
    key: "reliability.planned.zoneJobs",
    unit: "count",
    zh: "分段停电作业",
    en: "zone jobs",
    meaning: "Planned jobs on demonstration-zone feeders, done without an outage.",
  },
  {
    key: "reliability.planned.outageJobs",
    unit: "count",
    zh: "停电作业",
    en: "jobs with an outage",
    meaning: "Planned jobs done under a planned outage.",
  },
  {
    key: "reliability.planned.outages",
    unit: "count",
    zh: "计划停电次数",
    en: "planned outages",
    meaning: "Planned outages taken in the year, each serving one or more jobs.",
  },
  {
    key: "reliability.planned.bundledJobs",
    unit: "count",
    zh: "一停多用合并作业",
    en: "jobs bundled into another's outage",
    meaning: "Jobs done under another job's outage (一停多用): outage jobs − outages.",
  },
  {
    key: "reliability.planned.cutOversNextYear",
    unit: "count",
    zh: "顺延至次年的接火",
    en: "cut-overs left to next year",
    meaning: "Cut-overs whose earliest date falls into the next year.",
  },
  {
    key: "reliability.planned.cutOverWaitDaysMean",
    unit: "days",
    zh: "接火平均等待",
    en: "cut-over wait, mean",
    meaning: "Mean days a cut-over outage waited beyond its earliest date to share an outage.",
  },
  {
    key: "reliability.automation.{automation}",
    unit: "feeders",
    zh: "{automation}线路数",
    en: "feeders with {automation}",
    meaning: "Feeders at the automation level after the year's upgrades.",
  },
  {
    key: "reliability.automation.demoZoneFeeders",
    unit: "feeders",
    zh: "示范区线路数",
    en: "demonstration-zone feeders",
    meaning: "Feeders in the reliability demonstration zone after the year's upgrades.",
  },
] as const satisfies readonly KpiEntry[];

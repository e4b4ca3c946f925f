/**
 * The scorecard's levers (`scorecard.*` of a scenario): the Doing Business case followed
 * through the county, the income per capita its cost is measured against, and the county's
 * facts the reliability index reads that the models do not simulate.
 *
 * @module
 */
import { REGIONS } from "../data/vocabulary.ts";
import { choice, flag, group, number, type ValueOf } from "../spec/spec.ts";

const DB_METHOD = "Doing Business 2020, Getting Electricity methodology";

/** Every lever of the scorecard. */
export const SCORECARD_SPEC = group(
  "The World Bank's Getting Electricity scorecard (Doing Business method) of the simulated county",
  {
    followCase: flag(
      "Follow the Doing Business warehouse through the county's queues in every replication",
      true,
      DB_METHOD,
    ),
    capacityKva: number("The case's connection capacity (three-phase, permanent)", 140, "kVA", {
      min: 1,
      max: 10000,
      clause: DB_METHOD,
    }),
    distanceM: number("The case's distance to the nearest network", 150, "m", {
      min: 1,
      max: 10000,
      clause: DB_METHOD,
    }),
    region: choice(
      "Where the case's warehouse is: the county seat (its largest business city) is `town`",
      REGIONS,
      "town",
      DB_METHOD,
    ),
    incomePerCapitaCny: number(
      "Income per capita the cost is measured against: China's gross national income per head, " +
        "2023 (国民总收入 1,251,297 亿元 / 140,967 万人)",
      88765,
      "¥",
      { min: 1, max: 1e7, clause: "国家统计局《2023年国民经济和社会发展统计公报》" },
    ),
    outageMonitoring: flag(
      "The utility monitors outages with automated tools (供电服务指挥系统, distribution " +
        "automation master station)",
      true,
      "State Grid county companies; plan 三.(五).1",
    ),
    regulatorMonitoring: flag(
      "A regulator monitors the utility's reliability (the National Energy Administration " +
        "publishes county reliability, DL/T 836)",
      true,
      "国家能源局 供电可靠性年度报告",
    ),
    tariffsPublished: flag(
      "Tariffs are published online and a change is announced a billing cycle ahead " +
        "(provincial development and reform commission tariff notices)",
      true,
      "价格法; 省发展改革委电价文件",
    ),
  },
);

/** The scorecard's levers, as a scenario sets them. */
export type ScorecardParameters = ValueOf<typeof SCORECARD_SPEC>;

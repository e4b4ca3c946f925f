/**
 * The scorecard's KPIs (`sim/scorecard/kpis.ts`): the World Bank's Getting Electricity method
 * applied to the Doing Business case followed through the county. Written when the application
 * and reliability models both run and the scenario follows the case.
 *
 * @module
 */
const DB = "Doing Business 2020 method";

/** Every scorecard KPI, in the order it is written. */
export const SCORECARD_KPIS = [
  {
    key: "scorecard.procedures",
    unit: "count",
    zh: "获得电力：办电环节",
    en: "Getting Electricity: procedures",
    meaning: `The case's interactions with outside parties (${DB}): its steps and, with serial ` +
      "approval, each permit it files itself.",
  },
  {
    key: "scorecard.days",
    unit: "days",
    zh: "获得电力：办电时间",
    en: "Getting Electricity: time",
    meaning: "Calendar days from the case's application to electricity flowing, at least one " +
      "per procedure.",
  },
  {
    key: "scorecard.costCny",
    unit: "¥",
    zh: "获得电力：办电费用",
    en: "Getting Electricity: cost",
    meaning: "What the case's customer paid, yuan (NaN when it was not energised).",
  },
  {
    key: "scorecard.costPercent",
    unit: "%",
    zh: "获得电力：费用占人均收入比例（%）",
    en: "Getting Electricity: cost, % of income per capita",
    meaning: "The case's cost as a percentage (not a fraction) of `scorecard.incomePerCapitaCny`.",
  },
  {
    key: "scorecard.reliabilityIndex",
    unit: "count",
    zh: "供电可靠性和电费透明度指数",
    en: "reliability of supply and transparency of tariffs index",
    meaning: `The 0–8 index (${DB}): SAIDI/SAIFI points, monitoring and restoration tools, ` +
      "regulator, financial deterrents, tariffs; 0 when not scored.",
  },
  {
    key: "scorecard.indexScored",
    unit: "1/0",
    zh: "可靠性指数参评",
    en: "reliability index scored",
    meaning: "1 when SAIDI and SAIFI (every interruption included) were each below 100.",
  },
  {
    key: "scorecard.caseEnergised",
    unit: "1/0",
    zh: "标准案例已接电",
    en: "case energised",
    meaning: "1 when the case was energised within the run-out.",
  },
  {
    key: "scorecard.componentScore.{component}",
    unit: "count",
    zh: "{component}得分",
    en: "{component} score",
    meaning: "The component's score on the DB2020 scale, (worst − y)/(worst − best) × 100, " +
      "clipped to 0–100.",
  },
  {
    key: "scorecard.score",
    unit: "count",
    zh: "获得电力得分",
    en: "Getting Electricity score",
    meaning: "The mean of the four component scores, 0–100 (DB2020 scale).",
  },
  {
    key: "scorecard.bReady.outagesPerMonth",
    unit: "interruptions",
    zh: "每月停电次数（B-READY）",
    en: "outages in a typical month (B-READY)",
    meaning: "SAIFI over every customer and every interruption, divided by 12.",
  },
  {
    key: "scorecard.bReady.outageHours",
    unit: "h",
    zh: "平均停电时长（B-READY）",
    en: "mean outage duration (B-READY)",
    meaning: "SAIDI / SAIFI over every customer and every interruption, hours.",
  },
] as const;

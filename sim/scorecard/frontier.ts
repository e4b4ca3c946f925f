/**
 * The Doing Business 2020 scale of the Getting Electricity indicators, and published results to
 * set beside a scenario's. Each indicator is scored `(worst − y) / (worst − best)`, clipped to
 * [0, 1] (×100), and the topic score is the mean of the four (World Bank, *Doing Business 2020*,
 * "Ease of doing business score and ease of doing business ranking", and the Getting Electricity
 * methodology note: https://archive.doingbusiness.org/en/methodology/getting-electricity).
 *
 * @module
 */

/** One indicator's best (the frontier) and worst values on the DB2020 scale. */
export interface IndicatorScale {
  best: number;
  worst: number;
}

/** The four indicators' scales, DB2020. */
export const DB2020_SCALE = {
  /** Number of procedures. */
  procedures: { best: 3, worst: 9 },
  /** Calendar days. */
  days: { best: 18, worst: 248 },
  /** Cost, % of income per capita. */
  costPercent: { best: 0, worst: 8100 },
  /** Reliability of supply and transparency of tariffs index, 0–8. */
  reliabilityIndex: { best: 8, worst: 0 },
} as const satisfies Record<string, IndicatorScale>;

/** An economy's published Getting Electricity components and score. */
export interface PublishedResult {
  economy: string;
  zh: string;
  edition: "DB2019" | "DB2020";
  procedures: number;
  days: number;
  costPercent: number;
  reliabilityIndex: number;
  /** The published topic score, to one decimal. */
  score: number;
}

/**
 * Published results (World Bank, *Doing Business 2020* and *2019*, economy profiles and the
 * Getting Electricity data: https://archive.doingbusiness.org/en/data/exploretopics/getting-electricity).
 * China's is the population-weighted figure of Beijing and Shanghai (identical in both cities);
 * the bounds above are those every published component score is a multiple of (time scores are
 * multiples of 100/230, China's 93.913 = (248 − 32)/230). Korea's cost, 34.3 %, is read back
 * from its published cost score; the others' components are as published.
 */
export const PUBLISHED: readonly PublishedResult[] = [
  {
    economy: "China",
    zh: "中国",
    edition: "DB2020",
    procedures: 2,
    days: 32,
    costPercent: 0,
    reliabilityIndex: 7,
    score: 95.4,
  },
  {
    economy: "China",
    zh: "中国",
    edition: "DB2019",
    procedures: 2,
    days: 34,
    costPercent: 0,
    reliabilityIndex: 6,
    score: 92.0,
  },
  {
    economy: "United Arab Emirates",
    zh: "阿联酋",
    edition: "DB2020",
    procedures: 2,
    days: 7,
    costPercent: 0,
    reliabilityIndex: 8,
    score: 100,
  },
  {
    economy: "Korea, Rep.",
    zh: "韩国",
    edition: "DB2020",
    procedures: 3,
    days: 13,
    costPercent: 34.3,
    reliabilityIndex: 8,
    score: 99.9,
  },
  {
    economy: "Hong Kong SAR, China",
    zh: "中国香港",
    edition: "DB2020",
    procedures: 3,
    days: 24,
    costPercent: 1.3,
    reliabilityIndex: 8,
    score: 99.3,
  },
];

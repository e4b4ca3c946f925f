/**
 * What the catalogue says of one KPI or one family of KPIs.
 *
 * @module
 */

/**
 * The unit of a KPI. `share` is a fraction in [0, 1] and `1/0` a yes/no flag (both shown as
 * percentages once averaged over replications); `ratio` an availability close to 1 (ASAI).
 */
export type KpiUnit =
  | "count"
  | "applications"
  | "transformer areas"
  | "substations"
  | "feeders"
  | "share"
  | "%"
  | "1/0"
  | "ratio"
  | "working days"
  | "days"
  | "h"
  | "minutes"
  | "customer-hours"
  | "interruptions"
  | "visits"
  | "steps"
  | "¥"
  | "kW"
  | "kVA"
  | "year"
  | "code";

/** The model whose run writes a KPI. */
export type KpiModel = "applications" | "reliability" | "pv" | "scorecard";

/**
 * One KPI, or a family of them: `key` is a dotted key or a pattern whose `{part}`s range over
 * the values of the named parts (`parts.ts`); the labels may use the same placeholders, filled
 * with the part's label.
 *
 * @example
 * const entry: KpiEntry = {
 *   key: "staff.{role}.utilisation",
 *   unit: "share",
 *   zh: "{role}利用率",
 *   en: "{role}: utilisation",
 *   meaning: "Busy working hours of the role over its available working hours in the year.",
 * };
 */
export interface KpiEntry {
  key: string;
  unit: KpiUnit;
  zh: string;
  en: string;
  /** What it is and how it is measured, in one sentence. */
  meaning: string;
}

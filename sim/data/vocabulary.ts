/**
 * The closed vocabularies of the county data: every enum-valued CSV column takes its values from
 * one of these lists, and the models key their parameters by the same strings. Keeping them in
 * one module means a loader, a model and the README can never disagree on a spelling.
 *
 * @module
 */

/**
 * Customer classes of a connection application. The first eight are the classes the 2023
 * Wuzhi plan sets targets for (二.(二), 三.(七), 三.(九), 三.(十)); `mining` (virtual-currency
 * mining) is refused at intake (三.(一).7) but still arrives, so it has a rate too.
 */
export const CUSTOMER_CLASSES = [
  "residential",
  "lv_small",
  "lv_other",
  "hv_single",
  "hv_dual",
  "base_station",
  "ev_charger",
  "pv",
  "mining",
] as const;
/** One of {@link CUSTOMER_CLASSES}. */
export type CustomerClass = typeof CUSTOMER_CLASSES[number];

/**
 * Supply areas. `urban_core` is the county seat (where the zero-planned-outage demonstration
 * zone is), `town` the township seats and industrial clusters, `rural` the villages.
 */
export const REGIONS = ["urban_core", "town", "rural"] as const;
/** One of {@link REGIONS}. */
export type Region = typeof REGIONS[number];

/**
 * Distribution automation of a feeder: `none` (faults located by patrol, switches operated on
 * site), `remote` (remote-controlled "三遥" switches, restoration by a dispatcher in minutes),
 * `self_healing` (feeder automation isolates the fault and restores healthy sections by itself
 * in under a minute, i.e. before an interruption counts as sustained).
 */
export const AUTOMATION_LEVELS = ["none", "remote", "self_healing"] as const;
/** One of {@link AUTOMATION_LEVELS}. */
export type Automation = typeof AUTOMATION_LEVELS[number];

/** Owner of a distribution transformer: the utility (公变) or a customer (专变). */
export const OWNERSHIPS = ["public", "private"] as const;
/** One of {@link OWNERSHIPS}. */
export type Ownership = typeof OWNERSHIPS[number];

/**
 * A residential compound built under the 2023 rules for new compounds (三.(七).1: wiring to
 * every fixed space, capacity reserved for 20 % of spaces at 8 kW) or an existing one.
 */
export const COMPOUND_KINDS = ["new", "existing"] as const;
/** One of {@link COMPOUND_KINDS}. */
export type CompoundKind = typeof COMPOUND_KINDS[number];

/**
 * Who owns a compound's distribution facilities, which decides where a resident applies for a
 * charger connection (三.(七).2): the utility, or the property owner (物业/产权单位).
 */
export const SUPPLY_OWNERS = ["utility", "property"] as const;
/** One of {@link SUPPLY_OWNERS}. */
export type SupplyOwner = typeof SUPPLY_OWNERS[number];

/** Who pays for a cost item by default, before a policy (three-colour sheet) reassigns it. */
export const PAYERS = ["utility", "government", "customer"] as const;
/** One of {@link PAYERS}. */
export type Payer = typeof PAYERS[number];

/** Groups of cost items. */
export const COST_CATEGORIES = [
  "network_lv",
  "network_10kv",
  "customer_works",
  "connection",
  "operations",
  "staffing",
] as const;
/** One of {@link COST_CATEGORIES}. */
export type CostCategory = typeof COST_CATEGORIES[number];

/** The unit a cost is quoted per. */
export const COST_UNITS = [
  "km",
  "kva",
  "unit",
  "connection",
  "space",
  "job",
  "head_year",
  "crew_year",
  "crew_shift_year",
] as const;
/** One of {@link COST_UNITS}. */
export type CostUnit = typeof COST_UNITS[number];

/**
 * The cost items a model may look up. `costs.csv` must have exactly one row for each: a model
 * that prices a network extension must not find a missing or misspelt item at run time.
 */
export const COST_ITEMS = [
  "lv_overhead_line",
  "lv_cable",
  "mv_overhead_line",
  "mv_cable",
  "ring_main_unit",
  "pole_switch_automated",
  "public_transformer_fixed",
  "public_transformer_per_kva",
  "transformer_upgrade_fixed",
  "customer_substation_fixed",
  "customer_substation_per_kva",
  "service_drop_lv",
  "meter_single_phase",
  "meter_three_phase",
  "metering_hv",
  "pv_connection",
  "ev_space_wiring",
  "ev_charger_7kw",
  "base_station_lv_connection",
  "live_line_work",
  "staff_customer_manager",
  "staff_survey_crew",
  "staff_design_engineer",
  "staff_lv_crew",
  "staff_mv_crew",
  "staff_inspector",
  "staff_repair_crew_shift",
] as const;
/** One of {@link COST_ITEMS}. */
export type CostItem = typeof COST_ITEMS[number];

/**
 * Kinds of supply station: the county company's own base (`county`, its customer service centre
 * in the county seat, where the county-wide teams sit) and a township power-supply station
 * (`township`, 乡镇供电所, whose crews serve the feeders of its townships).
 */
export const STATION_KINDS = ["county", "township"] as const;
/** One of {@link STATION_KINDS}. */
export type StationKind = typeof STATION_KINDS[number];

/**
 * The staff roles a station's row counts, in the order the model lists its staff roles (the same
 * names as the application model's `STAFF_ROLES`; a test checks they agree). The data layer
 * keeps its own copy because it must not import the model.
 */
export const STATION_ROLES = [
  "customerManagers",
  "surveyCrews",
  "designReviewers",
  "lvCrews",
  "mvCrews",
  "inspectors",
] as const;
/** One of {@link STATION_ROLES}. */
export type StationRole = typeof STATION_ROLES[number];

/**
 * The shifts of the fault repair crews (抢修): 08:00–20:00 and 20:00–08:00, as the reliability
 * model's `crews.dayShiftCrews` and `nightShiftCrews`.
 */
export const REPAIR_SHIFTS = ["day", "night"] as const;
/** One of {@link REPAIR_SHIFTS}. */
export type RepairShift = typeof REPAIR_SHIFTS[number];

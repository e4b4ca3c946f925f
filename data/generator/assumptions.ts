/**
 * Every number the default (synthetic) Wuzhi County data set is generated from, with its source
 * or its reasoning. data/README.md explains the same assumptions in prose; change a number
 * here, run `deno task data`, and the CSVs follow.
 *
 * Nothing here is a measurement of Wuzhi's grid: no public extract of it exists. The aim is a
 * county that is plausible in size, shape and proportions, so that the models can run and the
 * plan's rules (160/170 kW, 80 % PV, 4.9 h, 20 % × 8 kW …) bite where they would in reality.
 *
 * @module
 */
import type { Station } from "../../sim/data/stations.ts";
import type { Automation, CustomerClass, Region, StationRole } from "../../sim/data/vocabulary.ts";

/** Master seed of every random stream of the generator. Committed: the CSVs depend on it. */
export const SEED = "wuzhi-2023";

// ---------------------------------------------------------------------------------------------
// Substations and feeders
// ---------------------------------------------------------------------------------------------

/**
 * The county's substations and how many 10 kV feeders of each region leave each of them.
 *
 * Reasoning: a Henan plain county of ≈ 0.72 M registered inhabitants and ≈ 800 km² typically
 * has 4–6 110 kV and 10–15 35 kV substations; a 110 kV station feeds 12–20 10 kV feeders, a
 * 35 kV station 6–10. Two 110 kV and two 35 kV stations serve the county seat; one 110 kV
 * station the industrial cluster; the rest mixed town/rural areas. Total 194 feeders.
 */
export const SUBSTATIONS: readonly {
  id: string;
  feeders: Readonly<Partial<Record<Region, number>>>;
}[] = [
  { id: "SUB110-01", feeders: { urban_core: 16 } },
  { id: "SUB110-02", feeders: { urban_core: 14 } },
  { id: "SUB110-03", feeders: { town: 16 } },
  { id: "SUB110-04", feeders: { town: 8, rural: 8 } },
  { id: "SUB110-05", feeders: { rural: 14 } },
  { id: "SUB35-01", feeders: { urban_core: 9 } },
  { id: "SUB35-02", feeders: { urban_core: 9 } },
  { id: "SUB35-03", feeders: { town: 5, rural: 4 } },
  { id: "SUB35-04", feeders: { town: 5, rural: 4 } },
  { id: "SUB35-05", feeders: { town: 5, rural: 4 } },
  { id: "SUB35-06", feeders: { town: 5, rural: 4 } },
  { id: "SUB35-07", feeders: { rural: 8 } },
  { id: "SUB35-08", feeders: { rural: 8 } },
  { id: "SUB35-09", feeders: { rural: 8 } },
  { id: "SUB35-10", feeders: { rural: 8 } },
  { id: "SUB35-11", feeders: { rural: 8 } },
  { id: "SUB35-12", feeders: { rural: 8 } },
  { id: "SUB35-13", feeders: { rural: 8 } },
  { id: "SUB35-14", feeders: { rural: 8 } },
];

/** Per-region shape of a feeder. Ranges are [min, max] of a uniform draw unless noted. */
export interface FeederShape {
  /** Total line length, km: lognormal mean and sd, then clamped to [min, max]. */
  lengthKm: { mean: number; sd: number; min: number; max: number };
  /** Share of that length that is underground cable. */
  cableShare: [number, number];
  /** Automation level and its probability (2023 status). */
  automation: Readonly<Record<Automation, number>>;
  /** Sectionalised trunk: number of sections, equally likely. */
  sections: readonly number[];
  /** Probability of having a tie to another feeder; a tied feeder has 1 or 2 ties. */
  tieProbability: number;
  /** Thermal rating of the trunk, kVA, one of these, equally likely. */
  trunkCapacityKva: readonly number[];
  /** Ratio of the feeder's coincident peak to the sum of its transformers' peaks. */
  coincidence: [number, number];
}

/**
 * Feeder shapes by region.
 *
 * - Length: county-seat feeders are short (a few km of cable in ducts), rural feeders long
 *   (20–40 km of overhead line with laterals into every village): Chinese rural 10 kV supply
 *   radii are often 10–15 km, and laterals double the trunk length.
 * - Automation: "三遥" remote control and feeder automation were rolled out first in the
 *   county seat; the plan (三.(五).1) asks to spread them. Assumed shares, not data.
 * - Sections and ties: State Grid's standard county feeder is "three sections, one tie" (三分
 *   段、单联络); rural feeders are often radial.
 * - Trunk rating: 10 kV JKLYJ-240 overhead or YJV22-3×300 cable ≈ 460–480 A ≈ 8,000 kVA;
 *   older rural LGJ-150/185 ≈ 380–420 A ≈ 6,500–7,300 kVA.
 * - Coincidence: the feeder's peak is 60–80 % of the sum of its transformers' yearly peaks
 *   (residential, commercial and irrigation peaks do not coincide).
 */
export const FEEDER_SHAPES: Readonly<Record<Region, FeederShape>> = {
  urban_core: {
    lengthKm: { mean: 6.5, sd: 2.5, min: 2.5, max: 14 },
    cableShare: [0.3, 0.95],
    automation: { none: 0.1, remote: 0.55, self_healing: 0.35 },
    sections: [3, 4, 5],
    tieProbability: 1,
    trunkCapacityKva: [8000],
    coincidence: [0.65, 0.8],
  },
  town: {
    lengthKm: { mean: 14, sd: 5, min: 6, max: 30 },
    cableShare: [0.05, 0.35],
    automation: { none: 0.5, remote: 0.45, self_healing: 0.05 },
    sections: [2, 3, 4],
    tieProbability: 0.7,
    trunkCapacityKva: [7300, 8000],
    coincidence: [0.62, 0.78],
  },
  rural: {
    lengthKm: { mean: 26, sd: 8, min: 10, max: 50 },
    cableShare: [0, 0.06],
    automation: { none: 0.8, remote: 0.2, self_healing: 0 },
    sections: [2, 3],
    tieProbability: 0.4,
    trunkCapacityKva: [6500, 7300, 8000],
    coincidence: [0.6, 0.75],
  },
};

/**
 * How many county-seat feeders form the zero-planned-outage demonstration zone (plan
 * 三.(五).5): the self-healing ones with the most cable, up to this many. Assumed.
 */
export const DEMO_ZONE_FEEDERS = 12;

// ---------------------------------------------------------------------------------------------
// Transformers
// ---------------------------------------------------------------------------------------------

/** Standard ratings of 10/0.4 kV distribution transformers (S13 series, GB/T 6451), kVA. */
export const STANDARD_RATINGS_KVA = [
  30,
  50,
  80,
  100,
  160,
  200,
  250,
  315,
  400,
  500,
  630,
  800,
  1000,
  1250,
  1600,
  2000,
  2500,
] as const;

/** Per-region shape of the transformers below a feeder. Ranges are uniform [min, max]. */
export interface TransformerShape {
  /** Public residential transformers per feeder (whole number range). */
  publicPerFeeder: [number, number];
  /** Households below one public residential transformer (whole number range). */
  householdsPerPublic: [number, number];
  /** Non-residential LV customers (shops, workshops) per household. */
  otherCustomersPerHousehold: [number, number];
  /** Rating sized as households × this many kVA, rounded up to a standard rating. */
  kvaPerHousehold: [number, number];
  /** Largest rating used for a public transformer in this region, kVA. */
  maxPublicKva: number;
  /** Diversified peak per household, kW. */
  peakKwPerHousehold: [number, number];
  /** Peak per non-residential LV customer, kW. */
  peakKwPerOther: [number, number];
  /** Midday minimum load as a fraction of the peak. */
  middayMinShare: [number, number];
  /** Irrigation-well transformers per feeder (whole number range). */
  irrigationPerFeeder: [number, number];
  /** Customer-owned transformers per feeder (whole number range). */
  privatePerFeeder: [number, number];
  /** Ratings of customer-owned transformers and their weights. */
  privateRatings: { kva: readonly number[]; weights: readonly number[] };
}

/**
 * Transformer shapes by region.
 *
 * - Households per public transformer and kVA per household: the 2016–2020 rural grid upgrade
 *   (新一轮农网改造升级) aimed at ≥ 2 kVA of distribution capacity per rural household, and
 *   village transformers of 200–400 kVA serve 60–160 households. Urban compounds use box-type
 *   or indoor 630–1000 kVA units at 3–5 kVA per flat.
 * - Peaks: rural household diversified peaks of 1.2–2.6 kW (winter electric heating, summer
 *   air conditioning), higher in the county seat. This puts most transformers at 40–90 % load
 *   at peak and some above 100 %: the plan (三.(五).1) names heavy overload as a problem.
 * - Midday minimum: villages are nearly empty at noon on a working day (many residents work
 *   away), so 8–22 % of the peak; compounds and town centres keep more load.
 * - Customer-owned transformers: shops, schools, hospitals and offices in the county seat;
 *   factories in the town industrial clusters; farms, cold stores and workshops in villages.
 */
export const TRANSFORMER_SHAPES: Readonly<Record<Region, TransformerShape>> = {
  urban_core: {
    publicPerFeeder: [6, 12],
    householdsPerPublic: [90, 240],
    otherCustomersPerHousehold: [0.05, 0.15],
    kvaPerHousehold: [3, 5],
    maxPublicKva: 1000,
    peakKwPerHousehold: [1.8, 3.2],
    peakKwPerOther: [3, 8],
    middayMinShare: [0.2, 0.4],
    irrigationPerFeeder: [0, 0],
    privatePerFeeder: [4, 14],
    privateRatings: {
      kva: [160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600],
      weights: [4, 8, 8, 10, 14, 10, 16, 10, 8, 5, 3],
    },
  },
  town: {
    publicPerFeeder: [5, 11],
    householdsPerPublic: [70, 160],
    otherCustomersPerHousehold: [0.1, 0.25],
    kvaPerHousehold: [3, 4.5],
    maxPublicKva: 800,
    peakKwPerHousehold: [1.5, 2.8],
    peakKwPerOther: [2, 6],
    middayMinShare: [0.12, 0.3],
    irrigationPerFeeder: [0, 2],
    privatePerFeeder: [6, 20],
    privateRatings: {
      kva: [100, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500],
      weights: [3, 6, 8, 8, 10, 14, 10, 14, 8, 8, 5, 3, 2, 1],
    },
  },
  rural: {
    publicPerFeeder: [8, 15],
    householdsPerPublic: [60, 160],
    otherCustomersPerHousehold: [0.04, 0.1],
    kvaPerHousehold: [2, 3.5],
    maxPublicKva: 630,
    peakKwPerHousehold: [1.2, 2.6],
    peakKwPerOther: [2, 6],
    middayMinShare: [0.08, 0.22],
    irrigationPerFeeder: [3, 8],
    privatePerFeeder: [2, 8],
    privateRatings: {
      kva: [50, 80, 100, 160, 200, 250, 315, 400, 500, 630],
      weights: [4, 6, 10, 14, 14, 12, 12, 10, 6, 4],
    },
  },
};

/**
 * Irrigation-well transformers (机井通电): Henan's plain counties electrified their wells in
 * 2016–2017 with small transformers, one per 4–14 wells of 7–12 kW pumps. Their load peaks in
 * the irrigation seasons and is near zero otherwise, so midday minimum ≈ 0–5 % of the peak:
 * spare capacity that plan 三.(十) lets 5G base stations use.
 */
export const IRRIGATION = {
  wellsPerTransformer: [4, 14] as [number, number],
  pumpKw: [7, 12] as [number, number],
  coincidence: [0.6, 0.9] as [number, number],
  middayMinShare: [0, 0.05] as [number, number],
};

/** Customer-owned transformers: peak load and midday minimum as shares of rating and peak. */
export const PRIVATE_LOAD = {
  peakShareOfRating: [0.25, 0.75] as [number, number],
  /** Lowest midday load: factories stand still over the Spring Festival. */
  middayMinShare: [0.05, 0.35] as [number, number],
};

// ---------------------------------------------------------------------------------------------
// Distributed PV
// ---------------------------------------------------------------------------------------------

/**
 * Rooftop PV below rural public transformers, as a ratio of connected PV to the transformer's
 * rating. Henan connected more household PV than almost any province in 2021–2023, much of it
 * by whole-village roof-leasing programmes, so PV clusters by area: each rural feeder draws a
 * level (heavy, moderate, light) and its transformers scatter around it. This makes ≈ 30–40 %
 * of rural transformers exceed the plan's 80 % limit (三.(九).3) and several exceed 100 %, which
 * is what made many Henan counties publish "red" areas in 2023. Assumed, not data.
 */
export const RURAL_PV = {
  levels: [1.0, 0.55, 0.15] as const,
  levelWeights: [0.35, 0.4, 0.25] as const,
  /** Each transformer's ratio = level × a uniform factor from this range. */
  spread: [0.4, 1.25] as [number, number],
  /** Share of rural transformers with PV filed but not yet connected, and its size. */
  filedProbability: 0.45,
  filedShareOfRating: [0.05, 0.3] as [number, number],
};

/** PV on town public transformers: fewer, smaller roofs. */
export const TOWN_PV = {
  probability: 0.6,
  shareOfRating: [0.02, 0.4] as [number, number],
  filedProbability: 0.2,
  filedShareOfRating: [0.02, 0.1] as [number, number],
};

/** PV on county-seat public transformers: flats have no roofs of their own. */
export const URBAN_PV = {
  probability: 0.15,
  shareOfRating: [0.02, 0.15] as [number, number],
  filedProbability: 0.05,
  filedShareOfRating: [0.02, 0.08] as [number, number],
};

/** Commercial and industrial rooftop PV on customer-owned transformers (self-consumed). */
export const PRIVATE_PV = {
  probability: 0.2,
  shareOfRating: [0.2, 0.8] as [number, number],
  filedProbability: 0.1,
  filedShareOfRating: [0.1, 0.3] as [number, number],
};

/** Irrigation-well transformers rarely have PV (no roofs): a few small ground-mounted sets. */
export const IRRIGATION_PV = {
  probability: 0.05,
  shareOfRating: [0.1, 0.4] as [number, number],
};

// ---------------------------------------------------------------------------------------------
// Residential compounds
// ---------------------------------------------------------------------------------------------

/**
 * Residential compounds: on county-seat feeders 1–3 each, on town feeders 0–1, each holding
 * 15–30 % of its feeder's households. `new` compounds are built under the 2023 rules: ≥ 1 fixed
 * space per flat, capacity reserved for 20 % of spaces at 8 kW (三.(七).1). Existing compounds
 * have 0.3–0.9 spaces per flat and whatever spare capacity their transformers had, 0.3–1.2 kW
 * per space, so some are already short for the chargers they have (三.(七).3).
 * Charger shares: private charger ownership in a third-tier Henan county in 2023 is a few
 * per cent of spaces (new-energy vehicles were ≈ 5 % of the national car stock in 2023).
 * New compounds' facilities are handed over to the utility (豫发改价管〔2021〕887号: new
 * compounds are metered one-meter-per-flat and transferred to the utility).
 */
export const COMPOUNDS = {
  perFeeder: { urban_core: [1, 3], town: [0, 1], rural: [0, 0] } as Record<
    Region,
    [number, number]
  >,
  householdShare: [0.15, 0.3] as [number, number],
  newProbability: 0.2,
  spacesPerHousehold: { new: [1, 1.3], existing: [0.3, 0.9] } as Record<
    "new" | "existing",
    [number, number]
  >,
  chargerShare: { new: [0, 0.1], existing: [0.02, 0.12] } as Record<
    "new" | "existing",
    [number, number]
  >,
  /** Plan 三.(七).1: capacity for 20 % of spaces at 8 kW each. */
  newReserveShare: 0.2,
  newReserveKwPerCharger: 8,
  existingReserveKwPerSpace: [0.3, 1.2] as [number, number],
  utilityOwnedProbability: { new: 0.8, existing: 0.6 } as Record<"new" | "existing", number>,
};

// ---------------------------------------------------------------------------------------------
// Reliability history
// ---------------------------------------------------------------------------------------------

/** Years of the reliability record: the five whole years before the 2023 plan. */
export const HISTORY_YEARS = [2018, 2019, 2020, 2021, 2022] as const;

/**
 * Yearly SAIDI (hours per customer, planned and unplanned, major events included, as Chinese
 * statistics count it) that the record is calibrated to in its last year, by region. Urban and
 * rural: the national figures for 2024 (≈ 2.6 h urban, ≈ 7.9 h rural, National Energy
 * Administration's annual reliability report); a county seat is a small city, villages are
 * rural. Township seats: halfway, since they are counted as towns but supplied by the same
 * long overhead feeders as the villages around them. With this county's customer split the
 * expected mix is ≈ 5.9 h in 2022, so the plan's "≤ 4.9 h or −8 %" target (二.(四)) is a
 * real step.
 */
export const SAIDI_LAST_YEAR_H: Readonly<Record<Region, number>> = {
  urban_core: 2.6,
  town: 5.25,
  rural: 7.9,
};

/**
 * Yearly improvement of SAIDI before the last year (each earlier year is this much worse):
 * national SAIDI fell steadily over 2018–2022 as grids were upgraded. Assumed 7 % a year.
 */
export const SAIDI_YEARLY_IMPROVEMENT = 0.07;

/**
 * Share of each region's SAIDI from planned outages. Planned work was about half of
 * interruption time in Chinese rural statistics of the period; live-line work and the
 * demonstration zone made it smaller in the county seat. Assumed.
 */
export const PLANNED_SHARE: Readonly<Record<Region, number>> = {
  urban_core: 0.25,
  town: 0.45,
  rural: 0.5,
};

/**
 * Starting fault rates before calibration: RBTS (Allan, Billinton, Sjarief, Goel & So, "A
 * reliability test system for educational purposes — basic distribution system data and
 * results", IEEE Trans. Power Systems 6(2), 1991): 0.065 faults per km-year for 11 kV lines,
 * 0.015 per year for 11/0.415 kV transformers, replaced in 10 h. Cables: assumed 60 % of the
 * overhead rate (no wind, trees, lightning or birds; excavation damage remains).
 *
 * Branch lines: Chinese feeders have many laterals, each behind a branch switch or fuse
 * (分支开关), so a fault on one interrupts only that branch. Assumed: 60 % of line faults are
 * on branches, and a branch holds 3–20 % of the feeder's customers.
 *
 * LV faults: faults on the 0.4 kV network behind a public transformer (cables, meter boxes,
 * service drops) count in customer reliability too. Assumed 0.2 per public transformer a year,
 * each interrupting 20–60 % of its customers.
 *
 * Calibration (see history.ts) then scales all fault rates of a region and year so that the
 * expected SAIDI equals the targets above: the factor tells how much worse than these starting
 * rates the county's network must be to have the national figures; the generator prints it.
 */
export const FAULT_RATES = {
  overheadPerKmYear: 0.065,
  cablePerKmYear: 0.04,
  branchShare: 0.6,
  branchCustomerShare: [0.03, 0.2] as [number, number],
  transformerPerYear: 0.015,
  transformerReplacementMin: 600,
  lvPerPublicTransformerYear: 0.2,
  lvCustomerShare: [0.2, 0.6] as [number, number],
};

/**
 * Fault repair time (the faulted section's customers wait for it), lognormal, minutes: longer
 * in the countryside (travel, patrol of long overhead lines). Assumed.
 */
export const REPAIR_MIN: Readonly<Record<Region, { mean: number; sd: number }>> = {
  urban_core: { mean: 150, sd: 90 },
  town: { mean: 210, sd: 120 },
  rural: { mean: 270, sd: 160 },
};

/** Repair time of an LV fault, lognormal, minutes. Assumed. */
export const LV_REPAIR_MIN: Readonly<Record<Region, { mean: number; sd: number }>> = {
  urban_core: { mean: 100, sd: 60 },
  town: { mean: 130, sd: 80 },
  rural: { mean: 160, sd: 100 },
};

/**
 * Time to restore the healthy sections by switching, minutes, uniform [min, max]: feeder
 * automation does it in under a minute (below the 5-minute sustained threshold of IEEE 1366,
 * so no sustained interruption), a dispatcher with remote control in 10–30 minutes, a crew that
 * must find the fault and drive to the switches in 40–120 minutes. Assumed.
 */
export const SWITCHING_MIN: Readonly<Record<Automation, [number, number] | null>> = {
  none: [40, 120],
  remote: [10, 30],
  self_healing: null,
};

/**
 * Planned outages per feeder-year before calibration, on working days; each takes one section
 * out (80 %) or the whole feeder (20 %: substation or trunk work) for a triangular(180, 300,
 * 480)-minute outage. Demonstration-zone feeders have none from its start year. Assumed.
 */
export const PLANNED = {
  perFeederYear: { urban_core: 0.6, town: 1.5, rural: 2.5 } as Record<Region, number>,
  wholeFeederShare: 0.2,
  durationMin: [180, 300, 480] as [number, number, number],
  demoZoneFrom: 2021,
};

/**
 * Monthly factors of the fault rate (normalised to average 1 over the year): thunderstorms,
 * wind and heat overload in June–August, a little more in the cold months. Assumed.
 */
export const FAULT_SEASON = [1.0, 0.9, 0.8, 0.8, 0.9, 1.2, 1.5, 1.4, 1.0, 0.8, 0.8, 1.0];

/**
 * Monthly factors of planned work: crews avoid the summer peak and the Spring Festival and
 * concentrate work in spring and autumn. Assumed.
 */
export const PLANNED_SEASON = [0.6, 0.4, 1.3, 1.4, 1.3, 1.0, 0.5, 0.5, 1.2, 1.4, 1.3, 1.1];

/**
 * Storm days: a Poisson number a year, placed by month (convective storms mostly in
 * June–August, some snow and ice in winter). On a storm day every feeder's fault rate is
 * multiplied by a uniform factor and repairs take longer. These are the days IEEE 1366's
 * 2.5 β method should flag as major event days. Assumed.
 */
export const STORMS = {
  perYear: 2,
  monthWeights: [0.06, 0.04, 0.02, 0.04, 0.08, 0.2, 0.28, 0.2, 0.04, 0.02, 0.01, 0.01],
  rateMultiplier: [15, 40] as [number, number],
  repairFactor: 1.6,
  /** Probability that a storm goes on into a second day. */
  secondDay: 0.3,
};

/**
 * The July 2021 Henan rainstorm ("7·20" 特大暴雨, 17–23 July 2021), which flooded Zhengzhou,
 * Xinxiang and Jiaozuo: modelled as three storm days with the highest multiplier and repairs
 * 2.5 times longer (waterlogged sites).
 */
export const FLOOD_2021 = {
  days: ["2021-07-20", "2021-07-21", "2021-07-22"],
  rateMultiplier: 40,
  repairFactor: 2.5,
};

/**
 * Yearly growth of the number of customers: new connections (≈ 2 % of customers a year, see
 * the application rates) less closed accounts. The record's last day equals the feeders'
 * customer total; earlier days are smaller by this rate.
 */
export const CUSTOMER_GROWTH = 0.02;

// ---------------------------------------------------------------------------------------------
// Connection applications
// ---------------------------------------------------------------------------------------------

/**
 * Expected applications a year by class, and their monthly pattern (normalised to average 1).
 *
 * - residential: ≈ 2 % of ≈ 240,000 residential customers a year (new homes, new compounds
 *   delivered, households splitting); more before the Spring Festival, when migrant workers
 *   return and build, and at year end, when compounds are delivered; few in February.
 * - lv_small: small and micro firms needing a new connection (most new firms take over
 *   premises that already have one): ≈ 1,300 a year, a burst after the Spring Festival.
 * - lv_other: LV non-residential customers outside three-zero service (public bodies,
 *   firms not classed small/micro, temporary supplies): ≈ 300.
 * - hv_single / hv_dual: ≈ 8–10 % growth of the ≈ 1,600 customer-owned transformers plus
 *   capacity increases; dual supply for hospitals, data rooms, continuous-process plants.
 * - base_station: the 5G build-out, ≈ 150 sites a year in a county, in the building season.
 * - ev_charger: private chargers in compounds and small public sites; car sales peak in
 *   autumn ("金九银十") and at year end.
 * - pv: household rooftop PV, spring and autumn installation seasons; arrivals go on even
 *   where red areas stop connections.
 * - mining: refused at intake (三.(一).7), but a couple of attempts a year arrive.
 */
export const APPLICATIONS: Readonly<Record<CustomerClass, { perYear: number; season: number[] }>> =
  {
    residential: {
      perYear: 4800,
      season: [1.2, 0.6, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.1, 1.1, 1.3],
    },
    lv_small: {
      perYear: 1300,
      season: [0.9, 0.6, 1.3, 1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.0, 1.0, 1.1],
    },
    lv_other: {
      perYear: 300,
      season: [0.9, 0.6, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1],
    },
    hv_single: {
      perYear: 180,
      season: [0.8, 0.5, 1.2, 1.1, 1.1, 1.1, 1.0, 0.9, 1.0, 1.0, 1.1, 1.2],
    },
    hv_dual: { perYear: 10, season: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
    base_station: {
      perYear: 150,
      season: [0.5, 0.3, 0.9, 1.2, 1.3, 1.3, 1.2, 1.2, 1.2, 1.1, 1.0, 0.8],
    },
    ev_charger: {
      perYear: 900,
      season: [0.9, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.2, 1.3, 1.2, 1.3],
    },
    pv: { perYear: 3600, season: [0.7, 0.5, 1.2, 1.3, 1.2, 0.9, 0.8, 0.8, 1.1, 1.3, 1.2, 1.0] },
    mining: { perYear: 2, season: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
  };

/**
 * Relative arrivals by weekday, Monday first, averaging 1: counters are open Monday to Friday
 * and most online applications are made in working hours; weekends still see online ones.
 * Assumed.
 */
export const WEEKDAY_PROFILE = [1.25, 1.2, 1.15, 1.1, 1.05, 0.7, 0.55];

/**
 * Capacity distributions: bins (low, high] of installed equipment capacity in kW with the share
 * of a class's applications. Enterprises ≤ 160 kW are connected at LV (三.(一).3), so the LV
 * classes end at 160 kW and `hv_single` starts with an explicit (160, 170] bin: the firms that
 * a 170 kW LV threshold would move to LV. Shares assumed from typical applications: household
 * 4–12 kW, small firms mostly < 60 kW, 7 kW AC home chargers, 20–50 kW village roof-leasing PV.
 */
export const CAPACITY_BINS: Readonly<Record<CustomerClass, readonly [number, number, number][]>> = {
  residential: [[0, 4, 0.08], [4, 8, 0.52], [8, 12, 0.32], [12, 20, 0.08]],
  lv_small: [[0, 10, 0.3], [10, 30, 0.3], [30, 60, 0.18], [60, 100, 0.11], [100, 160, 0.11]],
  lv_other: [[0, 30, 0.3], [30, 100, 0.38], [100, 160, 0.32]],
  hv_single: [
    [160, 170, 0.03],
    [170, 250, 0.12],
    [250, 400, 0.2],
    [400, 630, 0.22],
    [630, 1000, 0.18],
    [1000, 1250, 0.08],
    [1250, 2000, 0.09],
    [2000, 5000, 0.06],
    [5000, 10000, 0.02],
  ],
  hv_dual: [[400, 1000, 0.15], [1000, 2000, 0.3], [2000, 5000, 0.35], [5000, 10000, 0.15], [
    10000,
    20000,
    0.05,
  ]],
  base_station: [[0, 5, 0.25], [5, 10, 0.45], [10, 20, 0.24], [20, 50, 0.04], [50, 160, 0.02]],
  ev_charger: [[0, 4, 0.05], [4, 7, 0.7], [7, 11, 0.1], [11, 60, 0.08], [60, 160, 0.05], [
    160,
    630,
    0.02,
  ]],
  pv: [
    [0, 10, 0.05],
    [10, 20, 0.18],
    [20, 30, 0.34],
    [30, 50, 0.3],
    [50, 100, 0.06],
    [100, 400, 0.05],
    [400, 1000, 0.015],
    [1000, 6000, 0.005],
  ],
  mining: [[100, 500, 0.4], [500, 2000, 0.4], [2000, 10000, 0.2]],
};

// ---------------------------------------------------------------------------------------------
// Supply stations
// ---------------------------------------------------------------------------------------------

/**
 * Where a station is and what it serves (substation ids or regions whose feeders it serves;
 * coordinates in km east and north of the county company's centre in the county seat); its
 * staff and repair crews are apportioned by stations.ts.
 */
export type StationLayout = Omit<Station, "staff" | "repairCrews">;

/**
 * The county company's customer service centre and four township power-supply stations
 * (乡镇供电所). Assumed layout: the centre serves the county seat's four substations (all of
 * `urban_core`); each township station serves a cluster of three or four of the other fifteen,
 * 42,000–54,000 customers each, which is the size of a station covering three or four of
 * Wuzhi's 14 towns and townships (Wikipedia, 2016: 7 towns, 7 townships). The stations are
 * named after Wuzhi townships (詹店 east toward Zhengzhou with the industrial cluster's
 * SUB110-03, 西陶 south, 大封 south-west, 乔庙 north-west); which substations each serves and
 * its coordinates (12–17 km from the seat, inside an ≈ 805 km² county, ≈ 30 km across) are
 * assumed, not a survey. A county generated with another seed or size keeps this layout (every
 * substation keeps at least one feeder, see grid.ts `scaled`).
 */
export const STATIONS: readonly StationLayout[] = [
  {
    id: "county",
    name: "武陟县供电公司客户服务中心",
    kind: "county",
    serves: ["SUB110-01", "SUB110-02", "SUB35-01", "SUB35-02"],
    xKm: 0,
    yKm: 0,
  },
  {
    id: "zhandian",
    name: "詹店供电所",
    kind: "township",
    serves: ["SUB110-03", "SUB35-03", "SUB35-07", "SUB35-08"],
    xKm: 16.5,
    yKm: -4,
  },
  {
    id: "xitao",
    name: "西陶供电所",
    kind: "township",
    serves: ["SUB110-04", "SUB35-04", "SUB35-09", "SUB35-10"],
    xKm: 2.5,
    yKm: -12,
  },
  {
    id: "dafeng",
    name: "大封供电所",
    kind: "township",
    serves: ["SUB110-05", "SUB35-05", "SUB35-11"],
    xKm: -13,
    yKm: -9.5,
  },
  {
    id: "qiaomiao",
    name: "乔庙供电所",
    kind: "township",
    serves: ["SUB35-06", "SUB35-12", "SUB35-13", "SUB35-14"],
    xKm: -11,
    yKm: 7.5,
  },
];

/**
 * The roles based at the county company only: design engineers (dedicated HV access plans and
 * HV design review), 10 kV construction crews and inspectors (completion inspection of HV and
 * PV connections, HV metering, energisation). In a State Grid county these are the county
 * company's work (its customer service centre and construction teams), while a township
 * station is "营配合一": LV customer service, LV connection and the operation and maintenance
 * of its area's network. Assumed from that description of a station's duties; see
 * data/README.md for the sources.
 */
export const COUNTY_ONLY_ROLES: readonly StationRole[] = [
  "designReviewers",
  "mvCrews",
  "inspectors",
];

/**
 * Each station keeps at least this many of every other role (customer managers, survey crews,
 * LV crews), which are spread over the stations in proportion to their customers: a township
 * station without someone to accept an application or connect a meter would not be one.
 */
export const MIN_PER_STATION = 1;

/**
 * The levers of the outage and reliability model (plan 二.(四) and 三.(五)): fault rates and
 * weather, restoration with and without distribution automation, repair crews, planned work
 * with live-line share, "one outage, many uses" and the zero-planned-outage demonstration
 * zone, the major-event-day method and an optional compensation scheme.
 *
 * Defaults describe the plan-2023 situation. Where the 2022 baseline differs, the description
 * says "Baseline 2022: …"; with those values the model reproduces the county's record for 2022
 * (data/reliability/history.csv), see the calibration note in tests/reliability/model.test.ts.
 *
 * Sources quoted below:
 * - RBTS: Allan, Billinton, Sjarief, Goel & So, "A reliability test system for educational
 *   purposes — basic distribution system data and results", IEEE Trans. Power Systems 6(2),
 *   1991 (11 kV lines 0.065 faults per km-year; 11/0.415 kV transformers 0.015 a year,
 *   replaced in 10 h).
 * - IEEE 1366-2012 (and its 2022 revision): interruption definitions, indices, the 2.5 β
 *   major-event-day method.
 * - NEA, reliability of 50 major cities, Q1 2020: planned outages split 48.7 % maintenance,
 *   47.1 % construction works (http://www.chihuo-w.com/htm/20205/11_3464_p5.htm).
 * - China Southern Grid provincial companies, 2020: live-line work rate (不停电作业化率) 68 %
 *   (Guangxi) and 69 % (Hainan) (http://millionplastic.com/article-14987-124370.html).
 * - 电力供应与使用条例 (State Council 1996) art. 28: planned maintenance outages announced
 *   7 days ahead.
 * - State Grid service commitments (供电服务"十项承诺"): repair crews on site within 45 min in
 *   towns, 90 min in the countryside, 2 h in remote areas.
 *
 * @module
 */
import {
  around,
  choice,
  count,
  flag,
  group,
  type GroupSpec,
  keyedCounts,
  number,
  type NumberSpec,
  type Range,
  range,
  share,
  type ValueOf,
} from "../../spec/spec.ts";
import { type Region, REPAIR_SHIFTS } from "../../data/vocabulary.ts";

/** Month keys of a monthly profile, January first. */
export const MONTH_KEYS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

type MonthFields = { [K in typeof MONTH_KEYS[number]]: NumberSpec };
type RegionFields = { [K in Region]: NumberSpec };

/**
 * An assumed planned-outage duration, in hours (between 6 minutes and 3 days); plausibly 0.6 to
 * 1.5 times the figure (crews' practice varies with the job and the weather).
 */
function outageHours(description: string, defaultValue: number) {
  return number(description, defaultValue, "hours", {
    min: 0.1,
    max: 72,
    clause: "assumed",
    range: around(defaultValue, 0.6, 1.5, "judgement: the job's size and the crew's practice"),
  });
}

/**
 * Twelve relative monthly factors (≥ 0), normalised by the model; each plausibly `spread`
 * times its figure either way (the shape of a year is assumed from Henan's climate).
 */
function monthly(description: string, values: readonly number[], clause: string, spread = 0.3) {
  const fields = Object.fromEntries(
    MONTH_KEYS.map((key, i) => [
      key,
      number(`${description}: ${key}`, values[i], "relative", {
        clause,
        range: around(
          values[i],
          1 - spread,
          1 + spread,
          `judgement: ±${spread * 100} % on each month's weight`,
        ),
      }),
    ]),
  ) as MonthFields;
  return group(`${description} (relative; the model normalises them)`, fields);
}

/**
 * The plausible range of each region's figure as multiples of it (a region's figures are one
 * assumption: they move together).
 */
function scaled(low: number, high: number, source: string) {
  return (value: number): Range => around(value, low, high, source);
}

/** One number per region (urban_core, town, rural); `plausible` gives an assumption's range. */
function byRegion(
  description: string,
  unit: string,
  values: Readonly<Record<Region, number>>,
  extras: { min?: number; max?: number; clause?: string; integer?: boolean } = {},
  plausible?: (value: number) => Range,
): GroupSpec<RegionFields> {
  const make = (region: Region) =>
    extras.integer
      ? count(`${description}, ${region}`, values[region], { ...extras, unit })
      : number(`${description}, ${region}`, values[region], unit, {
        ...extras,
        range: plausible?.(values[region]),
      });
  return group(description, {
    urban_core: make("urban_core"),
    town: make("town"),
    rural: make("rural"),
  });
}

/** An assumed share's default, its plausible low and high, and why. */
type AssumedBound = readonly [value: number, low: number, high: number, why: string];

/** The pair `${key}Min` and `${key}Max`: the smallest and largest share of `what`, assumed. */
function shareBounds<K extends string>(
  key: K,
  what: string,
  min: AssumedBound,
  max: AssumedBound,
): { [P in `${K}Min` | `${K}Max`]: NumberSpec } {
  const bound = (label: string, [value, low, high, why]: AssumedBound) =>
    share(`${label} share of ${what}`, value, undefined, range(low, high, why));
  return {
    [`${key}Min`]: bound("Smallest", min),
    [`${key}Max`]: bound("Largest", max),
  } as { [P in `${K}Min` | `${K}Max`]: NumberSpec };
}

/** Faults of the 10 kV lines, the distribution transformers and the 0.4 kV network. */
const FAULTS = group("Faults: sustained faults of lines and equipment, and transient faults", {
  overheadPerKmYear: byRegion(
    "Sustained faults of 10 kV overhead line per km-year (all weather, storms included). " +
      "RBTS gives 0.065; these are calibrated so that the 2022 baseline reproduces the " +
      "county's 2022 record, with the regional split of national figures (urban ≈ 2.6 h, rural " +
      "≈ 7.9 h SAIDI): county-seat lines suffer more third-party damage per km",
    "faults per km-year",
    { urban_core: 0.28, town: 0.158, rural: 0.088 },
    { max: 10, clause: "RBTS; calibrated to data/reliability/history.csv" },
    scaled(
      0.6,
      1.5,
      "calibrated to one county's record: a year's SAIDI varies by ±30–50 % around its trend",
    ),
  ),
  cablePerKmYear: byRegion(
    "Sustained faults of 10 kV cable per km-year: 60 % of the overhead rate (no wind, trees, " +
      "lightning or birds; excavation damage and joint failures remain)",
    "faults per km-year",
    { urban_core: 0.168, town: 0.095, rural: 0.053 },
    { max: 10, clause: "RBTS; assumed ratio" },
    scaled(0.5, 1.5, "the cable-to-overhead ratio: 30–90 % in published utility statistics"),
  ),
  monthFactors: monthly(
    "Monthly factor of the fault rate: thunderstorms, wind and heat overload in June–August",
    [1.0, 0.9, 0.8, 0.8, 0.9, 1.2, 1.5, 1.4, 1.0, 0.8, 0.8, 1.0],
    "assumed, Henan climate",
  ),
  branchShare: share(
    "Share of line faults on a lateral behind a branch switch or fuse (分支开关): only that " +
      "branch is interrupted",
    0.6,
    "assumed",
    range(0.4, 0.8, "judgement: most faults are on laterals of a rural radial feeder"),
  ),
  ...shareBounds(
    "branchCustomerShare",
    "the feeder's customers on one branch",
    [0.03, 0.02, 0.05, "judgement: a short lateral of a few dozen houses"],
    [0.2, 0.1, 0.3, "judgement: a long lateral serving a whole village group"],
  ),
  transientPerSustainedOverhead: number(
    "Transient faults (cleared by automatic reclosing: a momentary interruption of the whole " +
      "feeder) per sustained fault on overhead line. 50–90 % of overhead faults are temporary " +
      "(Short, Electric Power Distribution Handbook, 2004, ch. 8); 2 means two thirds",
    2,
    "per sustained fault",
    {
      max: 20,
      clause: "Short 2004",
      range: range(
        1,
        9,
        "50–90 % of overhead faults are temporary (Short 2004): 1 to 9 per sustained",
      ),
    },
  ),
  transformerPerYear: number(
    "Failures per distribution transformer-year: its customers are out until it is replaced",
    0.02,
    "failures per transformer-year",
    {
      max: 1,
      clause: "RBTS 0.015, raised as the line rates are",
      range: range(0.01, 0.04, "RBTS's 0.015 to a doubling for overloaded rural units"),
    },
  ),
  lvPerPublicTransformerYear: number(
    "Faults of the 0.4 kV network (cables, meter boxes, service drops) per public transformer " +
      "area and year",
    0.25,
    "faults per area-year",
    { max: 10, clause: "assumed", range: around(0.25, 0.4, 2, "judgement: no county record") },
  ),
  ...shareBounds(
    "lvCustomerShare",
    "an area's customers one 0.4 kV fault interrupts",
    [0.2, 0.1, 0.3, "judgement: one service cable of an area's three or four"],
    [0.6, 0.4, 0.8, "judgement: a main cable feeding most of the area"],
  ),
});

/** Storm days: many feeders fail at once, the days the MED method exists for. */
const STORMS = group("Storm days: the fault rate of every line is multiplied for a day", {
  perYear: number("Storms a year (Poisson mean)", 2.5, "storms per year", {
    max: 60,
    clause: "assumed; the record shows 1–4 major event days a year",
    range: range(1, 4, "the county's record: 1–4 major event days a year"),
  }),
  secondDayShare: share(
    "Probability that a storm goes on into a second day",
    0.3,
    "assumed",
    range(0.1, 0.5, "judgement: convective storms pass in a day, fronts and ice last longer"),
  ),
  rateMultiplierMin: number("Smallest multiplier of line fault rates on a storm day", 20, "×", {
    min: 1,
    max: 1000,
    clause: "assumed",
    range: range(10, 30, "judgement: a storm day's faults are one to three weeks' worth"),
  }),
  rateMultiplierMax: number("Largest multiplier of line fault rates on a storm day", 50, "×", {
    min: 1,
    max: 1000,
    clause: "assumed",
    range: range(30, 80, "judgement: the worst storm days bring a month's faults or more"),
  }),
  repairFactor: number(
    "Repairs of faults on a storm day take this many times longer (damage, access)",
    1.6,
    "×",
    {
      min: 1,
      max: 10,
      clause: "assumed",
      range: range(1.2, 2.5, "judgement: flooded roads, fallen trees, crews stretched"),
    },
  ),
  monthWeights: monthly(
    "Month in which a storm falls: convective storms in June–August, snow and ice in winter",
    [0.06, 0.04, 0.02, 0.04, 0.08, 0.2, 0.28, 0.2, 0.04, 0.02, 0.01, 0.01],
    "assumed, Henan climate",
  ),
});

/** Why repair times may be half to double the assumed figures. */
const REPAIR = "judgement: half to double; no county record of repair times";

/** Restoring supply after a fault. */
const RESTORATION = group("Restoration of supply after a fault", {
  sustainedThresholdMinutes: number(
    "Interruptions longer than this are sustained, shorter ones momentary",
    5,
    "minutes",
    { max: 60, clause: "IEEE 1366-2012 §3 (sustained interruption > 5 min)" },
  ),
  selfHealingSeconds: number(
    "Time in which self-healing feeder automation isolates a fault and restores the healthy " +
      "sections (below the sustained threshold, so they see a momentary interruption)",
    60,
    "seconds",
    {
      max: 3600,
      clause: "三.(五) (自愈); assumed",
      range: range(30, 180, "vendors quote 30 s to a few minutes for feeder self-healing"),
    },
  ),
  remoteSwitchingMinutesMin: number(
    "Shortest time in which a dispatcher locates the faulted section from the fault " +
      "indicators and restores the healthy sections by remote control (三遥)",
    10,
    "minutes",
    {
      max: 600,
      clause: "三.(五) (三遥); assumed",
      range: range(5, 15, "judgement: a dispatcher on duty reading fault indicators"),
    },
  ),
  remoteSwitchingMinutesMax: number(
    "Longest time of that remote switching",
    30,
    "minutes",
    {
      max: 600,
      clause: "三.(五) (三遥); assumed",
      range: range(20, 60, "judgement: a night shift or a storm slows the dispatcher"),
    },
  ),
  patrolKmPerHour: number(
    "Speed at which a crew patrols a feeder without automation to find the fault: on average " +
      "it covers half the feeder (with remote control or self-healing only the faulted section)",
    8,
    "km per hour",
    {
      min: 0.1,
      max: 100,
      clause: "assumed",
      range: range(4, 15, "judgement: on foot along fields to by car along a road"),
    },
  ),
  manualSwitchingHours: number(
    "Time a crew takes, once the fault is found, to open the section switches and have the " +
      "healthy sections re-energised (feeders without automation)",
    0.25,
    "hours",
    { max: 24, clause: "assumed", range: range(0.1, 0.5, "judgement: one to three switches") },
  ),
  lineRepairHoursMedian: number("Median repair time of a 10 kV line fault", 2, "hours", {
    min: 0.01,
    max: 240,
    clause: "assumed",
    range: around(2, 0.5, 2, REPAIR),
  }),
  lineRepairHoursP90: number("90th percentile of the line repair time", 5, "hours", {
    min: 0.01,
    max: 480,
    clause: "assumed",
    range: around(5, 0.5, 2, REPAIR),
  }),
  transformerHoursMedian: number("Median time to replace a failed transformer", 6, "hours", {
    min: 0.01,
    max: 240,
    clause: "RBTS (10 h mean replacement); assumed",
    range: around(6, 0.5, 2, REPAIR),
  }),
  transformerHoursP90: number("90th percentile of the replacement time", 12, "hours", {
    min: 0.01,
    max: 480,
    clause: "RBTS; assumed",
    range: around(12, 0.5, 2, REPAIR),
  }),
  lvRepairHoursMedian: number("Median repair time of a 0.4 kV fault", 1.5, "hours", {
    min: 0.01,
    max: 240,
    clause: "assumed",
    range: around(1.5, 0.5, 2, REPAIR),
  }),
  lvRepairHoursP90: number("90th percentile of the 0.4 kV repair time", 3.5, "hours", {
    min: 0.01,
    max: 480,
    clause: "assumed",
    range: around(3.5, 0.5, 2, REPAIR),
  }),
});

/** Distribution automation rolled out during the plan year. */
const AUTOMATION = group(
  "Distribution automation added to the feeders of the data (三.(五).1), in service all year; " +
    "feeders with the most customers are upgraded first",
  {
    noneToRemoteShare: share(
      "Share of the feeders without automation that get remote control (三遥). Baseline 2022: 0",
      0.3,
      "三.(五)",
    ),
    remoteToSelfHealingShare: share(
      "Share of the feeders with remote control (after the step above) that get self-healing " +
        "feeder automation. Baseline 2022: 0",
      0.15,
      "三.(五)",
    ),
  },
);

/** Where a fault's repair crew comes from (see `crews.dispatch`). */
export const CREW_DISPATCH = ["region", "station", "nearest free"] as const;

/** Fault repair crews, on call round the clock in two 12-hour shifts. */
const CREWS = group("Fault repair crews (抢修), on duty round the clock in two shifts", {
  dayShiftCrews: byRegion(
    "Crews on duty 08:00–20:00 (a township supply station keeps one; the county seat several)",
    "crews",
    { urban_core: 4, town: 5, rural: 10 },
    { min: 1, max: 500, integer: true, clause: "三.(五) (抢修指挥); assumed" },
  ),
  nightShiftCrews: byRegion(
    "Crews on duty 20:00–08:00",
    "crews",
    { urban_core: 2, town: 3, rural: 5 },
    { max: 500, integer: true, clause: "三.(五); assumed" },
  ),
  travelHoursMedian: byRegion(
    "Median travel time of a crew to the fault",
    "hours",
    { urban_core: 0.35, town: 0.5, rural: 0.7 },
    { min: 0.01, max: 48, clause: "State Grid commitments (45 / 90 min); assumed" },
    scaled(0.7, 1.5, "judgement: roads and depots; the commitments bound the slow tail"),
  ),
  travelHoursP90: byRegion(
    "90th percentile of the travel time (the service commitment: 45 min in town, 90 min in " +
      "the countryside)",
    "hours",
    { urban_core: 0.75, town: 1, rural: 1.5 },
    { min: 0.01, max: 96, clause: "State Grid commitments (45 / 90 min)" },
    scaled(0.7, 1.5, "the commitments, kept or missed by half again"),
  ),
  dispatch: choice(
    "Where a fault's crew comes from. `region`: the crews of the fault's region, with the " +
      "counts above (the behaviour before stations were modelled). `station`: the crews of the " +
      "supply station serving the feeder (grid/stations.csv, or `stationCrews`). `nearest " +
      "free`: as `station`, but when its own are all out a free crew of the nearest other " +
      "station drives over, which lengthens the outage and the crew's job by the drive. The " +
      "travel times above (to the site from its own base) hold in every mode",
    CREW_DISPATCH,
    "region",
    "三.(五)",
  ),
  stationCrews: keyedCounts(
    "Repair crews of a station on each shift, overriding grid/stations.csv " +
      '(`{ "zhandian": { "day": 5 } }`); used by the `station` and `nearest free` dispatch, ' +
      "where the regions' counts are not (a county without stations.csv has one station with " +
      "the regions' crews together)",
    "a station id of grid/stations.csv",
    REPAIR_SHIFTS,
    "crews",
    500,
    "三.(五)",
  ),
  roadKmh: number(
    "Average road speed of a repair crew driving to another station's area, km/h. Assumed: a " +
      "repair vehicle on call on county roads with 40–60 km/h limits",
    50,
    "km/h",
    { min: 5, max: 120, range: range(35, 65, "judgement: county roads' limits, on call") },
  ),
  detourFactor: number(
    "Road distance over straight-line distance between two stations (as " +
      "applications.dispatch.detourFactor; Ballou, Rahardja & Sakai 2002: 1.2–1.4)",
    1.3,
    "ratio",
    { min: 1, max: 3, range: range(1.15, 1.5, "Ballou et al. 2002: circuity 1.2–1.4") },
  ),
});

/** Planned (pre-arranged) work. */
const PLANNED = group("Planned work: maintenance, construction and cut-overs of new connections", {
  maintenance10kvPerFeederYear: byRegion(
    "10 kV maintenance and construction jobs per feeder-year that need the line dead unless " +
      "done live-line (maintenance and construction are about half each of planned outage " +
      "time, NEA 2020); calibrated with the baseline to the 2022 record",
    "jobs per feeder-year",
    { urban_core: 0.45, town: 0.75, rural: 1.1 },
    { max: 100, clause: "NEA 2020; calibrated to data/reliability/history.csv" },
    scaled(0.7, 1.4, "calibrated to one county's record, with the live-line share"),
  ),
  wholeFeederShare: share(
    "Share of 10 kV maintenance jobs that take the whole feeder out (substation bay, trunk " +
      "head); the others one section (and the sections behind it when no tie can backfeed them)",
    0.2,
    "assumed",
    range(0.1, 0.4, "judgement: substation and trunk work among a feeder's jobs"),
  ),
  maintenance10kvHoursMin: outageHours("Shortest 10 kV maintenance outage", 3),
  maintenance10kvHoursMode: outageHours("Most likely 10 kV maintenance outage", 5),
  maintenance10kvHoursMax: outageHours("Longest 10 kV maintenance outage", 8),
  maintenance04kvPerAreaYear: number(
    "0.4 kV jobs per public transformer area and year that need the area dead unless done " +
      "live-line (the area's low-voltage breaker is opened: all its customers are out)",
    0.25,
    "jobs per area-year",
    {
      max: 50,
      clause: "assumed; calibrated with the 10 kV rate",
      range: range(0.1, 0.5, "judgement, with the 10 kV rate"),
    },
  ),
  maintenance04kvHoursMin: outageHours("Shortest 0.4 kV outage", 1.5),
  maintenance04kvHoursMode: outageHours("Most likely 0.4 kV outage", 3),
  maintenance04kvHoursMax: outageHours("Longest 0.4 kV outage", 6),
  cutOversPerYear: number(
    "10 kV cut-overs (搭接 of a new 10 kV connection) a year when the application model does " +
      "not run: ≈ the 10 kV connections of data/demand (hv_single ≈ 180, hv_dual ≈ 10, PV " +
      "above 400 kW ≈ 70); placed on feeders in proportion to their customer-owned transformers",
    260,
    "jobs per year",
    { max: 100000, clause: "三.(一); data/demand/applications.csv" },
  ),
  cutOverHoursMin: outageHours("Shortest cut-over outage", 1),
  cutOverHoursMode: outageHours("Most likely cut-over outage", 2.5),
  cutOverHoursMax: outageHours("Longest cut-over outage", 4),
  monthFactors: monthly(
    "Monthly factor of planned work: crews avoid the summer peak and the Spring Festival",
    [0.6, 0.4, 1.3, 1.4, 1.3, 1.0, 0.5, 0.5, 1.2, 1.4, 1.3, 1.1],
    "assumed",
  ),
  startHour: number("Clock hour at which planned outages start", 8, "hour of day", {
    max: 23,
    clause: "assumed",
    range: range(7, 9, "crews start between 7:00 and 9:00"),
  }),
  noticeDays: number(
    "Days of notice before a planned outage: a cut-over becomes an outage no earlier",
    7,
    "days",
    { max: 60, clause: "电力供应与使用条例 art. 28" },
  ),
  liveLineShare10kv: share(
    "Share of 10 kV jobs (maintenance, construction, cut-overs) done live-line, with no " +
      "outage (CSG provinces reached 68–69 % in 2020). Baseline 2022: 0.45",
    0.65,
    "三.(五) (带电作业)",
  ),
  liveLineShare04kv: share(
    "Share of 0.4 kV jobs done live-line, with no outage. Baseline 2022: 0.3",
    0.6,
    "三.(五) (带电作业)",
  ),
  bundlingWindowDays: number(
    '"One outage, many uses" (一停多用): planned jobs on the same feeder whose dates lie ' +
      "within this many days share one outage (0 = each job has its own). A maintenance job " +
      "may move earlier or later by up to the window, a cut-over only later. Baseline 2022: 0",
    30,
    "days",
    { max: 365, clause: "三.(五) (一停多用)" },
  ),
  demoZone: choice(
    "Zero-planned-outage demonstration zone: its feeders take no planned outage (all their " +
      "work live-line or on mobile supply). `data`: the feeders flagged in grid/feeders.csv; " +
      "`urban_core`: every county-seat feeder; `all`: the whole county; `none`",
    ["data", "urban_core", "all", "none"] as const,
    "data",
    "三.(五).5",
  ),
});

/** The major-event-day method. */
const MED = group("Major event days (IEEE 1366 2.5 β method)", {
  basis: choice(
    "Which interruptions make the daily SAIDI that classifies major event days: `unplanned` " +
      "(faults only: a major event is a stress beyond what the network is built and staffed " +
      "for, which scheduled work never is) or `all`",
    ["unplanned", "all"] as const,
    "unplanned",
    "IEEE 1366-2012 §4.5",
  ),
  historyYears: count("Years of daily history that set T_MED", 5, {
    min: 1,
    max: 50,
    unit: "years",
    clause: "IEEE 1366-2012 §4.5 (five years)",
  }),
});

/** Compensation of customers for long interruptions. */
const COMPENSATION = group(
  "Compensation to customers for long interruptions (三.(五): 停电补偿); none by default",
  {
    enabled: flag("Whether a compensation scheme applies", false, "三.(五)"),
    cnyPerCustomerHour: number(
      "Compensation per customer and hour of an interruption beyond the limit",
      5,
      "¥ per customer-hour",
      { max: 10000, clause: "三.(五); scenario-defined" },
    ),
    limitHours: number(
      "Length of one sustained interruption beyond which compensation is due",
      8,
      "hours",
      { max: 1000, clause: "三.(五); scenario-defined" },
    ),
  },
);

/** Every lever of the reliability model. */
export const RELIABILITY_SPEC = group("Outages and reliability (plan 二.(四), 三.(五))", {
  faults: FAULTS,
  storms: STORMS,
  restoration: RESTORATION,
  automation: AUTOMATION,
  crews: CREWS,
  planned: PLANNED,
  med: MED,
  compensation: COMPENSATION,
});

/** The reliability model's parameters. */
export type ReliabilityParameters = ValueOf<typeof RELIABILITY_SPEC>;

/** What caused an interruption. */
export type OutageCause = "fault" | "planned";

/**
 * What kind of event: a sustained fault on the feeder trunk or on a branch, a transformer
 * failure, a 0.4 kV fault, a transient fault cleared by reclosing; or a planned outage opened
 * by a 10 kV maintenance job, a 0.4 kV job or a cut-over.
 */
export const OUTAGE_KINDS = [
  "trunk",
  "branch",
  "transformer",
  "lv",
  "transient",
  "maintenance10kv",
  "maintenance04kv",
  "cutover",
] as const;
/** One of {@link OUTAGE_KINDS}. */
export type OutageKind = typeof OUTAGE_KINDS[number];

/** One outage event, as exported (one CSV row). */
export interface OutageRecord {
  /** Sequence number in order of start. */
  id: number;
  feeder: string;
  region: Region;
  cause: OutageCause;
  kind: OutageKind;
  /** Start, hours since 00:00 on 1 January. */
  startHours: number;
  /** Start date, `YYYY-MM-DD`. */
  date: string;
  /** Until the last interrupted customer is back, hours. */
  durationHours: number;
  /** Customers with a sustained interruption (IEEE 1366 N_i). */
  customersInterrupted: number;
  /** Customer-minutes of sustained interruption (IEEE 1366 r_i N_i). */
  customerMinutes: number;
  /** Customers with a momentary interruption. */
  momentaryCustomers: number;
  /**
   * 10 kV users (DL/T 836: distribution transformers) with a sustained interruption; 0 for a
   * 0.4 kV fault or job, fractional for a branch (its share of the feeder's transformers).
   */
  usersInterrupted: number;
  /** User-minutes of sustained interruption on the same basis. */
  userMinutes: number;
  /** True when no customer had a sustained interruption. */
  momentary: boolean;
  /** True when the event started on a major event day. */
  med: boolean;
  /** True on a storm day. */
  storm: boolean;
  /** Hours the fault waited for a free crew (0 for planned outages and transient faults). */
  crewWaitHours: number;
  /** Planned jobs done in this outage (一停多用); 0 for faults. */
  jobs: number;
  /** True when the event was still waiting for a crew at the end of the year. */
  censored: boolean;
}

/** The reliability model's records. */
export type ReliabilityRecords = { outages: OutageRecord[] };

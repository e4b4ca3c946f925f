/**
 * Generates the daily reliability record 2018–2022 from the generated feeders and transformers:
 * line faults (trunk or branch), transformer failures, LV faults and planned outages as Poisson
 * events on each region's feeders, storms that multiply the fault rate, and the July 2021 flood. Customers interrupted
 * and their minutes follow from each feeder's customers, sections, ties and automation, so the
 * record is consistent with the grid.
 *
 * Each day is also counted on DL/T 836's 10 kV-user basis (each distribution transformer one
 * user, the basis of the plan's target: see sim/model/reliability/kpis.ts), the way the
 * reliability model counts it (restoration.ts, network.ts, outage-book.ts): a feeder's
 * transformers are spread over its trunk sections in file order (the first ones in the first
 * section), a trunk fault interrupts the users of the sections it interrupts, for the same
 * times as their customers; a branch fault the same share of the feeder's users as of its
 * customers; a failed transformer one user; a 0.4 kV fault none (the transformer stays
 * energised); a planned outage of one section the feeder's users / sections (the generator
 * does not draw which section, as for the customers), of the whole feeder all of them. The
 * users are counted from the same events and draws as the customers: no extra draw, so the
 * customer columns do not depend on them. Users served are the grid's transformers on every
 * day of the record: the grid extract lists today's transformers and not when each was built,
 * so the record keeps today's count (customers, by contrast, are scaled back by
 * CUSTOMER_GROWTH; see data/README.md).
 *
 * Calibration: RBTS gives the shape of the fault rates (per km of overhead line and cable, per
 * transformer; LV faults per public transformer are assumed), the assumptions give the
 * planned-outage rates; then for each region and year
 * the fault and planned rates are scaled by the factor that makes the *expected* SAIDI equal
 * the target (SAIDI_LAST_YEAR_H, worse by SAIDI_YEARLY_IMPROVEMENT each earlier year) with the
 * planned share PLANNED_SHARE. Storms are part of the expectation (a typical year has them);
 * the 2021 flood is not, so 2021 stands out as it did.
 *
 * @module
 */
import type { Feeder } from "../../sim/data/feeders.ts";
import type { ReliabilityDay } from "../../sim/data/history.ts";
import type { Transformer } from "../../sim/data/transformers.ts";
import { type Region, REGIONS } from "../../sim/data/vocabulary.ts";
import {
  civilFromDays,
  daysFromCivil,
  parseIsoDate,
  weekdayOfDays,
} from "../../sim/engine/calendar/civil.ts";
import type { RandomStreams } from "../../sim/engine/random/streams.ts";
import {
  CUSTOMER_GROWTH,
  FAULT_RATES,
  FAULT_SEASON,
  FLOOD_2021,
  HISTORY_YEARS,
  LV_REPAIR_MIN,
  PLANNED,
  PLANNED_SEASON,
  PLANNED_SHARE,
  REPAIR_MIN,
  SAIDI_LAST_YEAR_H,
  SAIDI_YEARLY_IMPROVEMENT,
  STORMS,
  SWITCHING_MIN,
} from "./assumptions.ts";
import { Draw } from "./draw.ts";

/** What happened on a storm day: fault-rate multiplier and repair-time factor. */
interface Storm {
  rateMultiplier: number;
  repairFactor: number;
}

/** The record and what the calibration found, for the generator's report. */
export interface HistoryResult {
  days: ReliabilityDay[];
  /** Fault-rate factor over the starting rates and planned-rate factor, by year and region. */
  factors: { year: number; region: Region; fault: number; planned: number }[];
  /** Storm days drawn (flood days included), as day numbers. */
  stormDays: number[];
}

const FIRST_YEAR = HISTORY_YEARS[0];
const LAST_YEAR = HISTORY_YEARS[HISTORY_YEARS.length - 1];
const LAST_DAY = daysFromCivil(LAST_YEAR, 12, 31);

/** Customers of a feeder on a day, relative to the grid extract (the record's last day). */
function growth(day: number): number {
  return (1 + CUSTOMER_GROWTH) ** ((day - LAST_DAY) / 365.25);
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1);
}

function mean([a, b]: readonly [number, number]): number {
  return (a + b) / 2;
}

/**
 * 10 kV users (transformers) of each trunk section of each feeder, as the reliability model
 * places them (sim/model/reliability/network.ts): a feeder's transformers in file order, the
 * j-th of m in section ⌊j n / m⌋ of n.
 */
function sectionUsersByFeeder(
  feeders: readonly Feeder[],
  transformers: readonly Transformer[],
): Map<string, number[]> {
  const count = new Map<string, number>();
  for (const t of transformers) count.set(t.feederId, (count.get(t.feederId) ?? 0) + 1);
  return new Map(feeders.map((f) => {
    const m = count.get(f.id) ?? 0;
    const sections = new Array<number>(f.sections).fill(0);
    for (let j = 0; j < m; j++) sections[Math.floor((j * f.sections) / m)]++;
    return [f.id, sections];
  }));
}

/**
 * Expected customer minutes of one trunk fault on `f`, as a + b × (repair time): the faulted
 * section waits for the repair; the healthy sections upstream (and downstream, when a tie can
 * backfeed them) wait for switching, and not at all under self-healing automation; downstream
 * sections without a tie wait for the repair too. The faulted section is equally likely to be
 * any of the n, so on average (n − 1)/2 sections lie on each side.
 */
function trunkCmiTerms(f: Feeder, customers: number): { a: number; b: number } {
  const n = f.sections;
  const perSection = customers / n;
  const switching = SWITCHING_MIN[f.automation];
  const s = switching === null ? 0 : mean(switching);
  const side = ((n - 1) / 2) * perSection;
  const a = side * s + (f.tieSwitches > 0 ? side * s : 0);
  const b = perSection + (f.tieSwitches > 0 ? 0 : side);
  return { a, b };
}

/**
 * Expected customer minutes of one line fault, as a + b × (repair time): a branch fault
 * (probability `branchShare`) interrupts only its branch until repaired, else a trunk fault.
 */
function lineFaultCmiTerms(f: Feeder, customers: number): { a: number; b: number } {
  const trunk = trunkCmiTerms(f, customers);
  const share = FAULT_RATES.branchShare;
  return {
    a: (1 - share) * trunk.a,
    b: (1 - share) * trunk.b + share * customers * mean(FAULT_RATES.branchCustomerShare),
  };
}

/** Generates the record. */
export function generateHistory(
  streams: RandomStreams,
  feeders: readonly Feeder[],
  transformers: readonly Transformer[],
): HistoryResult {
  const storms = drawStorms(new Draw(streams.stream("storms")));
  const faults = new Draw(streams.stream("faults"));
  const lv = new Draw(streams.stream("lv-faults"));
  const planned = new Draw(streams.stream("planned"));
  const days: ReliabilityDay[] = [];
  const factors: HistoryResult["factors"] = [];
  const totalCustomers = feeders.reduce((s, f) => s + f.customers, 0);
  const sectionUsers = sectionUsersByFeeder(feeders, transformers);
  const feederUsers = new Map(
    [...sectionUsers].map(([id, sections]) => [id, sections.reduce((s, x) => s + x, 0)]),
  );
  const totalUsers = transformers.length;
  for (const year of HISTORY_YEARS) {
    const first = daysFromCivil(year, 1, 1);
    const last = daysFromCivil(year, 12, 31);
    const regions = REGIONS.map((region) => {
      const model = regionYear(region, year, feeders, transformers);
      factors.push({ year, region, fault: model.faultFactor, planned: model.plannedFactor });
      return model;
    });
    for (let day = first; day <= last; day++) {
      const g = growth(day);
      const month = civilFromDays(day).month;
      const storm = storms.get(day);
      const workday = weekdayOfDays(day) < 5;
      const total = {
        customers: 0,
        planned: 0,
        unplanned: 0,
        users: 0,
        plannedUser: 0,
        unplannedUser: 0,
      };
      for (const m of regions) {
        const rate = m.dailyLineFaultRate(month) * (storm?.rateMultiplier ?? 1);
        for (let k = faults.poisson(rate); k > 0; k--) {
          const f = m.feeders[m.pickFaultFeeder(faults)];
          const { mean: repairMean, sd } = REPAIR_MIN[f.region];
          const repair = faults.lognormal(repairMean, sd) * (storm?.repairFactor ?? 1);
          const event = lineFault(faults, f, f.customers * g, sectionUsers.get(f.id)!, repair);
          total.customers += event.customers;
          total.unplanned += event.minutes;
          total.users += event.users;
          total.unplannedUser += event.userMinutes;
        }
        for (let k = faults.poisson(m.dailyTransformerRate(month)); k > 0; k--) {
          const t = m.transformers[faults.int(0, m.transformers.length - 1)];
          const replacement = FAULT_RATES.transformerReplacementMin;
          total.customers += t.customers * g;
          const minutes = faults.lognormal(replacement, replacement / 3);
          total.unplanned += t.customers * g * minutes;
          // One 10 kV user: the failed transformer.
          total.users += 1;
          total.unplannedUser += minutes;
        }
        // 0.4 kV faults: the transformer stays energised, no 10 kV user is interrupted.
        for (let k = lv.poisson(m.dailyLvRate(month)); k > 0; k--) {
          const t = m.publicTransformers[lv.int(0, m.publicTransformers.length - 1)];
          const customers = t.customers * g * lv.uniform(...FAULT_RATES.lvCustomerShare);
          const { mean: repairMean, sd } = LV_REPAIR_MIN[m.region];
          total.customers += customers;
          total.unplanned += customers * lv.lognormal(repairMean, sd);
        }
        if (workday && m.plannedFeeders.length > 0) {
          for (let k = planned.poisson(m.dailyPlannedRate(month)); k > 0; k--) {
            const f = m.plannedFeeders[planned.int(0, m.plannedFeeders.length - 1)];
            const whole = planned.chance(PLANNED.wholeFeederShare);
            const customers = (f.customers * g) / (whole ? 1 : f.sections);
            const minutes = planned.triangular(...PLANNED.durationMin);
            total.customers += customers;
            total.planned += customers * minutes;
            const users = feederUsers.get(f.id)! / (whole ? 1 : f.sections);
            total.users += users;
            total.plannedUser += users * minutes;
          }
        }
      }
      days.push({
        day,
        customersServed: Math.round(totalCustomers * g),
        customersInterrupted: Math.round(total.customers),
        plannedCustomerMinutes: Math.round(total.planned),
        unplannedCustomerMinutes: Math.round(total.unplanned),
        usersServed: totalUsers,
        usersInterrupted: Math.round(total.users),
        plannedUserMinutes: Math.round(total.plannedUser),
        unplannedUserMinutes: Math.round(total.unplannedUser),
      });
    }
  }
  return { days, factors, stormDays: [...storms.keys()].sort((a, b) => a - b) };
}

/**
 * Customers and customer minutes of one line fault (see {@link lineFaultCmiTerms}), and the
 * same in 10 kV users (`sectionUsers`: the feeder's transformers by trunk section), restored
 * at the same times as the customers beside them.
 */
function lineFault(
  d: Draw,
  f: Feeder,
  customers: number,
  sectionUsers: readonly number[],
  repair: number,
): { customers: number; minutes: number; users: number; userMinutes: number } {
  if (d.chance(FAULT_RATES.branchShare)) {
    // The branch holds the same share of the feeder's users as of its customers.
    const share = d.uniform(...FAULT_RATES.branchCustomerShare);
    const branch = customers * share;
    const users = sectionUsers.reduce((s, x) => s + x, 0) * share;
    return { customers: branch, minutes: branch * repair, users, userMinutes: users * repair };
  }
  const n = f.sections;
  const perSection = customers / n;
  const faulted = d.int(1, n);
  const switching = SWITCHING_MIN[f.automation];
  const upstream = (faulted - 1) * perSection;
  const downstream = (n - faulted) * perSection;
  let upstreamUsers = 0;
  let downstreamUsers = 0;
  for (let s = 0; s < faulted - 1; s++) upstreamUsers += sectionUsers[s];
  for (let s = faulted; s < n; s++) downstreamUsers += sectionUsers[s];
  let affected = perSection;
  let minutes = perSection * repair;
  let users = sectionUsers[faulted - 1];
  let userMinutes = users * repair;
  if (switching !== null) {
    const switched = d.uniform(...switching);
    affected += upstream;
    minutes += upstream * switched;
    users += upstreamUsers;
    userMinutes += upstreamUsers * switched;
  }
  if (f.tieSwitches === 0) {
    affected += downstream;
    minutes += downstream * repair;
    users += downstreamUsers;
    userMinutes += downstreamUsers * repair;
  } else if (switching !== null) {
    const switched = d.uniform(...switching);
    affected += downstream;
    minutes += downstream * switched;
    users += downstreamUsers;
    userMinutes += downstreamUsers * switched;
  }
  return { customers: affected, minutes, users, userMinutes };
}

interface RegionYear {
  region: Region;
  feeders: Feeder[];
  transformers: Transformer[];
  publicTransformers: Transformer[];
  plannedFeeders: Feeder[];
  faultFactor: number;
  plannedFactor: number;
  dailyLineFaultRate(month: number): number;
  pickFaultFeeder(d: Draw): number;
  dailyTransformerRate(month: number): number;
  dailyLvRate(month: number): number;
  dailyPlannedRate(month: number): number;
}

/** Rates of one region in one year, calibrated to its SAIDI target. */
function regionYear(
  region: Region,
  year: number,
  allFeeders: readonly Feeder[],
  allTransformers: readonly Transformer[],
): RegionYear {
  const feeders = allFeeders.filter((f) => f.region === region);
  const ids = new Set(feeders.map((f) => f.id));
  const transformers = allTransformers.filter((t) => ids.has(t.feederId));
  const publicTransformers = transformers.filter((t) => t.ownership === "public");
  const plannedFeeders = feeders.filter((f) => !(f.demoZone && year >= PLANNED.demoZoneFrom));
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  let seasonSum = 0;
  let plannedSeasonSum = 0;
  let growthSum = 0;
  for (let day = first; day <= last; day++) {
    const month = civilFromDays(day).month;
    seasonSum += FAULT_SEASON[month - 1];
    if (weekdayOfDays(day) < 5) plannedSeasonSum += PLANNED_SEASON[month - 1];
    growthSum += growth(day);
  }
  const g = growthSum / (last - first + 1);
  const customers = feeders.reduce((s, f) => s + f.customers, 0) * g;
  const target = SAIDI_LAST_YEAR_H[region] * 60 * customers *
    (1 + SAIDI_YEARLY_IMPROVEMENT) ** (LAST_YEAR - year);

  // Line faults: the year's days weighted by season, each possibly a storm day (expected
  // storm days per month), on which the rate is multiplied and repairs take longer.
  const stormDays = stormDaysByMonth();
  const stormMultiplier = mean(STORMS.rateMultiplier);
  const lineRates = feeders.map((f) =>
    f.overheadKm * FAULT_RATES.overheadPerKmYear + f.cableKm * FAULT_RATES.cablePerKmYear
  );
  const repair = REPAIR_MIN[region].mean;
  let expectedFaultCmi = 0;
  feeders.forEach((f, i) => {
    const { a, b } = lineFaultCmiTerms(f, f.customers * g);
    let perFault = 0;
    for (let month = 1; month <= 12; month++) {
      const q = stormDays[month - 1] / daysInMonth(year, month);
      const weight = FAULT_SEASON[month - 1] * daysInMonth(year, month) / seasonSum;
      perFault += weight *
        ((1 - q) * (a + b * repair) + q * stormMultiplier * (a + b * repair * STORMS.repairFactor));
    }
    expectedFaultCmi += lineRates[i] * perFault;
  });
  for (const t of transformers) {
    expectedFaultCmi += FAULT_RATES.transformerPerYear * t.customers * g *
      FAULT_RATES.transformerReplacementMin;
  }
  for (const t of publicTransformers) {
    expectedFaultCmi += FAULT_RATES.lvPerPublicTransformerYear * t.customers * g *
      mean(FAULT_RATES.lvCustomerShare) * LV_REPAIR_MIN[region].mean;
  }
  const [dMin, dMode, dMax] = PLANNED.durationMin;
  const plannedBase = PLANNED.perFeederYear[region];
  const expectedPlannedCmi = plannedFeeders.reduce(
    (s, f) =>
      s + plannedBase * f.customers * g *
        (PLANNED.wholeFeederShare + (1 - PLANNED.wholeFeederShare) / f.sections) *
        (dMin + dMode + dMax) / 3,
    0,
  );

  const faultFactor = (1 - PLANNED_SHARE[region]) * target / expectedFaultCmi;
  const plannedFactor = expectedPlannedCmi > 0
    ? PLANNED_SHARE[region] * target / expectedPlannedCmi
    : 0;
  const lineRate = lineRates.reduce((s, x) => s + x, 0) * faultFactor;
  const feederIndexes = lineRates.map((_, i) => i);
  const perDay = (yearly: number, month: number) => yearly * FAULT_SEASON[month - 1] / seasonSum;
  return {
    region,
    feeders,
    transformers,
    publicTransformers,
    plannedFeeders,
    faultFactor,
    plannedFactor,
    dailyLineFaultRate: (month) => perDay(lineRate, month),
    pickFaultFeeder: (d) => d.pick(feederIndexes, lineRates),
    dailyTransformerRate: (month) =>
      perDay(transformers.length * FAULT_RATES.transformerPerYear * faultFactor, month),
    dailyLvRate: (month) =>
      perDay(
        publicTransformers.length * FAULT_RATES.lvPerPublicTransformerYear * faultFactor,
        month,
      ),
    dailyPlannedRate: (month) =>
      plannedFeeders.length * plannedBase * plannedFactor * PLANNED_SEASON[month - 1] /
      plannedSeasonSum,
  };
}

/** Expected storm days in each month of a year (a storm's second day counted in its month). */
function stormDaysByMonth(): number[] {
  const total = STORMS.monthWeights.reduce((s, w) => s + w, 0);
  return STORMS.monthWeights.map((w) => STORMS.perYear * (1 + STORMS.secondDay) * w / total);
}

/** Draws the storm days of every year, and adds the 2021 flood. */
function drawStorms(d: Draw): Map<number, Storm> {
  const storms = new Map<number, Storm>();
  const months = STORMS.monthWeights.map((_, i) => i + 1);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let k = d.poisson(STORMS.perYear); k > 0; k--) {
      const month = d.pick(months, STORMS.monthWeights);
      const day = daysFromCivil(year, month, d.int(1, daysInMonth(year, month)));
      const length = d.chance(STORMS.secondDay) ? 2 : 1;
      for (let i = 0; i < length && day + i <= daysFromCivil(year, 12, 31); i++) {
        storms.set(day + i, {
          rateMultiplier: d.uniform(...STORMS.rateMultiplier),
          repairFactor: STORMS.repairFactor,
        });
      }
    }
  }
  for (const date of FLOOD_2021.days) {
    storms.set(parseIsoDate(date)!, {
      rateMultiplier: FLOOD_2021.rateMultiplier,
      repairFactor: FLOOD_2021.repairFactor,
    });
  }
  return storms;
}

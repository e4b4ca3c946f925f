/**
 * The year's weather as the fault processes feel it: a monthly season, and storm days on which
 * every line's fault rate is multiplied (so many feeders fail on one day, and the major-event-day
 * method has days to find). Storm days are drawn once per run; the fault arrival rate is then
 * piecewise constant by day.
 *
 * The per-km fault rates are yearly averages over all weather, storms included (as RBTS's are),
 * so the daily factors are normalised by their *expected* yearly mean: a year with more storms
 * than usual has more faults than the rate says, an average year the same number.
 *
 * @module
 */
import { poisson } from "../../engine/random/poisson.ts";
import type { Rng } from "../../engine/random/rng.ts";
import { MONTH_KEYS, type ReliabilityParameters } from "./parameters.ts";

/** Daily factors of the fault rates over one year. */
export interface Weather {
  /** Factor of line fault rates on each day (season × storm), expected yearly mean 1. */
  line: Float64Array;
  /** Factor of transformer and 0.4 kV fault rates (season only), yearly mean 1. */
  season: Float64Array;
  /** Storm multiplier of each day (1 on ordinary days). */
  storm: Float64Array;
}

type Months = Record<typeof MONTH_KEYS[number], number>;

function monthArray(months: Months): number[] {
  return MONTH_KEYS.map((k) => months[k]);
}

/**
 * Daily factors of a monthly profile, normalised to a mean of 1 over the year's days.
 *
 * @param monthOfDay month (1–12) of each day of the year
 */
export function dailyFactors(months: Months, monthOfDay: Uint8Array): Float64Array {
  const values = monthArray(months);
  const out = new Float64Array(monthOfDay.length);
  let sum = 0;
  for (let d = 0; d < out.length; d++) sum += out[d] = values[monthOfDay[d] - 1];
  const mean = sum / out.length;
  for (let d = 0; d < out.length; d++) out[d] /= mean;
  return out;
}

/**
 * Draws the year's storm days and returns the daily factors.
 *
 * Storms: a Poisson number a year; each falls in a month drawn by the month weights, on a day
 * drawn uniformly in it, multiplies line fault rates by a uniform factor in [min, max], and
 * goes on into the next day with probability `secondDayShare` (same factor). Where two storms
 * meet, the larger factor holds.
 *
 * @param rng the storm stream
 * @param monthOfDay month (1–12) of each day of the year
 */
export function drawWeather(
  rng: Rng,
  levers: Pick<ReliabilityParameters, "storms" | "faults">,
  monthOfDay: Uint8Array,
): Weather {
  const days = monthOfDay.length;
  const { storms } = levers;
  const weights = monthArray(storms.monthWeights);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const firstDayOfMonth = new Int32Array(13).fill(-1);
  const daysInMonth = new Int32Array(13);
  for (let d = 0; d < days; d++) {
    const m = monthOfDay[d];
    if (firstDayOfMonth[m] < 0) firstDayOfMonth[m] = d;
    daysInMonth[m]++;
  }

  const storm = new Float64Array(days).fill(1);
  const count = poisson(rng, storms.perYear)();
  for (let k = 0; k < count; k++) {
    let u = rng() * weightSum;
    let month = 1;
    while (month < 12 && (u -= weights[month - 1]) >= 0) month++;
    // Rounding can carry u past the last weighted month into a zero-weight one: step back.
    while (weights[month - 1] === 0 && month > 1) month--;
    const day = firstDayOfMonth[month] + Math.floor(rng() * daysInMonth[month]);
    const multiplier = storms.rateMultiplierMin +
      (storms.rateMultiplierMax - storms.rateMultiplierMin) * rng();
    const length = rng() < storms.secondDayShare ? 2 : 1;
    for (let i = 0; i < length && day + i < days; i++) {
      storm[day + i] = Math.max(storm[day + i], multiplier);
    }
  }

  // Expected factor of each day: season × (1 + P(storm that day) × (mean multiplier − 1)).
  const season = dailyFactors(levers.faults.monthFactors, monthOfDay);
  const meanMultiplier = (storms.rateMultiplierMin + storms.rateMultiplierMax) / 2;
  const stormDaysPerYear = storms.perYear * (1 + storms.secondDayShare);
  let expected = 0;
  for (let d = 0; d < days; d++) {
    const m = monthOfDay[d];
    const chance = Math.min(1, (stormDaysPerYear * weights[m - 1]) / weightSum / daysInMonth[m]);
    expected += season[d] * (1 + chance * (meanMultiplier - 1));
  }
  const norm = expected / days;
  const line = new Float64Array(days);
  for (let d = 0; d < days; d++) line[d] = (season[d] * storm[d]) / norm;
  return { line, season, storm };
}

/**
 * IEEE 1366's major event days (2.5 β method, IEEE 1366-2012 §4.5; kept in 1366-2022): from
 * the daily SAIDI of the last five years, α and β are the mean and the standard deviation of
 * ln(daily SAIDI) over the days with a non-zero SAIDI, and a later day whose SAIDI exceeds
 * T_MED = exp(α + 2.5 β) is a major event day (MED). Daily SAIDI values are log-normal to a good
 * approximation, so T_MED sits about 2.5 standard deviations up the tail: on a typical network
 * it flags a few days a year, the days of storms the network was not built for.
 *
 * β is the sample standard deviation (n − 1), as the standard's worked example computes it
 * with a spreadsheet's STDEV.
 *
 * @example
 * const { thresholdMinutes } = medThreshold([1, 1, Math.E ** 2, 0]); // α = 2/3, β = 2/√3
 * majorEventDays([0.5, 400], thresholdMinutes); // [false, true]
 *
 * @module
 */

/** The threshold and what it was computed from. */
export interface MedThreshold {
  /** Mean of ln(daily SAIDI) over the days with SAIDI > 0. */
  alpha: number;
  /** Sample standard deviation of the same logarithms. */
  beta: number;
  /** T_MED = exp(α + 2.5 β), in the unit of the daily SAIDI (customer-minutes per customer). */
  thresholdMinutes: number;
  /** Days with SAIDI > 0 the threshold was computed from. */
  daysUsed: number;
}

/** The multiplier of β in T_MED (IEEE 1366-2012 §4.5). */
export const MED_BETA_MULTIPLIER = 2.5;

/**
 * T_MED from a daily SAIDI history (customer-minutes per customer, one value per day). Days
 * without interruptions (SAIDI 0) are left out, as the standard says (their logarithm is −∞).
 *
 * @throws RangeError when a value is negative or not finite, or fewer than two days have SAIDI
 *   above 0 (β needs two).
 */
export function medThreshold(dailySaidiMinutes: readonly number[]): MedThreshold {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < dailySaidiMinutes.length; i++) {
    const x = dailySaidiMinutes[i];
    if (!(x >= 0) || !Number.isFinite(x)) {
      throw new RangeError(
        `medThreshold: dailySaidiMinutes[${i}] must be a finite number ≥ 0, found ${x}`,
      );
    }
    if (x > 0) {
      n++;
      sum += Math.log(x);
    }
  }
  if (n < 2) {
    throw new RangeError(
      `medThreshold: dailySaidiMinutes must have at least 2 days with SAIDI > 0, found ${n}`,
    );
  }
  const alpha = sum / n;
  let squares = 0;
  for (const x of dailySaidiMinutes) {
    if (x > 0) squares += (Math.log(x) - alpha) ** 2;
  }
  const beta = Math.sqrt(squares / (n - 1));
  return {
    alpha,
    beta,
    thresholdMinutes: Math.exp(alpha + MED_BETA_MULTIPLIER * beta),
    daysUsed: n,
  };
}

/** Which days are major event days: daily SAIDI strictly above the threshold. */
export function majorEventDays(
  dailySaidiMinutes: readonly number[],
  thresholdMinutes: number,
): boolean[] {
  return dailySaidiMinutes.map((x) => x > thresholdMinutes);
}

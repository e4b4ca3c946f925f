/**
 * The IEEE 1366 distribution reliability indices, as pure functions of an interruption log, so
 * that they can be checked by hand on a small log and the model computes them the same way.
 *
 * Definitions (IEEE 1366-2012 §3 and §4.3, unchanged in 1366-2022), with N_T the customers
 * served, N_i the customers of sustained interruption i, r_i its duration, N_mi the customers
 * of momentary interruption event i, and T the period in hours:
 *
 * - SAIFI = Σ N_i / N_T (sustained interruptions per customer)
 * - SAIDI = Σ r_i N_i / N_T (sustained interruption time per customer)
 * - CAIDI = SAIDI / SAIFI (mean restoration time of an interrupted customer)
 * - MAIFI = Σ N_mi / N_T (momentary interruption events per customer; a reclosing sequence
 *   counts once, which 1366 calls MAIFI_E)
 * - ASAI = (N_T T − Σ r_i N_i) / (N_T T) (share of customer-hours with supply)
 *
 * An interruption is sustained when it lasts longer than the threshold (1366: 5 minutes),
 * momentary otherwise.
 *
 * @example
 * const log = [{ customers: 100, minutes: 90 }, { customers: 40, minutes: 2 }];
 * reliabilityIndices(interruptionTotals(log), 1000, 8760).saidiHours; // 9000 / 1000 / 60 = 0.15
 *
 * @module
 */

/** One interruption: `customers` lost supply for `minutes` each. */
export interface Interruption {
  customers: number;
  minutes: number;
}

/** The sums the indices are made of. */
export interface InterruptionTotals {
  /** Σ N_i over sustained interruptions (customer interruptions). */
  customersInterrupted: number;
  /** Σ r_i N_i over sustained interruptions, customer-minutes. */
  customerMinutes: number;
  /** Σ N_mi over momentary interruptions (customer momentary interruptions). */
  momentaryCustomers: number;
}

/** IEEE 1366 indices of one period. */
export interface ReliabilityIndices {
  saidiMinutes: number;
  saidiHours: number;
  saifi: number;
  /** NaN when nobody had a sustained interruption (0/0). */
  caidiMinutes: number;
  /** NaN when nobody had a sustained interruption (0/0). */
  caidiHours: number;
  maifi: number;
  asai: number;
}

/** Totals with nothing in them. */
export function emptyTotals(): InterruptionTotals {
  return { customersInterrupted: 0, customerMinutes: 0, momentaryCustomers: 0 };
}

/**
 * Adds one interruption of `customers` for `minutes` to `totals`: sustained when `minutes` is
 * above `sustainedThresholdMinutes`, momentary otherwise (IEEE 1366-2012 §3: a sustained
 * interruption lasts more than 5 minutes).
 */
export function addInterruption(
  totals: InterruptionTotals,
  customers: number,
  minutes: number,
  sustainedThresholdMinutes = 5,
): void {
  if (!(customers >= 0) || !Number.isFinite(customers)) {
    throw new RangeError(
      `addInterruption: customers must be a finite number ≥ 0, found ${customers}`,
    );
  }
  if (!(minutes >= 0) || !Number.isFinite(minutes)) {
    throw new RangeError(`addInterruption: minutes must be a finite number ≥ 0, found ${minutes}`);
  }
  if (minutes > sustainedThresholdMinutes) {
    totals.customersInterrupted += customers;
    totals.customerMinutes += customers * minutes;
  } else {
    totals.momentaryCustomers += customers;
  }
}

/** The totals of a whole log. */
export function interruptionTotals(
  log: Iterable<Interruption>,
  sustainedThresholdMinutes = 5,
): InterruptionTotals {
  const totals = emptyTotals();
  for (const { customers, minutes } of log) {
    addInterruption(totals, customers, minutes, sustainedThresholdMinutes);
  }
  return totals;
}

/**
 * The indices of a period of `periodHours` over `customersServed` customers (N_T).
 *
 * @throws RangeError when `customersServed` or `periodHours` is not a finite number > 0.
 */
export function reliabilityIndices(
  totals: InterruptionTotals,
  customersServed: number,
  periodHours: number,
): ReliabilityIndices {
  if (!(customersServed > 0) || !Number.isFinite(customersServed)) {
    throw new RangeError(
      `reliabilityIndices: customersServed must be a finite number > 0, found ${customersServed}`,
    );
  }
  if (!(periodHours > 0) || !Number.isFinite(periodHours)) {
    throw new RangeError(
      `reliabilityIndices: periodHours must be a finite number > 0, found ${periodHours}`,
    );
  }
  const saidiMinutes = totals.customerMinutes / customersServed;
  const saifi = totals.customersInterrupted / customersServed;
  const caidiMinutes = saifi > 0 ? saidiMinutes / saifi : NaN;
  return {
    saidiMinutes,
    saidiHours: saidiMinutes / 60,
    saifi,
    caidiMinutes,
    caidiHours: caidiMinutes / 60,
    maifi: totals.momentaryCustomers / customersServed,
    asai: 1 - saidiMinutes / 60 / periodHours,
  };
}

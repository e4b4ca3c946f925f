/**
 * The capacity an applicant asks for, drawn from its class's bins in `data/demand/capacity.csv`.
 *
 * @module
 */
import type { CapacityBin } from "../../data/capacity.ts";
import {
  empiricalContinuous,
  type EmpiricalPoint,
} from "../../engine/random/empirical-continuous.ts";
import type { Rng } from "../../engine/random/rng.ts";

/**
 * A sampler of capacity in kW: a bin with its share's probability, uniform inside the bin
 * (low, high]. Written as the empirical continuous distribution whose CDF rises linearly across
 * each bin and stays flat across gaps between bins (Law & Kelton, *Simulation Modeling and
 * Analysis*, 5th ed., §6.2.4), so each draw costs one uniform and a larger uniform gives a
 * larger capacity whatever the bins (common random numbers across scenarios).
 *
 * @param bins one class's bins, sorted by capacity, shares summing to 1 (± the loader's
 *   tolerance; they are normalised here)
 */
export function capacitySampler(rng: Rng, bins: readonly CapacityBin[]): () => number {
  const total = bins.reduce((sum, bin) => sum + bin.share, 0);
  const points: [number, number][] = [];
  let cumulative = 0;
  for (const bin of bins) {
    if (points.length === 0) points.push([bin.lowKw, 0]);
    else if (bin.lowKw > points[points.length - 1][0]) points.push([bin.lowKw, cumulative]);
    cumulative += bin.share / total;
    points.push([bin.highKw, Math.min(cumulative, 1)]);
  }
  points[points.length - 1][1] = 1; // rounding: the last point must be exactly 1
  return empiricalContinuous(rng, points as EmpiricalPoint[]);
}

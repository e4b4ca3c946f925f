/**
 * Morris's elementary-effects design (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33, 161–174), with groups of inputs (Campolongo,
 * Cariboni & Saltelli 2007, Environ. Model. Softw. 22, 1509–1518). On a grid of `levels` values
 * in [0, 1] with step Δ = levels / (2 (levels − 1)), a trajectory starts at a random grid point
 * and moves one factor (all the coordinates of one group) at a time by ±Δ, in a random order,
 * so `factors + 1` points give one elementary effect per factor. Seeded.
 *
 * @example
 * const design = morrisDesign(10, [0, 1, 2], { seed: 1 }); // 10 trajectories of 4 points
 */
import { xor4096StateOf } from "../random/seeding.ts";
import { xor4096Doubles } from "../random/xor4096.ts";

/** One trajectory: its points and, for each step, the factor moved and the signed step. */
export interface Trajectory {
  /** `factors + 1` points in [0, 1]^k. */
  points: number[][];
  /** moved[j]: the factor that changes from point j to point j + 1. */
  moved: number[];
  /** step[j]: +Δ or −Δ, the change of the factor's first coordinate. */
  step: number[];
}

/** Options of {@link morrisDesign}. */
export interface MorrisOptions {
  /** Grid levels p (even); default 4, so Δ = 2/3. */
  levels?: number;
  seed?: number | string;
}

/**
 * `trajectories` trajectories over `groups.length` coordinates, where `groups[c]` is the factor
 * (0 … factors − 1) of coordinate c; every factor must have a coordinate.
 */
export function morrisDesign(
  trajectories: number,
  groups: readonly number[],
  options: MorrisOptions = {},
): Trajectory[] {
  const p = options.levels ?? 4;
  if (!Number.isInteger(p) || p < 2 || p % 2 !== 0) {
    throw new RangeError(`morrisDesign: levels must be even and ≥ 2, found ${p}`);
  }
  const factors = Math.max(...groups) + 1;
  for (let f = 0; f < factors; f++) {
    if (!groups.includes(f)) throw new RangeError(`morrisDesign: factor ${f} has no coordinate`);
  }
  const delta = p / (2 * (p - 1));
  const rng = xor4096Doubles(xor4096StateOf(`morris:${options.seed ?? 0}`));
  return Array.from({ length: trajectories }, () => {
    let x = groups.map(() => Math.floor(rng() * p) / (p - 1));
    const order = Array.from({ length: factors }, (_, f) => f);
    for (let i = factors - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const points = [x];
    const step: number[] = [];
    for (const f of order) {
      let first: number | undefined;
      x = x.map((u, c) => {
        if (groups[c] !== f) return u;
        // Up when the level allows it, else down: every level is reached equally often.
        const d = u + delta <= 1 + 1e-12 ? delta : -delta;
        first ??= d;
        return Math.min(1, Math.max(0, u + d));
      });
      points.push(x);
      step.push(first!);
    }
    return { points, moved: order, step };
  });
}

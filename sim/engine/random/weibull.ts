import type { Rng } from "./rng.ts";
import { positive, rngArg } from "./validate.ts";

/**
 * Weibull samples with the given shape k and scale λ, by inversion of
 * `F(x) = 1 − exp(−(x/λ)^k)`: `λ·(−ln(1 − U))^(1/k)` (Law & Kelton, *Simulation Modeling and
 * Analysis*, 5th ed., ch. 8). A standard model of times to failure: k < 1 for early failures,
 * k = 1 exponential, k > 1 wear-out.
 *
 * Mean `λ·Γ(1 + 1/k)`, variance `λ²·(Γ(1 + 2/k) − Γ(1 + 1/k)²)`.
 *
 * @example
 * const hoursToFault = weibull(streams.stream("faults"), 1.5, 2000);
 * hoursToFault(); // e.g. 1630
 */
export function weibull(rng: Rng, shape: number, scale: number): () => number {
  rngArg("weibull", rng);
  positive("weibull", "shape", shape);
  positive("weibull", "scale", scale);
  const invShape = 1 / shape;
  return () => scale * Math.pow(-Math.log1p(-rng()), invShape);
}

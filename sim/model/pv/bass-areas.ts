import type { Rng } from "../../engine/random/rng.ts";
import { bassCdf } from "./bass-cdf.ts";
import { bassTime } from "./bass-time.ts";

/** One transformer area where households may adopt rooftop PV. */
export interface AdoptionArea {
  /** Index of the area's transformer in `county.transformers`. */
  transformer: number;
  households: number;
  /** Share of the households that will ever adopt (the Bass market is households × this). */
  ceilingShare: number;
  /** Household PV already there (connected + filed), kW. */
  existingKw: number;
}

/** The household adopters of one year: parallel arrays, in area order. */
export interface Adopters {
  /** Transformer index of each adopter. */
  transformer: Int32Array;
  /** When each adopts, as a fraction of the year in [0, 1). */
  yearFraction: Float64Array;
}

/**
 * Household rooftop-PV adoption in many transformer areas, each a Bass diffusion (Bass 1969)
 * with the same p and q and its own market m = round(households × ceiling share).
 *
 * An area does not start from zero: its existing PV divided by the mean household system size
 * gives the adopters so far, n0, and the area is placed on the curve at the "equivalent time"
 * t0 = F⁻¹(n0 / m), as NREL's dGen does (Sigrin et al. 2016, NREL/TP-6A20-65231). An area
 * already at or beyond its market (n0 ≥ m) adopts no more, as in dGen.
 *
 * Drawing: each of the m − n0 households yet to adopt adopts within the year with probability
 * P = (F(t0 + 1) − F(t0)) / (1 − F(t0)) (the Bass adoption time, conditioned on not having
 * adopted by t0). One uniform u per household decides it, and when u < P, u / P is itself
 * uniform and gives the adoption time by inverting the curve between F(t0) and F(t0 + 1).
 * So the expected adopters by year fraction τ are exactly Σ m (F(t0 + τ) − F(t0)), the closed
 * form ({@link expectedBy}), at one uniform per potential adopter and no process or event.
 */
export class BassAreas {
  readonly p: number;
  readonly q: number;
  /** Transformer index of each area. */
  readonly transformer: Int32Array;
  /** Market m of each area (eventual adopters). */
  readonly market: Int32Array;
  /** Adopters at the start of the year, n0. */
  readonly adopted: Int32Array;
  /** Equivalent time t0 of each area, years (NaN for a saturated area). */
  readonly start: Float64Array;

  /**
   * @param areas the areas, in a fixed order (draws follow it)
   * @param p Bass coefficient of innovation (> 0), per year
   * @param q Bass coefficient of imitation (≥ 0), per year
   * @param meanSystemKw mean household system size (> 0), to turn existing kW into adopters
   */
  constructor(areas: readonly AdoptionArea[], p: number, q: number, meanSystemKw: number) {
    this.p = p;
    this.q = q;
    const n = areas.length;
    this.transformer = new Int32Array(n);
    this.market = new Int32Array(n);
    this.adopted = new Int32Array(n);
    this.start = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const area = areas[i];
      const m = Math.round(area.households * area.ceilingShare);
      const n0 = Math.round(area.existingKw / meanSystemKw);
      this.transformer[i] = area.transformer;
      this.market[i] = m;
      this.adopted[i] = n0;
      this.start[i] = n0 < m ? bassTime(n0 / m, p, q) : NaN;
    }
  }

  /** Expected adopters within the first `years` of the year (the Bass closed form). */
  expectedBy(years: number): number {
    const { p, q } = this;
    let sum = 0;
    for (let i = 0; i < this.market.length; i++) {
      const t0 = this.start[i];
      if (t0 !== t0) continue; // saturated
      sum += this.market[i] * (bassCdf(t0 + years, p, q) - this.adopted[i] / this.market[i]);
    }
    return sum;
  }

  /** Draws the year's adopters, one uniform of `rng` per household yet to adopt. */
  draw(rng: Rng): Adopters {
    const { p, q } = this;
    const transformers: number[] = [];
    const fractions: number[] = [];
    for (let i = 0; i < this.market.length; i++) {
      const t0 = this.start[i];
      if (t0 !== t0) continue;
      const m = this.market[i];
      const f0 = this.adopted[i] / m;
      const f1 = bassCdf(t0 + 1, p, q);
      const within = (f1 - f0) / (1 - f0);
      for (let k = m - this.adopted[i]; k > 0; k--) {
        const u = rng();
        if (u >= within) continue;
        const t = bassTime(f0 + (u / within) * (f1 - f0), p, q) - t0;
        transformers.push(this.transformer[i]);
        fractions.push(Math.min(Math.max(t, 0), 1 - Number.EPSILON));
      }
    }
    return {
      transformer: Int32Array.from(transformers),
      yearFraction: Float64Array.from(fractions),
    };
  }
}

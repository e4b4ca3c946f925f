/**
 * The inverse of the Bass cumulative adoption fraction ({@link bassCdf}): the time, in years
 * since diffusion began, at which the fraction `f` of the eventual adopters has adopted,
 *
 *   t = −ln((1 − f) / (1 + (q/p) f)) / (p + q).
 *
 * NREL's dGen uses it as the "equivalent time" of a market (diffusion_functions_elec.py,
 * calc_equiv_time; Sigrin et al. 2016, NREL/TP-6A20-65231): an area whose households have
 * already adopted to the level f is placed at t on the curve, and diffusion continues from
 * there. It also draws adoption times by inversion: a uniform fraction between F(t0) and
 * F(t1), mapped back to a time.
 *
 * @example
 * bassTime(bassCdf(5, 0.03, 0.38), 0.03, 0.38); // 5 (to rounding)
 * bassTime(0, 0.03, 0.38); // 0
 * @param f adopted fraction of the eventual adopters, in [0, 1]; 1 gives Infinity
 * @param p coefficient of innovation (> 0), per year
 * @param q coefficient of imitation (≥ 0), per year
 * @returns years since diffusion began
 */
export function bassTime(f: number, p: number, q: number): number {
  // log1p keeps the result accurate for the small fractions of areas just starting out.
  return (Math.log1p((q / p) * f) - Math.log1p(-f)) / (p + q);
}

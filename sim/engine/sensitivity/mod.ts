/**
 * Global sensitivity analysis, free of any model: Sobol' points, Saltelli's design, Sobol
 * indices with bootstrap intervals, and Morris's elementary effects. `sim/sensitivity/` applies
 * them to the county model.
 */
export { MAX_SOBOL_DIMENSIONS, sobolPoints } from "./sobol-sequence.ts";
export { type SaltelliDesign, saltelliDesign, saltelliPoints } from "./saltelli-design.ts";
export { type SobolIndices, sobolIndices } from "./sobol-indices.ts";
export {
  bootstrapIndices,
  type BootstrapOptions,
  type IndexIntervals,
} from "./bootstrap-indices.ts";
export { morrisDesign, type MorrisOptions, type Trajectory } from "./morris-design.ts";
export { morrisEffects, type MorrisMeasures } from "./morris-effects.ts";

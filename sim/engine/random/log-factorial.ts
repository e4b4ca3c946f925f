/** ln k! for k < TABLE_SIZE, summed once at load. */
const TABLE_SIZE = 256;
const table = new Float64Array(TABLE_SIZE);
for (let k = 2; k < TABLE_SIZE; k++) table[k] = table[k - 1] + Math.log(k);

const HALF_LN_2PI = 0.9189385332046728; // ln(2π)/2

/**
 * ln k! for an integer k ≥ 0: from a table below 256, above it by Stirling's series
 * `ln k! = (k + ½)ln k − k + ½ln 2π + 1/(12k) − 1/(360k³) + 1/(1260k⁵) − 1/(1680k⁷)`
 * (Abramowitz & Stegun 6.1.41), whose first omitted term is below 10⁻²⁰ for k ≥ 256, far
 * under double precision. Used by the Poisson sampler's acceptance test.
 *
 * @example
 * logFactorial(10); // ln 3628800 ≈ 15.104
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return table[k];
  const r = 1 / k;
  const r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 / 1680)));
  return (k + 0.5) * Math.log(k) - k + HALF_LN_2PI + series;
}

/**
 * The files of a sensitivity run: `sensitivity.json` (the whole result), `sensitivity.csv` (one
 * row per output and factor: Morris μ*, μ, σ; Sobol S1 and ST with their intervals; the output
 * at the factor's low and high end and whether that end flips a verdict) and
 * `sensitivity.html` (the charts).
 */
import { page } from "../report/html.ts";
import { sensitivityContent } from "../report/sensitivity-section.ts";
import { toCsv } from "../runner/output.ts";
import type { SensitivityResult } from "./analysis.ts";

/** The CSV rows. */
export function sensitivityRows(result: SensitivityResult): Record<string, unknown>[] {
  const factors = result.factors.map((f) => f.name);
  return result.outputs.flatMap((o, k) =>
    factors.flatMap((factor) => {
      const m = result.morris?.effects[o.key]?.find((r) => r.factor === factor);
      const s = result.sobol?.indices[o.key]?.find((r) => r.factor === factor);
      const e = result.ends.find((x) => x.factor === factor);
      if (!m && !s && !e) return [];
      const flips = result.flips[o.key]?.flips.filter((f) => f.factor === factor) ?? [];
      return [{
        output: o.key,
        kind: o.kind,
        unit: o.unit,
        base: o.base,
        factor,
        mu_star: m?.muStar,
        mu: m?.mu,
        sigma: m?.sigma,
        s1: s?.first,
        s1_low: s?.firstCi[0],
        s1_high: s?.firstCi[1],
        st: s?.total,
        st_low: s?.totalCi[0],
        st_high: s?.totalCi[1],
        at_low: e?.low[k],
        at_high: e?.high[k],
        flips_at: flips.map((f) => f.end).join(" "),
      }];
    })
  );
}

/** The three files. */
export function sensitivityFiles(result: SensitivityResult): Record<string, string> {
  const subtitle =
    `${result.method}, ${result.runs.points} design points × ${result.replications} ` +
    `replications (common random numbers, seed ${result.scenario.seed}).`;
  return {
    "sensitivity.json": JSON.stringify(result, null, 2) + "\n",
    "sensitivity.csv": toCsv(sensitivityRows(result)),
    "sensitivity.html": page(
      `敏感性分析 Sensitivity: ${result.scenario.name}`,
      subtitle,
      sensitivityContent(result),
    ),
  };
}

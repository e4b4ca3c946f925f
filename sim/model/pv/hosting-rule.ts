import type { HostingRuleName, PvParameters } from "./parameters.ts";

/**
 * A hosting-capacity rule: how much PV (connected + filed, new applications included) a
 * distribution transformer may hold, and above how much it is yellow. PV capacity in kW is
 * compared with the rating in kVA as the plan does (PV inverters run at unity power factor).
 */
export interface HostingRule {
  name: HostingRuleName;
  /** PV the transformer may hold, kW. */
  capacityKw(ratingKva: number, middayMinLoadKw: number): number;
  /** PV above which the transformer is yellow, kW. */
  yellowFromKw(ratingKva: number, middayMinLoadKw: number): number;
}

/**
 * The plan's rule (三.(九).3): PV on a transformer, including filed and under construction,
 * ≤ `limitShare` × its rating (80 % in 2023). Yellow from `yellowShareOfLimit` × that limit:
 * the plan names the zones (三.(九).1) but gives no band, so the band is a lever.
 *
 * @example
 * const rule = plan80Rule(0.8, 0.75);
 * rule.capacityKw(200, 30); // 160
 * rule.yellowFromKw(200, 30); // 120
 */
export function plan80Rule(limitShare: number, yellowShareOfLimit: number): HostingRule {
  return {
    name: "plan80",
    capacityKw: (ratingKva) => limitShare * ratingKva,
    yellowFromKw: (ratingKva) => yellowShareOfLimit * limitShare * ratingKva,
  };
}

/**
 * The national guideline's thermal rule for a distribution transformer (DL/T 2041-2019,
 * 《分布式电源接入电网承载力评估导则》, the edition in force when the plan cited it in 2023):
 * the reverse load rate λ = (P_PV − P_load,min) / S_rating must stay ≤ β, where P_PV is the PV
 * output (installed kW × `outputShare`, connected and filed PV both counted) and P_load,min
 * the midday minimum load. So the PV it may hold is (β·S + P_load,min) / outputShare. Zones:
 * green while there is no reverse flow (λ ≤ 0, i.e. PV output ≤ the minimum load), yellow
 * with reverse flow below β, red at β.
 *
 * @example
 * const rule = dlt2041Rule(0.8, 1);
 * rule.capacityKw(200, 30); // 0.8 × 200 + 30 = 190
 * rule.yellowFromKw(200, 30); // 30
 */
export function dlt2041Rule(beta: number, outputShare: number): HostingRule {
  return {
    name: "dlt2041",
    capacityKw: (ratingKva, minLoadKw) => (beta * ratingKva + minLoadKw) / outputShare,
    yellowFromKw: (_ratingKva, minLoadKw) => minLoadKw / outputShare,
  };
}

/** The rule the `pv.hosting` levers put in force: the plan's 80 % rule or DL/T 2041's. */
export function ruleInForce(hosting: PvParameters["hosting"]): HostingRule {
  return hosting.rule === "plan80"
    ? plan80Rule(hosting.limitShareOfRating, hosting.yellowFromShareOfLimit)
    : dlt2041Rule(hosting.reverseLoadLimit, hosting.pvOutputShare);
}

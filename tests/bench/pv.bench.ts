/**
 * One county-year of the PV model on the default data (≈ 4,150 transformers, ≈ 3,500 PV
 * applications, quarterly zones, the records read), standalone (no application model).
 * Target: < 50 ms per county-year.
 */
import { defaultsOf } from "../../sim/spec/spec.ts";
import { setupPv } from "../../sim/model/pv/model.ts";
import { PV_SPEC, type PvParameters } from "../../sim/model/pv/parameters.ts";
import { modelYears } from "../support/model-year.ts";

const pvYear = await modelYears("pv", setupPv, 1);

/** A county-year and its records (built on first read). */
function countyYear(parameters: PvParameters): void {
  const { records } = pvYear(parameters);
  void records.pvApplications.length;
  void records.zones.length;
}

const defaults = defaultsOf(PV_SPEC);
const withUpgrades = defaultsOf(PV_SPEC);
withUpgrades.upgrades.limit = "count";
withUpgrades.upgrades.countPerYear = 100;

Deno.bench("PV county-year, default data, 80 % rule", { baseline: true }, () => {
  countyYear(defaults);
});

Deno.bench("PV county-year, default data, 100 upgrades a year", () => {
  countyYear(withUpgrades);
});

/**
 * One county-year of the PV model on the default data (≈ 4,150 transformers, ≈ 3,500 PV
 * applications, quarterly zones, records included), standalone (no application model).
 * Target: < 50 ms per county-year.
 */
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import { defaultsOf } from "../../sim/model/parameters.ts";
import { setupPv } from "../../sim/model/pv/model.ts";
import { PV_SPEC, type PvParameters } from "../../sim/model/pv/parameters.ts";
import { calendarForYear, createContext } from "../../sim/model/setup-context.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const calendar = await calendarForYear(2023);
let replication = 0;

function countyYear(parameters: PvParameters): void {
  const ctx = createContext({
    county,
    calendar,
    year: 2023,
    seed: 1,
    replication: replication++,
    active: ["pv"],
  });
  const finish = setupPv(ctx, parameters);
  ctx.env.run(ctx.horizon);
  finish();
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

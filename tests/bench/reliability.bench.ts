/**
 * One county-year of outages on the default data (194 feeders, ≈ 4,150 transformer areas):
 * context, setup (network constants, MED threshold from five years of record, storm days, the
 * maintenance plan), the run (≈ 1,100 sustained and ≈ 2,200 transient faults, ≈ 340 planned
 * outages, 730 crew shift changes) and the indices at the end. Target: < 20 ms per county-year.
 */
import { defaultsOf } from "../../sim/spec/spec.ts";
import { setupReliability } from "../../sim/model/reliability/model.ts";
import { RELIABILITY_SPEC } from "../../sim/model/reliability/parameters.ts";
import { modelYears } from "../support/model-year.ts";

const reliabilityYear = await modelYears("reliability", setupReliability, 2023);
const plan = defaultsOf(RELIABILITY_SPEC);
const baseline = defaultsOf(RELIABILITY_SPEC);
baseline.automation.noneToRemoteShare = 0;
baseline.automation.remoteToSelfHealingShare = 0;
baseline.planned.liveLineShare10kv = 0.45;
baseline.planned.liveLineShare04kv = 0.3;
baseline.planned.bundlingWindowDays = 0;

function countyYear(parameters: typeof plan): number {
  return reliabilityYear(parameters).kpis["reliability.saidiHours"];
}

Deno.bench("reliability: one county-year, plan-2023 defaults", { baseline: true }, () => {
  countyYear(plan);
});

Deno.bench("reliability: one county-year, 2022 baseline", () => {
  countyYear(baseline);
});

/**
 * One county-year replication of the connection-application model, every class, on the default
 * data (≈ 11,200 applications, ≈ 85,000 events): context, setup, run to the horizon and the
 * KPIs. Target: < 100 ms (the runner's budget is 1,000 replications of all three models in
 * 60 s on 2 cores). The records are built lazily, so a second case measures reading them too.
 *
 * Before the table it prints the mean of a timed loop, `applications ms_per_replication=<n>`.
 */
import { defaultsOf } from "../../sim/spec/spec.ts";
import { APPLICATIONS_SPEC, setupApplications } from "../../sim/model/applications/model.ts";
import { modelYears } from "../support/model-year.ts";

const parameters = defaultsOf(APPLICATIONS_SPEC);
const applicationsYear = await modelYears("applications", setupApplications, "bench");

function countyYear(withRecords: boolean): number {
  const result = applicationsYear(parameters);
  return withRecords ? result.records.applications.length : result.kpis["applications.arrived"];
}

for (let i = 0; i < 10; i++) countyYear(false); // let the JIT settle
const runs = 30;
const start = performance.now();
for (let i = 0; i < runs; i++) countyYear(false);
console.log(`applications ms_per_replication=${((performance.now() - start) / runs).toFixed(1)}`);

Deno.bench({
  name: "applications: one county-year, all classes, default data (KPIs)",
  group: "applications",
  baseline: true,
  fn() {
    countyYear(false);
  },
});

Deno.bench({
  name: "applications: one county-year, KPIs and the per-application records",
  group: "applications",
  fn() {
    countyYear(true);
  },
});

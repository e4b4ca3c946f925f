/**
 * The files a run writes (`deno task sim`): `summary.json`, `replications.csv` (one row of KPIs
 * per replication) and one CSV per kind of record (`applications.csv`, `outages.csv`,
 * `pv-applications.csv`, …) from the first replications, each row tagged with its replication.
 */
import { kpiKeys } from "./aggregate.ts";
import { toCsv } from "./output.ts";
import type { ScenarioRun } from "./run-scenario.ts";

/** `pvApplications` → `pv-applications`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Every file of a run, by name, ready to write. */
export function runFiles(run: ScenarioRun): Record<string, string> {
  const files: Record<string, string> = {
    "summary.json": JSON.stringify(run.summary, null, 2) + "\n",
  };
  const kpis = run.results.map((r) => r.kpis);
  const columns = kpiKeys(kpis);
  files["replications.csv"] = toCsv(
    run.results.map((r) => ({ replication: r.replication, ...r.kpis })),
    ["replication", ...columns],
  );
  const byKind = new Map<string, object[]>();
  for (const result of run.results) {
    if (result.records === undefined) continue;
    for (const [kind, rows] of Object.entries(result.records)) {
      const list = byKind.get(kind) ?? [];
      for (const row of rows as readonly object[]) {
        list.push({ replication: result.replication, ...row });
      }
      byKind.set(kind, list);
    }
  }
  for (const [kind, rows] of byKind) {
    if (rows.length > 0) files[`${kebab(kind)}.csv`] = toCsv(rows);
  }
  return files;
}

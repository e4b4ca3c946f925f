/**
 * Laws of the county sizing on the whole county model (LV construction crews searched, few
 * replications, the same seed): pooling every crew county-wide never needs more crews than
 * keeping each station's crews at home, and more applications never ask for fewer crews.
 */
import assert from "node:assert/strict";
import { DEFAULT_DATA_DIR } from "../../sim/data/county.ts";
import { readScenario, type Scenario, withSetting } from "../../sim/scenario/scenario.ts";
import { sizeCounty } from "../../sim/sizing/county.ts";

/**
 * LV crews against one verdict they answer for: LV small and micro firms' business handling time
 * (which counts the wait for a crew) within its limit for the compliance level's share. With
 * every verdict, which ones are out of reach of staffing changes with the scenario, and so would
 * the answer, for reasons that have nothing to do with crews.
 */
const OPTIONS = {
  confidence: 0.5,
  screenReps: 3,
  confirmReps: 12,
  roles: ["lvCrews"],
  staffTargets: ["timeline.lv_small.share"],
};

/** LV crews of the answer, all stations together. */
async function lvCrewsNeeded(scenario: Scenario): Promise<number> {
  const sizing = await sizeCounty(scenario, OPTIONS);
  const answer = sizing.search.answer;
  assert.ok(answer !== null, `${scenario.name}: an answer within the ceilings`);
  // Not vacuous: the verdict is searched for, not set aside as out of reach of staffing.
  assert.deepEqual(sizing.search.unreachable, [], `${scenario.name}: the verdict is reachable`);
  return sizing.dimensions.reduce(
    (sum, d, i) => d.role === "lvCrews" ? sum + answer.counts[i] : sum,
    0,
  );
}

/**
 * plan-2023 with three customer managers a station (15 in all), so that intake, which the
 * verdict also counts, is not what decides it.
 */
async function planWithManagers(): Promise<Scenario> {
  return withSetting(
    await readScenario("plan-2023"),
    "applications.staff.customerManagers.count",
    "15",
  );
}

Deno.test("county, metamorphic: the county pool never needs more LV crews than station only", async () => {
  const plan = await planWithManagers();
  const pooled = await lvCrewsNeeded(plan);
  let stations = withSetting(plan, "applications.dispatch.mode", "station");
  for (const id of ["county", "zhandian", "xitao", "dafeng", "qiaomiao"]) {
    stations = withSetting(
      stations,
      `applications.dispatch.stationStaff.${id}.customerManagers`,
      "3",
    );
  }
  const byStation = await lvCrewsNeeded(stations);
  assert.ok(pooled <= byStation, `pooled ${pooled}, by station ${byStation}`);
});

Deno.test("county, metamorphic: more applications never ask for fewer LV crews", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jiedian-more-demand-" });
  try {
    // The default data with every class's expected applications raised by a fifth.
    for await (const entry of Deno.readDir(DEFAULT_DATA_DIR)) {
      if (entry.isDirectory && ["grid", "demand", "reliability", "calendar"].includes(entry.name)) {
        await Deno.mkdir(`${dir}/${entry.name}`);
        for await (const file of Deno.readDir(`${DEFAULT_DATA_DIR}/${entry.name}`)) {
          if (!file.isFile) continue;
          await Deno.copyFile(
            `${DEFAULT_DATA_DIR}/${entry.name}/${file.name}`,
            `${dir}/${entry.name}/${file.name}`,
          );
        }
      } else if (entry.isFile && entry.name.endsWith(".csv")) {
        await Deno.copyFile(`${DEFAULT_DATA_DIR}/${entry.name}`, `${dir}/${entry.name}`);
      }
    }
    const rates = await Deno.readTextFile(`${dir}/demand/applications.csv`);
    await Deno.writeTextFile(
      `${dir}/demand/applications.csv`,
      rates.replace(/^([a-z_]+,\d+,)([\d.]+)$/gm, (_, head, n) => `${head}${(n * 1.2).toFixed(2)}`),
    );
    const plan = await planWithManagers();
    const base = await lvCrewsNeeded(plan);
    const more = await lvCrewsNeeded({ ...plan, name: "more-demand", dataDir: dir });
    assert.ok(more >= base, `more demand ${more}, default ${base}`);
    assert.ok(more > base, `a fifth more applications need more LV crews: ${more}, ${base}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

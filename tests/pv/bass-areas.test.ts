/**
 * Tests of sim/model/pv/bass-areas.ts: with unlimited capacity, the cumulative adopters of many
 * replications match the Bass closed form, areas started mid-curve included.
 */
import assert from "node:assert/strict";
import { summarize } from "../../sim/engine/stats/summary.ts";
import { createPvModel } from "../../sim/model/pv/model.ts";
import { sizeSlice } from "../../sim/model/pv/size-distribution.ts";
import { fixtureCounty } from "./fixture.ts";
import { calendar, context, county, quiet, run } from "../support/pv.ts";

Deno.test("with unlimited capacity, cumulative adopters match the Bass closed form F(t)", () => {
  const meanKw = sizeSlice(county.capacityBins.get("pv")!, 0, 100).meanKw;
  // Markets (ceiling 0.5): 1000 households at the start, 500 at 20 %, 250 at 50 %.
  const grid = fixtureCounty(county, [{ id: "F1", region: "rural" }], [
    { id: "A", feederId: "F1", ratingKva: 4000, households: 2000 },
    { id: "B", feederId: "F1", ratingKva: 4000, households: 1000, pvConnectedKw: 100 * meanKw },
    { id: "C", feederId: "F1", ratingKva: 4000, households: 500, pvConnectedKw: 125 * meanKw },
  ]);
  const parameters = quiet((p) => {
    p.adoption.innovationP = 0.03;
    p.adoption.imitationQ = 0.38;
    p.adoption.ceilingShare.rural = 0.5;
    p.adoption.seasonal = false;
    p.hosting.limitShareOfRating = 10;
  });
  const ctx0 = context(grid);
  const bass = createPvModel(ctx0, parameters).bass;
  assert.deepEqual([...bass.market], [1000, 500, 250]);
  assert.deepEqual([...bass.adopted], [0, 100, 125]);
  const ends = [
    calendar.timeOf("2023-04-01"),
    calendar.timeOf("2023-07-01"),
    calendar.timeOf("2023-10-01"),
    ctx0.horizon,
  ];
  const counts = ends.map(() => [] as number[]);
  const replications = 300;
  for (let r = 0; r < replications; r++) {
    const { result } = run(grid, parameters, { replication: r });
    const times = result.records.pvApplications.map((a) => a.appliedAt);
    ends.forEach((end, k) => counts[k].push(times.filter((t) => t < end).length));
    assert.equal(result.kpis["pv.stillWaiting"], 0);
    assert.equal(result.kpis["pv.accepted"], result.kpis["pv.applications"]);
  }
  ends.forEach((end, k) => {
    const expected = bass.expectedBy(end / ctx0.horizon);
    const s = summarize(counts[k], 0.999);
    assert.ok(
      s.ci[0] <= expected && expected <= s.ci[1],
      `by ${calendar.dateOf(end - 1)}: F(t) gives ${expected.toFixed(2)}, replications ` +
        `${s.mean.toFixed(2)} ± ${s.halfWidth.toFixed(2)}`,
    );
    // The interval is tight enough to see a 5 % bias.
    assert.ok(s.halfWidth < 0.05 * expected);
  });
});

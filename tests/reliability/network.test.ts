/**
 * Tests of sim/model/reliability/network.ts: automation upgrades go to the feeders with most
 * customers; the counts are reported.
 */
import assert from "node:assert/strict";
import { county, defaults, run } from "../support/reliability.ts";

Deno.test("automation upgrades go to the feeders with most customers; counts reported", () => {
  const p = defaults();
  p.automation.noneToRemoteShare = 0.5;
  p.automation.remoteToSelfHealingShare = 0;
  const { kpis } = run(p);
  const none = county.feeders.filter((f) => f.automation === "none").length;
  const upgraded = Math.round(0.5 * none);
  assert.equal(kpis["reliability.automation.none"], none - upgraded);
  assert.equal(
    kpis["reliability.automation.remote"],
    county.feeders.filter((f) => f.automation === "remote").length + upgraded,
  );
  assert.equal(
    kpis["reliability.automation.demoZoneFeeders"],
    county.feeders.filter((f) => f.demoZone).length,
  );
});

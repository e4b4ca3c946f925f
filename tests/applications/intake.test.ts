/**
 * Tests of sim/model/applications/intake.ts: pushed and proactive applications by hand; mining
 * never connects.
 */
import assert from "node:assert/strict";
import type { County } from "../../sim/data/county.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import { APPLICATIONS_SPEC, createApplicationModel } from "../../sim/model/applications/model.ts";
import {
  at,
  context,
  county,
  firstFeeder,
  handParameters,
  runYear,
} from "../support/applications.ts";

Deno.test("hand-computed pushed and proactive applications", () => {
  const p = handParameters();
  p.channels.pushContactDaysMedian = p.channels.pushContactDaysP90 = 1;
  p.channels.proactiveLeadDaysMedian = p.channels.proactiveLeadDaysP90 = 13;
  const ctx = context("channels");
  const model = createApplicationModel(ctx, p, { arrivals: false });
  const town = firstFeeder("town");
  let pushed: Application | undefined;
  let proactive: Application | undefined;
  ctx.env.schedule(at("2023-03-01", 10), () => {
    const draws = { uWorks: 1, uThirdParty: 1 };
    pushed = model.submit({
      customerClass: "residential",
      capacityKw: 6,
      feederId: town.id,
      channel: "pushed",
      draws,
    });
    proactive = model.submit({
      customerClass: "hv_single",
      capacityKw: 800,
      feederId: town.id,
      channel: "proactive",
      draws,
    });
  });
  ctx.env.run(ctx.horizon);
  assert.ok(pushed !== undefined && proactive !== undefined);
  // Registration Wednesday 03-01 10:00; contact 1 working day later (03-02 10:00) is the
  // application; intake → 11:00, survey → 14:30, customer works → 03-03 14:30, meter → 15:30.
  assert.equal(pushed.pushDays, 1);
  assert.equal(pushed.filedAt, at("2023-03-02", 10));
  assert.equal(pushed.energisedAt, at("2023-03-03", 15.5));
  assert.equal(pushed.wholeDays, 1);
  assert.equal(pushed.steps, 1); // the application step is skipped (二.(三))
  // Project known 03-01 and surveyed at once (10:00–15:30); formal application 13 days later,
  // Tuesday 03-14 10:00, accepted by 11:00 with the plan ready. Customer works 20 working days
  // (Qingming 04-05 off) → 04-12 11:00; inspection and energisation 5 h → 17:30.
  assert.equal(proactive.filedAt, at("2023-03-14", 10));
  assert.equal(proactive.planAt, at("2023-03-14", 11));
  assert.ok(Math.abs(proactive.energisedAt - at("2023-04-12", 17.5)) < 1e-6);
  assert.equal(proactive.wholeDays, 20);
  assert.equal(proactive.businessDays, 0);
  assert.equal(proactive.steps, 3);
  const { records } = model.finish();
  const row = records.applications.find((r) => r.channel === "proactive")!;
  assert.equal(row.arrived, "2023-03-01");
  assert.equal(row.filed, "2023-03-14");
});

Deno.test("mining applications are refused, never connected; a county with many of them", () => {
  const rates = new Map(county.monthlyApplications);
  rates.set("mining", new Array(12).fill(20));
  const miningCounty: County = { ...county, monthlyApplications: rates };
  const { kpis, records } = runYear(defaultsOf(APPLICATIONS_SPEC), 9, miningCounty);
  assert.ok(kpis["timeline.mining.arrived"] > 150);
  assert.equal(kpis["timeline.mining.energised"], 0);
  assert.equal(
    kpis["timeline.mining.refused"] + kpis["timeline.mining.open"],
    kpis["timeline.mining.arrived"],
  );
  assert.ok(
    records.applications.filter((r) => r.class === "mining").every((r) => r.energised === ""),
  );
  const p = defaultsOf(APPLICATIONS_SPEC);
  p.access.refuseMining = false;
  const allowed = runYear(p, 9, miningCounty).kpis;
  assert.equal(allowed["timeline.mining.refused"], 0);
  assert.ok(allowed["timeline.mining.energised"] > 0);
});

/**
 * Tests of sim/model/applications/inspection.ts: the re-inspection loop (with serial approval's
 * permits, approval.ts), cloud inspection and the first-pass rate.
 */
import assert from "node:assert/strict";
import { defaultsOf } from "../../sim/spec/spec.ts";
import type { Application } from "../../sim/model/applications/application.ts";
import { APPLICATIONS_SPEC, createApplicationModel } from "../../sim/model/applications/model.ts";
import { at, context, firstFeeder, handParameters, runYear } from "../support/applications.ts";

Deno.test("a failed inspection loops through rectification; serial approval adds permits", () => {
  const p = handParameters();
  p.inspection.firstPassProbability = 0; // every inspection fails …
  p.approval.parallelApproval = false;
  const ctx = context("loop");
  const model = createApplicationModel(ctx, p, { arrivals: false });
  const town = firstFeeder("town");
  let app: Application | undefined;
  ctx.env.schedule(at("2023-03-01", 9), () => {
    app = model.submit({
      customerClass: "lv_other",
      capacityKw: 80,
      feederId: town.id,
      draws: { uWorks: 0, uFunded: 0, uLand: 0.99, cable: false },
    });
  });
  ctx.env.run(at("2023-06-01", 0));
  assert.ok(app !== undefined);
  // … so an LV user (no inspection) is not affected, while its serial approval takes 5 × 3 days.
  assert.equal(app.status, "energised");
  assert.equal(app.approval, "serial");
  assert.equal(app.approvalDays, 15);
  // A PV system is inspected until it passes.
  p.inspection.firstPassProbability = 0.5;
  const ctx2 = context("loop2");
  const model2 = createApplicationModel(ctx2, p, { arrivals: false });
  const pvs: Application[] = [];
  ctx2.env.schedule(at("2023-03-01", 9), () => {
    for (let i = 0; i < 40; i++) {
      pvs.push(
        model2.submit({
          customerClass: "pv",
          capacityKw: 20,
          feederId: town.id,
          draws: { uWorks: 1 },
        }),
      );
    }
  });
  ctx2.env.run(ctx2.horizon);
  const visits = pvs.map((a) => a.inspections);
  assert.ok(visits.every((v) => v >= 1));
  assert.ok(visits.some((v) => v >= 2), "with p = 0.5 some of 40 need a second visit");
  for (const a of pvs) {
    // 5 days of installation, and 2 working days of rectification after each failed visit,
    // are the customer's time, outside business handling.
    assert.equal(a.status, "energised");
    assert.equal(a.wholeDays - a.businessDays, 5 + 2 * (a.inspections - 1));
  }
});

Deno.test("cloud inspection and a higher first-pass rate shorten PV and HV handling", () => {
  const before = defaultsOf(APPLICATIONS_SPEC);
  before.inspection.cloudInspectionShare = 0;
  before.inspection.firstPassProbability = 0.7;
  const after = defaultsOf(APPLICATIONS_SPEC);
  const a = runYear(before, 21).kpis;
  const b = runYear(after, 21).kpis;
  assert.ok(b["timeline.pv.businessDays.mean"] < a["timeline.pv.businessDays.mean"]);
  assert.ok(b["inspection.meanVisits"] < a["inspection.meanVisits"]);
  assert.ok(b["staff.inspectors.utilisation"] < a["staff.inspectors.utilisation"]);
});

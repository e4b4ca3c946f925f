/**
 * The Doing Business case counted by hand in a county without other applicants and with fixed,
 * round durations (`handParameters`: intake 1 h, LV survey 2 h, LV network works 5 working days,
 * metering 1 h; ample staff; office hours 08:30–12:00 and 13:30–18:00), then compared with what
 * the model measured: procedures, calendar days and cost, and the score read off them.
 */
import assert from "node:assert/strict";
import { createApplicationModel } from "../../sim/model/applications/model.ts";
import { indicatorScore } from "../../sim/scorecard/score.ts";
import { DB2020_SCALE } from "../../sim/scorecard/frontier.ts";
import { applicationContext } from "../support/application-context.ts";
import { calendar, county, handParameters } from "../support/applications.ts";

Deno.test("the case, counted by hand: 2 procedures, its working hours laid on the calendar, no cost", () => {
  const levers = handParameters();
  const ctx = applicationContext(county, calendar, "hand-case", levers.cohort);
  const model = createApplicationModel(ctx, levers, {
    arrivals: false,
    scorecardCase: { capacityKva: 140, distanceM: 150, region: "town" },
  });
  ctx.env.run(ctx.horizon);
  model.finish();
  const measured = model.caseMeasures()!;
  const app = model.state.applications.find((a) => a.period === "case")!;

  // By hand. 140 kVA ≤ 160 kW: an LV small firm with the three-zero service, so no approval and
  // nothing to pay; the utility builds the 150 m extension (green), the LV plan is drawn up at
  // the survey, and an LV connection is inspected by the crew that meters it. The customer's two
  // steps (二.(三)): the application (with its survey) and the metering and energisation.
  assert.equal(app.voltage, "lv");
  assert.equal(app.approval, "three_zero");
  assert.equal(app.investor, "green");
  assert.equal(measured.procedures, 2);
  assert.equal(measured.costCny, 0);
  // Consecutive working hours from the application: intake 1, survey 2, works 5 × 8, metering 1.
  const t0 = app.arrivedAt;
  assert.equal(t0 - calendar.timeOf(calendar.dateOf(t0)), 9, "applies at 09:00");
  const end = calendar.addWorkingHours(t0, 1 + 2 + 5 * 8 + 1);
  assert.equal(app.energisedAt, end);
  assert.equal(measured.days, Math.max(2, Math.ceil((end - t0) / 24)));
  // And the scores read off them.
  assert.equal(indicatorScore(measured.procedures, DB2020_SCALE.procedures), 100);
  assert.equal(indicatorScore(measured.days, DB2020_SCALE.days), 100); // ≤ 18 days: the frontier
});

/**
 * Tests of sim/model/applications/validate.ts: the defaults pass and mean the plan's numbers;
 * bad parameters are one clear error.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import {
  type ApplicationParameters,
  APPLICATIONS_SPEC,
} from "../../sim/model/applications/model.ts";
import { checkApplicationParameters } from "../../sim/model/applications/validate.ts";
import { YEAR } from "../support/applications.ts";

Deno.test("the defaults pass the parameter checks and mean the plan's numbers", () => {
  const p = defaultsOf(APPLICATIONS_SPEC);
  checkApplicationParameters(p, YEAR);
  assert.equal(p.access.lvThresholdKw, 160);
  assert.equal(p.access.surveyAnswerMaxKva, 1250);
  assert.equal(p.evCharging.evReservedShare, 0.2);
  assert.equal(p.evCharging.evKwPerSpace, 8);
  assert.equal(p.approval.parallelApproval, true);
  assert.equal(p.investment.extendedInvestmentShare, 1);
});

Deno.test("bad parameters are one UserError naming each parameter, expectation and value", () => {
  const p = defaultsOf(APPLICATIONS_SPEC);
  p.survey.lvSurveyHoursP90 = 0.5; // below its median of 1
  p.channels.pushedShare = 0.9;
  p.channels.proactiveShare = 0.2;
  p.staff.inspectors.changes = [{ from: "2024-03-01", value: 3 }];
  p.staff.lvCrews.count = 2.5;
  let error: unknown;
  try {
    checkApplicationParameters(p, YEAR);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof UserError, `expected a UserError, got ${error}`);
  const message = error.message;
  assert.match(
    message,
    /staff\.lvCrews\.count: expected a whole number from 0 to 1000 \(count\), found 2\.5/,
  );
  assert.match(
    message,
    /staff\.inspectors\.changes\[0\]\.from: expected a date YYYY-MM-DD in 2023, found "2024-03-01"/,
  );
  // Range problems come first; the pair and sum rules are checked on well-typed values only.
  assert.doesNotMatch(message, /lvSurveyHoursP90/);
  p.staff.lvCrews.count = 2;
  p.staff.inspectors.changes = [];
  assert.throws(() => checkApplicationParameters(p, YEAR), (e: Error) => {
    assert.match(
      e.message,
      /survey\.lvSurveyHoursP90: expected a number ≥ survey\.lvSurveyHoursMedian \(1\), found 0\.5/,
    );
    assert.match(
      e.message,
      /channels\.pushedShare \+ channels\.proactiveShare: expected a sum ≤ 1/,
    );
    return true;
  });
  const unknown = { ...defaultsOf(APPLICATIONS_SPEC), surplus: 1 } as ApplicationParameters;
  assert.throws(
    () => checkApplicationParameters(unknown, YEAR),
    /surplus: expected one of access, channels, [^\n]*, verdicts, found unknown key "surplus"/,
  );
});

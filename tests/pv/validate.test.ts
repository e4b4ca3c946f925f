/**
 * Tests of sim/model/pv/validate.ts: bad parameters get one clear error naming each parameter.
 */
import assert from "node:assert/strict";
import { UserError } from "../../sim/errors.ts";
import { createPvModel } from "../../sim/model/pv/model.ts";
import { pvParameters } from "./fixture.ts";
import { context, HAND, quiet } from "../support/pv.ts";

Deno.test("bad parameters get one clear error naming each parameter", () => {
  const ctx = context(HAND);
  assert.throws(
    () =>
      createPvModel(
        ctx,
        pvParameters((p) => {
          p.hosting.limitShareOfRating = -0.1;
          (p.hosting as { rule: string }).rule = "plan90";
        }),
      ),
    (error: unknown) =>
      error instanceof UserError &&
      /pv\.hosting\.limitShareOfRating: expected a number from 0 to 10/.test(error.message) &&
      /pv\.hosting\.rule: expected one of "plan80", "dlt2041", found "plan90"/.test(error.message),
  );
  assert.throws(
    () => createPvModel(ctx, pvParameters((p) => (p.commercial.maxKw = 80))),
    /pv\.commercial\.maxKw: expected a size above pv\.adoption\.householdMaxKw \(100 kW\)/,
  );
  const noPvRates = {
    ...HAND,
    monthlyApplications: new Map([["pv" as const, new Array(12).fill(0)]]),
  };
  assert.throws(
    () => createPvModel(context(noPvRates), quiet()),
    /adoption\.seasonal: expected .* pv rate > 0/,
  );
});

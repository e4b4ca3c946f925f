/**
 * Tests of sim/engine/stats/summary.ts: a replication summary with its interval.
 */
import assert from "node:assert/strict";
import { summarize } from "../../sim/engine/stats/summary.ts";
import { assertClose } from "../support/assertions.ts";

Deno.test("summarize: hand-computed interval", () => {
  const s = summarize([10, 12, 11, 13, 9]);
  // Hand: mean 11; squared deviations 1+1+0+4+4 = 10; s² = 2.5; s = 1.5811388;
  // halfWidth = t(0.975, 4)·s/√5 = 2.7764451·1.5811388/2.2360680 = 1.9632432.
  assert.equal(s.n, 5);
  assert.equal(s.mean, 11);
  assertClose(s.sd, Math.sqrt(2.5), 1e-15, "sd");
  assertClose(s.halfWidth, 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5), 1e-13, "hw");
  assertClose(s.halfWidth, 1.9632432, 1e-7, "hw by hand");
  assertClose(s.ci[0], 11 - s.halfWidth, 1e-15, "low");
  assertClose(s.ci[1], 11 + s.halfWidth, 1e-15, "high");
  assert.equal(s.min, 9);
  assert.equal(s.max, 13);
  assert.equal(s.median, 11);
  assert.equal(s.confidence, 0.95);
  assert.equal(s.p05, undefined, "p05 only from 20 values on");
  assert.equal(s.p95, undefined);
  // 90 % interval: t(0.95, 4) = 2.1318468 (t table: 2.132).
  assertClose(
    summarize([10, 12, 11, 13, 9], 0.9).halfWidth,
    2.1318468 * Math.sqrt(0.5),
    1e-7,
    "90%",
  );
});

Deno.test("summarize: percentiles from 20 values; order of input irrelevant", () => {
  const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1
  const s = summarize(values);
  // Type 7 on 1…20: p05 at position 19·0.05 = 0.95 → 1.95; p95 at 18.05 → 19.05.
  assertClose(s.p05!, 1.95, 1e-14, "p05");
  assertClose(s.p95!, 19.05, 1e-14, "p95");
  assert.equal(s.median, 10.5);
  assert.equal(s.mean, 10.5);
  assert.deepEqual(values[0], 20, "input not sorted in place");
});

Deno.test("summarize: n = 1 gives NaN spread; bad input throws", () => {
  const one = summarize([4.2]);
  assert.equal(one.n, 1);
  assert.equal(one.mean, 4.2);
  assert.equal(one.median, 4.2);
  assert.ok(Number.isNaN(one.sd));
  assert.ok(Number.isNaN(one.halfWidth));
  assert.ok(Number.isNaN(one.ci[0]) && Number.isNaN(one.ci[1]));
  assert.throws(
    () => summarize([]),
    (e: Error) =>
      e instanceof RangeError &&
      e.message === "summarize: values: expected at least one value, found an empty array",
  );
  assert.throws(
    () => summarize([1, NaN]),
    /summarize: values\[1\]: expected a finite number, found NaN/,
  );
  assert.throws(
    () => summarize([1, 2], 95),
    /summarize: confidence: expected a number in \(0, 1\), found 95/,
  );
});

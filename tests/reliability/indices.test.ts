/**
 * Tests of sim/model/reliability/indices.ts: the IEEE 1366 indices of a hand-made event log
 * (tests/reliability/event-log.csv) equal a hand computation; CAIDI undefined without sustained
 * interruptions; bad inputs refused.
 */
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import {
  emptyTotals,
  interruptionTotals,
  reliabilityIndices,
} from "../../sim/model/reliability/indices.ts";
import { close, FIXTURES } from "../support/reliability.ts";

Deno.test("IEEE 1366 indices of a hand-made event log equal a hand computation", async () => {
  const text = await Deno.readTextFile(new URL("event-log.csv", FIXTURES));
  const rows = parse(text, { columns: true }) as { customers: string; minutes: string }[];
  const log = rows.map((r) => ({ customers: Number(r.customers), minutes: Number(r.minutes) }));
  const totals = interruptionTotals(log, 5);
  // Sustained (> 5 min): 120 × 90, 45 × 240, 15 × 6. Momentary: 300 × 2, 80 × 5 (not > 5), 600.
  assert.equal(totals.customersInterrupted, 120 + 45 + 15);
  assert.equal(totals.customerMinutes, 120 * 90 + 45 * 240 + 15 * 6); // 21,690
  assert.equal(totals.momentaryCustomers, 300 + 80 + 600);
  const x = reliabilityIndices(totals, 2000, 8760);
  close(x.saidiMinutes, 21690 / 2000, 1e-12, "SAIDI min"); // 10.845
  close(x.saidiHours, 10.845 / 60, 1e-12, "SAIDI h");
  close(x.saifi, 180 / 2000, 1e-12, "SAIFI"); // 0.09
  close(x.caidiMinutes, 10.845 / 0.09, 1e-9, "CAIDI min"); // 120.5
  close(x.caidiHours, 120.5 / 60, 1e-9, "CAIDI h");
  close(x.maifi, 980 / 2000, 1e-12, "MAIFI"); // 0.49
  close(x.asai, 1 - 21690 / (2000 * 8760 * 60), 1e-15, "ASAI");
  // A 1-minute threshold turns the 2- and 5-minute interruptions into sustained ones.
  assert.equal(interruptionTotals(log, 1).customersInterrupted, 180 + 300 + 80);
});

Deno.test("indices: CAIDI undefined without sustained interruptions; bad inputs refused", () => {
  const none = reliabilityIndices(emptyTotals(), 100, 24);
  assert.equal(none.saidiHours, 0);
  assert.ok(Number.isNaN(none.caidiHours));
  assert.equal(none.asai, 1);
  assert.throws(
    () => reliabilityIndices(emptyTotals(), 0, 24),
    /customersServed must be .* > 0, found 0/,
  );
  assert.throws(
    () => reliabilityIndices(emptyTotals(), 10, -1),
    /periodHours must be .* > 0, found -1/,
  );
  assert.throws(
    () => interruptionTotals([{ customers: -1, minutes: 3 }]),
    /customers must be a finite number ≥ 0, found -1/,
  );
});

/**
 * KPI rows through JSON and back give the same numbers, bit for bit: awkward doubles, NaN,
 * ±Infinity, −0 and KPIs a replication did not report.
 */
import assert from "node:assert/strict";
import { decodeRows, encodeRows } from "../../sim/study/rows.ts";

Deno.test("rows: encoded, written as JSON and read back, every number is the same double", () => {
  const rows: Record<string, number>[] = [
    { a: 0.1 + 0.2, b: 5e-324, c: 1.7976931348623157e308, d: -0, e: NaN, f: Infinity },
    { a: 1 / 3, c: -Infinity, g: 123456789.12345679 },
    {},
  ];
  const back = decodeRows(JSON.parse(JSON.stringify(encodeRows(rows))));
  assert.equal(back.length, rows.length);
  rows.forEach((row, i) => {
    assert.deepEqual(Object.keys(back[i]).sort(), Object.keys(row).sort(), "the same keys");
    for (const [key, value] of Object.entries(row)) {
      assert.ok(Object.is(back[i][key], value), `${key}: ${back[i][key]} for ${value}`);
    }
  });
  // Random doubles over the whole range: the bits survive.
  const view = new DataView(new ArrayBuffer(8));
  const random = Array.from({ length: 2000 }, (_, i) => {
    view.setUint32(0, (Math.random() * 2 ** 32) >>> 0);
    view.setUint32(4, (Math.random() * 2 ** 32) >>> 0);
    return { [`k${i % 7}`]: view.getFloat64(0) };
  });
  const again = decodeRows(JSON.parse(JSON.stringify(encodeRows(random))));
  random.forEach((row, i) => {
    const [[key, value]] = Object.entries(row);
    assert.ok(Object.is(again[i][key], value), `${value}`);
  });
  assert.throws(() => decodeRows({ columns: ["a"], rows: [["oops"]] }), /"oops" for a/);
  assert.throws(() => decodeRows({ columns: ["a"], rows: [[1, 2]] }), /a row of 2 values/);
});

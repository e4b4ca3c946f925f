/** Tests of sim/io/csv-text.ts: the one CSV writer, of the data files and of a run's results. */
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { csvField, csvText } from "../../sim/io/csv-text.ts";

Deno.test("csvText: quotes only the fields that need it, and csv-parse reads them back", () => {
  const rows = [
    ["plain", 630, 0.1 + 0.2],
    ['a "quoted" word', -0, 1e21],
    ["comma, inside", 1.5, "line\nend"],
    ["受理", 0, "cr\r"],
  ];
  const text = csvText(["name", "kw", "note"], rows);
  assert.equal(
    text,
    "name,kw,note\nplain,630,0.30000000000000004\n" +
      '"a ""quoted"" word",0,1e+21\n"comma, inside",1.5,"line\nend"\n受理,0,"cr\r"\n',
  );
  assert.deepEqual(parse(text), [["name", "kw", "note"], ...rows.map((r) => r.map(String))]);
});

Deno.test("csvText: missing and non-finite values are empty; booleans; byte-order mark", () => {
  assert.deepEqual(
    [undefined, null, NaN, Infinity, -Infinity, "", true, false].map((v) => csvField(v)),
    ["", "", "", "", "", "", "true", "false"],
  );
  assert.equal(csvText(["on"], [[true], [false]], { booleans: ["yes", "no"] }), "on\nyes\nno\n");
  assert.equal(csvText(["a", "b"], [], { byteOrderMark: true }), "\uFEFFa,b\n");
  assert.throws(() => csvText(["a", "b"], [["x"]]), /csvText: a row has 1 cells, the header 2/);
});

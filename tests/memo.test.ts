/**
 * Tests of sim/model/memo.ts, which the reliability and PV models use to compute their network,
 * record and diffusion once per run: once per key and owner, only the most recent keys kept.
 */
import assert from "node:assert/strict";
import { memo, MEMO_SIZE } from "../sim/model/memo.ts";

Deno.test("memo: computes once per key and owner, keeps only the most recent keys", () => {
  const owner = {};
  let builds = 0;
  const get = (key: string) => memo(owner, key, () => ({ key, n: ++builds }));
  const first = get("a");
  assert.equal(get("a"), first);
  assert.equal(builds, 1);
  assert.notEqual(memo({}, "a", () => ({ key: "a", n: 0 })), first); // another owner
  for (let i = 0; i < MEMO_SIZE; i++) get(`k${i}`); // "a" is now the oldest and falls out
  assert.equal(builds, 1 + MEMO_SIZE);
  assert.notEqual(get("a"), first);
  assert.equal(builds, 2 + MEMO_SIZE);
});

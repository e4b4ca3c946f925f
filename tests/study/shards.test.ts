/**
 * Shard slicing: every (cell, replication) pair of a study runs in exactly one shard, shards
 * differ in size by at most one overall and in every cell, and a shard's slice of a cell is the
 * same whether listed for the whole study or for the cell alone.
 */
import assert from "node:assert/strict";
import { shardFileName, shardReplications, shardTasks } from "../../sim/study/shards.ts";

Deno.test("shards: a partition of every replication, balanced to one overall and per cell", () => {
  for (const [cells, reps] of [[1, 1], [6, 7], [20, 3], [3, 100]]) {
    for (const count of [1, 2, 3, 4, 7, 13, 500]) {
      const seen = new Map<string, number>();
      const sizes: number[] = [];
      for (let index = 0; index < count; index++) {
        const tasks = shardTasks(cells, reps, { index, count });
        sizes.push(tasks.length);
        for (const t of tasks) {
          const key = `${t.job}/${t.replication}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        for (let cell = 0; cell < cells; cell++) {
          const mine = tasks.filter((t) => t.job === cell).map((t) => t.replication);
          assert.deepEqual(shardReplications(cell, reps, { index, count }), mine);
          // Per cell: ⌊reps/count⌋ or ⌈reps/count⌉ replications.
          assert.ok(
            Math.abs(mine.length - reps / count) < 1,
            `${cells}×${reps}/${count} cell ${cell}`,
          );
        }
      }
      assert.equal(seen.size, cells * reps, "every pair once");
      assert.ok([...seen.values()].every((n) => n === 1));
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `sizes ${sizes}`);
    }
  }
  // By hand: 2 cells of 10, shard 1 of 3 takes g = 1, 4, 7 | 10, 13, 16, 19 (g = 10 × cell + r).
  assert.deepEqual(
    shardTasks(2, 10, { index: 1, count: 3 }).map((t) => t.job * 10 + t.replication),
    [
      1,
      4,
      7,
      10,
      13,
      16,
      19,
    ],
  );
  assert.equal(shardTasks(2, 10).length, 20, "no shard: the whole study");
});

Deno.test("shards: file names sort in shard order", () => {
  assert.equal(shardFileName({ index: 3, count: 7 }), "shard-0003-of-0007.jsonl");
  assert.equal(shardFileName({ index: 9, count: 12000 }), "shard-00009-of-12000.jsonl");
});

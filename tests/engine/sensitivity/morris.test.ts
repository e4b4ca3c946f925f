import assert from "node:assert/strict";
import { morrisDesign, morrisEffects } from "../../../sim/engine/sensitivity/mod.ts";

/** Evaluates `f` on every point of every trajectory. */
function run(design: ReturnType<typeof morrisDesign>, f: (u: readonly number[]) => number) {
  return design.map((t) => t.points.map(f));
}

Deno.test("Morris: μ* of a linear function is |coefficient| × range; an inert input gets 0", () => {
  // y = 3 X1 − 2 X2 + 0 X3, X1 over [1, 5], X2 over [0, 10], X3 over [−1, 1].
  const ranges = [[1, 5], [0, 10], [-1, 1]];
  const f = (u: readonly number[]) => {
    const x = u.map((v, i) => ranges[i][0] + v * (ranges[i][1] - ranges[i][0]));
    return 3 * x[0] - 2 * x[1] + 0 * x[2];
  };
  const design = morrisDesign(10, [0, 1, 2], { seed: 3 });
  const effects = morrisEffects(design, run(design, f));
  assert.ok(Math.abs(effects[0].muStar - 12) < 1e-9, `${effects[0].muStar}`);
  assert.ok(Math.abs(effects[1].muStar - 20) < 1e-9);
  assert.ok(Math.abs(effects[1].mu + 20) < 1e-9); // negative coefficient: μ = −20
  assert.equal(effects[2].muStar, 0);
  assert.ok(effects[0].sigma < 1e-9); // linear: every effect the same
  assert.equal(effects[0].n, 10);
});

Deno.test("Morris: an interaction shows in σ, and the grid steps by Δ = 2/3", () => {
  const design = morrisDesign(20, [0, 1], { seed: 4 });
  for (const t of design) {
    for (let j = 0; j < t.moved.length; j++) {
      const diff = t.points[j + 1].map((x, c) => x - t.points[j][c]);
      assert.ok(Math.abs(Math.abs(diff[t.moved[j]]) - 2 / 3) < 1e-12);
      assert.ok(Math.abs(diff[t.moved[j]] - t.step[j]) < 1e-12);
    }
  }
  const effects = morrisEffects(design, run(design, (u) => u[0] * u[1]));
  assert.ok(effects[0].sigma > 0.1 && effects[1].sigma > 0.1);
});

Deno.test("Morris groups: a group moves as one factor; seeded designs repeat", () => {
  const design = morrisDesign(5, [0, 1, 0], { seed: 9 });
  for (const t of design) {
    assert.equal(t.points.length, 3);
    const j = t.moved.indexOf(0);
    assert.notEqual(t.points[j + 1][0], t.points[j][0]);
    assert.notEqual(t.points[j + 1][2], t.points[j][2]);
    assert.equal(t.points[j + 1][1], t.points[j][1]);
  }
  assert.deepEqual(morrisDesign(5, [0, 1, 0], { seed: 9 }), design);
  assert.notDeepEqual(morrisDesign(5, [0, 1, 0], { seed: 10 }), design);
});

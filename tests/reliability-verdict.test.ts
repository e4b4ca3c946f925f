/**
 * The plan's SAIDI verdict (二.(四): ≤ 4.9 h a year, or −8 % on last year) and the two counting
 * bases behind it (sim/model/reliability/kpis.ts): the verdict fails a scenario without
 * live-line work or automation and passes the plan's measures; the 10 kV user basis of DL/T 836
 * equals the customer basis when every transformer has one customer, and 0.4 kV work moves only
 * the customer basis; the cut limb compares with year Y−1 of the record on the same basis
 * (computed here from history.csv on its own: its customer columns for the customer basis, its
 * 10 kV-user columns for the judged one), can fail and pass on the judged basis, and is not
 * judged when the record lacks that year; more live-line work never raises SAIDI on either
 * basis.
 *
 * The reliability model runs alone (≈ 10–25 ms a county-year), on the shipped scenarios' levers,
 * seed 2023.
 */
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { type County, DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { civilFromDays } from "../sim/engine/calendar/civil.ts";
import { proportionSummary } from "../sim/engine/stats/proportion-summary.ts";
import { calendarForYear, createContext } from "../sim/model/setup-context.ts";
import { RELIABILITY } from "../sim/model/plan.ts";
import { setupReliability } from "../sim/model/reliability/model.ts";
import { targetVerdict } from "../sim/model/reliability/kpis.ts";
import type { ReliabilityParameters } from "../sim/model/reliability/parameters.ts";
import { RELIABILITY_CHECKS } from "../sim/runner/checks/reliability.ts";
import { readScenario } from "../sim/scenario/scenario.ts";

const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
const SEED = 2023;

/** One county-year of the reliability model alone. */
async function year(
  p: ReliabilityParameters,
  options: { year?: number; replication?: number; county?: County } = {},
): Promise<Record<string, number>> {
  const y = options.year ?? 2023;
  const ctx = createContext({
    county: options.county ?? county,
    calendar: await calendarForYear(y),
    year: y,
    seed: SEED,
    replication: options.replication ?? 0,
    active: ["reliability"],
  });
  const finish = setupReliability(ctx, p);
  ctx.env.run(ctx.horizon);
  return finish().kpis;
}

/** `n` replications of a scenario's reliability levers in its own year (or `options.year`). */
async function scenarioYears(
  name: string,
  n: number,
  change: (p: ReliabilityParameters) => void = () => {},
  options: { year?: number; county?: County } = {},
): Promise<Record<string, number>[]> {
  const scenario = await readScenario(name);
  const p = structuredClone(scenario.parameters.reliability);
  change(p);
  const out: Record<string, number>[] = [];
  for (let replication = 0; replication < n; replication++) {
    out.push(
      await year(p, { year: options.year ?? scenario.year, replication, county: options.county }),
    );
  }
  return out;
}

const check = (id: string) => RELIABILITY_CHECKS.find((c) => c.id === id)!;
const verdict = check("reliability.saidi");

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Share of replications meeting `id`, with its Wilson 95 % interval. */
function metShare(years: Record<string, number>[], id: string) {
  const verdicts = years.map((k) => check(id).met(k));
  assert.ok(verdicts.every((v) => v !== undefined), `${id} judged in every replication`);
  return proportionSummary(verdicts.filter((v) => v).length, verdicts.length);
}

// ---------------------------------------------------------------------------------------------
// The verdict on scenarios
// ---------------------------------------------------------------------------------------------

const N = 40;

Deno.test("SAIDI verdict fails without live-line work or automation (baseline-2022 levers)", async () => {
  // baseline-2022: no automation upgrades, no bundling; here also no live-line work at all.
  const none = (p: ReliabilityParameters) => {
    p.planned.liveLineShare10kv = 0;
    p.planned.liveLineShare04kv = 0;
    p.automation.noneToRemoteShare = 0;
    p.automation.remoteToSelfHealingShare = 0;
  };
  // In the plan's year, 2023: above 4.9 h, and not 8 % below the record's 2022 (5.52 h on
  // 10 kV users), so both limbs fail.
  const years = await scenarioYears("baseline-2022", N, none, { year: 2023 });
  const share = metShare(years, "reliability.saidi");
  const saidi = mean(years.map((k) => k["reliability.targetSaidiHours"]));
  assert.ok(saidi > RELIABILITY.saidiHours + 1, `mean SAIDI (10 kV users) ${saidi}`);
  assert.ok(share.ci[1] < 0.1, `met in ${share.proportion} (upper bound ${share.ci[1]})`);
  assert.ok(years.every((k) => k["reliability.meetsCut"] === 0 || k["reliability.meetsCut"] === 1));
  // In the scenario's own year, 2022, the same levers mostly pass on either basis through the
  // cut: it compares with the record's 2021 — the "7·20" flood year, 9.23 h on 10 kV users,
  // 9.18 h on customers — so ≈ 7.6 h is more than 8 % below it.
  const flood = await scenarioYears("baseline-2022", N, none, { year: 2022 });
  assert.ok(mean(flood.map((k) => k["reliability.meetsAbsolute"])) === 0);
  assert.ok(mean(flood.map((k) => k["reliability.meetsCut"])) > 0.5);
  assert.ok(mean(flood.map((k) => k["reliability.basis.lv.meetsCut"])) > 0.5);
});

Deno.test("SAIDI verdict: met under plan-2023 and under live-line-90", async () => {
  const plan = await scenarioYears("plan-2023", N);
  // Storm years still break 4.9 h now and then (measured, 200 replications: plan-2023 met in
  // 82 %, live-line-90 in 96 %; on the absolute limit alone 77 % and 95 %); 40 replications are
  // enough to tell "mostly met" from "failed".
  const planShare = metShare(plan, "reliability.saidi");
  assert.ok(planShare.ci[0] > 0.5, `plan-2023 met in ${planShare.proportion}`);
  const live = await scenarioYears("live-line-90", N);
  const liveShare = metShare(live, "reliability.saidi");
  assert.ok(liveShare.ci[0] > 0.75, `live-line-90 met in ${liveShare.proportion}`);
  assert.ok(liveShare.proportion >= planShare.proportion);
  // The verdict is judged on 10 kV users, against the record's 2022 on that basis: both limbs
  // are judged, and the verdict is met exactly when one of them is.
  const lastYear = await recordedSaidi(2022, "mv");
  for (const k of [...plan, ...live]) {
    assert.equal(k["reliability.targetBasis"], 1);
    assert.equal(k["reliability.targetSaidiHours"], k["reliability.basis.mv.saidiHours"]);
    assert.ok(Math.abs(k["reliability.lastYearSaidiHours"] - lastYear) < 1e-9);
    const cut = check("reliability.saidiCut").met(k);
    assert.equal(cut, k["reliability.targetSaidiHours"] <= 0.92 * lastYear);
    const absolute = check("reliability.saidiAbsolute").met(k);
    assert.equal(absolute, k["reliability.targetSaidiHours"] <= RELIABILITY.saidiHours);
    assert.equal(verdict.met(k), absolute || cut);
  }
});

Deno.test("the checks: clause, labels, and a verdict met by either limb", () => {
  assert.deepEqual(RELIABILITY_CHECKS.map((c) => c.id), [
    "reliability.saidi",
    "reliability.saidiAbsolute",
    "reliability.saidiCut",
  ]);
  for (const c of RELIABILITY_CHECKS) {
    assert.equal(c.clause, "二.(四)");
    assert.match(c.zh, /户均停电时间/);
    assert.match(c.en + c.measure, /10 kV users/);
    assert.ok(c.measure.length > 40 && c.goal.length > 0);
  }
  assert.match(verdict.measure, /4\.9 h.*8 %/);
  // Synthetic replications: each limb alone carries the verdict; neither fails it.
  const k = (absolute: number, cut: number) => ({
    "reliability.meetsAbsolute": absolute,
    "reliability.meetsCut": cut,
    "reliability.meetsTarget": absolute === 1 || cut === 1 ? 1 : 0,
  });
  assert.equal(verdict.met(k(0, 1)), true);
  assert.equal(verdict.met(k(1, 0)), true);
  assert.equal(verdict.met(k(0, 0)), false);
  assert.equal(verdict.met(k(0, NaN)), false);
  assert.equal(check("reliability.saidiCut").met(k(0, NaN)), undefined);
  assert.equal(verdict.met({}), undefined);
});

// ---------------------------------------------------------------------------------------------
// The rule: either limb, the cut against last year's figure when there is one
// ---------------------------------------------------------------------------------------------

Deno.test("target rule: ≤ 4.9 h, or ≤ 92 % of last year; without last year only 4.9 h", () => {
  const limit = (1 - RELIABILITY.yearOnYearCut) * 5.643; // 5.19156
  assert.deepEqual(
    { ...targetVerdict(5.1, 5.643), cutOnLastYear: 0 },
    {
      saidiHours: 5.1,
      lastYearSaidiHours: 5.643,
      cutOnLastYear: 0,
      meetsAbsolute: 0,
      meetsCut: 1,
      meetsTarget: 1,
    },
  );
  assert.ok(Math.abs(targetVerdict(5.1, 5.643).cutOnLastYear - (1 - 5.1 / 5.643)) < 1e-15);
  assert.equal(targetVerdict(limit + 1e-9, 5.643).meetsTarget, 0);
  assert.equal(targetVerdict(4.9, 4.0).meetsTarget, 1); // the absolute limit, inclusive
  const none = targetVerdict(5.1, NaN);
  assert.ok(Number.isNaN(none.meetsCut) && Number.isNaN(none.cutOnLastYear));
  assert.equal(none.meetsTarget, 0);
  assert.equal(targetVerdict(4.8, NaN).meetsTarget, 1);
});

/**
 * SAIDI of one calendar year of history.csv, hours, read here on its own: on the customer basis
 * (`lv`: customer-minutes / customers served) or on 10 kV users (`mv`: user-minutes / users
 * served), day by day.
 */
async function recordedSaidi(year: number, basis: "lv" | "mv"): Promise<number> {
  const rows = parse(
    await Deno.readTextFile(new URL("../data/reliability/history.csv", import.meta.url)),
    { columns: true },
  ) as Record<string, string>[];
  const days = rows.filter((r) => r.date.startsWith(`${year}-`));
  assert.equal(days.length, year % 4 === 0 ? 366 : 365);
  const [planned, unplanned, served] = basis === "lv"
    ? ["planned_customer_minutes", "unplanned_customer_minutes", "customers_served"]
    : ["planned_user_minutes", "unplanned_user_minutes", "users_served"];
  const minutes = days.reduce(
    (s, r) => s + (Number(r[planned]) + Number(r[unplanned])) / Number(r[served]),
    0,
  );
  return minutes / 60;
}

Deno.test("previous year: 2023 is compared with the record's 2022, 2022 with its 2021", async () => {
  const p = (await readScenario("plan-2023")).parameters.reliability;
  for (const [y, previous] of [[2023, 2022], [2022, 2021]]) {
    const k = await year(p, { year: y });
    assert.equal(k["reliability.lastYear"], previous);
    for (const b of ["lv", "mv"] as const) {
      // Each basis against the record's year Y−1 on the same basis, and its cut judged on it.
      const expected = await recordedSaidi(previous, b);
      const found = k[`reliability.basis.${b}.lastYearSaidiHours`];
      assert.ok(
        Math.abs(found - expected) < 1e-9,
        `${y} ${b}: ${found} vs the record's ${expected}`,
      );
      const v = targetVerdict(k[`reliability.basis.${b}.saidiHours`], expected);
      assert.equal(k[`reliability.basis.${b}.meetsCut`], v.meetsCut);
      assert.equal(k[`reliability.basis.${b}.meetsTarget`], v.meetsTarget);
      assert.ok(!Number.isNaN(v.meetsCut));
    }
    // The judged figures are the 10 kV users'.
    assert.equal(k["reliability.lastYearSaidiHours"], k["reliability.basis.mv.lastYearSaidiHours"]);
    assert.equal(k["reliability.meetsCut"], k["reliability.basis.mv.meetsCut"]);
    assert.equal(k["reliability.meetsTarget"], k["reliability.basis.mv.meetsTarget"]);
  }
  // The record's two years differ (the 2021 flood), so the years are not mixed up; nor are the
  // bases (0.4 kV faults count on the customer basis only, so the two differ).
  for (const b of ["lv", "mv"] as const) {
    assert.ok((await recordedSaidi(2021, b)) - (await recordedSaidi(2022, b)) > 3, b);
  }
  assert.ok(Math.abs((await recordedSaidi(2022, "lv")) - (await recordedSaidi(2022, "mv"))) > 0.05);
});

/** The default county with the record's 10 kV-user minutes of `year` multiplied by `factor`. */
function userMinutesScaled(year: number, factor: number): County {
  const history = county.history.map((d) =>
    civilFromDays(d.day).year === year
      ? {
        ...d,
        plannedUserMinutes: d.plannedUserMinutes * factor,
        unplannedUserMinutes: d.unplannedUserMinutes * factor,
      }
      : d
  );
  return { ...county, history };
}

Deno.test("the cut is judged on 10 kV users for 2023 (the record's 2022) and can fail and pass", async () => {
  const lastYear = await recordedSaidi(2022, "mv");
  // The rule on the record's figure: 5.0 h misses 4.9 h but is ≥ 8 % below 2022's 5.52 h;
  // 5.2 h is not.
  const limit = (1 - RELIABILITY.yearOnYearCut) * lastYear;
  assert.ok(limit > 5.0 && limit < 5.2, `limit ${limit}`);
  assert.deepEqual(
    [targetVerdict(5.0, lastYear).meetsCut, targetVerdict(5.0, lastYear).meetsTarget],
    [1, 1],
  );
  assert.deepEqual(
    [targetVerdict(5.2, lastYear).meetsCut, targetVerdict(5.2, lastYear).meetsTarget],
    [0, 0],
  );
  // In the model: plan-2023's county-years pass and fail the cut (storm years fail it).
  const plan = await scenarioYears("plan-2023", N);
  const cuts = plan.map((k) => k["reliability.meetsCut"]);
  assert.ok(cuts.includes(1) && cuts.includes(0), `cut met in ${mean(cuts)}`);
  // The judged cut reads the record's 10 kV-user columns: with 2022's user minutes 20 % higher
  // (customer columns as they were), the limit moves with them, a county-year above 4.9 h passes
  // through the cut alone, and the customer basis does not move.
  const raised = await scenarioYears("plan-2023", N, () => {}, {
    county: userMinutesScaled(2022, 1.2),
  });
  raised.forEach((k, i) => {
    const was = plan[i];
    assert.ok(Math.abs(k["reliability.lastYearSaidiHours"] - 1.2 * lastYear) < 1e-9);
    assert.equal(k["reliability.targetSaidiHours"], was["reliability.targetSaidiHours"]);
    for (const key of ["lastYearSaidiHours", "meetsCut", "meetsTarget"]) {
      assert.equal(k[`reliability.basis.lv.${key}`], was[`reliability.basis.lv.${key}`], key);
    }
    const v = targetVerdict(k["reliability.targetSaidiHours"], 1.2 * lastYear);
    assert.equal(k["reliability.meetsCut"], v.meetsCut);
  });
  const viaCut = raised.filter((k, i) =>
    k["reliability.meetsAbsolute"] === 0 && k["reliability.meetsCut"] === 1 &&
    plan[i]["reliability.meetsTarget"] === 0
  );
  assert.ok(viaCut.length > 0, "a county-year passing through the raised cut alone");
  for (const k of viaCut) assert.equal(verdict.met(k), true);
});

Deno.test("previous year missing from the record (2024 → 2023): the cut is not judged", async () => {
  const p = (await readScenario("plan-2023")).parameters.reliability;
  const k = await year(p, { year: 2024 });
  assert.equal(k["reliability.lastYear"], 2023);
  for (const b of ["lv", "mv"]) {
    assert.ok(Number.isNaN(k[`reliability.basis.${b}.lastYearSaidiHours`]), b);
    assert.ok(Number.isNaN(k[`reliability.basis.${b}.meetsCut`]), b);
    assert.equal(
      k[`reliability.basis.${b}.meetsTarget`],
      k[`reliability.basis.${b}.meetsAbsolute`],
    );
  }
  assert.equal(check("reliability.saidiCut").met(k), undefined);
  assert.notEqual(verdict.met(k), undefined);
});

// ---------------------------------------------------------------------------------------------
// The two bases
// ---------------------------------------------------------------------------------------------

/** The default county with every transformer holding one customer (feeders' totals to match). */
function oneCustomerPerTransformer(): County {
  const transformers = county.transformers.map((t) => ({ ...t, customers: 1 }));
  const byFeeder = new Map<string, typeof transformers>();
  for (const t of transformers) {
    const list = byFeeder.get(t.feederId) ?? [];
    list.push(t);
    byFeeder.set(t.feederId, list);
  }
  const feeders = county.feeders
    .filter((f) => (byFeeder.get(f.id)?.length ?? 0) > 0)
    .map((f) => ({ ...f, customers: byFeeder.get(f.id)!.length }));
  return {
    ...county,
    feeders,
    feederById: new Map(feeders.map((f) => [f.id, f])),
    transformers,
    transformerById: new Map(transformers.map((t) => [t.id, t])),
    transformersByFeeder: byFeeder,
  };
}

Deno.test("bases: equal when every transformer has one customer and nothing happens below it", async () => {
  const one = oneCustomerPerTransformer();
  const p = (await readScenario("plan-2023")).parameters.reliability;
  // 0.4 kV faults and jobs interrupt customers but no 10 kV user: switch them off.
  p.faults.lvPerPublicTransformerYear = 0;
  p.planned.maintenance04kvPerAreaYear = 0;
  for (let replication = 0; replication < 3; replication++) {
    const k = await year(p, { county: one, replication });
    assert.equal(k["reliability.basis.lv.served"], k["reliability.basis.mv.served"]);
    for (const key of ["saidiHours", "saifi", "caidiHours", "saidiHoursExMed"]) {
      const lv = k[`reliability.basis.lv.${key}`];
      const mv = k[`reliability.basis.mv.${key}`];
      assert.ok(Math.abs(lv - mv) <= 1e-9 * Math.max(1, lv), `${key}: lv ${lv}, mv ${mv}`);
    }
    assert.ok(k["reliability.basis.mv.saidiHours"] > 1);
  }
});

Deno.test("bases: 0.4 kV work interrupts customers only (customer basis up, 10 kV users same)", async () => {
  // Without bundling, a 0.4 kV job never shares an outage with 10 kV work, so taking the 0.4 kV
  // jobs live (common random numbers) leaves every 10 kV user's interruptions as they were.
  const p = (await readScenario("plan-2023")).parameters.reliability;
  p.planned.bundlingWindowDays = 0;
  const live = structuredClone(p);
  live.planned.liveLineShare04kv = 1;
  for (let replication = 0; replication < 3; replication++) {
    const a = await year(p, { replication });
    const b = await year(live, { replication });
    for (const key of ["saidiHours", "saifi"]) {
      assert.equal(b[`reliability.basis.mv.${key}`], a[`reliability.basis.mv.${key}`], key);
      assert.ok(
        b[`reliability.basis.lv.${key}`] < a[`reliability.basis.lv.${key}`] - 0.01,
        `lv ${key}: ${a[`reliability.basis.lv.${key}`]} → ${b[`reliability.basis.lv.${key}`]}`,
      );
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Metamorphic: live-line work
// ---------------------------------------------------------------------------------------------

Deno.test("more live-line work never raises SAIDI on either basis (common random numbers)", async () => {
  const base = (await readScenario("plan-2023")).parameters.reliability;
  const shares = [0, 0.3, 0.45, 0.7, 0.9, 1];
  for (let replication = 0; replication < 5; replication++) {
    let previous: Record<string, number> | null = null;
    for (const share of shares) {
      const p = structuredClone(base);
      p.planned.liveLineShare10kv = share;
      p.planned.liveLineShare04kv = share;
      const k = await year(p, { replication });
      if (previous !== null) {
        for (const key of ["basis.lv.saidiHours", "basis.mv.saidiHours", "basis.mv.saifi"]) {
          const before = previous[`reliability.${key}`];
          const after = k[`reliability.${key}`];
          assert.ok(
            after <= before + 1e-9,
            `replication ${replication}, live-line ${share}: ${key} ${before} → ${after}`,
          );
        }
        // The same faults whatever the planned work.
        assert.equal(k["reliability.fault.saidiHours"], previous["reliability.fault.saidiHours"]);
      }
      previous = k;
    }
    assert.equal(previous!["reliability.planned.saidiHours"], 0);
  }
});

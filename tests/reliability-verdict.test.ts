/**
 * The plan's SAIDI verdict (二.(四): ≤ 4.9 h a year, or −8 % on last year) and the two counting
 * bases behind it (sim/model/reliability/kpis.ts): the verdict fails a scenario without
 * live-line work or automation and passes the plan's measures; the 10 kV user basis of DL/T 836
 * equals the customer basis when every transformer has one customer, and 0.4 kV work moves only
 * the customer basis; the cut limb compares with year Y−1 of the record (computed here from
 * history.csv on its own), and is not judged when there is none; more live-line work never
 * raises SAIDI on either basis.
 *
 * The reliability model runs alone (≈ 10–25 ms a county-year), on the shipped scenarios' levers,
 * seed 2023.
 */
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { type County, DEFAULT_DATA_DIR, loadCounty } from "../sim/data/county.ts";
import { proportionSummary } from "../sim/engine/stats/proportion-summary.ts";
import { calendarForYear, createContext } from "../sim/model/setup-context.ts";
import { RELIABILITY } from "../sim/model/targets.ts";
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

/** `n` replications of a scenario's reliability levers in its own year. */
async function scenarioYears(
  name: string,
  n: number,
  change: (p: ReliabilityParameters) => void = () => {},
): Promise<Record<string, number>[]> {
  const scenario = await readScenario(name);
  const p = structuredClone(scenario.parameters.reliability);
  change(p);
  const out: Record<string, number>[] = [];
  for (let replication = 0; replication < n; replication++) {
    out.push(await year(p, { year: scenario.year, replication }));
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
  const years = await scenarioYears("baseline-2022", N, (p) => {
    p.planned.liveLineShare10kv = 0;
    p.planned.liveLineShare04kv = 0;
    p.automation.noneToRemoteShare = 0;
    p.automation.remoteToSelfHealingShare = 0;
  });
  const share = metShare(years, "reliability.saidi");
  const saidi = mean(years.map((k) => k["reliability.targetSaidiHours"]));
  assert.ok(saidi > RELIABILITY.saidiHours + 1, `mean SAIDI (10 kV users) ${saidi}`);
  assert.ok(share.ci[1] < 0.1, `met in ${share.proportion} (upper bound ${share.ci[1]})`);
  // Judged on the customer basis instead, the same county-years would mostly pass: there the
  // cut limb is judged, against the record's 2021 — the "7·20" flood year, 9.18 h — so 8.45 h
  // passes. On 10 kV users the record has no 2021 and the absolute limit alone decides.
  assert.ok(mean(years.map((k) => k["reliability.basis.lv.meetsCut"])) > 0.5);
});

Deno.test("SAIDI verdict: met under plan-2023 and under live-line-90", async () => {
  const plan = await scenarioYears("plan-2023", N);
  // Storm years still break 4.9 h now and then (measured, 200 replications: plan-2023 met in
  // 77 %, live-line-90 in 95 %); 40 replications are enough to tell "mostly met" from "failed".
  const planShare = metShare(plan, "reliability.saidi");
  assert.ok(planShare.ci[0] > 0.5, `plan-2023 met in ${planShare.proportion}`);
  const live = await scenarioYears("live-line-90", N);
  const liveShare = metShare(live, "reliability.saidi");
  assert.ok(liveShare.ci[0] > 0.75, `live-line-90 met in ${liveShare.proportion}`);
  assert.ok(liveShare.proportion >= planShare.proportion);
  // The verdict is judged on 10 kV users, where the record has no last year: the cut limb is
  // not judged, and the three checks agree.
  for (const k of [...plan, ...live]) {
    assert.equal(k["reliability.targetBasis"], 1);
    assert.equal(k["reliability.targetSaidiHours"], k["reliability.basis.mv.saidiHours"]);
    assert.equal(check("reliability.saidiCut").met(k), undefined);
    assert.equal(verdict.met(k), check("reliability.saidiAbsolute").met(k));
    assert.equal(verdict.met(k), k["reliability.targetSaidiHours"] <= RELIABILITY.saidiHours);
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

/** SAIDI of one calendar year of history.csv, hours, read here on its own. */
async function recordedSaidi(year: number): Promise<number> {
  const rows = parse(
    await Deno.readTextFile(new URL("../data/reliability/history.csv", import.meta.url)),
    { columns: true },
  ) as Record<string, string>[];
  const days = rows.filter((r) => r.date.startsWith(`${year}-`));
  assert.equal(days.length, year % 4 === 0 ? 366 : 365);
  const minutes = days.reduce(
    (s, r) =>
      s +
      (Number(r.planned_customer_minutes) + Number(r.unplanned_customer_minutes)) /
        Number(r.customers_served),
    0,
  );
  return minutes / 60;
}

Deno.test("previous year: 2023 is compared with the record's 2022, 2022 with its 2021", async () => {
  const p = (await readScenario("plan-2023")).parameters.reliability;
  for (const [y, previous] of [[2023, 2022], [2022, 2021]]) {
    const k = await year(p, { year: y });
    const expected = await recordedSaidi(previous);
    assert.equal(k["reliability.lastYear"], previous);
    const found = k["reliability.basis.lv.lastYearSaidiHours"];
    assert.ok(Math.abs(found - expected) < 1e-9, `${y}: ${found} vs the record's ${expected}`);
    // The customer basis judges its cut against it.
    const lv = targetVerdict(k["reliability.basis.lv.saidiHours"], expected);
    assert.equal(k["reliability.basis.lv.meetsCut"], lv.meetsCut);
    assert.equal(k["reliability.basis.lv.meetsTarget"], lv.meetsTarget);
    // The record has no 10 kV-user figures: no last year on that basis, the cut not judged.
    assert.ok(Number.isNaN(k["reliability.basis.mv.lastYearSaidiHours"]));
    assert.ok(Number.isNaN(k["reliability.meetsCut"]));
  }
  // The record's two years differ (the 2021 flood), so the years are not mixed up.
  assert.ok((await recordedSaidi(2021)) - (await recordedSaidi(2022)) > 3);
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

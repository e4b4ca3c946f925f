/**
 * The main report (`deno task report`): one self-contained page that answers "does the plan
 * meet its targets, and which levers matter?" — baseline 2022 against plan 2023 on every target,
 * each class's working days against its limit, SAIDI against 4.9 h, the lever variants side by
 * side, PV zones over the year, staff utilisation, and the assumptions with their sources.
 */
import type { SensitivityResult } from "../sensitivity/analysis.ts";
import { sensitivitySection } from "./sensitivity-section.ts";
import type { County } from "../data/county.ts";
import { SERVICE_PROFILES } from "../model/applications/class-profiles.ts";
import type { Service } from "../model/applications/classes.ts";
import { kpiInfo, type KpiKey } from "../kpis/catalogue.ts";
import { KPI_PARTS } from "../kpis/parts.ts";
import { STAFF_ROLES } from "../model/applications/parameters.ts";
import { RELIABILITY, TIMELINE_TARGETS } from "../model/plan.ts";
import { compareRuns } from "../runner/compare.ts";
import { formatValue } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import type { TargetResult } from "../runner/targets.ts";
import { documentation } from "../spec/json-schema.ts";
import { leversOf, leverText } from "../spec/levers.ts";
import { SCENARIO_SPEC, scenarioValues } from "../scenario/scenario.ts";
import { daysChart, groupedBars, spreadChart, stackedChart } from "./charts.ts";
import { scorecardSection } from "./scorecard-section.ts";
import { stationSection } from "./station-section.ts";
import { bilingual, type Cell, escapeHtml, figure, page, section, table } from "./html.ts";
import { comparisonRows, kpiTable, meanOf } from "./kpi-cells.ts";

/** The runs a report is made of. */
export interface ReportInput {
  baseline: ScenarioRun;
  plan: ScenarioRun;
  /** Lever variants of the plan (same seed and replications: common random numbers). */
  variants: ScenarioRun[];
  county: County;
  /** Seconds the runs took, for the page's footer line. */
  seconds: number;
  /** A previous sensitivity run, shown as a section when given. */
  sensitivity?: SensitivityResult;
}

function kpiValues(run: ScenarioRun, key: KpiKey): number[] {
  return run.results.map((r) => r.kpis[key] ?? NaN);
}

function probabilityCell(t: TargetResult | undefined): Cell {
  if (t === undefined || t.probability === null) return { html: "n/a", className: "na" };
  const p = t.probability;
  const [lo, hi] = t.probabilityCi95!;
  const verdict = p >= 0.5 ? "met" : "missed";
  return {
    html: `${verdict === "met" ? "达标 met" : "未达标 missed"} · ${(p * 100).toFixed(0)} %` +
      ` <span class="en">[${(lo * 100).toFixed(0)}–${(hi * 100).toFixed(0)} %]</span>`,
    className: verdict,
  };
}

function targetsSection(input: ReportInput): string {
  const baseline = new Map(input.baseline.summary.targets.map((t) => [t.id, t]));
  const rows = input.plan.summary.targets.map((t) => {
    const b = baseline.get(t.id);
    const value = (x: TargetResult | undefined) =>
      x?.value === null || x === undefined ? "–" : formatValue(x.value, kpiInfo(x.kpi).unit);
    return [
      {
        html: `${bilingual(t.zh, t.en)}<br><span class="en">plan ${escapeHtml(t.clause)}: ` +
          `${escapeHtml(t.measure)}</span>`,
      },
      t.goal,
      { html: value(b), className: "num" },
      probabilityCell(b),
      { html: value(t), className: "num" },
      probabilityCell(t),
    ];
  });
  return section(
    "targets",
    "目标达成情况",
    "Plan targets: baseline 2022 vs plan 2023",
    "Each target is checked in every replication, as the plan words it, on every application " +
      "filed in the year: each is followed to its end after 31 December (one still open a year " +
      "later counts as outside every limit), on a county warmed up before 1 January. The " +
      "probability is the share of replications that meet it (Wilson 95 % interval in brackets); " +
      "a target counts as met when that probability is at least 50 %. Each timeline limit is read " +
      "two ways: the class's mean, and the share of its customers within the limit against the " +
      "compliance level (95 % by default), since the plan's limit applies to each customer.",
    table(["Target 目标", "Goal", "Baseline value", "Baseline", "Plan value", "Plan"], rows),
  );
}

function timelineSection(input: ReportInput): string {
  const parts: string[] = [];
  for (const [key, target] of Object.entries(TIMELINE_TARGETS)) {
    // What the verdict measures: every application of the service, energised or still open.
    const rows = [input.baseline, input.plan].flatMap((run) =>
      run.results.flatMap((r) =>
        ((r.records?.applications ?? []) as unknown as Record<string, unknown>[])
          .filter((a) =>
            a.service === key && ["energised", "in_progress"].includes(a.status as string)
          )
          .map((a) => ({ scenario: run.scenario.name, days: a.serviceDays as number }))
      )
    );
    if (rows.length === 0) continue;
    const [zh, en] = SERVICE_PROFILES[key as Service].label;
    const what = target.measure === "whole" ? "whole-process" : "business-handling";
    parts.push(figure(
      daysChart(rows, `${what} working days`, target.days),
      `${escapeHtml(zh)} · ${escapeHtml(en)}: ${what} working days of each application the ` +
        `limit applies to, filed in the year (sampled replications; one still open is counted up ` +
        `to the end of the run-out); red line: the plan's limit of ${target.days} days (plan ` +
        `${target.clause}).`,
    ));
  }
  const runs = [input.baseline, input.plan];
  const waits: KpiKey[] = [
    "applications.openAtYearEnd",
    "applications.runOutDays",
    "applications.open",
    "applications.pausedByPlan",
    "applications.awaitingCustomer",
    "planWait.ev.count",
    "planWait.ev.meanDays",
    "planWait.pv.count",
    "planWait.pv.meanDays",
  ];
  return section(
    "timelines",
    "各类用户办电时间",
    "Working days per class against the plan's limits",
    "Working days are counted by the Civil Code rule: the day of filing is not counted. Business " +
      "handling time leaves out only the construction of the network works and of the customer's " +
      "installation (plan 二.(二): 不含接网工程及用户受电工程建设时间): approval, the push to the " +
      "government and every utility step count. Waits the plan itself imposes (a charger paused " +
      "until its compound's capacity is upgraded, a PV system paused in a red zone) are not " +
      "service delays: they are left out of both measures and reported apart below. Each " +
      "application's parts are in applications.csv (wholeDays = businessDays + constructionDays " +
      "+ planWaitDays).",
    parts.join("") + kpiTable(runs, waits, "The year's applications"),
  );
}

function reliabilitySection(input: ReportInput): string {
  const runs = [input.baseline, input.plan, ...input.variants];
  const chart = figure(
    spreadChart(
      runs.map((run) => ({
        scenario: run.scenario.name,
        values: kpiValues(run, "reliability.targetSaidiHours"),
      })),
      "SAIDI (hours per 10 kV user-year)",
      RELIABILITY.saidiHours,
    ),
    "户均停电时间 SAIDI on the basis the target is judged on: DL/T 836's 10 kV users (each " +
      "distribution transformer one user), the basis of the National Energy Administration's " +
      "published county figures. One tick per replication (a simulated year), dot = mean; red " +
      "line: 4.9 h (plan 二.(四)). The −8 % rule compares with the previous year of the county's " +
      "record on the same basis (its 10 kV-user columns); a year the record lacks is not judged, " +
      "and the 4.9 h limit alone decides.",
  );
  const keys: KpiKey[] = [
    "reliability.targetSaidiHours",
    "reliability.basis.mv.saifi",
    "reliability.saidiHours",
    "reliability.basis.lv.meetsCut",
    "reliability.saidiHoursExMed",
    "reliability.fault.saidiHours",
    "reliability.planned.saidiHours",
    "reliability.saifi",
    "reliability.caidiHours",
    "reliability.maifi",
    "reliability.asai",
  ];
  return section(
    "reliability",
    "供电可靠性",
    "Reliability (IEEE 1366 indices)",
    "Both bases are reported: 10 kV users (DL/T 836, the judged one: the first two rows) and " +
      "every customer counted once (the other rows).",
    chart + kpiTable(runs, keys, "Index"),
  );
}

function variantsSection(input: ReportInput): string {
  const runs = [input.plan, ...input.variants];
  const comparisons = compareRuns(runs);
  const rows = comparisonRows(runs, comparisons, { allMeans: false, withCi: false });
  return section(
    "levers",
    "政策杠杆对比",
    "Lever variants side by side",
    `Each variant changes one lever of plan-2023 (${
      escapeHtml(
        input.variants.map((v) => `${v.scenario.name}: ${v.scenario.description}`).join("; "),
      )
    }). Columns after the first give the change from plan-2023 on common random numbers; ` +
      "* marks a difference significant at the 5 % level (paired t-test).",
    table(
      ["KPI", input.plan.scenario.name, ...input.variants.map((v) => `Δ ${v.scenario.name}`)],
      rows,
    ),
  );
}

function pvSection(input: ReportInput): string {
  const runs = [
    input.baseline,
    input.plan,
    ...input.variants.filter((v) => v.scenario.name.startsWith("pv")),
  ];
  const rows = runs.flatMap((run) =>
    KPI_PARTS.review.values.flatMap((q) =>
      KPI_PARTS.zone.values.map((category) => ({
        scenario: run.scenario.name,
        period: q === "end" ? "year end" : q.toUpperCase(),
        category,
        count: meanOf(run, `pv.zones.${q}.${category}`),
      }))
    )
  ).filter((r) => Number.isFinite(r.count));
  const chart = rows.length === 0 ? "" : figure(
    stackedChart(rows, "transformer areas", {
      green: "#2ca02c",
      yellow: "#e6b800",
      red: "#d62728",
    }),
    "光伏承载力分区 PV hosting zones of transformer areas at each quarterly review (mean over replications). " +
      "Green: normal process; yellow: a special study first; red: new PV waits (plan 三.(九)).",
  );
  const keys: KpiKey[] = [
    "pv.applications",
    "pv.accepted",
    "pv.delayedYellow",
    "pv.deferredRed",
    "pv.stillWaiting",
    "pv.connectedKw",
    "pv.upgrades",
    "pv.upgradeCostCny",
    "pv.maxTransformerShare",
    "pv.overLimit.worst.count",
    "pv.overLimit.end.preexisting",
    "pv.overLimit.worst.causedByAdmissions",
    "pv.substations.overLimit.worst.count",
  ];
  const table_ = kpiTable(runs, keys);
  return section(
    "pv",
    "分布式光伏",
    "Distributed PV: growth and hosting capacity",
    "The plan's cap (三.(九).3: PV connected, filed and under construction ≤ 80 % of the rating, " +
      "on transformers of every level) is judged on the county's actual state at each quarterly " +
      "review and at year end, areas already over on 1 January included, and apart from them the " +
      "areas the year's admissions pushed over; substations' ratings are assumed (data/README.md).",
    chart + table_,
  );
}

function staffSection(input: ReportInput): string {
  const runs = [
    input.baseline,
    input.plan,
    ...input.variants.filter((v) => v.scenario.name.startsWith("staffing")),
  ];
  const rows = STAFF_ROLES.flatMap((role) =>
    runs.map((run) => ({
      group: role,
      scenario: run.scenario.name,
      value: meanOf(run, `staff.${role}.utilisation`),
    }))
  ).filter((r) => Number.isFinite(r.value));
  if (rows.length === 0) return "";
  return section(
    "staff",
    "人员利用率",
    "Staff utilisation",
    "Busy working hours over available working hours of each role (office hours on the official " +
      "calendar). Above about 85 % queues grow quickly (queueing theory: waits grow like ρ/(1 − ρ)).",
    figure(
      groupedBars(rows, "utilisation (share of working hours)", 0.85),
      "Mean over replications.",
    ),
  );
}

function assumptionsSection(input: ReportInput): string {
  const plan = input.plan.scenario;
  const baseline = input.baseline.scenario;
  const planValues = scenarioValues(plan);
  const baseValues = scenarioValues(baseline);
  const baseLevers = new Map(leversOf(SCENARIO_SPEC, baseValues).map((l) => [l.path, l.value]));
  const rows = leversOf(SCENARIO_SPEC, planValues)
    .filter((l) => !["name", "description", "data"].includes(l.path))
    .map((l) => {
      const before = leverText(baseLevers.get(l.path));
      const now = leverText(l.value);
      return [
        { html: `<code>${escapeHtml(l.path)}</code>` },
        { html: escapeHtml(now), className: now === before ? "num" : "num met" },
        { html: escapeHtml(before), className: "num" },
        documentation(l.spec),
      ];
    });
  const county = input.county;
  const customers = county.feeders.reduce((s, f) => s + f.customers, 0);
  const data =
    `<p>County data: <code>${
      escapeHtml(plan.dataDir)
    }</code> — ${county.feeders.length} feeders, ` +
    `${county.transformers.length} distribution transformers, ${
      customers.toLocaleString("en-US")
    } customers, ` +
    `${county.compounds.length} residential compounds, ${county.history.length} days of reliability history. ` +
    "The default is a synthetic but documented Wuzhi County (Henan): every number and its source or " +
    "reasoning is in <code>data/README.md</code>; replace grid and demand files with utility extracts first.</p>" +
    "<p>Working days follow the State Council's holiday notices (<code>data/calendar/</code>). Random numbers: " +
    "named streams per model from one seed (common random numbers across scenarios). Targets: Wuzhi County " +
    "plan 武发改能源〔2023〕114号.</p>";
  return section(
    "assumptions",
    "模型假设与来源",
    "Assumptions and their sources",
    "Every lever of plan-2023, its value in the 2022 baseline (highlighted where they differ), and what it " +
      "means, its unit, range and source; for an assumption (a figure nobody chose and few have counted), " +
      "its plausible range and why, the range <code>deno task sensitivity</code> varies it over.",
    data +
      table(["Lever", plan.name, baseline.name, "Meaning · unit · range · source"], rows, "levers"),
  );
}

/** The whole report page. */
export function reportPage(input: ReportInput): string {
  const { plan } = input;
  const subtitle = `${plan.results.length} replications per scenario, seed ${plan.seed}, year ` +
    `${plan.scenario.year} (baseline ${input.baseline.scenario.year}); scenarios: ` +
    [input.baseline, plan, ...input.variants].map((r) => escapeHtml(r.scenario.name)).join(", ") +
    `; computed in ${input.seconds.toFixed(0)} s.`;
  return page(
    "获得电力 模拟报告 · Getting Electricity simulation report — Wuzhi County",
    subtitle,
    targetsSection(input) + scorecardSection(input.baseline, input.plan) +
      timelineSection(input) + reliabilitySection(input) +
      variantsSection(input) +
      pvSection(input) + staffSection(input) +
      input.variants.map((v) => stationSection(v, input.county)).join("") +
      (input.sensitivity ? sensitivitySection(input.sensitivity) : "") +
      assumptionsSection(input),
  );
}

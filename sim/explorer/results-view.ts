/**
 * The explorer's results as HTML: every plan verdict of the scenario beside the reference's
 * (probability of meeting it, Wilson interval, the difference in probability), the headline
 * KPIs with their paired differences on common random numbers (as `deno task compare` gives
 * them), and the reliability, PV and staff KPIs of the report. Labels are the KPI catalogue's
 * and the targets' own, in Chinese and English. Plain strings, so a test can read them too.
 *
 * @module
 */
import { kpiInfo, type KpiKey } from "../kpis/catalogue.ts";
import { KPI_PARTS } from "../kpis/parts.ts";
import { compareRuns } from "../runner/compare.ts";
import { formatValue, HEADLINE_KEYS } from "../runner/headline.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import type { TargetResult } from "../runner/targets.ts";
import { bilingual, type Cell, escapeHtml, section, table } from "../report/html.ts";
import {
  comparisonRows,
  differenceCell,
  kpiLabel,
  valueCell as meanCell,
} from "../report/kpi-cells.ts";

/** A verdict's probability in words: "达标 met · 85 % [64–95 %]", or "n/a". */
export function verdictText(t: TargetResult | undefined): string {
  if (t === undefined || t.probability === null) return "n/a";
  const [lo, hi] = t.probabilityCi95!;
  const verdict = t.probability >= 0.5 ? "达标 met" : "未达标 missed";
  return `${verdict} · ${(t.probability * 100).toFixed(0)} % [${(lo * 100).toFixed(0)}–${
    (hi * 100).toFixed(0)
  } %]`;
}

/** A target's KPI value, formatted with the catalogue's unit. */
export function targetValueText(t: TargetResult | undefined): string {
  return t === undefined || t.value === null ? "–" : formatValue(t.value, kpiInfo(t.kpi).unit);
}

function verdictCell(t: TargetResult | undefined, role: string): Cell {
  const className = t?.probability == null ? "na" : t.probability >= 0.5 ? "met" : "missed";
  return {
    html: `<span data-target="${escapeHtml(t?.id ?? "")}" data-role="${role}" data-probability="${
      t?.probability ?? ""
    }">${escapeHtml(verdictText(t))}</span>`,
    className,
  };
}

function valueCell(t: TargetResult | undefined, role: string): Cell {
  return {
    html: `<span data-target="${escapeHtml(t?.id ?? "")}" data-role="${role}" data-value="${
      t?.value ?? ""
    }">${escapeHtml(targetValueText(t))}</span>`,
    className: "num",
  };
}

function probabilityChange(a: TargetResult | undefined, b: TargetResult | undefined): Cell {
  if (a?.probability == null || b?.probability == null) return { html: "–", className: "na" };
  const d = Math.round((b.probability - a.probability) * 100);
  return { html: d === 0 ? "0" : `${d > 0 ? "+" : "−"}${Math.abs(d)} pp`, className: "num" };
}

/** The verdicts table: each target for the reference and the scenario. */
export function verdictsTable(reference: ScenarioRun, scenario: ScenarioRun): string {
  const byId = new Map(reference.summary.targets.map((t) => [t.id, t]));
  const rows = scenario.summary.targets.map((t) => {
    const r = byId.get(t.id);
    return [
      {
        html: `${bilingual(t.zh, t.en)}<br><span class="en">plan ${escapeHtml(t.clause)}: ${
          escapeHtml(t.measure)
        }</span>`,
      },
      t.goal,
      valueCell(r, "reference"),
      verdictCell(r, "reference"),
      valueCell(t, "scenario"),
      verdictCell(t, "scenario"),
      probabilityChange(r, t),
    ];
  });
  return table(
    [
      "目标 Target",
      "Goal",
      "参照值 Reference value",
      "参照 Reference",
      "方案值 Scenario value",
      "方案 Scenario",
      "Δ probability",
    ],
    rows,
    "verdicts",
  );
}

const RELIABILITY_KEYS: KpiKey[] = [
  "reliability.targetSaidiHours",
  "reliability.basis.mv.saifi",
  "reliability.saidiHours",
  "reliability.saifi",
  "reliability.caidiHours",
  "reliability.asai",
];

const PV_KEYS: KpiKey[] = [
  "pv.applications",
  "pv.accepted",
  "pv.deferredRed",
  "pv.connectedKw",
  "pv.upgrades",
  "pv.overLimit.worst.count",
  ...KPI_PARTS.zone.values.map((zone) => `pv.zones.end.${zone}` as KpiKey),
];

const STAFF_KEYS: KpiKey[] = KPI_PARTS.role.values.flatMap((role) =>
  [`staff.${role}.utilisation`, `staff.${role}.meanWaitDays`] as KpiKey[]
);

/** KPIs of both runs with the scenario's paired difference from the reference. */
function pairedTable(runs: readonly ScenarioRun[], keys: readonly KpiKey[], first = "KPI"): string {
  const rows = compareRuns(runs, keys).map((c) => {
    const info = kpiInfo(c.key);
    return [
      kpiLabel(info),
      ...c.means.map((m) => meanCell(m, info.unit)),
      differenceCell(c.differences[0], info.unit, true),
    ];
  });
  return table(
    [first, "参照 Reference", "方案 Scenario", "方案 − 参照 Scenario − reference"],
    rows,
  );
}

/** Every table of results; `charts` holds a placeholder per chart the page fills in. */
export function resultsHtml(reference: ScenarioRun, scenario: ScenarioRun): string {
  const runs = [reference, scenario];
  const comparisons = compareRuns(runs, HEADLINE_KEYS);
  const rows = comparisonRows(runs, comparisons, { allMeans: true, withCi: true });
  const chart = (id: string) => `<div class="chart" data-chart="${id}"></div>`;
  return [
    section(
      "verdicts",
      "目标达成情况",
      "Plan verdicts",
      "Each target checked in every replication as the plan words it; the probability is the " +
        "share of replications meeting it (Wilson 95 % interval); met when at least 50 %.",
      verdictsTable(reference, scenario),
    ),
    section(
      "headline",
      "主要指标",
      "Headline KPIs",
      "Means over the replications and the scenario's difference from the reference with its " +
        "95 % interval, paired replication by replication on common random numbers (same seed); " +
        "* marks a difference significant at the 5 % level (paired t-test).",
      table(
        ["KPI", "参照 Reference", "方案 Scenario", "方案 − 参照 Scenario − reference"],
        rows,
        "headline",
      ),
    ),
    section(
      "timelines",
      "各类用户办电时间",
      "Working days per class against the plan's limits",
      "Each dot a replication's mean working days of the class (the measure its limit is " +
        "judged on), the red line the plan's limit (二.(二)). Below, every application of the " +
        "first replication that the limit applies to (one still open is counted to the end of " +
        "the run-out): the box spans the middle half, the whiskers reach 1.5 box lengths, dots " +
        "are the applications beyond.",
      chart("timelines") + chart("distribution"),
    ),
    section(
      "reliability",
      "供电可靠性",
      "Reliability",
      "SAIDI on DL/T 836's 10 kV-user basis against 4.9 h (二.(四)), one dot per replication.",
      chart("saidi") + pairedTable(runs, RELIABILITY_KEYS, "Index"),
    ),
    section(
      "pv",
      "分布式光伏",
      "Distributed PV and its zones",
      "Transformer areas in each hosting zone at each quarterly review (mean over replications; " +
        "plan 三.(九)).",
      chart("zones") + pairedTable(runs, PV_KEYS),
    ),
    section(
      "staff",
      "人员利用率",
      "Staff utilisation",
      "Busy working hours over available working hours of each role; above about 85 % queues " +
        "grow quickly.",
      chart("staff") + pairedTable(runs, STAFF_KEYS),
    ),
  ].join("");
}

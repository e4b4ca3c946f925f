/**
 * The explorer's charts, drawn by Observable Plot into the page's own document (no jsdom in the
 * browser): each class's working days per replication against its limit, SAIDI against 4.9 h,
 * the PV zones at each review, and staff utilisation, the reference beside the scenario.
 *
 * @module
 */
/// <reference lib="dom" />
import * as Plot from "@observablehq/plot";
import { KPI_PARTS } from "../kpis/parts.ts";
import { RELIABILITY, TIMELINE_TARGETS } from "../model/plan.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";

const WIDTH = 680;
const COLOURS = { domain: ["reference", "scenario"], range: ["#999999", "#1f77b4"] };

function role(index: number): string {
  return index === 0 ? "reference" : "scenario";
}

/** Each replication's value of `key`, tagged with the run it belongs to. */
function perReplication(runs: readonly ScenarioRun[], key: string) {
  return runs.flatMap((run, i) =>
    run.results.map((r) => ({ run: role(i), value: r.kpis[key] ?? NaN }))
      .filter((d) => Number.isFinite(d.value))
  );
}

function meanOf(run: ScenarioRun, key: string): number {
  const v = run.results.map((r) => r.kpis[key] ?? NaN).filter(Number.isFinite);
  return v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length;
}

type Service = keyof typeof TIMELINE_TARGETS;

/** The plan's five services with a limit, in the plan's order. */
const SERVICES = Object.keys(TIMELINE_TARGETS) as Service[];

function serviceLabel(service: string): string {
  return (KPI_PARTS.service.labels as Record<string, readonly [string, string]>)[service].join(" ");
}

/** A chart of working days faceted by service, each facet with the plan's limit (二.(二)). */
function byService(xLabel: string, marks: Plot.Markish[], legend: boolean): Plot.PlotOptions {
  const limits = SERVICES.map((s) => ({
    service: serviceLabel(s),
    days: TIMELINE_TARGETS[s].days,
  }));
  return {
    width: WIDTH,
    height: 60 + 70 * SERVICES.length,
    marginLeft: 90,
    marginRight: 210,
    x: { label: xLabel, grid: true },
    y: { label: null },
    fy: { label: null, domain: SERVICES.map(serviceLabel) },
    color: { ...COLOURS, legend },
    marks: [
      ...marks,
      Plot.ruleX(limits, { x: "days", fy: "service", stroke: "#d62728", strokeWidth: 2 }),
    ],
  };
}

/** Mean working days of each service per replication, faceted by service, with its limit. */
function timelines(runs: readonly ScenarioRun[]): Plot.PlotOptions {
  const data = SERVICES.flatMap((s) =>
    perReplication(runs, `service.${s}.meanDays`).map((d) => ({ ...d, service: serviceLabel(s) }))
  );
  return byService("working days (mean of the class in a replication)", [
    Plot.dot(data, { x: "value", y: "run", fy: "service", stroke: "run", r: 2.5 }),
  ], true);
}

/** Every application of the first replication: its class's measure of working days. */
function distribution(runs: readonly ScenarioRun[]): Plot.PlotOptions {
  // What the verdicts measure: every application of the service, energised or still open.
  const data = runs.flatMap((run, i) =>
    ((run.results[0]?.records?.applications ?? []) as unknown as Record<string, unknown>[])
      .filter((a) =>
        SERVICES.includes(a.service as Service) &&
        ["energised", "in_progress"].includes(a.status as string)
      )
      .map((a) => ({
        run: role(i),
        service: serviceLabel(a.service as string),
        days: a.serviceDays,
      }))
  );
  return byService("working days of each application (replication 1)", [
    Plot.boxX(data, { x: "days", y: "run", fy: "service", stroke: "run", r: 1.5 }),
  ], false);
}

function saidi(runs: readonly ScenarioRun[]): Plot.PlotOptions {
  return {
    width: WIDTH,
    height: 130,
    marginLeft: 90,
    x: { label: "SAIDI, hours per 10 kV user-year", grid: true },
    y: { label: null },
    color: COLOURS,
    marks: [
      Plot.dot(perReplication(runs, "reliability.targetSaidiHours"), {
        x: "value",
        y: "run",
        stroke: "run",
        r: 2.5,
      }),
      Plot.ruleX([RELIABILITY.saidiHours], { stroke: "#d62728", strokeWidth: 2 }),
    ],
  };
}

function zones(runs: readonly ScenarioRun[]): Plot.PlotOptions {
  const data = runs.flatMap((run, i) =>
    KPI_PARTS.review.values.flatMap((review) =>
      KPI_PARTS.zone.values.map((zone) => ({
        run: role(i),
        review: review === "end" ? "year end" : review.toUpperCase(),
        zone,
        areas: meanOf(run, `pv.zones.${review}.${zone}`),
      }))
    )
  ).filter((d) => Number.isFinite(d.areas));
  return {
    width: WIDTH,
    height: 240,
    x: { label: null },
    y: { label: "transformer areas", grid: true },
    fx: { label: null, domain: ["Q1", "Q2", "Q3", "Q4", "year end"] },
    color: {
      domain: ["green", "yellow", "red"],
      range: ["#2ca02c", "#e6b800", "#d62728"],
      legend: true,
    },
    marks: [Plot.barY(data, { x: "run", y: "areas", fill: "zone", fx: "review" })],
  };
}

function staff(runs: readonly ScenarioRun[]): Plot.PlotOptions {
  const data = runs.flatMap((run, i) =>
    KPI_PARTS.role.values.map((r) => ({
      run: role(i),
      role: KPI_PARTS.role.labels[r].join(" "),
      utilisation: meanOf(run, `staff.${r}.utilisation`),
    }))
  ).filter((d) => Number.isFinite(d.utilisation));
  return {
    width: WIDTH,
    height: 60 + 44 * KPI_PARTS.role.values.length,
    marginLeft: 90,
    marginRight: 190,
    x: { label: "utilisation (share of working hours)", grid: true, domain: [0, 1] },
    y: { label: null },
    fy: {
      label: null,
      domain: KPI_PARTS.role.values.map((r) => KPI_PARTS.role.labels[r].join(" ")),
    },
    color: { ...COLOURS, legend: true },
    marks: [
      Plot.barX(data, { x: "utilisation", y: "run", fy: "role", fill: "run" }),
      Plot.ruleX([0.85], { stroke: "#d62728", strokeDasharray: "4 3" }),
    ],
  };
}

const CHARTS = { timelines, distribution, saidi, zones, staff } as const;

/** Draws every chart into its placeholder (`[data-chart=…]`) under `root`. */
export function drawCharts(root: ParentNode, reference: ScenarioRun, scenario: ScenarioRun): void {
  const runs = [reference, scenario];
  for (const [id, build] of Object.entries(CHARTS)) {
    const holder = root.querySelector(`[data-chart="${id}"]`);
    if (holder === null) continue;
    holder.replaceChildren(Plot.plot(build(runs)) as unknown as Node);
  }
}

/**
 * The report's station view: where crews sit and how they fare when jobs are dispatched by
 * station (`applications.dispatch.mode` or `reliability.crews.dispatch` `station` or `nearest
 * free`): for each station of the county's `grid/stations.csv` and each role it has (and its
 * repair crews), the count, utilisation, mean wait, the share of its jobs done for other stations
 * and the hours driven for them. A run with neither dispatched by station has no section.
 *
 * @module
 */
import type { County } from "../data/county.ts";
import { KPI_PARTS } from "../kpis/parts.ts";
import { STAFF_ROLES } from "../model/applications/parameters.ts";
import { stationCrews } from "../model/reliability/crews.ts";
import type { ScenarioRun } from "../runner/run-scenario.ts";
import { groupedBars } from "./charts.ts";
import { type Cell, escapeHtml, figure, section, table } from "./html.ts";
import { meanOf } from "./kpi-cells.ts";

/** The repair crews' row name (they are not a staff role of the application model). */
const REPAIR = "repairCrews";
const REPAIR_LABEL = ["抢修队伍", "repair crews"] as const;

/** The mean over replications of a station KPI. */
function stationMean(run: ScenarioRun, station: string, role: string, measure: string): number {
  return meanOf(run, `station.${station}.${role}.${measure}` as never);
}

function num(value: number, digits: number, suffix = ""): Cell {
  return {
    html: Number.isFinite(value) ? `${value.toFixed(digits)}${suffix}` : "–",
    className: "num",
  };
}

/**
 * The station view of `run`, or "" when it was not dispatched by station.
 *
 * @example
 * stationSection(nearestFreeRun, county); // a section with a chart and a table
 */
export function stationSection(run: ScenarioRun, county: County): string {
  const parameters = run.scenario.parameters;
  const mode = parameters.applications.dispatch.mode;
  const crewMode = parameters.reliability.crews.dispatch;
  if (mode === "county pool" && crewMode === "region") return "";
  const roleLabel = (role: string) =>
    role === REPAIR
      ? REPAIR_LABEL
      : (KPI_PARTS.role.labels as Record<string, readonly [string, string]>)[role];
  const roles = [...(mode === "county pool" ? [] : STAFF_ROLES), REPAIR];
  const present = county.stations.flatMap((station) =>
    roles.filter((role) =>
      role === REPAIR ? crewMode !== "region" : stationMean(run, station.id, role, "count") > 0
    ).map((role) => ({ station, role }))
  );
  if (present.length === 0) return "";
  const bars = present.map(({ station, role }) => ({
    group: `${station.name} (${station.id})`,
    scenario: roleLabel(role)[1],
    value: stationMean(run, station.id, role, "utilisation"),
  })).filter((b) => Number.isFinite(b.value));
  const rows = present.map(({ station, role }): Cell[] => {
    const m = (measure: string) => stationMean(run, station.id, role, measure);
    const crews = role === REPAIR ? stationCrews(station, parameters.reliability.crews) : null;
    return [
      { html: `${escapeHtml(station.name)} <span class="en">${escapeHtml(station.id)}</span>` },
      { html: `${roleLabel(role)[0]} <span class="en">${roleLabel(role)[1]}</span>` },
      crews === null ? num(m("count"), 0) : {
        html: `${crews.day} / ${crews.night} <span class="en">day / night</span>`,
        className: "num",
      },
      num(m("utilisation") * 100, 1, " %"),
      role === REPAIR ? { html: "–", className: "num" } : num(m("meanWaitDays"), 2),
      num(m("borrowedShare") * 100, 1, " %"),
      num(m("driveHours"), 0),
    ];
  });
  return section(
    "stations",
    "供电所班组",
    `Stations: where crews sit (${escapeHtml(run.scenario.name)}: staff "${mode}", repair ` +
      `crews "${crewMode}")`,
    "Each station's people of each role it has (grid/stations.csv, or the scenario's " +
      "<code>applications.dispatch.stationStaff</code>): utilisation in office hours, the mean " +
      "wait of its jobs in working days, the share of the jobs it took that belonged to another " +
      "station's area (under <code>nearest free</code> a free crew of the nearest station takes a " +
      "job whose own crews are all busy) and the hours its field crews drove for them, there and " +
      "back. A station without a role sends those jobs to the county company. Repair crews: " +
      "their utilisation over their hours on duty, the share of their faults in other " +
      "stations' areas and the hours driven (the county-wide crew wait is in the reliability " +
      "section). Compare with the county-wide pool of the plan (no travel, the idealised bound) " +
      "in the variants above.",
    figure(
      groupedBars(bars, "utilisation (share of working hours)", 0.85),
      "Mean over replications; the line marks 85 %, above which queues grow quickly.",
    ) +
      table(
        [
          "Station",
          "Role",
          "Count",
          "Utilisation",
          "Mean wait (working days)",
          "Jobs for other stations",
          "Hours driven",
        ],
        rows,
        "stations",
      ),
  );
}

/**
 * The page of `deno task size`: every candidate's yearly cost against the probability that a
 * year meets every target searched (95 % Wilson bands, the answer marked, the confidence as a
 * red line), the answer's table per role and station, and each verdict at the answer and at
 * one less of each role.
 */
import { formatValue } from "../runner/headline.ts";
import { SIZING_TABLE_HEADER, type SizingSummary, sizingTableCells } from "../sizing/summary.ts";
import { type Cell, escapeHtml, figure, page, section, table } from "./html.ts";
import { Plot, plotToSvg } from "./svg.ts";

/** Cost against the probability of meeting every target, one dot per candidate. */
export function sizingChart(summary: SizingSummary): string {
  const points = summary.candidates.filter((c) => Number.isFinite(c.probability)).map((c) => ({
    cost: c.costCny / 1e6,
    p: c.probability,
    low: c.ci95[0],
    high: c.ci95[1],
    kind: c.answer ? "answer" : `${c.replications} replications`,
  }));
  return plotToSvg({
    width: 720,
    height: 320,
    x: { label: "cost of the staffing searched, million ¥ a year", grid: true },
    y: { label: "P(every target met)", domain: [0, 1], grid: true, tickFormat: "%" },
    color: { legend: true },
    marks: [
      Plot.ruleX(points, { x: "cost", y1: "low", y2: "high", stroke: "kind", strokeOpacity: 0.5 }),
      Plot.dot(points, { x: "cost", y: "p", fill: "kind", r: 3.5 }),
      Plot.ruleY([summary.confidence], { stroke: "#d62728", strokeDasharray: "4 3" }),
    ],
  });
}

const pct = (x: number | null) =>
  x === null || !Number.isFinite(x) ? "–" : `${(x * 100).toFixed(0)} %`;

/** A dimension id without the scenario path's common parts. */
const short = (id: string) =>
  id.replace("applications.staff.", "").replace(/\.count$/, "").replace("reliability.crews.", "");

/** The whole page. */
export function sizingPage(summary: SizingSummary): string {
  const answer = summary.answer;
  const status = answer === null
    ? `<p><b>No answer:</b> no staffing within the search's ceilings meets the targets of ${
      escapeHtml(summary.infeasibleGroups.join(", "))
    }.</p>`
    : `<p><b>${summary.confirmed ? "Confirmed" : "Not confirmed"}:</b> ${
      formatValue(answer.costCny / 1e6, "")
    } million ¥ a year (the scenario's ${formatValue(answer.scenarioCostCny / 1e6, "")}); ${
      answer.groups.map((g) =>
        `${escapeHtml(g.group)}: ${g.met}/${g.n} replications meet every target (${
          pct(g.probability)
        }, 95 % interval ${pct(g.ci95[0])}–${pct(g.ci95[1])})`
      ).join("; ")
    }.</p>`;
  const unreachable = summary.unreachable.length === 0 ? "" : `<p>Out of reach of staffing (missed
    with every count at its ceiling, so not searched for): ${
    summary.unreachable.map((u) => `${escapeHtml(u.en)} (${pct(u.probabilityAtCeiling)})`).join(
      "; ",
    )
  }.</p>`;
  const rows: Cell[][] = (answer?.rows ?? []).map(sizingTableCells);
  const lessIds = Object.keys(answer?.verdicts[0]?.oneLess ?? {});
  const verdictRows: Cell[][] = (answer?.verdicts ?? []).map((v) => [
    v.en,
    pct(v.probability),
    ...lessIds.map((id) => pct(v.oneLess[id])),
  ]);
  return page(
    `人员配置 Sizing: ${escapeHtml(summary.scenario)}`,
    `Seed ${summary.seed}, common random numbers; screening on ${summary.screenReplications} ` +
      `replications (a candidate passes with ≥ ${pct(summary.screenShare)} of them meeting ` +
      `every target), the answer confirmed on ${summary.confirmReplications}; ` +
      `${summary.replicationsSpent} replications in ${summary.seconds.toFixed(0)} s. ` +
      escapeHtml(summary.rule) + ".",
    section("answer", "结论", "The answer", "", status + unreachable) +
      section(
        "chart",
        "成本与达标概率",
        "Cost against the probability of meeting every target",
        "Every staffing the search ran: its yearly cost and the share of its replications that " +
          "meet every target searched, with the 95 % Wilson interval; the red line is the " +
          "confidence required.",
        figure(sizingChart(summary), "cost (million ¥ a year) against P(every target met)"),
      ) +
      section(
        "table",
        "各岗位与供电所",
        "Per role and station",
        "Utilisation and waits are means over the confirmation's replications; repair crews' " +
          "are the whole county's. The last column: the probability of meeting every target of " +
          "its group with one less of it — the lowest is the role that binds.",
        table(
          SIZING_TABLE_HEADER,
          rows,
        ),
      ) +
      section(
        "verdicts",
        "各项目标",
        "Each verdict at the answer and at one less",
        "",
        table(
          ["verdict", "at the answer", ...lessIds.map((id) => `one less ${short(id)}`)],
          verdictRows,
        ),
      ),
  );
}

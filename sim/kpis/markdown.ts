/**
 * The catalogue as Markdown, for the README's `summary.json` section (`deno task kpis` writes it
 * between {@link BEGIN} and {@link END}; a test fails when the README is out of date).
 *
 * @module
 */
import { KPI_CATALOGUE, type KpiModel } from "./catalogue.ts";
import { KPI_PARTS, type PartName } from "./parts.ts";

/** The line before the generated text. */
export const BEGIN = "<!-- kpis: written by `deno task kpis` from sim/kpis/; do not edit -->";
/** The line after it. */
export const END = "<!-- /kpis -->";

const MODEL_TITLES: Record<KpiModel, string> = {
  applications: "Applications (`sim/model/applications/kpis.ts`), the year's cohort",
  reliability: "Reliability (`sim/model/reliability/kpis.ts`), the calendar year",
  pv: "Distributed PV (`sim/model/pv/kpis.ts`, `cap-audit.ts`), the calendar year",
  scorecard: "Getting Electricity scorecard (`sim/scorecard/kpis.ts`), the Doing Business case",
};

/** `{part}` written as `<part>`, as the README names a key's variable segments. */
function angled(text: string): string {
  return text.replace(/\{(\w+)\}/g, "<$1>");
}

/** A label with its parts as code (`<class>`), which Markdown would otherwise take for HTML. */
function label(text: string): string {
  return text.replace(/\{(\w+)\}/g, "`<$1>`");
}

/** The list of the parts' values. */
function partsList(): string {
  return (Object.keys(KPI_PARTS) as PartName[]).map((name) =>
    `- \`<${name}>\`: ${
      KPI_PARTS[name].open ?? KPI_PARTS[name].values.map((v) => `\`${v}\``).join(", ")
    }`
  ).join("\n");
}

/**
 * Every catalogue entry, model by model: key, unit, Chinese and English label, meaning; then the
 * values of the key patterns' parts.
 */
export function kpiMarkdown(): string {
  const sections = (Object.keys(KPI_CATALOGUE) as KpiModel[]).map((model) =>
    `${MODEL_TITLES[model]}:\n\n` +
    KPI_CATALOGUE[model].map((e) =>
      `- \`${angled(e.key)}\` (${e.unit}) ${label(e.zh)} · ${label(e.en)} — ${e.meaning}`
    ).join("\n")
  );
  return [
    ...sections,
    "The parts of the keys (`<class>` and the like) take these values:",
    partsList(),
  ].join("\n\n");
}

/** `readme` with the generated text between its markers replaced by `generated`. */
export function withKpiSection(readme: string, generated: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README: no ${BEGIN} … ${END} section`);
  return `${readme.slice(0, begin + BEGIN.length)}\n\n${generated}\n\n${readme.slice(end)}`;
}

/** The text between the README's markers. */
export function kpiSectionOf(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README: no ${BEGIN} … ${END} section`);
  return readme.slice(begin + BEGIN.length, end);
}

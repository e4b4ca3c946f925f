/**
 * The explorer's control panel: one control per lever (a slider with a number field where the
 * range is finite, a number field, a switch, a choice, or a list of dated changes), grouped by
 * model and part of the model, each with its bilingual name, its documentation from the spec,
 * the reference's value, and a message beside it when what was typed is not valid. A search box
 * filters the levers by any word of their Chinese or English names, path or documentation.
 *
 * @module
 */
/// <reference lib="dom" />
import { escapeHtml } from "../report/html.ts";
import { keyLabel } from "./lever-labels.ts";
import { EXPLORER_LEVERS, type ExplorerLever, leverMatches } from "./levers.ts";

/** One control in the page. */
export interface ControlView {
  lever: ExplorerLever;
  row: HTMLElement;
  /** Shows a value (its text), the reference's, and whether they differ. */
  show(text: string, referenceText: string): void;
  /** Shows what is wrong with the typed text beside the control, or clears it. */
  setProblem(message: string | undefined): void;
}

const GROUP_TITLES: Record<string, readonly [string, string]> = {
  run: ["运行设置", "Run: year, seed, replications"],
  applications: ["办电业务", "Connection applications"],
  reliability: ["供电可靠性", "Outages and reliability"],
  pv: ["分布式光伏", "Distributed PV"],
  scorecard: ["获得电力评价", "Getting Electricity scorecard"],
};

function idOf(path: string): string {
  return `lever-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The input elements of a lever, as HTML. */
function inputHtml(lever: ExplorerLever): string {
  const id = idOf(lever.path);
  const spec = lever.spec;
  switch (spec.kind) {
    case "boolean":
      return `<input type="checkbox" id="${id}" data-input="value">`;
    case "enum":
      return `<select id="${id}" data-input="value">${
        spec.values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)
          .join("")
      }</select>`;
    case "changes":
      return `<input type="text" id="${id}" data-input="value" placeholder="YYYY-MM-DD:count; …" size="28">`;
    case "keyedCounts":
      return `<input type="text" id="${id}" data-input="value" placeholder="id.role=count; …" size="28">`;
    case "number": {
      const field =
        `<input type="text" inputmode="decimal" id="${id}" data-input="value" size="9">`;
      // A slider where it helps: a bounded range a hand can cover (not a seed's 2³¹ values).
      if (spec.max - spec.min > 10_000) return field;
      const step = spec.integer ? 1 : (spec.max - spec.min) / 200;
      return `<input type="range" data-input="slider" aria-label="${
        escapeHtml(lever.en)
      }" min="${spec.min}" max="${spec.max}" step="${step}">${field}`;
    }
    default:
      return "";
  }
}

function rowHtml(lever: ExplorerLever): string {
  const unit = "unit" in lever.spec
    ? ` <span class="unit">(${escapeHtml(lever.spec.unit)})</span>`
    : "";
  return `<div class="lever" data-path="${escapeHtml(lever.path)}">` +
    `<label for="${idOf(lever.path)}"><span class="zh">${escapeHtml(lever.zh)}</span> ` +
    `<span class="en">${escapeHtml(lever.en)}</span>${unit}</label>` +
    `<div class="inputs">${inputHtml(lever)}</div>` +
    `<div class="reference"></div>` +
    `<div class="problem" role="alert" hidden></div>` +
    `<details class="doc"><summary>说明 about</summary><code>${escapeHtml(lever.path)}</code> ` +
    `${escapeHtml(lever.doc)}</details></div>`;
}

/** The panel's HTML: groups (models), sections (their parts) and a row per lever. */
function panelHtml(): string {
  const groups = new Map<string, Map<string, ExplorerLever[]>>();
  for (const lever of EXPLORER_LEVERS) {
    const sections = groups.get(lever.group) ?? new Map<string, ExplorerLever[]>();
    sections.set(lever.section, [...(sections.get(lever.section) ?? []), lever]);
    groups.set(lever.group, sections);
  }
  return [...groups].map(([group, sections]) => {
    const [zh, en] = GROUP_TITLES[group] ?? [group, group];
    const body = [...sections].map(([section, levers]) => {
      const rows = levers.map(rowHtml).join("");
      if (section === "") return rows;
      const label = keyLabel(section);
      return `<details class="section" open><summary>${
        escapeHtml(label.zh ?? "")
      } <span class="en">${escapeHtml(label.en)}</span></summary>${rows}</details>`;
    }).join("");
    return `<details class="group" data-group="${group}" ${
      group === "run" || group === "applications" ? "open" : ""
    }>` +
      `<summary>${escapeHtml(zh)} <span class="en">${
        escapeHtml(en)
      }</span></summary>${body}</details>`;
  }).join("");
}

/**
 * Builds the panel into `container`; `onCommit(path, text)` is called when a control's value
 * is committed (a change event: Enter, leaving the field, releasing the slider).
 */
export function buildControls(
  container: HTMLElement,
  onCommit: (path: string, text: string) => void,
): Map<string, ControlView> {
  container.innerHTML = panelHtml();
  const views = new Map<string, ControlView>();
  for (const lever of EXPLORER_LEVERS) {
    const row = container.querySelector<HTMLElement>(`.lever[data-path="${lever.path}"]`)!;
    const input = row.querySelector<HTMLInputElement | HTMLSelectElement>('[data-input="value"]')!;
    const slider = row.querySelector<HTMLInputElement>('[data-input="slider"]');
    const reference = row.querySelector<HTMLElement>(".reference")!;
    const problem = row.querySelector<HTMLElement>(".problem")!;
    const text = () =>
      input instanceof HTMLInputElement && input.type === "checkbox"
        ? String(input.checked)
        : input.value;
    input.addEventListener("change", () => onCommit(lever.path, text()));
    slider?.addEventListener("input", () => (input.value = slider.value));
    slider?.addEventListener("change", () => onCommit(lever.path, slider.value));
    views.set(lever.path, {
      lever,
      row,
      show(value, referenceText) {
        if (input instanceof HTMLInputElement && input.type === "checkbox") {
          input.checked = value === "true";
        } else input.value = value;
        if (slider !== null && Number.isFinite(Number(value))) slider.value = value;
        const changed = value !== referenceText;
        row.classList.toggle("changed", changed);
        reference.textContent = changed ? `参照 reference: ${referenceText || "no change"}` : "";
      },
      setProblem(message) {
        problem.hidden = message === undefined;
        problem.textContent = message ?? "";
        row.classList.toggle("invalid", message !== undefined);
      },
    });
  }
  return views;
}

/** Shows the levers matching `query` (all when empty), or only the changed ones. */
export function filterControls(
  container: HTMLElement,
  views: ReadonlyMap<string, ControlView>,
  query: string,
  changedOnly: boolean,
): number {
  let shown = 0;
  for (const view of views.values()) {
    const visible = leverMatches(view.lever, query) &&
      (!changedOnly || view.row.classList.contains("changed") ||
        view.row.classList.contains("invalid"));
    view.row.hidden = !visible;
    if (visible) shown++;
  }
  const filtering = query.trim() !== "" || changedOnly;
  for (
    const details of container.querySelectorAll<HTMLDetailsElement>(
      "details.section, details.group",
    )
  ) {
    const any = details.querySelector(".lever:not([hidden])") !== null;
    details.hidden = !any;
    if (filtering && any) details.open = true;
  }
  return shown;
}

/**
 * The scenario explorer's page (bundled as `app.js`): loads the bundled county and scenarios
 * through the same loaders as the command line, builds a control per lever, keeps the URL in
 * step with the levers that differ from the reference, runs the scenario and the reference on
 * the bundled worker (`worker.js`) through the runner's pool, and shows the results as
 * replications finish. A value that is not valid is named beside its control and not applied:
 * the last valid results stay.
 *
 * @module
 */
/// <reference lib="dom" />
import { SCENARIOS_DIR } from "../scenario/load.ts";
import { readScenario, type Scenario } from "../scenario/scenario.ts";
import { type BundledFiles, bundledSource, shippedScenarios } from "./bundled-files.ts";
import { drawCharts } from "./charts.ts";
import { buildControls, type ControlView, filterControls } from "./controls.ts";
import { LEVER_BY_PATH, leverText, parseLever } from "./levers.ts";
import { resultsHtml } from "./results-view.ts";
import { type Progress, Session } from "./session.ts";
import { WorkerStash } from "../runner/worker-stash.ts";
import {
  changedPaths,
  EXPLORER_SCENARIO,
  leverValues,
  parseQuery,
  queryOf,
  scenarioFile,
} from "./state.ts";

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** Everything the page knows. */
interface State {
  files: BundledFiles;
  scenarios: Map<string, Scenario>;
  reference: string;
  /** The valid value of every lever. */
  values: Map<string, unknown>;
  /** Levers whose typed text is not valid: the text and what is wrong. */
  invalid: Map<string, { text: string; problem: string }>;
  views: Map<string, ControlView>;
  session: Session;
  /** The scenario file of the values running now, and the last progress shown. */
  json?: string;
  progress?: Progress;
  changedAt: number;
  firstResultMs?: number;
}

const FILE = `${EXPLORER_SCENARIO}.json`;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function showMessages(messages: readonly string[]): void {
  const box = $("#messages");
  box.replaceChildren(...messages.map((m) =>
    Object.assign(document.createElement("p"), {
      textContent: m,
    })
  ));
  box.hidden = messages.length === 0;
}

function referenceValues(state: State): Map<string, unknown> {
  return leverValues(state.scenarios.get(state.reference)!);
}

/** Shows every control's value, the reference's, and its problem. */
function showControls(state: State): void {
  const reference = referenceValues(state);
  for (const [path, view] of state.views) {
    const spec = view.lever.spec;
    const invalid = state.invalid.get(path);
    view.show(
      invalid?.text ?? leverText(spec, state.values.get(path)),
      leverText(spec, reference.get(path)),
    );
    view.setProblem(invalid?.problem);
  }
  const changed = changedPaths(reference, state.values).length;
  $("#changed-count").textContent = `${changed}`;
}

/** The URL, the command lines and the scenario file of the current values. */
function showShare(state: State): void {
  const reference = referenceValues(state);
  const query = queryOf(state.reference, reference, state.values);
  const workers = new URLSearchParams(location.search).get("workers");
  const extra = workers === null ? "" : `${query ? "&" : ""}workers=${workers}`;
  history.replaceState(
    null,
    "",
    `${location.pathname}${query || extra ? "?" : ""}${query}${extra}`,
  );
  const file = scenarioFile(state.reference, state.values, changedPaths(reference, state.values));
  state.json = JSON.stringify(file, null, 2) + "\n";
  const reps = state.values.get("replications");
  const seed = state.values.get("seed");
  $("#cli").textContent = `deno task sim ${FILE}\n` +
    `deno task compare ${state.reference} ${FILE} --seed ${seed} --reps ${reps}`;
}

async function run(state: State): Promise<void> {
  showShare(state);
  const path = `${SCENARIOS_DIR}${FILE}`;
  let scenario: Scenario;
  try {
    // The file the page offers for download, read as the command line reads it.
    scenario = await readScenario(path, bundledSource(state.files, { [path]: state.json! }));
  } catch (error) {
    showMessages([(error as Error).message]);
    return;
  }
  showMessages([]);
  state.changedAt = performance.now();
  state.firstResultMs = undefined;
  const status = $("#status");
  status.dataset.state = "running";
  status.dataset.done = "0";
  state.session.request(state.scenarios.get(state.reference)!, scenario);
}

function showProgress(state: State, progress: Progress): void {
  const previous = state.progress;
  state.progress = progress;
  const status = $("#status");
  const complete = progress.done === progress.total;
  if (state.firstResultMs === undefined) {
    state.firstResultMs = Math.round(performance.now() - state.changedAt);
    status.dataset.firstResultMs = `${state.firstResultMs}`;
  }
  status.dataset.done = `${progress.done}`;
  status.dataset.total = `${progress.total}`;
  status.dataset.state = complete ? "done" : "running";
  $<HTMLProgressElement>("#progress").value = progress.done / progress.total;
  $("#status-text").textContent = `${progress.done} / ${progress.total} replications 次重复` +
    ` · seed ${progress.scenario.seed} · reference 参照 ${progress.reference.scenario.name}` +
    (complete ? " · done 完成" : " · running 运行中…") +
    ` · first results 首批结果 ${state.firstResultMs} ms`;
  // Nothing new to draw: the same replications of the same scenarios.
  if (
    previous?.done === progress.done &&
    previous.scenario.scenario === progress.scenario.scenario &&
    previous.reference.scenario === progress.reference.scenario
  ) return;
  const results = $("#results");
  results.innerHTML = resultsHtml(progress.reference, progress.scenario);
  drawCharts(results, progress.reference, progress.scenario);
  $<HTMLButtonElement>("#download-summary").disabled = false;
}

/**
 * A problem the model found across levers ("intake.intakeHoursP90: expected a number ≥
 * intake.intakeHoursMedian …", paths relative to the model) shown beside each lever it names.
 */
function showModelProblem(state: State, message: string): void {
  for (const [path, view] of state.views) {
    const local = path.slice(path.indexOf(".") + 1);
    const line = message.split("\n").find((l) => l.trim().startsWith(`${local}:`));
    if (line !== undefined) view.setProblem(line.trim());
  }
}

function commit(state: State, path: string, text: string): void {
  const lever = LEVER_BY_PATH.get(path)!;
  const parsed = parseLever(lever, text);
  if ("problem" in parsed) {
    state.invalid.set(path, { text, problem: parsed.problem });
    showControls(state);
    return; // the last valid values (and their results) stay
  }
  state.invalid.delete(path);
  state.values.set(path, parsed.value);
  showControls(state);
  void run(state);
}

function selectOptions(select: HTMLSelectElement, names: readonly string[], chosen: string) {
  select.replaceChildren(...names.map((n) => new Option(n, n, n === chosen, n === chosen)));
}

async function main(): Promise<void> {
  const response = await fetch(new URL("./county.json", import.meta.url));
  const files = await response.json() as BundledFiles;
  const source = bundledSource(files);
  const names = shippedScenarios(files);
  const scenarios = new Map<string, Scenario>();
  for (const name of names) scenarios.set(name, await readScenario(name, source));
  const parsed = parseQuery(location.search, names);
  const workers = parsed.workers ?? Math.max(1, navigator.hardwareConcurrency || 1);
  const stash = new WorkerStash(new URL("./worker.js", import.meta.url), workers);
  const state: State = {
    files,
    scenarios,
    reference: parsed.reference,
    values: leverValues(scenarios.get(parsed.reference)!),
    invalid: new Map(),
    views: new Map(),
    changedAt: performance.now(),
    session: new Session({
      workers,
      createWorker: () => stash.take(),
      onProgress: (progress) => showProgress(state, progress),
      onError: (error) => {
        $("#status").dataset.state = "error";
        showMessages([error.message]);
        showModelProblem(state, error.message);
      },
    }),
  };
  for (const [path, text] of parsed.texts) {
    const value = parseLever(LEVER_BY_PATH.get(path)!, text);
    if ("value" in value) state.values.set(path, value.value);
    else state.invalid.set(path, { text, problem: `URL: ${value.problem}` });
  }
  const panel = $("#controls");
  state.views = buildControls(panel, (path, text) => commit(state, path, text));
  showControls(state);

  const refSelect = $<HTMLSelectElement>("#reference");
  const startSelect = $<HTMLSelectElement>("#start");
  selectOptions(refSelect, names, state.reference);
  selectOptions(startSelect, ["—", ...names], "—");
  refSelect.addEventListener("change", () => {
    state.reference = refSelect.value;
    showControls(state);
    void run(state);
  });
  startSelect.addEventListener("change", () => {
    const start = scenarios.get(startSelect.value);
    if (start === undefined) return;
    const keep = ["seed", "replications"].map((p) => [p, state.values.get(p)] as const);
    state.values = new Map([...leverValues(start), ...keep]);
    state.invalid.clear();
    startSelect.value = "—";
    showControls(state);
    void run(state);
  });
  $("#reset").addEventListener("click", () => {
    const keep = ["seed", "replications"].map((p) => [p, state.values.get(p)] as const);
    state.values = new Map([...referenceValues(state), ...keep]);
    state.invalid.clear();
    showControls(state);
    void run(state);
  });
  const search = $<HTMLInputElement>("#search");
  const changedOnly = $<HTMLInputElement>("#changed-only");
  const filter = () => {
    const shown = filterControls(panel, state.views, search.value, changedOnly.checked);
    $("#shown-count").textContent = `${shown}`;
  };
  search.addEventListener("input", filter);
  changedOnly.addEventListener("change", filter);
  $("#download-scenario").addEventListener("click", () => download(FILE, state.json!));
  $("#stop").addEventListener("click", () => {
    state.session.cancel();
    const status = $("#status");
    if (status.dataset.state === "running") {
      status.dataset.state = "stopped";
      $("#status-text").textContent += " · stopped 已停止 (change a lever to run again)";
    }
  });
  $("#download-summary").addEventListener("click", () => {
    const summary = state.progress?.scenario.summary;
    if (summary) download("summary.json", JSON.stringify(summary, null, 2) + "\n");
  });
  showMessages(parsed.problems);
  filter();
  await run(state);
  if (parsed.problems.length > 0) showMessages(parsed.problems);
}

main().catch((error) =>
  showMessages([`The explorer could not start: ${(error as Error).message}`])
);

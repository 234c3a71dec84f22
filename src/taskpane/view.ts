import { MAX_SCENARIO_FILE_BYTES } from "../scenario/json";
import type { PaneController, PaneState } from "./controller";
import { el, pushButton, setBusy, type ViewPart } from "./dom";
import { scenarioColumnsPart } from "./view-scenarios";
import { JSON_TYPE, saveFile, scenarioFileName } from "./download";
import { formatDateTime } from "./format";
import type { Messages } from "./i18n";
import { previewFromTo, previewGroupText } from "./refresh-status";
import { insightSection } from "./insight-view";
import { scenarioForm } from "./view-form";

/**
 * Renders the pane into `root` and keeps it in step with the controller. Everything the user reads comes from the
 * locale's messages; the DOM is built once and then only updated, so focus and caret positions survive re-renders.
 */
export function mountView(root: HTMLElement, controller: PaneController, insideExcel: boolean): void {
  const { text: t, language } = controller.locale;
  document.documentElement.lang = language;
  document.title = t.title;
  root.replaceChildren(...header(t, insideExcel));
  const form = scenarioForm(controller);
  const parts: ViewPart<PaneState>[] = [
    form,
    summarySection(t),
    insightSection(controller),
    actionButtons(controller, insideExcel, form.form),
    refreshPreview(controller),
    datasetFacts(controller),
  ];
  root.append(...parts.flatMap((part) => part.nodes));
  const render = (state: PaneState): void => {
    for (const part of parts) part.render(state);
  };
  controller.subscribe(render);
  render(controller.current);
}

/** The title, and outside Excel how to get the add-in into Excel. */
function header(t: Messages, insideExcel: boolean): HTMLElement[] {
  const title = el("h1", {}, t.title);
  if (insideExcel) return [title, el("p", { class: "intro" }, t.intro)];
  const steps = el("ol", {}, ...t.sideloadSteps.map((step) => el("li", {}, step)));
  const notice = el(
    "section",
    { class: "notice", "aria-labelledby": "outside-title", id: "outside-excel" },
    el("h2", { id: "outside-title" }, t.outsideTitle),
    el("p", {}, t.outsideBody),
    steps,
    // The build writes the manifest beside the pane, already pointed at this host.
    el("p", {}, el("a", { href: "manifest.xml", download: "manifest.xml", id: "manifest-link" }, t.manifestLink)),
  );
  return [title, notice];
}

function summarySection(t: Messages): ViewPart<PaneState> {
  const body = el("div", { id: "summary-body" });
  const section = el(
    "section",
    { class: "summary", "aria-labelledby": "summary-title", "aria-live": "polite", id: "summary" },
    el("h2", { id: "summary-title" }, t.summaryTitle),
    body,
  );
  return { nodes: [section], render: (state) => renderSummary(body, state, t) };
}

function renderSummary(body: HTMLElement, state: PaneState, t: Messages): void {
  const s = state.summary;
  const key = s ? JSON.stringify(s) : t.summaryInvalid;
  if (body.dataset.key === key) return;
  body.dataset.key = key;
  if (!s) {
    body.replaceChildren(el("p", {}, t.summaryInvalid));
    return;
  }
  body.replaceChildren(
    el(
      "dl",
      {},
      el("dt", {}, t.totalCapex),
      el("dd", { id: "summary-capex" }, `${s.capexRmb} (${s.capexUsd})`),
      el("dt", {}, t.paybackSimple),
      el("dd", { id: "summary-payback-simple" }, s.simplePayback),
      el("dt", {}, t.paybackDiscounted),
      el("dd", { id: "summary-payback-discounted" }, s.discountedPayback),
      el("dt", {}, s.requiredLabel),
      el("dd", { id: "summary-required" }, s.required),
      el("dt", {}, t.marginTroughLabel),
      el("dd", { id: "summary-margin-trough" }, s.marginTrough),
      el("dt", {}, t.marginRecoveryLabel),
      el("dd", { id: "summary-margin-recovery" }, s.marginRecovery),
      el("dt", {}, s.npvLabel),
      el("dd", { id: "summary-npv" }, s.npv),
      el("dt", {}, t.irrLabel),
      el("dd", { id: "summary-irr" }, s.irr),
    ),
    chartsOf(s.charts),
  );
}

/** Save and Load: the form's scenario as a JSON file, and back. */
function fileButtons(controller: PaneController, t: Messages): HTMLElement[] {
  const saveButton = pushButton({ type: "button", id: "save-scenario" }, t.saveButton);
  saveButton.addEventListener("click", () => {
    const file = controller.saveScenario(scenarioFileName);
    if (file) saveFile(new TextEncoder().encode(file.text), file.fileName, JSON_TYPE);
  });
  // The file picker itself stays out of sight and out of the tab order; the Load button opens it.
  const picker = el("input", { type: "file", id: "load-file", accept: ".json,application/json", hidden: "" });
  picker.setAttribute("tabindex", "-1");
  picker.setAttribute("aria-hidden", "true");
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (!file) return;
    // Read no more than the parser accepts (one byte more, so that it says the file is too large), and let a file
    // the browser cannot read end as a problem the pane shows, never as a silent rejection.
    void file
      .slice(0, MAX_SCENARIO_FILE_BYTES + 1)
      .text()
      .catch(() => "")
      .then((text) => controller.loadScenarioFile(file.name, text, file.size));
  });
  const loadButton = pushButton({ type: "button", id: "load-scenario" }, t.loadButton);
  loadButton.addEventListener("click", () => picker.click());
  return [saveButton, loadButton, picker];
}

function progressBar(t: Messages): HTMLElement {
  const progress = document.createElement("progress");
  for (const [attribute, value] of Object.entries({ id: "progress", max: "1", "aria-label": t.building })) {
    progress.setAttribute(attribute, value);
  }
  progress.hidden = true;
  return progress;
}

function renderStatus(progress: HTMLElement, status: HTMLElement, state: PaneState): void {
  if (state.status.kind === "working") {
    progress.hidden = false;
    progress.setAttribute("aria-label", state.status.text);
    if (state.status.progress === undefined) progress.removeAttribute("value");
    else progress.setAttribute("value", String(state.status.progress));
  } else {
    progress.hidden = true;
  }
  status.className = `status ${state.status.kind}`;
  const lines = [state.status.text, ...state.status.details].filter(Boolean);
  const current = Array.from(status.children, (child) => child.textContent).join("\n");
  if (current !== lines.join("\n")) status.replaceChildren(...lines.map((line) => el("p", {}, line)));
}

/** Build (or Download), Refresh, Save and Load, the progress bar and the status line. */
function actionButtons(controller: PaneController, insideExcel: boolean, form: HTMLFormElement): ViewPart<PaneState> {
  const t = controller.locale.text;
  const apiMissing = insideExcel && controller.options.excelApiMissing === true;
  const buildButton = pushButton(
    { type: "submit", id: "build", form: "scenario-form" },
    insideExcel && !apiMissing ? t.buildButton : t.downloadButton,
    true,
  );
  const refreshButton = pushButton({ type: "button", id: "refresh" }, t.refreshButton);
  refreshButton.addEventListener("click", () => void controller.refresh());
  const actions = el("div", { class: "actions" });
  if (apiMissing) {
    // Build stays in view, switched off, so that the explanation below it has something to refer to.
    const unavailable = pushButton({ type: "button", id: "build-excel", disabled: "" }, t.buildButton);
    refreshButton.setAttribute("disabled", "");
    actions.append(unavailable, refreshButton, buildButton);
  } else {
    actions.append(buildButton, refreshButton);
  }
  const apiNote = apiMissing ? [el("p", { class: "note", id: "excel-api-note" }, t.excelApiMissing)] : [];
  const files = fileButtons(controller, t);
  const fileActions = el("div", { class: "actions" }, ...files);
  const columns = scenarioColumnsPart(controller);
  const progress = progressBar(t);
  const status = el("div", { class: "status", id: "status", role: "status", "aria-live": "polite" });
  const render = (state: PaneState) => {
    const busy = state.busy !== null;
    // Focusable while disabled, so that keyboard focus stays where it was during a build.
    for (const button of [buildButton, refreshButton, files[0], files[1]]) setBusy(button, busy);
    form.setAttribute("aria-busy", String(busy));
    renderStatus(progress, status, state);
    columns.render(state);
  };
  return { nodes: [actions, ...apiNote, fileActions, ...columns.nodes, progress, status], render };
}

/**
 * What a refresh would change, grouped by provider and metric, with "Apply these changes" and "Keep current". Shown
 * only while a download waits for the user; rebuilt when a new preview arrives.
 */
function refreshPreview(controller: PaneController): ViewPart<PaneState> {
  const t = controller.locale.text;
  const fromTo = el("p", { id: "refresh-preview-from-to" });
  const groups = el("div", { id: "refresh-preview-groups" });
  const applyButton = pushButton({ type: "button", id: "refresh-apply" }, t.applyButton, true);
  applyButton.addEventListener("click", () => void controller.acceptRefresh());
  const keepButton = pushButton({ type: "button", id: "refresh-keep" }, t.keepButton);
  keepButton.addEventListener("click", () => controller.keepCurrent());
  const section = el(
    "section",
    { class: "refresh-preview", id: "refresh-preview", "aria-labelledby": "refresh-preview-title" },
    el("h2", { id: "refresh-preview-title" }, t.previewTitle),
    fromTo,
    groups,
    el("div", { class: "actions" }, applyButton, keepButton),
  );
  section.hidden = true;
  let shown: PaneState["preview"] = null;
  const render = (state: PaneState) => {
    section.hidden = state.preview === null;
    for (const button of [applyButton, keepButton]) setBusy(button, state.busy !== null);
    if (state.preview === shown) return;
    shown = state.preview;
    if (shown === null) {
      groups.replaceChildren();
      return;
    }
    fromTo.textContent = previewFromTo(controller.locale, shown.from, shown.to);
    groups.replaceChildren(
      ...shown.groups.map((group) => {
        const { heading, lines } = previewGroupText(controller.locale, group);
        return el(
          "div",
          { class: "preview-group" },
          el("h3", {}, heading),
          el("ul", {}, ...lines.map((line) => el("li", {}, line))),
        );
      }),
    );
  };
  return { nodes: [section], render };
}

/** The benchmark dataset's date and source, and the time of the last build. */
function datasetFacts(controller: PaneController): ViewPart<PaneState> {
  const t = controller.locale.text;
  const asOf = el("dd", { id: "dataset-asof" });
  const source = el("dd", { id: "dataset-source" });
  const lastBuild = el("dd", { id: "last-build" });
  const facts = el(
    "section",
    { "aria-labelledby": "dataset-title" },
    el("h2", { id: "dataset-title" }, t.datasetTitle),
    el(
      "dl",
      { class: "facts" },
      ...[el("dt", {}, t.asOf), asOf, el("dt", {}, t.source), source, el("dt", {}, t.lastBuild), lastBuild],
    ),
  );
  const render = (state: PaneState) => {
    const dataset = controller.datasetText();
    asOf.textContent = dataset.asOf;
    source.textContent = dataset.source;
    facts.setAttribute("aria-busy", String(state.datasetStatus === "loading"));
    lastBuild.textContent = state.lastBuild ? formatDateTime(state.lastBuild, controller.locale.tag) : t.never;
  };
  return { nodes: [facts], render };
}

/** The summary's charts: markup from chart/index.ts, in which every text is escaped. */
function chartsOf(markup: string): HTMLElement {
  const charts = el("div", { class: "summary-charts", id: "summary-charts" });
  charts.innerHTML = markup;
  return charts;
}

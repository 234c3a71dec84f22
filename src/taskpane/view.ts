import { PACING_PROFILES } from "../core/pacing";
import type { PaneController, PaneState } from "./controller";
import { NUMERIC_FIELDS, type FieldGroup, type NumericKey } from "./fields";
import { JSON_TYPE, saveFile, scenarioFileName } from "./download";
import { formatDateTime } from "./format";

type Attributes = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A Fluent button; its text is its accessible name. */
function fluentButton(attributes: Attributes, label: string): HTMLElement {
  const button = document.createElement("fluent-button");
  for (const [name, value] of Object.entries(attributes)) button.setAttribute(name, value);
  button.append(label);
  return button;
}

const GROUPS: readonly FieldGroup[] = ["capex", "cloud", "timing"];

/**
 * Renders the pane into `root` and keeps it in step with the controller. Everything the user reads comes from the
 * locale's messages; the DOM is built once and then only updated, so focus and caret positions survive re-renders.
 */
export function mountView<S>(root: HTMLElement, controller: PaneController<S>, insideExcel: boolean): void {
  const { text: t, language } = controller.locale;
  document.documentElement.lang = language;
  document.title = t.title;
  root.replaceChildren();

  root.append(el("h1", {}, t.title));
  if (insideExcel) {
    root.append(el("p", { class: "intro" }, t.intro));
  } else {
    const steps = el("ol", {}, ...t.sideloadSteps.map((step) => el("li", {}, step)));
    root.append(
      el(
        "section",
        { class: "notice", "aria-labelledby": "outside-title", id: "outside-excel" },
        el("h2", { id: "outside-title" }, t.outsideTitle),
        el("p", {}, t.outsideBody),
        steps,
        // The build writes the manifest beside the pane, already pointed at this host.
        el("p", {}, el("a", { href: "manifest.xml", download: "manifest.xml", id: "manifest-link" }, t.manifestLink)),
      ),
    );
  }

  const form = el("form", { id: "scenario-form", novalidate: "" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void controller.build();
  });

  const preset = el("select", { id: "preset", name: "preset" });
  const customOption = el("option", { value: "" }, t.customPreset);
  for (const p of controller.presetIds()) preset.append(el("option", { value: p }, t.presetNames[p] ?? p));
  preset.addEventListener("change", () => {
    if (preset.value) controller.choosePreset(preset.value);
  });
  form.append(el("div", { class: "field" }, el("label", { for: "preset" }, t.presetLabel), preset));

  const name = el("input", {
    id: "field-name",
    name: "name",
    type: "text",
    autocomplete: "off",
    maxlength: "120",
    "aria-describedby": "field-name-help field-name-error",
  });
  name.addEventListener("input", () => controller.setName(name.value));
  const nameError = el("div", { class: "error", id: "field-name-error" });
  form.append(
    el(
      "div",
      { class: "field" },
      el("label", { for: "field-name" }, t.nameLabel),
      el("div", { class: "control" }, name),
      el("div", { class: "help", id: "field-name-help" }, t.nameHelp),
      nameError,
    ),
  );

  const inputs = new Map<NumericKey, HTMLInputElement>();
  const errors = new Map<string, HTMLElement>();
  const profile = el("select", { id: "field-profile", name: "profile", "aria-describedby": "field-profile-error" });
  for (const p of PACING_PROFILES) profile.append(el("option", { value: p }, t.profiles[p] ?? p));
  profile.addEventListener("change", () => controller.setProfile(profile.value));
  const profileError = el("div", { class: "error", id: "field-profile-error" });
  errors.set("profile", profileError);
  errors.set("name", nameError);
  const weights = el("input", {
    id: "field-customWeights",
    name: "customWeights",
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "field-customWeights-help field-customWeights-error",
  });
  weights.addEventListener("input", () => controller.setWeights(weights.value));
  const weightsError = el("div", { class: "error", id: "field-customWeights-error" });
  errors.set("customWeights", weightsError);
  const weightsField = el(
    "div",
    { class: "field", id: "weights-field" },
    el("label", { for: "field-customWeights" }, t.weightsLabel),
    el("div", { class: "control" }, weights),
    el("div", { class: "help", id: "field-customWeights-help" }, t.weightsHelp),
    weightsError,
  );

  for (const group of GROUPS) {
    const fieldset = el("fieldset", {}, el("legend", {}, t.groups[group]));
    for (const field of NUMERIC_FIELDS.filter((f) => f.group === group)) {
      const id = `field-${field.key}`;
      const help = t.fields[field.key]?.help;
      const describedBy = [`${id}-unit`, help ? `${id}-help` : "", `${id}-error`].filter(Boolean).join(" ");
      const input = el("input", {
        id,
        name: field.key,
        type: "text",
        inputmode: field.whole ? "numeric" : "decimal",
        autocomplete: "off",
        spellcheck: "false",
        "aria-describedby": describedBy,
      });
      input.addEventListener("input", () => controller.setText(field.key, input.value));
      inputs.set(field.key, input);
      const error = el("div", { class: "error", id: `${id}-error` });
      errors.set(field.key, error);
      fieldset.append(
        el(
          "div",
          { class: "field" },
          el("label", { for: id }, t.fields[field.key]?.label ?? field.key),
          el("div", { class: "control" }, input, el("span", { class: "unit", id: `${id}-unit` }, t.units[field.unit])),
          ...(help ? [el("div", { class: "help", id: `${id}-help` }, help)] : []),
          error,
        ),
      );
      if (field.key === "capexTotal") {
        fieldset.append(
          el(
            "div",
            { class: "field" },
            el("label", { for: "field-profile" }, t.fields.profile.label),
            el("div", { class: "control" }, profile),
            profileError,
          ),
          weightsField,
        );
      }
    }
    form.append(fieldset);
  }
  const formError = el("div", { class: "error", id: "form-error", role: "alert" });
  errors.set("form", formError);
  form.append(formError);

  const summaryBody = el("div", { id: "summary-body" });
  const summary = el(
    "section",
    { class: "summary", "aria-labelledby": "summary-title", "aria-live": "polite", id: "summary" },
    el("h2", { id: "summary-title" }, t.summaryTitle),
    summaryBody,
  );

  const apiMissing = insideExcel && controller.options.excelApiMissing === true;
  const buildButton = fluentButton(
    { type: "submit", appearance: "primary", id: "build", form: "scenario-form" },
    insideExcel && !apiMissing ? t.buildButton : t.downloadButton,
  );
  const refreshButton = fluentButton({ type: "button", id: "refresh" }, t.refreshButton);
  refreshButton.addEventListener("click", () => void controller.refresh());
  const actions = el("div", { class: "actions" });
  if (apiMissing) {
    // Build stays in view, switched off, so that the explanation below it has something to refer to.
    const unavailable = fluentButton({ type: "button", id: "build-excel", disabled: "" }, t.buildButton);
    refreshButton.setAttribute("disabled", "");
    actions.append(unavailable, refreshButton, buildButton);
  } else {
    actions.append(buildButton, refreshButton);
  }
  const apiNote = apiMissing ? [el("p", { class: "note", id: "excel-api-note" }, t.excelApiMissing)] : [];

  const saveButton = fluentButton({ type: "button", id: "save-scenario" }, t.saveButton);
  saveButton.addEventListener("click", () => {
    const file = controller.saveScenario(scenarioFileName);
    if (file) saveFile(new TextEncoder().encode(file.text), file.fileName, JSON_TYPE);
  });
  // The file picker itself stays out of sight and out of the tab order; the Fluent button opens it.
  const picker = el("input", { type: "file", id: "load-file", accept: ".json,application/json", hidden: "" });
  picker.setAttribute("tabindex", "-1");
  picker.setAttribute("aria-hidden", "true");
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (file) void file.text().then((text) => controller.loadScenarioFile(file.name, text));
  });
  const loadButton = fluentButton({ type: "button", id: "load-scenario" }, t.loadButton);
  loadButton.addEventListener("click", () => picker.click());
  const fileActions = el("div", { class: "actions" }, saveButton, loadButton, picker);
  // A Fluent button is not a native submit button, so Enter in a text field would no longer submit the form by itself.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && !event.isComposing) {
      event.preventDefault();
      void controller.build();
    }
  });
  const progress = document.createElement("fluent-progress-bar");
  for (const [attribute, value] of Object.entries({ id: "progress", max: "1", "aria-label": t.building })) {
    progress.setAttribute(attribute, value);
  }
  progress.hidden = true;
  const status = el("div", { class: "status", id: "status", role: "status", "aria-live": "polite" });

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
      el("dt", {}, t.asOf),
      asOf,
      el("dt", {}, t.source),
      source,
      el("dt", {}, t.lastBuild),
      lastBuild,
    ),
  );

  root.append(form, summary, actions, ...apiNote, fileActions, progress, status, facts);

  const render = (state: PaneState): void => {
    if (state.presetId === null) {
      if (!customOption.parentElement) preset.prepend(customOption);
      preset.value = "";
    } else {
      customOption.remove();
      preset.value = state.presetId;
    }
    for (const [key, input] of inputs) {
      if (input.value !== state.texts[key]) input.value = state.texts[key];
    }
    if (name.value !== state.name) name.value = state.name;
    profile.value = state.profile;
    weightsField.hidden = state.profile !== "custom";
    if (weights.value !== state.weightsText) weights.value = state.weightsText;
    for (const [key, node] of errors) {
      const message = state.errors[key] ?? "";
      if (node.textContent !== message) node.textContent = message;
      const named: Record<string, HTMLElement> = { profile, name, customWeights: weights };
      const control = named[key] ?? inputs.get(key as NumericKey);
      if (control) {
        if (message) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
    renderSummary(summaryBody, state, t.summaryInvalid, {
      capex: t.totalCapex,
      simple: t.paybackSimple,
      discounted: t.paybackDiscounted,
    });

    const busy = state.busy !== null;
    // Focusable while disabled, so that keyboard focus stays where it was during a build.
    for (const button of [buildButton, refreshButton, saveButton, loadButton]) {
      button.toggleAttribute("disabled-focusable", busy);
    }
    form.setAttribute("aria-busy", String(busy));
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

    const dataset = controller.datasetText();
    asOf.textContent = dataset.asOf;
    source.textContent = dataset.source;
    facts.setAttribute("aria-busy", String(state.datasetStatus === "loading"));
    lastBuild.textContent = state.lastBuild ? formatDateTime(state.lastBuild, controller.locale.tag) : t.never;
  };
  controller.subscribe(render);
  render(controller.current);
}

function renderSummary(
  body: HTMLElement,
  state: PaneState,
  invalidText: string,
  labels: { capex: string; simple: string; discounted: string },
): void {
  const s = state.summary;
  const key = s ? JSON.stringify(s) : invalidText;
  if (body.dataset.key === key) return;
  body.dataset.key = key;
  if (!s) {
    body.replaceChildren(el("p", {}, invalidText));
    return;
  }
  body.replaceChildren(
    el(
      "dl",
      {},
      el("dt", {}, labels.capex),
      el("dd", { id: "summary-capex" }, `${s.capexRmb} (${s.capexUsd})`),
      el("dt", {}, labels.simple),
      el("dd", { id: "summary-payback-simple" }, s.simplePayback),
      el("dt", {}, labels.discounted),
      el("dd", { id: "summary-payback-discounted" }, s.discountedPayback),
      el("dt", {}, s.requiredLabel),
      el("dd", { id: "summary-required" }, s.required),
    ),
    chartsOf(s.charts),
  );
}

/** The summary's charts: markup from chart/index.ts, in which every text is escaped. */
function chartsOf(markup: string): HTMLElement {
  const charts = el("div", { class: "summary-charts", id: "summary-charts" });
  charts.innerHTML = markup;
  return charts;
}

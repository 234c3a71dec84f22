import { PACING_PROFILES } from "../core/pacing";
import { FORM_GROUPS, isNumeric, MAX_NAME_LENGTH, type InputField } from "../scenario/fields";
import type { PaneController, PaneState } from "./controller";
import { el, type ViewPart } from "./dom";
import { formFields, formKeyOf, NUMERIC_FIELDS, type NumericKey } from "./fields";
import type { Messages } from "./i18n";

/** One labelled control of the form: the nodes, and where its errors go and which control they mark. */
interface Control {
  readonly node: HTMLElement;
  readonly key: string;
  readonly control: HTMLElement;
  readonly error: HTMLElement;
  readonly render: (state: PaneState) => void;
}

/** The label, control, help and error of one field, tied together for screen readers. */
function fieldBlock(id: string, label: string, control: Node, help: string | undefined, error: HTMLElement) {
  return el(
    "div",
    { class: "field" },
    el("label", { for: id }, label),
    control,
    ...(help ? [el("div", { class: "help", id: `${id}-help` }, help)] : []),
    error,
  );
}

function describedBy(id: string, parts: readonly (string | false | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === "string")
    .map((part) => `${id}-${part}`)
    .join(" ");
}

function nameControl(controller: PaneController, t: Messages): Control {
  const id = "field-name";
  const text = t.fields.name;
  const input = el("input", {
    id,
    name: "name",
    type: "text",
    autocomplete: "off",
    // Longer than allowed, so that a pasted name is kept and the error says how long it may be.
    maxlength: String(MAX_NAME_LENGTH + 40),
    "aria-describedby": describedBy(id, [text.help && "help", "error"]),
  });
  input.addEventListener("input", () => controller.setName(input.value));
  const error = el("div", { class: "error", id: `${id}-error` });
  const node = fieldBlock(id, text.label, el("div", { class: "control" }, input), text.help, error);
  const render = (state: PaneState) => {
    if (input.value !== state.name) input.value = state.name;
  };
  return { node, key: "name", control: input, error, render };
}

function numberControl(controller: PaneController, t: Messages, key: NumericKey): Control {
  const field = NUMERIC_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`no form field ${key}`);
  const id = `field-${key}`;
  const text = t.fields[field.textKey] ?? { label: key };
  const input = el("input", {
    id,
    name: key,
    type: "text",
    inputmode: field.whole ? "numeric" : "decimal",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": describedBy(id, ["unit", text.help && "help", "error"]),
  });
  input.addEventListener("input", () => controller.setText(key, input.value));
  const error = el("div", { class: "error", id: `${id}-error` });
  const unit = el("span", { class: "unit", id: `${id}-unit` }, t.units[field.unit]);
  const node = fieldBlock(id, text.label, el("div", { class: "control" }, input, unit), text.help, error);
  const render = (state: PaneState) => {
    if (input.value !== state.texts[key]) input.value = state.texts[key];
  };
  return { node, key, control: input, error, render };
}

function choiceControl(controller: PaneController, t: Messages, field: InputField): Control {
  const id = `field-${field.key}`;
  const select = el("select", { id, name: field.key, "aria-describedby": `${id}-error` });
  for (const p of field.choices ?? PACING_PROFILES) select.append(el("option", { value: p }, t.profiles[p] ?? p));
  select.addEventListener("change", () => controller.setProfile(select.value));
  const error = el("div", { class: "error", id: `${id}-error` });
  const label = t.fields[field.textKey]?.label ?? field.key;
  const node = fieldBlock(id, label, el("div", { class: "control" }, select), undefined, error);
  const render = (state: PaneState) => {
    select.value = state.profile;
  };
  return { node, key: field.key, control: select, error, render };
}

/** The custom pacing weights: shown only with the custom profile. */
function weightsControl(controller: PaneController, t: Messages, field: InputField): Control {
  const id = `field-${field.key}`;
  const text = t.fields[field.textKey] ?? { label: field.key };
  const input = el("input", {
    id,
    name: field.key,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": describedBy(id, [text.help && "help", "error"]),
  });
  input.addEventListener("input", () => controller.setWeights(input.value));
  const error = el("div", { class: "error", id: `${id}-error` });
  const node = fieldBlock(id, text.label, el("div", { class: "control" }, input), text.help, error);
  node.id = "weights-field";
  const render = (state: PaneState) => {
    node.hidden = state.profile !== field.requiredWhen?.equals;
    if (input.value !== state.weightsText) input.value = state.weightsText;
  };
  return { node, key: field.key, control: input, error, render };
}

function controlFor(controller: PaneController, t: Messages, field: InputField): Control {
  if (isNumeric(field)) return numberControl(controller, t, formKeyOf(field) as NumericKey);
  if (field.kind === "weights") return weightsControl(controller, t, field);
  return choiceControl(controller, t, field);
}

function presetControl(controller: PaneController, t: Messages): ViewPart<PaneState> {
  const preset = el("select", { id: "preset", name: "preset" });
  const customOption = el("option", { value: "" }, t.customPreset);
  for (const p of controller.presetIds()) preset.append(el("option", { value: p }, t.presetNames[p] ?? p));
  preset.addEventListener("change", () => {
    if (preset.value) controller.choosePreset(preset.value);
  });
  const node = el("div", { class: "field" }, el("label", { for: "preset" }, t.presetLabel), preset);
  const render = (state: PaneState) => {
    if (state.presetId === null) {
      if (!customOption.parentElement) preset.prepend(customOption);
      preset.value = "";
    } else {
      customOption.remove();
      preset.value = state.presetId;
    }
  };
  return { nodes: [node], render };
}

/** Shows each control's error beside it and marks the control invalid for assistive technology. */
function renderErrors(controls: readonly Control[], formError: HTMLElement, state: PaneState): void {
  for (const { key, control, error } of controls) {
    const message = state.errors[key] ?? "";
    if (error.textContent !== message) error.textContent = message;
    if (message) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }
  const message = state.errors.form ?? "";
  if (formError.textContent !== message) formError.textContent = message;
}

/**
 * The scenario form: the preset, the name, then the registry's fields group by group. Submitting it (or Enter in a
 * text field) builds the workbook.
 */
export function scenarioForm(controller: PaneController): ViewPart<PaneState> & { readonly form: HTMLFormElement } {
  const t = controller.locale.text;
  const form = el("form", { id: "scenario-form", novalidate: "" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void controller.build();
  });
  // Enter in a text field builds, whatever the browser's implicit submission does with the form's submit button
  // (which sits outside the form and may be switched off while busy).
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && !event.isComposing) {
      event.preventDefault();
      void controller.build();
    }
  });
  const preset = presetControl(controller, t);
  const name = nameControl(controller, t);
  form.append(...preset.nodes, name.node);
  const controls: Control[] = [name];
  const fields = formFields();
  for (const group of FORM_GROUPS) {
    const fieldset = el("fieldset", {}, el("legend", {}, t.groups[group]));
    for (const field of fields.filter((f) => f.form?.group === group)) {
      const control = controlFor(controller, t, field);
      controls.push(control);
      fieldset.append(control.node);
    }
    form.append(fieldset);
  }
  const formError = el("div", { class: "error", id: "form-error", role: "alert" });
  form.append(formError);
  const render = (state: PaneState) => {
    preset.render(state);
    for (const control of controls) control.render(state);
    renderErrors(controls, formError, state);
  };
  return { nodes: [form], render, form };
}

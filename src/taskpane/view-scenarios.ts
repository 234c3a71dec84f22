import type { PaneController, PaneState } from "./controller";
import { el, pushButton, setBusy, type ViewPart } from "./dom";

/**
 * "Add as scenario" and the scenarios it has added: each is built as a column on Inputs beside the presets and the
 * form's own scenario, to compare on the Scenarios sheet. Each has a Remove button named after it.
 */
export function scenarioColumnsPart(controller: PaneController): ViewPart<PaneState> {
  const t = controller.locale.text;
  const addButton = pushButton({ type: "button", id: "add-scenario" }, t.addScenarioButton);
  addButton.addEventListener("click", () => controller.addAsScenario());
  const list = el("ul", { id: "added-scenarios", "aria-labelledby": "added-scenarios-title" });
  const title = el("p", { id: "added-scenarios-title", class: "note" }, t.addedScenariosTitle);
  const section = el("div", { class: "added-scenarios" }, title, list);
  let shown: readonly string[] | null = null;
  const render = (state: PaneState) => {
    setBusy(addButton, state.busy !== null);
    section.hidden = state.addedScenarios.length === 0;
    if (state.addedScenarios === shown) return;
    shown = state.addedScenarios;
    list.replaceChildren(
      ...shown.map((name) => {
        const remove = pushButton({ type: "button", "aria-label": t.removeScenario(name) }, "×");
        remove.addEventListener("click", () => controller.removeScenario(name));
        return el("li", {}, el("span", {}, name), remove);
      }),
    );
  };
  return { nodes: [el("div", { class: "actions" }, addButton), section], render };
}

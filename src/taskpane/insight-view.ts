import type { PaneController, PaneState } from "./controller";
import { el, type ViewPart } from "./dom";
import { InsightScheduler } from "./insight-scheduler";

/**
 * How sure the answer is: the top drivers and the risk answer with its histogram, under the summary. Computed once
 * typing pauses (InsightScheduler), so that the summary itself follows every keystroke without waiting for the trials.
 */
export function insightSection(controller: PaneController): ViewPart<PaneState> {
  const t = controller.locale.text.insight;
  const drivers = el("p", { id: "insight-drivers" });
  const risk = el("p", { id: "insight-risk" });
  const chart = el("div", { class: "summary-charts", id: "insight-chart" });
  const section = el(
    "section",
    { class: "summary", "aria-labelledby": "insight-title", "aria-live": "polite", id: "insight" },
    el("h2", { id: "insight-title" }, t.title),
    drivers,
    risk,
    chart,
  );
  const scheduler = new InsightScheduler();
  let shown: unknown = undefined;
  let requests = 0;
  const render = (state: PaneState): void => {
    if (state.summary === shown) return;
    shown = state.summary;
    if (state.summary === null) {
      scheduler.cancel();
      requests++;
      section.hidden = true;
      return;
    }
    const request = ++requests;
    scheduler.schedule(() => void show(request));
  };
  /** Computes and shows the insight for the form as it is now, unless a newer request came while the code loaded. */
  const show = async (request: number): Promise<void> => {
    const scenario = controller.scenario();
    if (scenario === null) return;
    try {
      // The trials and the tornado load after the pane is interactive: they are not part of its first screen.
      const { computeInsight, describeInsight } = await import(/* webpackChunkName: "insight" */ "./insight");
      if (request !== requests) return;
      const text = describeInsight(computeInsight(scenario), controller.locale);
      drivers.textContent = text.drivers;
      risk.textContent = text.risk;
      chart.innerHTML = text.chart;
      section.hidden = false;
    } catch {
      // A scenario the risk run cannot take (a spread crossing a bound) has its message on the form already.
      section.hidden = true;
    }
  };
  section.hidden = true;
  return { nodes: [section], render };
}

import { presetScenario } from "../../src/scenario/presets";
import type { Scenario } from "../../src/scenario/types";
import { PaneController } from "../../src/taskpane/controller";
import { languageOf } from "../../src/taskpane/i18n";
import { scenarioAdapter } from "../../src/taskpane/scenario-adapter";
import { MAX_ADDED_SCENARIOS } from "../../src/taskpane/scenario-list";
import type { BuildOutcome, WorkbookSeam } from "../../src/taskpane/seam";
import { MAX_SCENARIOS, scenarioSet } from "../../src/workbook/scenario-set";
import { testLocale } from "./locale";

/** Issue 13: "The pane can add its current form as another scenario column on rebuild." */

class RecordingSeam implements WorkbookSeam<Scenario> {
  readonly insideExcel = true;
  builds: { active: Scenario; others: readonly Scenario[] }[] = [];
  async build(scenario: Scenario, _progress?: unknown, others: readonly Scenario[] = []): Promise<BuildOutcome> {
    this.builds.push({ active: scenario, others });
    return { kind: "workbook", sheetsWritten: 14, renamed: [] };
  }
  async refreshBenchmarks(): Promise<never> {
    throw new Error("not in these tests");
  }
  async previewBenchmarks(): Promise<never> {
    throw new Error("not in these tests");
  }
  keepBenchmarks(): void {}
  async readWorkbookDatasetInfo() {
    return null;
  }
}

function pane(language = "en-US") {
  const presets = (["base", "bull", "bear"] as const).map((id) => ({ id, scenario: presetScenario(id) }));
  const seam = new RecordingSeam();
  const controller = new PaneController(scenarioAdapter(presets, languageOf(language)), seam, testLocale(language));
  return { controller, seam };
}

describe("Add as scenario", () => {
  it("keeps the form's scenario and builds it as a column beside the next form's", async () => {
    const { controller, seam } = pane();
    controller.setName("Own A");
    controller.setText("capexTotal", "420");
    controller.addAsScenario();
    expect(controller.current.addedScenarios).toEqual(["Own A"]);
    expect(controller.current.status).toMatchObject({ kind: "ok", text: expect.stringContaining("Own A") });
    controller.setName("Own B");
    controller.setText("capexTotal", "300");
    await controller.build();
    const [build] = seam.builds;
    expect(build.active.name).toBe("Own B");
    expect(build.active.capexTotal).toBe(300);
    expect(build.others.map((s) => [s.name, s.capexTotal])).toEqual([["Own A", 420]]);
    // The workbook carries them side by side with the presets, Own B active.
    const set = scenarioSet(build.active, build.others);
    expect(set.scenarios.map((s) => s.name).slice(3)).toEqual(["Own B", "Own A"]);
    expect(set.active).toBe(3);
  });

  it("replaces an added scenario of the same name, and the form's scenario takes the place of one of its name", async () => {
    const { controller, seam } = pane();
    controller.setName("Mine");
    controller.addAsScenario();
    controller.setText("margin", "35");
    controller.addAsScenario();
    expect(controller.current.addedScenarios).toEqual(["Mine"]);
    expect(controller.current.status.text).toMatch(/Updated “Mine”/);
    await controller.build();
    expect(seam.builds[0].others).toEqual([]);
    expect(seam.builds[0].active.margin).toBe(0.35);
  });

  it("removes one, and refuses more than the workbook holds", () => {
    const { controller } = pane();
    for (let i = 0; i < MAX_ADDED_SCENARIOS; i++) {
      controller.setName(`S${i}`);
      controller.addAsScenario();
    }
    expect(MAX_ADDED_SCENARIOS + 4).toBe(MAX_SCENARIOS);
    controller.setName("One too many");
    controller.addAsScenario();
    expect(controller.current.status).toMatchObject({ kind: "failed" });
    expect(controller.current.status.text).toMatch(new RegExp(`At most ${MAX_ADDED_SCENARIOS}`));
    controller.removeScenario("S0");
    expect(controller.current.addedScenarios).toEqual(["S1", "S2", "S3"].slice(0, MAX_ADDED_SCENARIOS - 1));
    controller.addAsScenario();
    expect(controller.current.addedScenarios).toContain("One too many");
  });

  it("adds nothing while an input is wrong", () => {
    const { controller } = pane("de-DE");
    controller.setText("capexTotal", "-5");
    controller.addAsScenario();
    expect(controller.current.addedScenarios).toEqual([]);
    expect(controller.current.status.kind).toBe("failed");
  });
});

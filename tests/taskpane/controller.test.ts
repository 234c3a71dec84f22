import { withDefaults } from "../../src/scenario/json";
import { PaneController } from "../../src/taskpane/controller";
import { testLocale } from "./locale";
import { scenarioAdapter } from "../../src/taskpane/scenario-adapter";
import { languageOf } from "../../src/taskpane/i18n";
import {
  DatasetUnavailableError,
  type BuildOutcome,
  type DatasetInfo,
  type PreviewOutcome,
  type RefreshOutcome,
  type WorkbookSeam,
} from "../../src/taskpane/seam";
import { computeInvestmentCase } from "../../src/core/model";
import { requiredGrowth, requiredGrowthInputsOf } from "../../src/core/requiredGrowth";
import { MAX_SCENARIO_FILE_BYTES, parseScenarioJson } from "../../src/scenario/json";
import type { Scenario } from "../../src/scenario/types";
import { expectOneSentence } from "../benchmarks/fixtures";

const BASE: Scenario = {
  name: "Test base",
  description: "A scenario for the pane's tests.",
  capexTotal: 380,
  capexYears: 3,
  profile: "even",
  firstYear: 2025,
  horizon: 15,
  fx: 7.17,
  fxSource: "test",
  baseRevenue: 113.4,
  baseRevenueSource: "test",
  growth: 0.11,
  terminalGrowth: 0.05,
  baselineGrowth: 0.05,
  margin: 0.3,
  discountRate: 0.08,
  targetPaybackYears: 8,
  infraShare: 0.6,
  infraLife: 5,
  facilityLife: 20,
  baselineEbitaMargin: 0.09,
};
const BULL: Scenario = { ...BASE, name: "Test bull", growth: 0.3, terminalGrowth: 0.1 };

const PREVIEW = {
  from: { version: "2026.01.1", asOf: "2026-01-31" },
  to: { version: "2026.02.1", asOf: "2026-02-28" },
  counts: { added: 1, changed: 2, removed: 0 },
  groups: [
    {
      provider: "aws",
      providerName: "AWS",
      metric: "cloud-revenue",
      metricName: "Cloud revenue",
      added: [{ provider: "aws", metric: "cloud-revenue", period: "Q1 2026", value: 35.6 }],
      changed: [
        { provider: "aws", metric: "cloud-revenue", period: "Q4 2025", oldValue: 35, newValue: 35.58 },
        { provider: "aws", metric: "cloud-revenue", period: "2025", oldValue: 128.7, newValue: 128.73 },
      ],
      removed: [],
    },
  ],
};

/** The user asks for a refresh, sees the changes and applies them. */
async function refreshAndAccept(controller: PaneController): Promise<void> {
  await controller.refresh();
  await controller.acceptRefresh();
}

/** A seam that records what the pane asked for and answers as the test says. */
class FakeSeam implements WorkbookSeam<Scenario> {
  built: Scenario[] = [];
  refreshes = 0;
  buildAnswer: () => Promise<BuildOutcome> = async () => ({
    kind: "workbook",
    sheetsWritten: 2,
    renamed: [],
  });
  refreshAnswer: () => Promise<RefreshOutcome> = async () => ({
    ok: true,
    dataset: { asOf: "2026-02-28", source: "bundled" },
    changes: 3,
    counts: { added: 1, changed: 2, removed: 0 },
  });
  previews = 0;
  kept = 0;
  /** A download of one added and two changed figures, as benchmarks-link answers it. */
  previewAnswer: () => Promise<PreviewOutcome> = async () => ({ ok: true, preview: PREVIEW });
  dataset: DatasetInfo | null = { asOf: "2026-01-31", source: "Market facts" };
  constructor(readonly insideExcel = true) {}
  async build(scenario: Scenario, onProgress?: (fraction: number | undefined) => void): Promise<BuildOutcome> {
    this.built.push(scenario);
    onProgress?.(0.5);
    return this.buildAnswer();
  }
  async refreshBenchmarks(): Promise<RefreshOutcome> {
    this.refreshes++;
    return this.refreshAnswer();
  }
  async previewBenchmarks(): Promise<PreviewOutcome> {
    this.previews++;
    return this.previewAnswer();
  }
  keepBenchmarks(): void {
    this.kept++;
  }
  async readWorkbookDatasetInfo(): Promise<DatasetInfo | null> {
    if (this.datasetMissing) throw new DatasetUnavailableError();
    return this.dataset;
  }
  /** As the real seams answer when the shipped dataset's chunk did not load. */
  datasetMissing = false;
}

const presets = [
  { id: "base", scenario: BASE },
  { id: "bull", scenario: BULL },
];

function makePane(language = "en-US", seam = new FakeSeam(), excelApiMissing = false) {
  const adapter = scenarioAdapter(presets, languageOf(language));
  const controller = new PaneController(adapter, seam, testLocale(language), () => new Date(0), { excelApiMissing });
  return { controller, seam };
}

describe("the pane controller", () => {
  it("shows a preset's inputs in the user's language, rates as percentages", () => {
    const en = makePane("en-US").controller.current;
    expect(en.texts.growth).toBe("11");
    expect(en.texts.fx).toBe("7.17");
    expect(en.texts.targetPaybackYear).toBe("2033");
    const de = makePane("de-DE").controller.current;
    expect(de.texts.fx).toBe("7,17");
    expect(de.presetId).toBe("base");
  });

  it("summarises the case with the required growth in words", () => {
    const { summary } = makePane("en-US").controller.current;
    expect(summary?.capexRmb).toBe("RMB 380 bn");
    expect(summary?.capexUsd).toBe("USD 53 bn");
    expect(summary?.requiredLabel).toBe("Growth needed to pay back by 2033");
    // The finance core's answer for BASE with the target 2033 − 2025 = 8 years, to one decimal of a percent.
    const needed = requiredGrowth(requiredGrowthInputsOf({ ...BASE, profile: "even" }, 8));
    const percent = (needed * 100).toFixed(1).replace(/\.0$/, "");
    expect(summary?.required).toBe(`Needs ${percent}% a year; the scenario assumes 11%.`);
    const german = makePane("de-DE").controller.current.summary;
    expect(german?.capexRmb).toBe("380 Mrd. RMB");
    expect(german?.required).toMatch(
      new RegExp(`^Erfordert ${percent.replace(".", ",")}\\s% pro Jahr; das Szenario nimmt 11\\s% an\\.$`),
    );
  });

  it("shows the margin trough, its recovery, NPV and IRR beside payback, from the core, in both languages", () => {
    const { summary } = makePane("en-US").controller.current;
    const result = computeInvestmentCase(BASE);
    const { trough, recovery, npv, irr } = result.earnings;
    expect(trough.kind).toBe("year");
    if (trough.kind !== "year") return;
    const pct = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;
    expect(summary?.marginTrough).toBe(`${pct(trough.margin)} in ${trough.year} (baseline 9%)`);
    expect(summary?.marginRecovery).toBe(recovery.kind === "year" ? String(recovery.year) : "not within the horizon");
    expect(summary?.npvLabel).toBe("NPV at 8%");
    expect(summary?.npv).toBe(`RMB ${npv.toFixed(1).replace(/\.0$/, "")} bn`);
    expect(irr.kind).toBe("rate");
    if (irr.kind === "rate") expect(summary?.irr).toBe(pct(irr.rate));
    const german = makePane("de-DE").controller.current.summary;
    expect(german?.marginTrough).toMatch(
      new RegExp(`^-?[\\d,]+\\s% im Jahr ${trough.year} \\(ohne Investition 9\\s%\\)$`),
    );
    expect(german?.npvLabel).toMatch(/^Kapitalwert bei 8\s%$/);
  });

  it("recomputes the earnings view as its inputs change in the form", () => {
    const { controller } = makePane();
    const before = controller.current.summary!;
    controller.setText("infraLife", "10");
    expect(controller.current.summary?.marginTrough).not.toBe(before.marginTrough);
    expect(controller.current.summary?.npv).toBe(before.npv);
    controller.setText("baselineEbitaMargin", "20");
    expect(controller.current.summary?.marginTrough).toContain("(baseline 20%)");
    controller.setText("infraLife", "0");
    expect(controller.current.summary).toBeNull();
    expect(controller.current.errors.infraLife).toMatch(/\S/);
  });

  it("says why there is no IRR when the cash flows never change sign", () => {
    const { controller } = makePane();
    controller.setText("capexTotal", "0");
    expect(controller.current.summary?.irr).toBe("none: the cash flows never change sign");
  });

  it("recomputes as the inputs change and leaves the preset when edited", () => {
    const { controller } = makePane();
    const before = controller.current.summary?.required;
    controller.setText("growth", "30");
    expect(controller.current.presetId).toBeNull();
    expect(controller.current.summary?.required).toContain("the scenario assumes 30%");
    expect(controller.current.summary?.required).not.toBe(before);
    controller.choosePreset("bull");
    expect(controller.current.texts.growth).toBe("30");
    expect(controller.current.presetId).toBe("bull");
  });

  it("marks the preset's name as edited once its numbers change, and lets the user name the scenario", async () => {
    const { controller, seam } = makePane();
    expect(controller.current.name).toBe("Test base");
    controller.setText("growth", "12");
    expect(controller.current.name).toBe("Test base (edited)");
    controller.setText("growth", "13");
    expect(controller.current.name).toBe("Test base (edited)");
    controller.setName("  ");
    expect(controller.current.errors.name).toBe("Enter a name.");
    expect(controller.scenario()).toBeNull();
    controller.setName("My case");
    await controller.build();
    expect(seam.built[0]).toMatchObject({ name: "My case", growth: 0.13 });
    const german = makePane("de-DE").controller;
    german.setText("growth", "12");
    expect(german.current.name).toBe("Test base (geändert)");
  });

  it("reads numbers as the language writes them", () => {
    const { controller } = makePane("de-DE");
    controller.setText("fx", "7,25");
    expect(controller.current.errors.fx).toBeUndefined();
    expect(controller.scenario()?.fx).toBe(7.25);
    controller.setText("capexTotal", "1.380");
    expect(controller.scenario()?.capexTotal).toBe(1380);
  });

  it("gives an inline message per field and no summary while an input is wrong", () => {
    const { controller } = makePane();
    controller.setText("capexYears", "2.5");
    expect(controller.current.errors.capexYears).toBe("Enter a whole number.");
    controller.setText("capexYears", "20");
    expect(controller.current.errors.capexYears).toBe("Must not be more than Horizon (15).");
    controller.setText("growth", "abc");
    expect(controller.current.errors.growth).toBe("Enter a number, for example 12.5.");
    controller.setText("margin", "120");
    expect(controller.current.errors.margin).toBe("Enter a value from 0 % to 100 %.");
    controller.setText("targetPaybackYear", "2020");
    expect(controller.current.errors.targetPaybackYear).toBe("Must be later than First model year (2025).");
    expect(controller.current.summary).toBeNull();
    expect(controller.scenario()).toBeNull();
  });

  it("words the messages in German too", () => {
    const { controller } = makePane("de-AT");
    controller.setText("horizon", "");
    expect(controller.current.errors.horizon).toBe("Geben Sie eine Zahl ein.");
    controller.setText("discountRate", "-100");
    expect(controller.current.errors.discountRate).toBe("Geben Sie einen Wert von -50 % bis 100 % ein.");
  });

  it("builds the scenario the form shows and reports sheets, renames and the time", async () => {
    const { controller, seam } = makePane();
    controller.setText("capexTotal", "480");
    seam.buildAnswer = async () => ({
      kind: "workbook",
      sheetsWritten: 3,
      renamed: [{ wanted: "Inputs", actual: "Inputs (2)" }],
    });
    const progress: (number | undefined)[] = [];
    controller.subscribe((s) => s.status.kind === "working" && progress.push(s.status.progress));
    await controller.build();
    expect(seam.built).toHaveLength(1);
    expect(seam.built[0]).toMatchObject({ capexTotal: 480, targetPaybackYears: 8, name: "Test base (edited)" });
    expect(progress).toEqual([undefined, 0.5]);
    const { status, lastBuild, busy } = controller.current;
    expect(status.kind).toBe("ok");
    expect(status.text).toBe("Done: wrote 3 sheets.");
    expect(status.details[0]).toBe(
      "Your workbook already had sheets with these names, so the model's sheets were renamed: “Inputs” became “Inputs (2)”.",
    );
    expect(lastBuild).toEqual(new Date(0));
    expect(busy).toBeNull();
    expect(controller.datasetText()).toEqual({ asOf: "Jan 31, 2026", source: "Market facts" });
  });

  it("names the user's names a build re-pointed or left alone", async () => {
    const { controller, seam } = makePane();
    seam.buildAnswer = async () => ({
      kind: "workbook",
      sheetsWritten: 9,
      renamed: [],
      namesRepointed: ["MyCapexCell", "Local"],
      namesSkipped: ["Capex_Total"],
    });
    await controller.build();
    expect(controller.current.status.details).toEqual([
      "Your names that pointed into the old model now point at the new sheets: MyCapexCell, Local.",
      "Your workbook already uses these names, so the model left them alone: Capex_Total.",
    ]);
  });

  it("does not build while inputs are wrong, and says so", async () => {
    const { controller, seam } = makePane();
    controller.setText("horizon", "x");
    await controller.build();
    expect(seam.built).toHaveLength(0);
    expect(controller.current.status).toMatchObject({ kind: "failed", text: "Fix the input marked in red first." });
  });

  it("reports a failed build with the error's message and keeps the last build time", async () => {
    const { controller, seam } = makePane();
    seam.buildAnswer = async () => {
      throw new Error("InvalidOperation: the workbook is protected");
    };
    await controller.build();
    expect(controller.current.status).toMatchObject({
      kind: "failed",
      text: "The workbook was not built: InvalidOperation: the workbook is protected",
    });
    expect(controller.current.lastBuild).toBeNull();
    expect(controller.current.busy).toBeNull();
  });

  it("reports a download outside Excel", async () => {
    const seam = new FakeSeam(false);
    seam.buildAnswer = async () => ({ kind: "download", fileName: "capex-base.xlsx" });
    const { controller } = makePane("de-DE", seam);
    await controller.build();
    expect(controller.current.status.text).toBe("Fertig: capex-base.xlsx heruntergeladen.");
  });

  it("refreshes the benchmarks and shows the new dataset, or the reason it failed", async () => {
    const { controller, seam } = makePane();
    await controller.loadDatasetInfo();
    expect(controller.current.dataset?.asOf).toBe("2026-01-31");
    await refreshAndAccept(controller);
    expect(controller.current.status).toMatchObject({
      kind: "ok",
      text: "Benchmarks refreshed: 1 figure added, 2 changed, 0 removed.",
    });
    expect(controller.current.dataset).toEqual({ asOf: "2026-02-28", source: "bundled" });
    seam.previewAnswer = async () => ({ ok: false, message: "The server answered 404." });
    await controller.refresh();
    expect(controller.current.preview).toBeNull();
    expect(controller.current.status.kind).toBe("failed");
    expect(controller.current.status.text).toContain("The server answered 404.");
    // A failed refresh keeps the dataset the pane showed.
    expect(controller.current.dataset).toEqual({ asOf: "2026-02-28", source: "bundled" });
  });

  describe("shows what a refresh would change before it applies it", () => {
    it("lists the download's changes and applies nothing until the user accepts", async () => {
      const { controller, seam } = makePane();
      await controller.loadDatasetInfo();
      await controller.refresh();
      expect(seam.previews).toBe(1);
      expect(seam.refreshes).toBe(0);
      expect(controller.current.preview).toEqual(PREVIEW);
      expect(controller.current.status).toMatchObject({
        kind: "ok",
        text: "The refreshed benchmarks would change the data: 1 figure added, 2 changed, 0 removed. Check the changes below, then apply them or keep the current data.",
      });
      // The pane still shows the data in use.
      expect(controller.current.dataset?.asOf).toBe("2026-01-31");
      await controller.acceptRefresh();
      expect(seam.refreshes).toBe(1);
      expect(seam.kept).toBe(0);
      expect(controller.current.preview).toBeNull();
      expect(controller.current.dataset?.asOf).toBe("2026-02-28");
    });

    it('changes nothing on "Keep current"', async () => {
      const { controller, seam } = makePane();
      await controller.loadDatasetInfo();
      await controller.refresh();
      controller.keepCurrent();
      expect(seam.kept).toBe(1);
      expect(seam.refreshes).toBe(0);
      expect(controller.current.preview).toBeNull();
      expect(controller.current.dataset).toEqual({ asOf: "2026-01-31", source: "Market facts" });
      expect(controller.current.status).toMatchObject({
        kind: "ok",
        text: "Kept the current benchmarks; nothing was changed.",
      });
      // Nothing is waiting any more: a late "apply" does nothing.
      await controller.acceptRefresh();
      expect(seam.refreshes).toBe(0);
    });

    it("says the data is up to date, and holds nothing, when the download changes no figure", async () => {
      const { controller, seam } = makePane("de-DE");
      const same = { ...PREVIEW, to: PREVIEW.from, counts: { added: 0, changed: 0, removed: 0 }, groups: [] };
      seam.previewAnswer = async () => ({ ok: true, preview: same });
      await controller.refresh();
      expect(controller.current.preview).toBeNull();
      expect(seam.kept).toBe(1);
      expect(controller.current.status.text).toBe(
        "Die Benchmarks sind aktuell: kein Wert hinzugefügt, geändert oder entfernt.",
      );
    });
  });

  describe("says in one sentence what a refresh did to the figures and to the workbook's table", () => {
    const counts = { added: 2, changed: 1, removed: 3 };
    const none = { added: 0, changed: 0, removed: 0 };
    const cases: [string, RefreshOutcome, "ok" | "failed", string, string][] = [
      [
        "table updated",
        { ok: true, dataset: { asOf: "2026-02-28", source: "x" }, changes: 6, counts, table: { kind: "updated" } },
        "ok",
        "Benchmarks refreshed: 2 figures added, 1 changed, 3 removed, and the Benchmarks table was updated.",
        "Benchmarks aktualisiert: 2 Werte hinzugefügt, 1 geändert, 3 entfernt, und die Benchmark-Tabelle wurde aktualisiert.",
      ],
      [
        "nothing changed, table rewritten",
        {
          ok: true,
          dataset: { asOf: "2026-02-28", source: "x" },
          changes: 0,
          counts: none,
          table: { kind: "updated" },
        },
        "ok",
        "Benchmarks are up to date: no figures added, changed or removed, and the Benchmarks table was updated.",
        "Die Benchmarks sind aktuell: kein Wert hinzugefügt, geändert oder entfernt, und die Benchmark-Tabelle wurde aktualisiert.",
      ],
      [
        "no model yet",
        { ok: true, dataset: { asOf: "2026-02-28", source: "x" }, changes: 6, counts, table: { kind: "noModel" } },
        "ok",
        "Benchmarks refreshed: 2 figures added, 1 changed, 3 removed; this workbook has no model yet, so build it to see the figures.",
        "Benchmarks aktualisiert: 2 Werte hinzugefügt, 1 geändert, 3 entfernt; diese Arbeitsmappe hat noch kein Modell, erstellen Sie es, um die Werte zu sehen.",
      ],
      [
        "table columns changed",
        { ok: true, dataset: { asOf: "2026-02-28", source: "x" }, changes: 6, counts, table: { kind: "shapeChanged" } },
        "ok",
        "Benchmarks refreshed: 2 figures added, 1 changed, 3 removed, but the Benchmarks table's columns were changed, so build the workbook again to update it.",
        "Benchmarks aktualisiert: 2 Werte hinzugefügt, 1 geändert, 3 entfernt, aber die Spalten der Benchmark-Tabelle wurden geändert, erstellen Sie die Arbeitsmappe daher neu, um sie zu aktualisieren.",
      ],
      [
        "table write failed, table kept",
        {
          ok: true,
          dataset: { asOf: "2026-02-28", source: "x" },
          changes: 6,
          counts,
          table: { kind: "failed", message: "GeneralException: busy", untouched: true },
        },
        "failed",
        "The data was refreshed for CAPEX.BENCHMARK (2 figures added, 1 changed, 3 removed), but the Benchmarks table could not be updated and keeps its previous figures.",
        "Die Daten für CAPEX.BENCHMARK wurden aktualisiert (2 Werte hinzugefügt, 1 geändert, 3 entfernt), aber die Benchmark-Tabelle konnte nicht aktualisiert werden und behält ihre bisherigen Werte.",
      ],
      [
        "table write failed, table not restored",
        {
          ok: true,
          dataset: { asOf: "2026-02-28", source: "x" },
          changes: 6,
          counts,
          table: { kind: "failed", message: "GeneralException: busy", untouched: false },
        },
        "failed",
        "The data was refreshed for CAPEX.BENCHMARK (2 figures added, 1 changed, 3 removed), but the Benchmarks table could not be updated and may be incomplete, so build the workbook again.",
        "Die Daten für CAPEX.BENCHMARK wurden aktualisiert (2 Werte hinzugefügt, 1 geändert, 3 entfernt), aber die Benchmark-Tabelle konnte nicht aktualisiert werden und ist womöglich unvollständig, erstellen Sie die Arbeitsmappe daher neu.",
      ],
      [
        "outside Excel",
        {
          ok: true,
          dataset: { asOf: "2026-02-28", source: "x" },
          changes: 1,
          counts: { added: 1, changed: 0, removed: 0 },
        },
        "ok",
        "Benchmarks refreshed: 1 figure added, 0 changed, 0 removed.",
        "Benchmarks aktualisiert: 1 Wert hinzugefügt, 0 geändert, 0 entfernt.",
      ],
    ];
    it.each(cases)("%s", async (_what, outcome, kind, english, german) => {
      for (const [language, text] of [
        ["en-US", english],
        ["de-DE", german],
      ]) {
        const { controller, seam } = makePane(language);
        seam.refreshAnswer = async () => outcome;
        await refreshAndAccept(controller);
        expect(controller.current.status).toMatchObject({ kind, text });
        expectOneSentence(text);
        // The dataset is refreshed whatever became of the table, so the pane shows the new one.
        expect(controller.current.dataset?.asOf).toBe("2026-02-28");
        const failedMessage = outcome.ok && outcome.table?.kind === "failed" ? [outcome.table.message] : [];
        expect(controller.current.status.details).toEqual(failedMessage);
      }
    });
  });

  it("ignores a second click while busy", async () => {
    const { controller, seam } = makePane();
    let release: () => void = () => undefined;
    seam.buildAnswer = () =>
      new Promise((resolve) => {
        release = () => resolve({ kind: "workbook", sheetsWritten: 0, renamed: [] });
      });
    const first = controller.build();
    await controller.refresh();
    await controller.build();
    expect(seam.previews).toBe(0);
    expect(seam.refreshes).toBe(0);
    expect(seam.built).toHaveLength(1);
    release();
    await first;
  });

  describe("custom pacing weights", () => {
    it("starts from even weights, reads the list and builds with it; the summary says required growth is not available", async () => {
      const { controller, seam } = makePane();
      controller.setProfile("custom");
      expect(controller.current.weightsText).toBe("1, 1, 1");
      controller.setWeights("1, 2; 1");
      expect(controller.current.errors).toEqual({});
      expect(controller.scenario()).toMatchObject({ profile: "custom", customWeights: [1, 2, 1] });
      expect(controller.current.summary?.required).toBe("Not available with custom pacing weights.");
      await controller.build();
      expect(seam.built[0]).toMatchObject({ profile: "custom", customWeights: [1, 2, 1] });
    });

    it("moves the payback with the weights", () => {
      const { controller } = makePane();
      controller.setText("growth", "40");
      controller.setProfile("custom");
      controller.setWeights("1, 0, 0");
      expect(controller.current.summary?.discountedPayback).toMatch(/^\d{4}\.\d$/);
      const early = controller.current.summary?.discountedPayback;
      controller.setWeights("0, 0, 1");
      expect(controller.current.summary?.discountedPayback).not.toBe(early);
    });

    it("checks the count, the signs and the sum inline", () => {
      const { controller } = makePane();
      controller.setProfile("custom");
      controller.setWeights("1, 2");
      expect(controller.current.errors.customWeights).toBe("Enter 3 weights, one per capex year.");
      controller.setWeights("1, -2, 1");
      expect(controller.current.errors.customWeights).toBe("Weights must not be negative.");
      controller.setWeights("0, 0, 0");
      expect(controller.current.errors.customWeights).toBe("At least one weight must be above 0.");
      controller.setWeights("1, x, 1");
      expect(controller.current.errors.customWeights).toBe("Enter numbers separated by commas, for example 1, 2, 1.");
      expect(controller.current.summary).toBeNull();
      expect(controller.scenario()).toBeNull();
      controller.setText("capexYears", "2");
      controller.setWeights("3, 1");
      expect(controller.scenario()?.customWeights).toEqual([3, 1]);
    });

    it("reads German lists, where the comma is the decimal separator", () => {
      const { controller } = makePane("de-DE");
      controller.setProfile("custom");
      expect(controller.current.weightsText).toBe("1; 1; 1");
      controller.setWeights("1; 2,5; 0,5");
      expect(controller.scenario()?.customWeights).toEqual([1, 2.5, 0.5]);
      controller.setWeights("1,5; 2");
      expect(controller.current.errors.customWeights).toBe("Geben Sie 3 Gewichte ein, eines je Investitionsjahr.");
      // A comma is a decimal separator here, so "1,5, 2" is one malformed number rather than two weights.
      controller.setWeights("1,5, 2, 1");
      expect(controller.current.errors.customWeights).toMatch(/^Geben Sie Zahlen ein, durch Semikolon getrennt/);
    });

    it("ignores the weights with a built-in profile", () => {
      const { controller } = makePane();
      controller.setProfile("custom");
      controller.setWeights("bad");
      controller.setProfile("front");
      expect(controller.current.errors).toEqual({});
      expect(controller.scenario()?.profile).toBe("front");
    });
  });

  describe("saving and loading a scenario", () => {
    it("saves the form's scenario as the scenario module's JSON and loads it back", () => {
      const { controller } = makePane();
      controller.setProfile("custom");
      controller.setWeights("2, 1, 1");
      controller.setText("capexTotal", "444");
      const file = controller.saveScenario((name) => `${name}.json`);
      expect(file?.fileName).toBe("Test base (edited).json");
      expect(controller.current.status).toMatchObject({
        kind: "ok",
        text: "Saved the scenario as Test base (edited).json.",
      });
      const saved = parseScenarioJson(file?.text ?? "");
      expect(saved).toEqual({ ok: true, scenario: withDefaults(controller.scenario()!) });

      const other = makePane().controller;
      other.loadScenarioFile("mine.json", file?.text ?? "");
      expect(other.current.status).toMatchObject({ kind: "ok", text: "Loaded the scenario from mine.json." });
      expect(other.current.texts.capexTotal).toBe("444");
      expect(other.current.profile).toBe("custom");
      expect(other.current.weightsText).toBe("2, 1, 1");
      expect(other.current.presetId).toBeNull();
      expect(other.scenario()).toEqual(withDefaults(controller.scenario()!));
    });

    it("leaves the form unchanged and lists every problem of a bad file in one message, in the pane's language", () => {
      const { controller } = makePane("de-DE");
      controller.setText("capexTotal", "400");
      const before = controller.current;
      const broken = JSON.stringify({ ...BASE, capexTotal: -1, margin: 3 });
      controller.loadScenarioFile("kaputt.json", broken);
      const { status, texts, name } = controller.current;
      expect(status.kind).toBe("failed");
      expect(status.text).toBe("kaputt.json wurde nicht geladen, das Formular ist unverändert, denn:");
      expect(status.details).toHaveLength(2);
      expect(status.details.join(" ")).toMatch(/Investitionssumme/);
      expect(status.details.join(" ")).toMatch(/Cash-Marge auf Mehrumsatz/);
      expect(status.details.join(" ")).not.toMatch(/ must /);
      expect(texts).toEqual(before.texts);
      expect(name).toBe(before.name);
      controller.loadScenarioFile("x.json", "{ not json");
      expect(controller.current.status.details[0]).toMatch(/^Die Datei ist kein gültiges JSON \(/);
    });

    // Issue 16: hostile files. Each leaves the form as it was and shows one failed status with one problem under it.
    describe("a hostile scenario file", () => {
      const tooLargeText = " ".repeat(MAX_SCENARIO_FILE_BYTES + 1);
      it.each([
        ["nested 5,000 levels deep", `{"description":${"[".repeat(5000)}${"]".repeat(5000)}}`, /nests/],
        ["a value nested 5,000 levels deep as objects", `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`, /nests/],
        ["a format whose toString is not a function", '{"format":{"toString":1}}', /not a scenario file/],
        ["a format that is a list", '{"format":[1,2]}', /not a scenario file/],
        ["more text than the size limit", tooLargeText, /too large/],
        ["not JSON at all", "\u0000\u001b[2J", /not valid JSON/],
      ])("%s: one clear problem, no crash, the form unchanged", (_label, text, problem) => {
        const { controller } = makePane();
        controller.setText("capexTotal", "400");
        const before = controller.current;
        expect(() => controller.loadScenarioFile("hostile.json", text)).not.toThrow();
        const { status } = controller.current;
        expect(status.kind).toBe("failed");
        expect(status.text).toBe("hostile.json was not loaded, and the form is unchanged, because:");
        expect(status.details).toEqual([expect.stringMatching(problem)]);
        expect(controller.current.texts).toEqual(before.texts);
        expect(controller.scenario()).toEqual(makePaneWith400());
      });

      function makePaneWith400() {
        const { controller } = makePane();
        controller.setText("capexTotal", "400");
        return controller.scenario();
      }

      it("a file over the size limit is too large even when the text read of it, cut at the limit, is shorter", () => {
        // The pane reads one byte past the limit; a 2-byte character cut there leaves fewer characters than bytes.
        const { controller } = makePane("de-DE");
        const text = "ä".repeat(MAX_SCENARIO_FILE_BYTES / 2);
        controller.loadScenarioFile("gross.json", text, 150 * 1024 * 1024);
        expect(controller.current.status.details).toEqual(["Die Datei ist für ein Szenario zu groß (über 1 MB)."]);
      });

      it("a failure the checks did not foresee is one problem too, and leaves nothing of the file behind", () => {
        const seam = new FakeSeam();
        const adapter = scenarioAdapter(presets, "en");
        // The form is laid out from the file's scenario, and that fails: as a bug in a check would.
        let armed = false;
        const throwing: typeof adapter = {
          ...adapter,
          toValues: (scenario) => {
            if (armed) throw new RangeError("Maximum call stack size exceeded");
            return adapter.toValues(scenario);
          },
        };
        const controller = new PaneController(throwing, seam, testLocale("en-US"), () => new Date(0), {});
        armed = true;
        const before = controller.current;
        expect(() => controller.loadScenarioFile("odd.json", JSON.stringify(BASE))).not.toThrow();
        expect(controller.current.status).toMatchObject({
          kind: "failed",
          details: ["The file could not be read as a scenario."],
        });
        expect(controller.current.texts).toEqual(before.texts);
      });

      it("a hostile file name is shown short and without control characters", () => {
        const { controller } = makePane();
        controller.loadScenarioFile(`\u001b[2J${"n".repeat(100_000)}.json`, "{");
        const { text } = controller.current.status;
        expect(text.length).toBeLessThan(200);
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(text).not.toMatch(/[\u0000-\u001f]/);
      });
    });

    it("saves nothing while an input is wrong", () => {
      const { controller } = makePane();
      controller.setText("horizon", "x");
      expect(controller.saveScenario((name) => name)).toBeNull();
      expect(controller.current.status).toMatchObject({ kind: "failed", text: "Fix the input marked in red first." });
    });
  });

  describe("inside an Excel without ExcelApi 1.13", () => {
    it("does not refresh, says why in one sentence, and keeps the summary and the download", async () => {
      const seam = new FakeSeam(false);
      seam.buildAnswer = async () => ({ kind: "download", fileName: "cloud-capex-test.xlsx" });
      const { controller } = makePane("en-US", seam, true);
      await controller.refresh();
      expect(seam.previews).toBe(0);
      expect(seam.refreshes).toBe(0);
      expect(controller.current.status.kind).toBe("failed");
      expectOneSentence(controller.current.status.text);
      expect(controller.current.status.text).toContain("ExcelApi 1.13");
      expect(controller.current.summary).not.toBeNull();
      await controller.build();
      expect(controller.current.status.text).toBe("Done: downloaded cloud-capex-test.xlsx.");
      const german = makePane("de-DE", new FakeSeam(false), true).controller;
      await german.refresh();
      expectOneSentence(german.current.status.text);
      expect(german.current.status.text).toContain("ExcelApi 1.13");
    });
  });

  describe("while the shipped dataset loads, and when it does not", () => {
    it("shows a short loading state in the dataset lines until the dataset is in", async () => {
      const { controller } = makePane();
      expect(controller.current.datasetStatus).toBe("loading");
      expect(controller.datasetText()).toEqual({ asOf: "loading…", source: "loading…" });
      expect(makePane("de-DE").controller.datasetText()).toEqual({ asOf: "wird geladen…", source: "wird geladen…" });
      // The form and the summary do not wait for it.
      controller.setText("capexTotal", "400");
      expect(controller.current.summary?.capexRmb).toMatch(/^RMB 400 bn/);
      await controller.loadDatasetInfo();
      expect(controller.datasetText()).toEqual({ asOf: "Jan 31, 2026", source: "Market facts" });
    });

    it("says in one sentence that it did not load, and still builds", async () => {
      const seam = new FakeSeam();
      seam.datasetMissing = true;
      const { controller } = makePane("en-US", seam);
      await controller.loadDatasetInfo();
      expect(controller.current.datasetStatus).toBe("unavailable");
      const text = controller.datasetText();
      expect(text).toEqual({
        asOf: "unknown",
        source: "The benchmark data could not be loaded, so workbooks are built without it.",
      });
      expectOneSentence(text.source);
      await controller.build();
      expect(controller.current.status).toMatchObject({ kind: "ok", text: "Done: wrote 2 sheets." });
      expect(controller.current.datasetStatus).toBe("unavailable");
    });

    it("answers a refresh without the dataset in the pane's language", async () => {
      const seam = new FakeSeam();
      seam.previewAnswer = () => Promise.reject(new DatasetUnavailableError());
      const { controller } = makePane("de-DE", seam);
      await controller.refresh();
      expect(controller.current.status.kind).toBe("failed");
      expect(controller.current.status.text).toContain(
        "Die Benchmark-Daten konnten nicht geladen werden, daher werden Arbeitsmappen ohne sie erstellt.",
      );
      expect(controller.current.status.text).not.toContain("could not be loaded");
    });
  });
});

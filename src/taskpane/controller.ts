import { isPacingProfile, type PacingProfile } from "../core/pacing";
import { MAX_HORIZON } from "../scenario/fields";
import { safeText } from "../scenario/quote";
import type { Scenario } from "../scenario/types";
import { displayValue, displayWeights, NUMERIC_FIELDS, type FormValues, type NumericKey } from "./fields";
import type { RefreshPreview } from "../benchmarks/diff";
import { noChange, type Locale } from "./i18n";
import { checkForm, formValuesOf } from "./form-check";
import { columnsBeside, MAX_ADDED_SCENARIOS, withAdded, withoutNamed } from "./scenario-list";
import { refreshedStatus } from "./refresh-status";
import { formatDate } from "./format";
import { errorText, refreshFailureText } from "./error-text";
import { DatasetUnavailableError, type DatasetInfo, type WorkbookSeam } from "./seam";
import { failed, IDLE, ok, working, type Status } from "./status";
import type { SummaryText } from "./summary";

/** How the pane reads and writes a scenario, so that the pane's logic does not depend on its shape. */
export interface ScenarioAdapter {
  readonly presets: readonly { readonly id: string; readonly scenario: Scenario }[];
  toValues(scenario: Scenario): FormValues;
  /** A new scenario from `base` with the form's values; fields the form does not show are kept from `base`. */
  withValues(base: Scenario, values: FormValues): Scenario;
  nameOf(scenario: Scenario): string;
  withName(scenario: Scenario, name: string): Scenario;
  /** The scenario module's own checks, beyond the form's per-field ones (field names as in FormValues). */
  validate(scenario: Scenario): readonly { readonly field: string; readonly message: string }[];
  /** The scenario as a saved file's text, and back; a file that is not a usable scenario gives its problems. */
  toJson(scenario: Scenario): string;
  /** `bytes`: the file's size where it is known, which may be more than the text read of it. */
  fromJson(
    text: string,
    bytes?: number,
  ):
    | { readonly ok: true; readonly scenario: Scenario }
    | { readonly ok: false; readonly issues: readonly { readonly field: string; readonly message: string }[] };
}

export interface PaneOptions {
  /** Inside an Excel without ExcelApi 1.13: the pane downloads the workbook and cannot refresh a table in place. */
  readonly excelApiMissing?: boolean;
}

export interface PaneState {
  readonly texts: Readonly<Record<NumericKey, string>>;
  readonly name: string;
  readonly profile: PacingProfile;
  /** The custom pacing weights as typed; used with the "custom" profile only. */
  readonly weightsText: string;
  readonly presetId: string | null;
  readonly errors: Readonly<Partial<Record<string, string>>>;
  readonly summary: SummaryText | null;
  readonly busy: "build" | "refresh" | null;
  readonly status: Status;
  readonly dataset: DatasetInfo | null;
  /** The shipped dataset arrives after the pane is interactive; "unavailable" when it did not load at all. */
  readonly datasetStatus: "loading" | "ready" | "unavailable";
  readonly lastBuild: Date | null;
  /** A refresh's download waiting for the user to apply it or keep the current data. */
  readonly preview: RefreshPreview | null;
  /** Names of the scenarios added to build as columns beside the form's (see scenario-list.ts). */
  readonly addedScenarios: readonly string[];
}

/**
 * The pane's behaviour without the DOM: form text in, checked values, summary and status out, and the two actions
 * through the workbook seam. The view only renders `state` and forwards events.
 */
export class PaneController {
  private base: Scenario;
  private added: readonly Scenario[] = [];
  private state: PaneState;
  private readonly listeners = new Set<(state: PaneState) => void>();

  constructor(
    private readonly adapter: ScenarioAdapter,
    private readonly seam: WorkbookSeam<Scenario>,
    readonly locale: Locale,
    private readonly now: () => Date = () => new Date(),
    readonly options: PaneOptions = {},
  ) {
    if (adapter.presets.length === 0) throw new Error("the pane needs at least one preset");
    this.base = adapter.presets[0].scenario;
    this.state = {
      ...this.formStateFor(this.base, adapter.presets[0].id),
      busy: null,
      status: IDLE,
      dataset: null,
      datasetStatus: "loading",
      lastBuild: null,
      preview: null,
      addedScenarios: [],
    };
  }

  presetIds(): string[] {
    return this.adapter.presets.map((p) => p.id);
  }

  get current(): PaneState {
    return this.state;
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  private formStateFor(scenario: Scenario, presetId: string | null) {
    const values = this.adapter.toValues(scenario);
    const texts = {} as Record<NumericKey, string>;
    for (const field of NUMERIC_FIELDS) texts[field.key] = displayValue(field, values[field.key], this.locale);
    const name = this.adapter.nameOf(scenario);
    const weightsText = displayWeights(values.customWeights, this.locale);
    const checked = this.check(texts, values.profile, weightsText, name);
    const { errors, summary } = checked;
    return { texts, name, profile: values.profile, weightsText, presetId, errors, summary };
  }

  choosePreset(id: string): void {
    const preset = this.adapter.presets.find((p) => p.id === id);
    if (!preset) return;
    this.base = preset.scenario;
    this.update(this.formStateFor(preset.scenario, preset.id));
  }

  /** Replaces the form with a scenario from elsewhere (a saved JSON file). */
  loadScenario(scenario: Scenario): void {
    this.base = scenario;
    this.update(this.formStateFor(scenario, null));
  }

  setText(key: NumericKey, text: string): void {
    const texts = { ...this.state.texts, [key]: text };
    const name = this.editedName();
    this.update({
      texts,
      name,
      presetId: null,
      ...this.check(texts, this.state.profile, this.state.weightsText, name),
    });
  }

  setProfile(profile: string): void {
    if (!isPacingProfile(profile)) return;
    const name = this.editedName();
    let weightsText = this.state.weightsText;
    // Custom pacing starts from even weights, which the user then reshapes, rather than from an empty field.
    const years = Number(this.state.texts.capexYears);
    if (
      profile === "custom" &&
      weightsText.trim() === "" &&
      Number.isInteger(years) &&
      years > 0 &&
      years <= MAX_HORIZON
    ) {
      weightsText = displayWeights(new Array<number>(years).fill(1), this.locale);
    }
    const checked = this.check(this.state.texts, profile, weightsText, name);
    this.update({ profile, name, weightsText, presetId: null, ...checked });
  }

  setWeights(weightsText: string): void {
    const name = this.editedName();
    const checked = this.check(this.state.texts, this.state.profile, weightsText, name);
    this.update({ weightsText, name, presetId: null, ...checked });
  }

  setName(name: string): void {
    this.update({ name, ...this.check(this.state.texts, this.state.profile, this.state.weightsText, name) });
  }

  /** A preset's name no longer fits once its numbers change; the workbook's cover would otherwise mislead. */
  private editedName(): string {
    const baseName = this.adapter.nameOf(this.base);
    return this.state.name === baseName ? `${baseName}${this.locale.text.editedSuffix}` : this.state.name;
  }

  private values(texts: Readonly<Record<NumericKey, string>>, profile: PacingProfile, weightsText: string) {
    return formValuesOf(texts, profile, weightsText, this.locale);
  }

  private check(
    texts: Readonly<Record<NumericKey, string>>,
    profile: PacingProfile,
    weightsText: string,
    name: string,
  ) {
    return checkForm(
      { adapter: this.adapter, base: this.base, locale: this.locale },
      texts,
      profile,
      weightsText,
      name,
    );
  }

  /** The scenario the form shows, or null while any input is wrong. */
  scenario(): Scenario | null {
    const { errors, formValues } = this.values(this.state.texts, this.state.profile, this.state.weightsText);
    if (!formValues || Object.keys(errors).length > 0 || Object.keys(this.state.errors).length > 0) return null;
    return this.adapter.withName(this.adapter.withValues(this.base, formValues), this.state.name.trim());
  }

  /** The form's scenario for an action that needs one, or null with a status that says how many inputs to fix. */
  private checkedScenario(): Scenario | null {
    const scenario = this.scenario();
    const count = Object.keys(this.state.errors).length;
    if (!scenario) this.update({ status: failed(this.locale.text.fixErrorsFirst(Math.max(count, 1))) });
    return scenario;
  }

  /** The form's scenario as a file to save, or null (with a status saying why) while an input is wrong. */
  saveScenario(fileName: (name: string) => string): { fileName: string; text: string } | null {
    const t = this.locale.text;
    const scenario = this.checkedScenario();
    if (!scenario) return null;
    const file = { fileName: fileName(this.adapter.nameOf(scenario)), text: this.adapter.toJson(scenario) };
    this.update({ status: ok(t.saved(file.fileName)) });
    return file;
  }

  /** Keeps the form's scenario to build as a column beside the others; one of the same name is replaced. */
  addAsScenario(): void {
    const t = this.locale.text;
    const scenario = this.checkedScenario();
    if (!scenario) return;
    const next = withAdded(this.added, scenario);
    if (next === "full") {
      this.update({ status: failed(t.scenariosFull(MAX_ADDED_SCENARIOS)) });
      return;
    }
    this.setAdded(next.list);
    const name = this.adapter.nameOf(scenario);
    this.update({ status: ok(next.replaced ? t.scenarioReplaced(name) : t.scenarioAdded(name)) });
  }

  removeScenario(name: string): void {
    this.setAdded(withoutNamed(this.added, name));
    this.update({ status: ok(this.locale.text.scenarioRemoved(name)) });
  }

  private setAdded(list: readonly Scenario[]): void {
    this.added = list;
    this.update({ addedScenarios: list.map((s) => this.adapter.nameOf(s)) });
  }

  /**
   * Applies a saved file, or leaves the form as it is and lists the file's problems. Whatever the file holds, the
   * user sees one status: a failure the parser did not foresee is a problem with the file too, never a silent
   * rejection of the promise that read it. The file's name is the user's text: shown short and safe.
   */
  loadScenarioFile(fileName: string, text: string, bytes?: number): void {
    const t = this.locale.text;
    const name = safeText(fileName);
    const refuse = (details: readonly string[]) => this.update({ status: failed(t.loadFailed(name), details) });
    // A scenario that fails while the form is laid out from it must not leave half of it behind.
    const before = { state: this.state, base: this.base };
    try {
      const parsed = this.adapter.fromJson(text, bytes);
      if (!parsed.ok) return refuse(parsed.issues.map((issue) => issue.message));
      this.loadScenario(parsed.scenario);
    } catch {
      this.state = before.state;
      this.base = before.base;
      return refuse([t.fileUnreadable]);
    }
    this.update({ status: ok(t.loaded(name)) });
  }

  async loadDatasetInfo(): Promise<void> {
    try {
      this.update({ dataset: await this.seam.readWorkbookDatasetInfo(), datasetStatus: "ready" });
    } catch (error) {
      // The dataset line is informative only; a workbook that cannot be read yet shows "unknown".
      const datasetStatus = error instanceof DatasetUnavailableError ? "unavailable" : "ready";
      this.update({ dataset: null, datasetStatus });
    }
  }

  async build(): Promise<void> {
    if (this.state.busy) return;
    const t = this.locale.text;
    const scenario = this.checkedScenario();
    if (!scenario) return;
    const message = this.seam.insideExcel ? t.building : t.preparingDownload;
    this.update({ busy: "build", status: working(message) });
    try {
      const progress = (fraction: number | undefined) => {
        if (this.state.busy === "build") this.update({ status: working(message, fraction) });
      };
      const outcome = await this.seam.build(scenario, progress, columnsBeside(this.added, scenario));
      if (outcome.kind === "download") {
        this.update({ status: ok(t.downloadDone(outcome.fileName)) });
      } else {
        const details = [
          ...(outcome.renamed.length === 0
            ? []
            : [t.renamedNote(outcome.renamed.map((r) => t.renamedPair(r.wanted, r.actual)).join(", "))]),
          ...(outcome.namesRepointed?.length ? [t.namesRepointedNote(outcome.namesRepointed.join(", "))] : []),
          ...(outcome.namesSkipped?.length ? [t.namesSkippedNote(outcome.namesSkipped.join(", "))] : []),
        ];
        this.update({ status: ok(t.buildDone(outcome.sheetsWritten), details) });
      }
      this.update({ lastBuild: this.now() });
      await this.loadDatasetInfo();
    } catch (error) {
      this.update({ status: failed(t.buildFailed(errorText(error, this.locale))) });
    } finally {
      this.update({ busy: null });
    }
  }

  /** Downloads the dataset and shows what it would change; nothing is applied until the user accepts. */
  async refresh(): Promise<void> {
    if (this.state.busy) return;
    const t = this.locale.text;
    if (this.options.excelApiMissing) {
      this.update({ status: failed(t.excelApiMissing) });
      return;
    }
    this.update({ busy: "refresh", status: working(t.refreshing), preview: null });
    try {
      const outcome = await this.seam.previewBenchmarks();
      if (!outcome.ok) this.update({ status: failed(t.refreshFailed(refreshFailureText(outcome, this.locale))) });
      else if (noChange(outcome.preview.counts) && outcome.preview.from.version === outcome.preview.to.version) {
        this.seam.keepBenchmarks();
        this.update({ status: ok(t.refreshUpToDate) });
      } else this.update({ preview: outcome.preview, status: ok(t.refreshReview(outcome.preview.counts)) });
    } catch (error) {
      this.update({ status: failed(t.refreshFailed(errorText(error, this.locale))) });
    } finally {
      this.update({ busy: null });
    }
  }

  /** The user accepted the previewed changes: applies them (store, caches, the workbook's table). */
  async acceptRefresh(): Promise<void> {
    if (this.state.busy || this.state.preview === null) return;
    const t = this.locale.text;
    this.update({ busy: "refresh", status: working(t.refreshing), preview: null });
    try {
      const outcome = await this.seam.refreshBenchmarks();
      if (outcome.ok) {
        const status = refreshedStatus(this.locale, outcome.counts, outcome.table);
        this.update({ dataset: outcome.dataset, datasetStatus: "ready", status });
      } else {
        this.update({ status: failed(t.refreshFailed(refreshFailureText(outcome, this.locale))) });
      }
    } catch (error) {
      this.update({ status: failed(t.refreshFailed(errorText(error, this.locale))) });
    } finally {
      this.update({ busy: null });
    }
  }

  /** "Keep current": the download is dropped and nothing changes. */
  keepCurrent(): void {
    if (this.state.busy || this.state.preview === null) return;
    this.seam.keepBenchmarks();
    this.update({ preview: null, status: ok(this.locale.text.refreshKept) });
  }

  datasetText(): { asOf: string; source: string } {
    const d = this.state.dataset;
    const unknown = this.locale.text.unknown;
    if (this.state.datasetStatus === "loading")
      return { asOf: this.locale.text.loading, source: this.locale.text.loading };
    if (this.state.datasetStatus === "unavailable")
      return { asOf: unknown, source: this.locale.text.datasetUnavailable };
    if (!d) return { asOf: unknown, source: unknown };
    const origins = this.locale.text.origins;
    let origin = "";
    if (d.origin === "refreshed") origin = d.url ? `${origins.refreshed} ${d.url}` : "";
    else if (d.origin) origin = origins[d.origin];
    const source = [d.source || unknown, origin].filter(Boolean).join(" — ");
    return { asOf: formatDate(d.asOf, this.locale.tag), source };
  }
}

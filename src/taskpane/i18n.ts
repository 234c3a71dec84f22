import type { TornadoInput } from "../core/tornado";
import type { UserMessageTexts } from "../core/user-messages";
import type { FieldText } from "../scenario/field-text";
import type { Language } from "../scenario/language";
import type { FigureCounts } from "./seam";

/**
 * The pane's two languages. Office picks the language (its display language), not the browser, so that the pane
 * speaks the same language as the Excel around it; outside Office the browser's language stands in.
 */
export type { Language } from "../scenario/language";

export interface Locale {
  readonly language: Language;
  /** BCP 47 tag used for number and date formatting, e.g. "de-DE" (kept as the host reports it). */
  readonly tag: string;
  readonly text: Messages;
}

/** Picks German for any "de" tag ("de", "de-DE", "de-CH"...), English for everything else. */
export function languageOf(tag: string | undefined | null): Language {
  return tag != null && /^de(-|_|$)/i.test(tag.trim()) ? "de" : "en";
}

/** The locale for a host's language tag, with the messages of `languageOf(tag)` (see loadMessages). */
export function makeLocale(tag: string | undefined | null, text: Messages): Locale {
  const language = languageOf(tag);
  let formattingTag = language === "de" ? "de-DE" : "en-US";
  if (tag) {
    try {
      // Keep the user's region (de-AT, en-GB) for number formats when the runtime knows it.
      formattingTag = Intl.NumberFormat.supportedLocalesOf([tag.replace("_", "-")])[0] ?? formattingTag;
    } catch {
      // A malformed tag from the host falls back to the language's default region.
    }
  }
  return { language, tag: formattingTag, text };
}

export interface ChartMessages {
  readonly cashFlowCaption: string;
  readonly paybackMark: (year: string) => string;
  /** Amounts arrive formatted with `billions`; `payback` is the summary's payback text (a year, or why there is none). */
  readonly cashFlowAlternative: (
    firstYear: string,
    lastYear: string,
    lowest: string,
    end: string,
    payback: string,
  ) => string;
  readonly growthCaption: string;
  readonly needed: string;
  readonly assumed: string;
  /** `needed` is null when there is no needed rate to show (see the summary's sentence for why). */
  readonly growthAlternative: (needed: string | null, assumed: string) => string;
}

/** How sure the summary's answer is (src/taskpane/insight.ts): top drivers, the risk answer and its histogram. */
export interface InsightMessages {
  readonly title: string;
  /** Short names of the tornado's inputs, as they read inside a sentence. */
  readonly inputs: Readonly<Record<TornadoInput, string>>;
  /** One driver: its name and how far the NPV moves either way, already formatted. */
  readonly driver: (name: string, move: string) => string;
  readonly drivers: (first: string, rest: readonly string[]) => string;
  readonly risk: (year: string, share: string, trials: string) => string;
  readonly histogramCaption: string;
  readonly histogramAlternative: (
    firstYear: string,
    lastYear: string,
    peakYear: string,
    peakCount: string,
    notPaidBack: string,
    trials: string,
  ) => string;
}

export interface Messages {
  readonly title: string;
  readonly insight: InsightMessages;
  readonly intro: string;
  readonly outsideTitle: string;
  readonly outsideBody: string;
  readonly sideloadSteps: readonly string[];
  readonly manifestLink: string;
  readonly presetLabel: string;
  readonly editedSuffix: string;
  readonly presetNames: Readonly<Record<string, string>>;
  readonly customPreset: string;
  readonly groups: { readonly capex: string; readonly cloud: string; readonly timing: string };
  /** The inputs' labels and help, by the registry's text keys (`scenario/field-text-*.ts`). */
  readonly fields: Readonly<Record<string, FieldText>>;
  readonly units: Readonly<Record<string, string>>;
  readonly profiles: Readonly<Record<string, string>>;
  /** An amount in billions with its currency, in the order the language writes it. */
  readonly billions: (amount: string, currency: string) => string;
  readonly summaryTitle: string;
  readonly summaryInvalid: string;
  readonly totalCapex: string;
  readonly paybackSimple: string;
  readonly paybackDiscounted: string;
  readonly notWithinHorizon: string;
  readonly nothingToPayBack: string;
  readonly requiredGrowthLabel: (targetYear: string) => string;
  readonly requiredGrowthSentence: (needed: string, assumed: string) => string;
  readonly requiredGrowthNone: (assumed: string) => string;
  readonly requiredGrowthCustomPacing: string;
  readonly requiredGrowthNoTarget: string;
  /** The earnings view beside payback: margin trough, recovery, NPV and IRR. */
  readonly marginTroughLabel: string;
  readonly marginTrough: (margin: string, year: string, baseline: string) => string;
  readonly noRevenue: string;
  readonly marginRecoveryLabel: string;
  readonly npvLabel: (rate: string) => string;
  readonly irrLabel: string;
  readonly irrNoSignChange: string;
  readonly irrNoRateFound: string;
  /** The summary's two charts (src/taskpane/chart): captions, names and each picture's text alternative. */
  readonly chart: ChartMessages;

  readonly saveButton: string;
  readonly addScenarioButton: string;
  readonly addedScenariosTitle: string;
  readonly removeScenario: (name: string) => string;
  readonly scenarioAdded: (name: string) => string;
  readonly scenarioReplaced: (name: string) => string;
  readonly scenarioRemoved: (name: string) => string;
  readonly scenariosFull: (max: number) => string;
  readonly loadButton: string;
  readonly saved: (fileName: string) => string;
  readonly loaded: (fileName: string) => string;
  /** A file that is not a usable scenario; its problems go underneath, one a line. */
  readonly loadFailed: (fileName: string) => string;
  /** The one problem of a file whose reading failed in a way the checks did not foresee. */
  readonly fileUnreadable: string;
  /** Inside an Excel too old for the workbook code (ExcelApi 1.13). */
  readonly excelApiMissing: string;
  readonly buildButton: string;
  readonly downloadButton: string;
  readonly refreshButton: string;
  readonly building: string;
  readonly refreshing: string;
  readonly preparingDownload: string;
  readonly buildDone: (sheets: number) => string;
  readonly renamedNote: (pairs: string) => string;
  readonly renamedPair: (wanted: string, actual: string) => string;
  readonly namesRepointedNote: (names: string) => string;
  readonly namesSkippedNote: (names: string) => string;
  readonly downloadDone: (fileName: string) => string;
  readonly buildFailed: (message: string) => string;
  /** Outside Excel: the figures changed, with no workbook to update. */
  readonly refreshDone: (counts: FigureCounts) => string;
  readonly refreshTableUpdated: (counts: FigureCounts) => string;
  readonly refreshNoModel: (counts: FigureCounts) => string;
  readonly refreshShapeChanged: (counts: FigureCounts) => string;
  /** The data is refreshed for CAPEX.BENCHMARK, but writing the table failed; `untouched`: it kept its figures. */
  readonly refreshTableFailed: (counts: FigureCounts, untouched: boolean) => string;
  readonly refreshFailed: (message: string) => string;
  /** The download is in; its changes are listed under the status until the user applies or keeps. */
  readonly refreshReview: (counts: FigureCounts) => string;
  /** The download changes no figure: nothing to apply. */
  readonly refreshUpToDate: string;
  readonly refreshKept: string;
  readonly previewTitle: string;
  /** "From dataset 2026.05.20 (as of …) to 2026.08.1 (as of …)"; the dates are already formatted. */
  readonly previewFromTo: (from: string, fromAsOf: string, to: string, toAsOf: string) => string;
  readonly previewAdded: (period: string, value: string) => string;
  readonly previewChanged: (period: string, oldValue: string, newValue: string) => string;
  readonly previewRemoved: (period: string, value: string) => string;
  readonly applyButton: string;
  readonly keepButton: string;
  readonly fixErrorsFirst: (count: number) => string;
  readonly datasetTitle: string;
  readonly asOf: string;
  readonly source: string;
  readonly lastBuild: string;
  readonly origins: {
    readonly bundled: string;
    readonly cache: string;
    readonly refreshed: string;
    readonly workbook: string;
  };
  readonly never: string;
  readonly unknown: string;
  /** Shown for the dataset's date and source until the dataset chunk has arrived. */
  readonly loading: string;
  /** One sentence: the shipped dataset did not load, and what that means for a build. */
  readonly datasetUnavailable: string;
  /** The failures the benchmarks, the scenario set and the workbook report as keys (src/core/user-messages.ts). */
  readonly failures: UserMessageTexts;
  readonly errors: {
    readonly required: string;
    readonly nameRequired: string;
    readonly nameTooLong: (max: number) => string;
    readonly notNumber: string;
    readonly wholeNumber: string;
    readonly between: (min: string, max: string) => string;
    readonly atLeast: (min: string) => string;
    readonly above: (min: string) => string;
    readonly atMost: (max: string) => string;
    readonly notAfter: (field: string) => string;
    readonly after: (field: string) => string;
    readonly weightsCount: (count: number) => string;
    readonly weightsNegative: string;
    readonly weightsSum: string;
    readonly weightsNotNumber: string;
  };
}

export const noChange = (c: FigureCounts) => c.added + c.changed + c.removed === 0;

/**
 * Fetches one language's messages. Each language is a chunk of its own, loaded at start-up: the pane never needs both,
 * and the two together would take a tenth of its size budget.
 */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === "de") return (await import(/* webpackChunkName: "messages-de" */ "./messages-de")).DE;
  return (await import(/* webpackChunkName: "messages-en" */ "./messages-en")).EN;
}

import type { RefreshPreview } from "../benchmarks/diff";
import type { UserMessage } from "../core/user-messages";

/**
 * The only door from the pane to a workbook. The pane's logic talks to this interface; one implementation drives
 * Excel through Office.js, another makes an .xlsx in the browser when there is no Excel, and unit tests pass a fake.
 */

/** Where the benchmark figures came from and how fresh they are. */
export interface DatasetInfo {
  /** As-of date of the dataset, ISO "YYYY-MM-DD" when known. */
  readonly asOf: string;
  /** What the dataset is (its title and version). */
  readonly source: string;
  /** Where the pane got it: shipped with the add-in, the user's cached copy, a refresh from a URL, or the workbook. */
  readonly origin?: DatasetOrigin;
  /** The address it was downloaded from, for "refreshed". */
  readonly url?: string;
}

export type DatasetOrigin = "bundled" | "cache" | "refreshed" | "workbook";

/** A model sheet that had to take another name because the user's workbook already had a sheet by its name. */
export interface RenamedSheet {
  readonly wanted: string;
  readonly actual: string;
}

export type BuildOutcome =
  | {
      readonly kind: "workbook";
      /** How many sheets the model wrote. */
      readonly sheetsWritten: number;
      readonly renamed: readonly RenamedSheet[];
      /** The user's own names that pointed into the replaced model and now point at the new one. */
      readonly namesRepointed?: readonly string[];
      /** The model's names left out because a name or table of the user's has them. */
      readonly namesSkipped?: readonly string[];
    }
  | { readonly kind: "download"; readonly fileName: string };

/** How many figures a refresh added, changed and removed. */
export interface FigureCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

/** What became of the workbook's Benchmarks table after a good download (inside Excel only). */
export type TableOutcome =
  | { readonly kind: "updated" }
  /** The workbook has no model (no Benchmarks table) yet. */
  | { readonly kind: "noModel" }
  /** The table's columns are not the add-in's; only a rebuild updates it. */
  | { readonly kind: "shapeChanged" }
  /** Writing failed; `untouched` says whether the table still holds its previous figures. */
  | { readonly kind: "failed"; readonly message: string; readonly untouched: boolean };

export type RefreshOutcome =
  | {
      readonly ok: true;
      readonly dataset: DatasetInfo;
      readonly changes: number;
      readonly counts: FigureCounts;
      readonly table?: TableOutcome;
    }
  | RefreshFailure;

/** A failed download: `message` in English, `user` (when the failure has a key) for the pane's language. */
export interface RefreshFailure {
  readonly ok: false;
  readonly message: string;
  readonly user?: UserMessage;
}

/** A downloaded dataset held back until the user has seen what it changes; nothing is applied yet. */
export type PreviewOutcome = { readonly ok: true; readonly preview: RefreshPreview } | RefreshFailure;

/** Progress in [0, 1], for the progress bar; stages without a measure leave it indeterminate. */
export type ProgressListener = (fraction: number | undefined) => void;

export interface WorkbookSeam<S> {
  /** True when an Excel workbook is open behind the pane; false for the download-only page. */
  readonly insideExcel: boolean;
  /** Builds `scenario` (active) with `others` as scenario columns beside it and the presets. */
  build(scenario: S, onProgress?: ProgressListener, others?: readonly S[]): Promise<BuildOutcome>;
  /** Downloads the dataset and says what it would change; applies nothing. */
  previewBenchmarks(): Promise<PreviewOutcome>;
  /** Applies the previewed download (or, with none held, downloads and applies): the user accepted the changes. */
  refreshBenchmarks(): Promise<RefreshOutcome>;
  /** Drops the previewed download: "Keep current" changes nothing. */
  keepBenchmarks(): void;
  /**
   * The dataset the workbook (or, outside Excel, the bundled data) carries; null when there is none yet. Waits for the
   * shipped dataset, and rejects with DatasetUnavailableError when it did not load.
   */
  readWorkbookDatasetInfo(): Promise<DatasetInfo | null>;
}

/**
 * The shipped benchmark dataset did not load (a chunk of its own, fetched after the pane is up). Builds go on without
 * benchmarks; the pane says so in its own language, so the message here is only for logs.
 */
export class DatasetUnavailableError extends Error {
  constructor() {
    super("The benchmark dataset shipped with the add-in could not be loaded.");
    this.name = "DatasetUnavailableError";
  }
}

/** A user-facing message for anything thrown: Office errors carry their text in `message`, some also in `debugInfo`. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(error);
}

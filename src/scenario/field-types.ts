/** The registry's vocabulary: what an input field can say about itself (`fields.ts` holds the entries). */

/** Rates are stored as fractions (0.11) and typed as percentages (11); whole numbers count years. */
export type FieldKind = "number" | "wholeNumber" | "rate" | "text" | "choice" | "weights";

export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** Keys of the unit texts (`units` in the translations). */
export type UnitKey =
  | "rmbBn"
  | "years"
  | "year"
  | "percentPerYear"
  | "percent"
  | "cnyPerUsd"
  | "text"
  | "weight"
  | "count"
  | "percentPoints"
  | "shareOfPlan";

/** Keys of the workbook's number formats (`FMT` of the workbook's layout). */
export type NumberFormatKey = "rmbBn" | "rate" | "year" | "years" | "fx" | "count" | "weight";

/** Sections of the Inputs sheet, in sheet order; fields sit in registry order within their section. */
export const SHEET_SECTIONS = [
  "scenario",
  "capex",
  "timeline",
  "cloud",
  "returns",
  "earnings",
  "risk",
  "tornado",
] as const;
export type SheetSection = (typeof SHEET_SECTIONS)[number];

/** Groups of the task pane's form, in pane order. */
export const FORM_GROUPS = ["capex", "cloud", "timing"] as const;
export type FormGroup = (typeof FORM_GROUPS)[number];

export interface InputField {
  /** Name in the scenario object and in saved JSON; the CLI option is derived from it (capexTotal: --capex-total). */
  readonly key: string;
  readonly kind: FieldKind;
  readonly unit: UnitKey;
  /** Bounds in stored units (0.3 for 30%). */
  readonly min?: Bound;
  readonly max?: Bound;
  /** Another field whose value caps this one (capex years within the horizon); `max` applies when that one is bad. */
  readonly maxField?: string;
  /** Text: must not be blank. */
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  /** Weights: the field that says how many, and the choice that makes them required. */
  readonly countField?: string;
  readonly requiredWhen?: { readonly field: string; readonly equals: string };
  /** A saved file may leave the field out; it then takes this value. */
  readonly default?: string | number;
  /** The field may be absent from a scenario altogether. */
  readonly optional?: boolean;
  /** Where the saved file holds the field, when not at the top level under its key: risk.spreads.growth[0]. */
  readonly json?: readonly (string | number)[];
  readonly numberFormat?: NumberFormatKey;
  /** Defined name of the field's cell (or row) in the workbook. */
  readonly workbookName?: string;
  /** Key of the field's label, help and note in the translations. */
  readonly textKey: string;
  /** The text field that says where the value comes from; the Inputs sheet shows it beside the value. */
  readonly sourceField?: string;
  /**
   * Where the Inputs sheet shows the field; `id` is how other sheets refer to its cell. `order` places it within its
   * section (and `form.order` within its group) where that differs from the registry's order (default 0).
   */
  readonly sheet?: { readonly section: SheetSection; readonly id?: string; readonly order?: number };
  /**
   * Where the pane's form shows the field. `key` names the form's control when it differs from the field, and
   * `offsetField` shows the value added to another field's (a payback target in years shown as a calendar year).
   */
  readonly form?: {
    readonly group: FormGroup;
    readonly key?: string;
    readonly offsetField?: string;
    readonly order?: number;
  };
}

/** Bounds, as the entries write them. */
export const atLeast = (value: number): Bound => ({ value, inclusive: true });
export const above = (value: number): Bound => ({ value, inclusive: false });
export const atMost = (value: number): Bound => ({ value, inclusive: true });

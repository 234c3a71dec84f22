/**
 * A recording double of the slice of the Excel JavaScript API that the add-in's renderers use, so that Office.js code
 * runs in Node against an in-memory workbook.
 *
 * It keeps Office's batching model, because that is where Office.js code goes wrong:
 * - every property write and method call is queued and only reaches the workbook at `context.sync()`;
 * - `load()` fills a proxy's properties at the next sync, and reading a property that was not loaded and synced
 *   throws `PropertyNotLoaded`, as Office does; `isNullObject` is readable only after a sync;
 * - a failing operation aborts its batch: operations before it stay applied (Office has no rollback), later ones are
 *   dropped, and `sync()` rejects;
 * - typing semantics: a string written through `values` or `formulas` is read as Excel reads a typed entry: a leading
 *   apostrophe makes text, "=" (and "+", "-", "@" followed by something that is not a number) makes a formula, numbers
 *   and TRUE/FALSE are converted; cells formatted as text ("@") keep the string as typed;
 * - renaming a sheet rewrites references to it in formulas, defined names and chart series; deleting it turns them
 *   into #REF!; sheet, table and defined names are validated and unique (tables and names share one namespace).
 *
 * Nothing is calculated: formula cells hold their formula text and a null value.
 * Tests inspect the workbook through `double.model` and `double.snapshot()`, never through the proxies.
 */

// ---------------------------------------------------------------- errors

export class OfficeErrorDouble extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const fail = (code: string, message: string): never => {
  throw new OfficeErrorDouble(code, message);
};

// ---------------------------------------------------------------- addresses

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseBox(address: string): Box {
  const local = address.replace(/\$/g, "").toUpperCase();
  const [a, b = a] = local.split(":");
  const cell = /^([A-Z]+)(\d+)$/;
  const col = /^([A-Z]+)$/;
  const row = /^(\d+)$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (ma && mb) {
    const box = {
      r0: Number(ma[2]) - 1,
      c0: columnIndex(ma[1]),
      r1: Number(mb[2]) - 1,
      c1: columnIndex(mb[1]),
    };
    return {
      r0: Math.min(box.r0, box.r1),
      c0: Math.min(box.c0, box.c1),
      r1: Math.max(box.r0, box.r1),
      c1: Math.max(box.c0, box.c1),
    };
  }
  if (col.test(a) && col.test(b)) return { r0: 0, c0: columnIndex(a), r1: MAX_ROWS - 1, c1: columnIndex(b) };
  if (row.test(a) && row.test(b)) return { r0: Number(a) - 1, c0: 0, r1: Number(b) - 1, c1: MAX_COLUMNS - 1 };
  return fail("InvalidArgument", `bad address "${address}"`);
}

export function boxAddress(box: Box): string {
  const tl = `${columnLetters(box.c0)}${box.r0 + 1}`;
  const br = `${columnLetters(box.c1)}${box.r1 + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Rewrites references to sheet `from` in a formula: to sheet `to`, or to #REF! when `to` is null. */
export function rewriteSheetRefs(formula: string, from: string, to: string | null): string {
  const quoted = `'${escapeRegExp(from.replace(/'/g, "''"))}'!`;
  const bare = `(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}!`;
  const target = to === null ? "#REF!" : `${quoteSheet(to)}!`;
  return formula
    .replace(new RegExp(quoted, "gi"), () => target)
    .replace(new RegExp(bare, "gi"), (_m, lead: string) => `${lead}${target}`);
}

// ---------------------------------------------------------------- the workbook model

export type CellValue = number | string | boolean | null;

export interface CellFormat {
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  fillColor: string | null;
  borders: Record<string, { style: string; weight: string; color: string }>;
  horizontalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
}

export interface CellModel {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
}

export interface ConditionalFormatModel {
  type: string;
  box: Box;
  colorScale?: unknown;
  rule?: unknown;
  fontColor?: string;
  fillColor?: string;
}

export interface ChartSeriesModel {
  name: string;
  values: string | null;
  xValues: string | null;
  /** Set only when a series is drawn differently from its chart (for example "LineMarkers"). */
  chartType?: string;
  lineStyle?: string;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  title: string;
  top: string | null;
  bottom: string | null;
  series: ChartSeriesModel[];
  /** Set through chart.axes.valueAxis.numberFormat. */
  valueAxisFormat?: string;
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  box: Box;
  style: string;
  showHeaders: boolean;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  /** null: workbook scope. */
  scope: SheetModel | null;
  visible: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  tabColor: string;
  visibility: string;
  customProperties: Map<string, string>;
  cells: Map<string, CellModel>;
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  conditionalFormats: ConditionalFormatModel[];
  /** Data validation written through range.dataValidation: the range and the properties set on it. */
  validations: { box: Box; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  charts: ChartModel[];
  /** Print setup as written through worksheet.pageLayout: property name → value (headers under their own names). */
  pageLayout: Record<string, unknown>;
}

const STANDARD_WIDTH_POINTS = 48;

function defaultFormat(): CellFormat {
  return {
    fontColor: "#000000",
    bold: false,
    italic: false,
    fontSize: 11,
    fontName: "Calibri",
    fillColor: null,
    borders: {},
    horizontalAlignment: "General",
    wrapText: false,
    indentLevel: 0,
  };
}

const key = (r: number, c: number) => `${r},${c}`;
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  private nextId = 1;

  id(): number {
    return this.nextId++;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  requireSheet(name: string): SheetModel {
    return this.sheet(name) ?? fail("ItemNotFound", `no sheet "${name}"`);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.validateSheetName(chosen, null);
    const sheet: SheetModel = {
      id: this.id(),
      name: chosen,
      tabColor: "",
      visibility: "Visible",
      customProperties: new Map(),
      cells: new Map(),
      columnWidths: new Map(),
      freeze: null,
      conditionalFormats: [],
      validations: [],
      charts: [],
      pageLayout: {},
    };
    this.sheets.push(sheet);
    return sheet;
  }

  validateSheetName(name: string, self: SheetModel | null): void {
    if (name.length === 0 || name.length > 31) fail("InvalidArgument", `sheet name "${name}" must be 1-31 characters`);
    if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      fail("InvalidArgument", `sheet name "${name}" has a forbidden character`);
    }
    const other = this.sheet(name);
    if (other && other !== self) fail("ItemAlreadyExists", `a sheet is already named "${name}"`);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const from = sheet.name;
    sheet.name = name;
    this.rewriteRefs(from, name);
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      fail("InvalidOperation", "a workbook must keep at least one visible sheet");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.names = this.names.filter((n) => n.scope !== sheet);
    this.rewriteRefs(sheet.name, null);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    const at = Math.max(0, Math.min(position, rest.length));
    rest.splice(at, 0, sheet);
    this.sheets = rest;
  }

  private rewriteRefs(from: string, to: string | null): void {
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== null) cell.formula = rewriteSheetRefs(cell.formula, from, to);
      }
      for (const chart of sheet.charts) {
        for (const series of chart.series) {
          if (series.values !== null) series.values = rewriteSheetRefs(series.values, from, to);
          if (series.xValues !== null) series.xValues = rewriteSheetRefs(series.xValues, from, to);
        }
      }
    }
    for (const name of this.names) name.formula = rewriteSheetRefs(name.formula, from, to);
  }

  /** Tables and workbook names share one namespace; sheet-scoped names only clash within their sheet. */
  nameTaken(name: string, scope: SheetModel | null, except?: unknown): boolean {
    const table = this.tables.some((t) => t !== except && sameName(t.name, name));
    const named = this.names.some((n) => n !== except && n.scope === scope && sameName(n.name, name));
    return table || named;
  }

  validateName(name: string, scope: SheetModel | null, except?: unknown): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) {
      fail("InvalidArgument", `"${name}" is not a valid name`);
    }
    if (this.nameTaken(name, scope, except)) fail("ItemAlreadyExists", `the name "${name}" is already used`);
  }

  cell(sheet: SheetModel, r: number, c: number): CellModel {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General", format: defaultFormat() };
      sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }

  peek(sheet: SheetModel, r: number, c: number): CellModel | undefined {
    return sheet.cells.get(key(r, c));
  }
}

/** Excel's reading of a typed entry. */
export function typeEntry(cell: CellModel, entry: unknown): void {
  if (typeof entry === "number" || typeof entry === "boolean") {
    cell.value = entry;
    cell.formula = null;
    return;
  }
  if (entry === null || entry === undefined || entry === "") {
    cell.value = null;
    cell.formula = null;
    return;
  }
  if (typeof entry !== "string") return fail("InvalidArgument", `cannot write ${typeof entry}`);
  if (cell.numberFormat === "@") {
    cell.value = entry;
    cell.formula = null;
    return;
  }
  if (entry.startsWith("'")) {
    cell.value = entry.slice(1);
    cell.formula = null;
    return;
  }
  const numeric = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(entry.trim());
  if (numeric) {
    cell.value = Number(entry);
    cell.formula = null;
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(entry)) {
    cell.value = entry.toUpperCase() === "TRUE";
    cell.formula = null;
    return;
  }
  if (entry.startsWith("=") && entry.length > 1) {
    cell.formula = entry;
    cell.value = null;
    return;
  }
  if ((entry.startsWith("+") || entry.startsWith("-")) && entry.length > 1) {
    cell.formula = `=${entry}`;
    cell.value = null;
    return;
  }
  if (entry.startsWith("@") && entry.length > 1) {
    cell.formula = `=${entry.slice(1)}`;
    cell.value = null;
    return;
  }
  cell.value = entry;
  cell.formula = null;
}

// ---------------------------------------------------------------- batching

interface Op {
  readonly write: boolean;
  readonly description: string;
  readonly run: () => void;
}

export interface SyncRecord {
  readonly operations: number;
  readonly writes: number;
  /** suspendApiCalculationUntilNextSync was queued before the first write of this batch. */
  readonly calculationSuspended: boolean;
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : spec.select;
  if (raw === undefined) return null;
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export class ContextDouble {
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;
  private queue: Op[] = [];

  constructor(readonly excel: ExcelDouble) {
    this.workbook = new WorkbookDouble(this);
    this.application = new ApplicationDouble(this);
  }

  enqueue(write: boolean, description: string, run: () => void): void {
    this.queue.push({ write, description, run });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.excel.syncs++;
    let writes = 0;
    let suspended = false;
    let suspendedBeforeWrites = false;
    let firstWriteSeen = false;
    try {
      for (const op of batch) {
        if (op.description === "suspendApiCalculationUntilNextSync") suspended = true;
        if (op.write) {
          if (!firstWriteSeen) suspendedBeforeWrites = suspended;
          firstWriteSeen = true;
          writes++;
          this.excel.writes++;
          this.excel.writeLog.push(op.description);
          if (this.excel.failAtWrite !== null && this.excel.writes === this.excel.failAtWrite) {
            this.excel.failAtWrite = null;
            fail("GeneralException", `injected failure at write ${this.excel.writes} (${op.description})`);
          }
        }
        op.run();
      }
    } finally {
      this.excel.syncLog.push({ operations: batch.length, writes, calculationSuspended: suspendedBeforeWrites });
    }
    await Promise.resolve();
  }

  /** Excel.run's closing sync, counted like any other round trip. */
  hasPending(): boolean {
    return this.queue.length > 0;
  }
}

/** Base of every proxy: loading, reading loaded properties, queuing writes. */
abstract class ProxyDouble<M> {
  protected loaded = new Map<string, unknown>();
  private probed = false;
  private resolvedNull = false;
  protected cached: M | null | undefined;

  constructor(
    readonly context: ContextDouble,
    private readonly resolver: () => M | null,
    private readonly orNull = false,
  ) {
    if (orNull) {
      context.enqueue(false, "probe", () => {
        this.cached = this.resolver();
        this.resolvedNull = this.cached === null;
        this.probed = true;
      });
    }
  }

  /** The model object, resolved when the queued operation runs. */
  target(): M {
    if (this.cached !== undefined && this.cached !== null) return this.cached;
    const found = this.resolver();
    if (found === null) return fail("ItemNotFound", `${this.constructor.name} does not exist`);
    if (!this.orNull) this.cached = found;
    return found;
  }

  get isNullObject(): boolean {
    if (!this.probed) {
      if (!this.orNull && this.loaded.size > 0) return false;
      return fail("PropertyNotLoaded", "isNullObject is only known after context.sync()");
    }
    return this.resolvedNull;
  }

  protected abstract snapshot(model: M): Record<string, unknown>;

  load(spec?: LoadSpec): this {
    const props = parseLoad(spec);
    this.context.enqueue(false, `load ${this.constructor.name}`, () => {
      const model = this.orNull ? (this.cached ?? null) : this.target();
      if (model === null) return;
      const all = this.snapshot(model);
      const wanted = props ?? Object.keys(all);
      for (const p of wanted) {
        if (!(p in all)) fail("InvalidArgument", `${this.constructor.name} has no property "${p}"`);
        this.loaded.set(p, all[p]);
      }
    });
    return this;
  }

  /** Fills loaded properties at once; used by collection loads, which already run inside a queued operation. */
  fillLoaded(props: string[] | null): void {
    const all = this.snapshot(this.target());
    for (const p of props ?? Object.keys(all)) {
      if (p.includes("/")) continue;
      if (!(p in all)) fail("InvalidArgument", `${this.constructor.name} has no property "${p}"`);
      this.loaded.set(p, all[p]);
    }
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      return fail("PropertyNotLoaded", `${this.constructor.name}.${prop} was read before load() and context.sync()`);
    }
    return this.loaded.get(prop) as T;
  }

  protected write(description: string, apply: (model: M) => void): void {
    this.context.enqueue(true, description, () => apply(this.target()));
  }
}

/** A collection proxy: `items` is available after load + sync, each item proxy with the loaded properties. */
abstract class CollectionDouble<M, P extends { fillLoaded(props: string[] | null): void }> {
  private loadedItems: P[] | null = null;

  constructor(readonly context: ContextDouble) {}

  protected abstract list(): M[];
  protected abstract wrap(model: M): P;

  get items(): P[] {
    if (this.loadedItems === null) {
      return fail("PropertyNotLoaded", `${this.constructor.name}.items was read before load() and context.sync()`);
    }
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = (parseLoad(spec) ?? []).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(false, `load ${this.constructor.name}`, () => {
      this.loadedItems = this.list().map((model) => {
        const proxy = this.wrap(model);
        proxy.fillLoaded(props.length > 0 ? props : null);
        return proxy;
      });
    });
    return this;
  }

  getCount(): { value: number } {
    const result = {
      get value(): number {
        return box.value ?? fail("PropertyNotLoaded", "getCount() result read before context.sync()");
      },
    };
    const box: { value: number | null } = { value: null };
    this.context.enqueue(false, "getCount", () => {
      box.value = this.list().length;
    });
    return result;
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly box: Box;
}

function boxSize(box: Box): { rows: number; columns: number } {
  return { rows: box.r1 - box.r0 + 1, columns: box.c1 - box.c0 + 1 };
}

function forEachCell(wb: WorkbookModel, t: RangeTarget, fn: (cell: CellModel, i: number, j: number) => void): void {
  const { rows, columns } = boxSize(t.box);
  if (rows * columns > 2_000_000) fail("InvalidOperation", "the double refuses per-cell work on whole rows/columns");
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) fn(wb.cell(t.sheet, t.box.r0 + i, t.box.c0 + j), i, j);
  }
}

function matrix(t: RangeTarget, input: unknown, what: string): unknown[][] {
  const { rows, columns } = boxSize(t.box);
  if (!Array.isArray(input)) {
    if (rows === 1 && columns === 1) return [[input]];
    return fail("InvalidArgument", `${what} for ${boxAddress(t.box)} must be a ${rows}x${columns} array`);
  }
  const ok = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!ok) {
    return fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}, ${boxAddress(t.box)})`,
    );
  }
  return input as unknown[][];
}

function readMatrix<T>(wb: WorkbookModel, t: RangeTarget, fn: (cell: CellModel | undefined) => T): T[][] {
  const { rows, columns } = boxSize(t.box);
  if (rows * columns > 2_000_000) fail("InvalidOperation", "the double refuses to read whole rows/columns");
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => fn(wb.peek(t.sheet, t.box.r0 + i, t.box.c0 + j))),
  );
}

export class RangeDouble extends ProxyDouble<RangeTarget> {
  readonly format: RangeFormatDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;
  readonly dataValidation: DataValidationDouble;

  constructor(context: ContextDouble, resolver: () => RangeTarget | null) {
    super(context, resolver);
    this.dataValidation = new DataValidationDouble(context, this);
    this.format = new RangeFormatDouble(context, () => this.target());
    this.conditionalFormats = new ConditionalFormatCollectionDouble(context, this);
  }

  private get wb(): WorkbookModel {
    return this.context.excel.model;
  }

  protected snapshot(t: RangeTarget): Record<string, unknown> {
    const { rows, columns } = boxSize(t.box);
    const small = rows * columns <= 2_000_000;
    return {
      address: `${quoteSheet(t.sheet.name)}!${boxAddress(t.box)}`,
      rowCount: rows,
      columnCount: columns,
      rowIndex: t.box.r0,
      columnIndex: t.box.c0,
      values: small ? readMatrix(this.wb, t, (c) => (c ? c.value : "")) : undefined,
      formulas: small ? readMatrix(this.wb, t, (c) => (c ? (c.formula ?? c.value ?? "") : "")) : undefined,
      numberFormat: small ? readMatrix(this.wb, t, (c) => (c ? c.numberFormat : "General")) : undefined,
      text: small ? readMatrix(this.wb, t, (c) => (c ? String(c.value ?? "") : "")) : undefined,
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get text(): string[][] {
    return this.read("text");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("range.values", (t) => {
      const m = matrix(t, input, "values");
      forEachCell(this.wb, t, (cell, i, j) => typeEntry(cell, m[i][j]));
    });
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("range.formulas", (t) => {
      const m = matrix(t, input, "formulas");
      forEachCell(this.wb, t, (cell, i, j) => typeEntry(cell, m[i][j]));
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("range.numberFormat", (t) => {
      const m = matrix(t, input, "numberFormat");
      forEachCell(this.wb, t, (cell, i, j) => {
        cell.numberFormat = String(m[i][j]);
      });
    });
  }

  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      const r = t.box.r0 + row;
      const c = t.box.c0 + column;
      return { sheet: t.sheet, box: { r0: r, c0: c, r1: r, c1: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      const box = { ...t.box, r1: t.box.r1 + deltaRows, c1: t.box.c1 + deltaColumns };
      if (box.r1 < box.r0 || box.c1 < box.c0) fail("InvalidArgument", "range resized below one cell");
      return { sheet: t.sheet, box };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return new RangeDouble(this.context, () => {
      const t = this.target();
      const b = t.box;
      const box = { r0: b.r0 + rowOffset, c0: b.c0 + columnOffset, r1: b.r1 + rowOffset, c1: b.c1 + columnOffset };
      if (box.r0 < 0 || box.c0 < 0) fail("InvalidArgument", "range offset outside the sheet");
      return { sheet: t.sheet, box };
    });
  }

  clear(): void {
    this.write("range.clear", (t) => {
      forEachCell(this.wb, t, (_cell, i, j) => t.sheet.cells.delete(key(t.box.r0 + i, t.box.c0 + j)));
    });
  }

  select(): void {
    this.context.enqueue(false, "range.select", () => this.target());
  }
}

class RangeFormatDouble extends ProxyDouble<RangeTarget> {
  readonly font: FontDouble;
  readonly fill: FillDouble;
  readonly borders: BordersDouble;

  constructor(context: ContextDouble, resolver: () => RangeTarget | null) {
    super(context, resolver);
    this.font = new FontDouble(context, resolver);
    this.fill = new FillDouble(context, resolver);
    this.borders = new BordersDouble(context, resolver);
  }

  private get wb(): WorkbookModel {
    return this.context.excel.model;
  }

  protected snapshot(t: RangeTarget): Record<string, unknown> {
    return {
      columnWidth: t.sheet.columnWidths.get(t.box.c0) ?? STANDARD_WIDTH_POINTS,
      horizontalAlignment: this.wb.peek(t.sheet, t.box.r0, t.box.c0)?.format.horizontalAlignment ?? "General",
      wrapText: this.wb.peek(t.sheet, t.box.r0, t.box.c0)?.format.wrapText ?? false,
    };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("format.columnWidth", (t) => {
      if (!(points >= 0 && points <= 255 * 7.5)) fail("InvalidArgument", `column width ${points} out of range`);
      for (let c = t.box.c0; c <= t.box.c1; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set horizontalAlignment(value: string) {
    this.write("format.horizontalAlignment", (t) =>
      forEachCell(this.wb, t, (cell) => {
        cell.format.horizontalAlignment = value;
      }),
    );
  }
  set wrapText(value: boolean) {
    this.write("format.wrapText", (t) =>
      forEachCell(this.wb, t, (cell) => {
        cell.format.wrapText = value;
      }),
    );
  }
  set indentLevel(value: number) {
    this.write("format.indentLevel", (t) =>
      forEachCell(this.wb, t, (cell) => {
        cell.format.indentLevel = value;
      }),
    );
  }
  autofitColumns(): void {
    this.write("format.autofitColumns", () => undefined);
  }
}

class FontDouble extends ProxyDouble<RangeTarget> {
  private get wb(): WorkbookModel {
    return this.context.excel.model;
  }
  protected snapshot(t: RangeTarget): Record<string, unknown> {
    const f = this.wb.peek(t.sheet, t.box.r0, t.box.c0)?.format ?? defaultFormat();
    return { color: f.fontColor, bold: f.bold, italic: f.italic, size: f.fontSize, name: f.fontName };
  }
  private set(prop: keyof CellFormat, value: unknown): void {
    this.write(`font.${String(prop)}`, (t) =>
      forEachCell(this.wb, t, (cell) => {
        (cell.format as unknown as Record<string, unknown>)[prop] = value;
      }),
    );
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.set("fontColor", value.toUpperCase());
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.set("fontSize", value);
  }
  set name(value: string) {
    this.set("fontName", value);
  }
}

class FillDouble extends ProxyDouble<RangeTarget> {
  private get wb(): WorkbookModel {
    return this.context.excel.model;
  }
  protected snapshot(t: RangeTarget): Record<string, unknown> {
    return { color: this.wb.peek(t.sheet, t.box.r0, t.box.c0)?.format.fillColor ?? "#FFFFFF" };
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("fill.color", (t) =>
      forEachCell(this.wb, t, (cell) => {
        cell.format.fillColor = value.toUpperCase();
      }),
    );
  }
  clear(): void {
    this.write("fill.clear", (t) =>
      forEachCell(this.wb, t, (cell) => {
        cell.format.fillColor = null;
      }),
    );
  }
}

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class BordersDouble extends ProxyDouble<RangeTarget> {
  protected snapshot(): Record<string, unknown> {
    return {};
  }
  getItem(index: string): BorderDouble {
    if (!BORDER_EDGES.includes(index)) fail("InvalidArgument", `unknown border "${index}"`);
    return new BorderDouble(this.context, () => this.target(), index);
  }
}

class BorderDouble extends ProxyDouble<RangeTarget> {
  constructor(
    context: ContextDouble,
    resolver: () => RangeTarget | null,
    private readonly edge: string,
  ) {
    super(context, resolver);
  }
  private get wb(): WorkbookModel {
    return this.context.excel.model;
  }
  protected snapshot(t: RangeTarget): Record<string, unknown> {
    const b = this.wb.peek(t.sheet, t.box.r0, t.box.c0)?.format.borders[this.edge];
    return { style: b?.style ?? "None", weight: b?.weight ?? "Thin", color: b?.color ?? "#000000" };
  }
  private set(field: "style" | "weight" | "color", value: string): void {
    this.write(`border.${this.edge}.${field}`, (t) => {
      // Edge borders belong to the cells on that edge; inside borders to every cell.
      const { box } = t;
      forEachCell(this.wb, t, (cell, i, j) => {
        const r = box.r0 + i;
        const c = box.c0 + j;
        const on =
          (this.edge === "EdgeTop" && r === box.r0) ||
          (this.edge === "EdgeBottom" && r === box.r1) ||
          (this.edge === "EdgeLeft" && c === box.c0) ||
          (this.edge === "EdgeRight" && c === box.c1) ||
          this.edge.startsWith("Inside") ||
          this.edge.startsWith("Diagonal");
        if (!on) return;
        const current = cell.format.borders[this.edge] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
        cell.format.borders[this.edge] = { ...current, [field]: field === "color" ? value.toUpperCase() : value };
      });
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.set("style", value);
  }
  set weight(value: string) {
    this.set("weight", value);
  }
  set color(value: string) {
    this.set("color", value);
  }
}

// ---------------------------------------------------------------- data validation

/** range.dataValidation: each property set is recorded on the sheet, against the range's box. */
class DataValidationDouble {
  constructor(
    readonly context: ContextDouble,
    private readonly range: RangeDouble,
  ) {}

  private record(key: "rule" | "prompt" | "errorAlert", value: unknown): void {
    this.context.enqueue(true, `dataValidation.${key}`, () => {
      const t = this.range.target();
      const same = (b: Box) => b.r0 === t.box.r0 && b.r1 === t.box.r1 && b.c0 === t.box.c0 && b.c1 === t.box.c1;
      let entry = t.sheet.validations.find((v) => same(v.box));
      if (entry === undefined) t.sheet.validations.push((entry = { box: t.box }));
      entry[key] = value;
    });
  }

  set rule(value: unknown) {
    this.record("rule", value);
  }
  set prompt(value: unknown) {
    this.record("prompt", value);
  }
  set errorAlert(value: unknown) {
    this.record("errorAlert", value);
  }
}

// ---------------------------------------------------------------- conditional formats

class ConditionalFormatCollectionDouble {
  constructor(
    readonly context: ContextDouble,
    private readonly range: RangeDouble,
  ) {}

  add(type: string): ConditionalFormatDouble {
    let created: ConditionalFormatModel | null = null;
    this.context.enqueue(true, `conditionalFormats.add(${type})`, () => {
      const t = this.range.target();
      created = { type, box: t.box };
      t.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatDouble(this.context, () => created);
  }

  clearAll(): void {
    this.context.enqueue(true, "conditionalFormats.clearAll", () => {
      const t = this.range.target();
      const inside = (b: Box) => b.r0 >= t.box.r0 && b.r1 <= t.box.r1 && b.c0 >= t.box.c0 && b.c1 <= t.box.c1;
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !inside(cf.box));
    });
  }
}

class ConditionalFormatDouble extends ProxyDouble<ConditionalFormatModel> {
  readonly colorScale: { criteria: unknown };
  readonly cellValue: RuleDouble;
  readonly textComparison: RuleDouble;

  constructor(context: ContextDouble, resolver: () => ConditionalFormatModel | null) {
    super(context, resolver);
    const write = (d: string, f: (m: ConditionalFormatModel) => void) => this.write(d, f);
    this.colorScale = {
      set criteria(value: unknown) {
        write("colorScale.criteria", (m) => {
          if (m.type !== "ColorScale") fail("InvalidOperation", `colorScale on a ${m.type} format`);
          m.colorScale = value;
        });
      },
      get criteria(): unknown {
        return fail("PropertyNotLoaded", "colorScale.criteria");
      },
    };
    this.cellValue = new RuleDouble(write, "CellValue");
    this.textComparison = new RuleDouble(write, "ContainsText");
  }

  protected snapshot(m: ConditionalFormatModel): Record<string, unknown> {
    return { type: m.type };
  }
  get type(): string {
    return this.read("type");
  }
  delete(): void {
    this.write("conditionalFormat.delete", (m) => {
      for (const sheet of this.context.excel.model.sheets) {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== m);
      }
    });
  }
}

class RuleDouble {
  readonly format: { font: { color: string }; fill: { color: string } };
  constructor(
    write: (d: string, f: (m: ConditionalFormatModel) => void) => void,
    private readonly kind: string,
  ) {
    const check = (m: ConditionalFormatModel) => {
      if (m.type !== kind) fail("InvalidOperation", `${kind} rule on a ${m.type} format`);
    };
    this.format = {
      font: {
        set color(value: string) {
          write(`${kind}.font.color`, (m) => {
            check(m);
            m.fontColor = value.toUpperCase();
          });
        },
        get color(): string {
          return fail("PropertyNotLoaded", "font.color");
        },
      },
      fill: {
        set color(value: string) {
          write(`${kind}.fill.color`, (m) => {
            check(m);
            m.fillColor = value.toUpperCase();
          });
        },
        get color(): string {
          return fail("PropertyNotLoaded", "fill.color");
        },
      },
    };
    this.setRule = (value: unknown) =>
      write(`${kind}.rule`, (m) => {
        check(m);
        m.rule = value;
      });
  }
  private readonly setRule: (value: unknown) => void;
  set rule(value: unknown) {
    this.setRule(value);
  }
  get rule(): unknown {
    return fail("PropertyNotLoaded", `${this.kind}.rule`);
  }
}

// ---------------------------------------------------------------- tables

export class TableCollectionDouble extends CollectionDouble<TableModel, TableDouble> {
  constructor(
    context: ContextDouble,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(context);
  }

  protected list(): TableModel[] {
    const all = this.context.excel.model.tables;
    if (this.sheet === null) return all;
    const sheet = this.sheet();
    return all.filter((t) => t.sheet === sheet);
  }

  protected wrap(model: TableModel): TableDouble {
    return new TableDouble(this.context, () => model);
  }

  add(address: string, hasHeaders: boolean): TableDouble {
    let created: TableModel | null = null;
    this.context.enqueue(true, `tables.add(${address})`, () => {
      const wb = this.context.excel.model;
      const { sheet: sheetName, local } = splitSheet(address);
      const sheet = sheetName !== null ? wb.requireSheet(sheetName) : this.sheet ? this.sheet() : null;
      if (sheet === null) return fail("InvalidArgument", "workbook.tables.add needs a sheet-qualified address");
      const box = { ...parseBox(local) };
      if (!hasHeaders) box.r1 += 1;
      // A table always keeps at least one data row.
      if (box.r1 === box.r0) box.r1 += 1;
      const overlaps = wb.tables.some(
        (t) => t.sheet === sheet && !(t.box.r1 < box.r0 || t.box.r0 > box.r1 || t.box.c1 < box.c0 || t.box.c0 > box.c1),
      );
      if (overlaps) fail("InvalidOperation", "A table can't overlap another table");
      let n = 1;
      while (wb.nameTaken(`Table${n}`, null)) n++;
      const model: TableModel = {
        id: wb.id(),
        name: `Table${n}`,
        sheet,
        box,
        style: "TableStyleMedium2",
        showHeaders: true,
      };
      if (!hasHeaders) {
        // Excel shifts the data down and writes Column1..n headers.
        for (let r = box.r1; r > box.r0; r--) {
          for (let c = box.c0; c <= box.c1; c++) {
            const above = wb.peek(sheet, r - 1, c);
            sheet.cells.delete(key(r, c));
            if (above) sheet.cells.set(key(r, c), above);
          }
        }
        for (let c = box.c0; c <= box.c1; c++) typeEntry(wb.cell(sheet, box.r0, c), `Column${c - box.c0 + 1}`);
      }
      for (let c = box.c0; c <= box.c1; c++) {
        const header = wb.cell(sheet, box.r0, c);
        if (header.formula !== null) fail("InvalidOperation", "a table header cannot hold a formula");
        if (header.value === null || header.value === "") typeEntry(header, `Column${c - box.c0 + 1}`);
        else if (typeof header.value !== "string") header.value = String(header.value);
      }
      wb.tables.push(model);
      created = model;
    });
    return new TableDouble(this.context, () => created);
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.context, () => this.list().find((t) => sameName(t.name, name)) ?? null);
  }

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.context, () => this.list().find((t) => sameName(t.name, name)) ?? null, true);
  }
}

export class TableDouble extends ProxyDouble<TableModel> {
  readonly rows: TableRowCollectionDouble;
  readonly columns: TableColumnCollectionDouble;

  constructor(context: ContextDouble, resolver: () => TableModel | null, orNull = false) {
    super(context, resolver, orNull);
    this.rows = new TableRowCollectionDouble(context, this);
    this.columns = new TableColumnCollectionDouble(context, this);
  }

  protected snapshot(m: TableModel): Record<string, unknown> {
    return { name: m.name, style: m.style, showHeaders: m.showHeaders, id: String(m.id) };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(`table.name=${value}`, (m) => {
      if (sameName(m.name, value)) {
        m.name = value;
        return;
      }
      this.context.excel.model.validateName(value, null, m);
      m.name = value;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("table.style", (m) => {
      m.style = value;
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showBandedRows(_value: boolean) {
    this.write("table.showBandedRows", () => undefined);
  }

  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.target().sheet);
  }

  private part(pick: (m: TableModel) => Box | null): RangeDouble {
    return new RangeDouble(this.context, () => {
      const m = this.target();
      const box = pick(m);
      return box === null ? null : { sheet: m.sheet, box };
    });
  }

  getRange(): RangeDouble {
    return this.part((m) => m.box);
  }
  getHeaderRowRange(): RangeDouble {
    return this.part((m) => ({ ...m.box, r1: m.box.r0 }));
  }
  getDataBodyRange(): RangeDouble {
    return this.part((m) => ({ ...m.box, r0: m.box.r0 + 1 }));
  }

  resize(newRange: string): void {
    this.write(`table.resize(${newRange})`, (m) => {
      const box = parseBox(splitSheet(newRange).local);
      if (box.r0 !== m.box.r0 || box.c0 !== m.box.c0) {
        fail("InvalidArgument", "a resized table must keep its header row's top-left cell");
      }
      if (box.r1 <= box.r0) fail("InvalidArgument", "a table needs a header row and at least one data row");
      m.box = box;
      const wb = this.context.excel.model;
      for (let c = box.c0; c <= box.c1; c++) {
        const header = wb.cell(m.sheet, box.r0, c);
        if (header.value === null || header.value === "") typeEntry(header, `Column${c - box.c0 + 1}`);
      }
    });
  }

  delete(): void {
    this.write("table.delete", (m) => {
      const wb = this.context.excel.model;
      for (let r = m.box.r0; r <= m.box.r1; r++) {
        for (let c = m.box.c0; c <= m.box.c1; c++) m.sheet.cells.delete(key(r, c));
      }
      wb.tables = wb.tables.filter((t) => t !== m);
    });
  }

  convertToRange(): RangeDouble {
    this.write("table.convertToRange", (m) => {
      const wb = this.context.excel.model;
      wb.tables = wb.tables.filter((t) => t !== m);
    });
    return this.getRange();
  }
}

interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
}

export class TableRowCollectionDouble extends CollectionDouble<RowTarget, TableRowDouble> {
  constructor(
    context: ContextDouble,
    private readonly table: TableDouble,
  ) {
    super(context);
  }

  protected list(): RowTarget[] {
    const t = this.table.target();
    return Array.from({ length: t.box.r1 - t.box.r0 }, (_, index) => ({ table: t, index }));
  }

  protected wrap(model: RowTarget): TableRowDouble {
    return new TableRowDouble(this.context, () => model, this.table);
  }

  /** Inserts rows at `index` (null or undefined: at the end), shifting the cells below them within the table's columns. */
  add(index: number | null | undefined, values: unknown[][]): void {
    this.context.enqueue(true, "tableRows.add", () => {
      const t = this.table.target();
      const wb = this.context.excel.model;
      const count = t.box.r1 - t.box.r0;
      const at = index === null || index === undefined ? count : index;
      if (at < 0 || at > count) fail("InvalidArgument", `row index ${at} outside 0..${count}`);
      const width = t.box.c1 - t.box.c0 + 1;
      if (!values.every((row) => row.length === width)) fail("InvalidArgument", "row width differs from the table's");
      const n = values.length;
      const firstNew = t.box.r0 + 1 + at;
      const lastUsed = Math.max(t.box.r1, ...[...t.sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
      for (let r = lastUsed; r >= firstNew; r--) {
        for (let c = t.box.c0; c <= t.box.c1; c++) {
          const moving = wb.peek(t.sheet, r, c);
          t.sheet.cells.delete(key(r, c));
          if (moving) t.sheet.cells.set(key(r + n, c), moving);
        }
      }
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = wb.cell(t.sheet, firstNew + i, t.box.c0 + j);
          const above = wb.peek(t.sheet, firstNew + i - 1, t.box.c0 + j);
          if (above && firstNew + i - 1 > t.box.r0) cell.numberFormat = above.numberFormat;
          typeEntry(cell, v);
        }),
      );
      t.box = { ...t.box, r1: t.box.r1 + n };
    });
  }

  getItemAt(index: number): TableRowDouble {
    return new TableRowDouble(this.context, () => ({ table: this.table.target(), index }), this.table);
  }

  /** Deletes `count` rows from `index` (ExcelApi 1.16), shifting the cells below up. */
  deleteRows(index: number, count: number): void {
    this.context.enqueue(true, "tableRows.deleteRows", () =>
      deleteTableRows(this.context, this.table.target(), index, count),
    );
  }
}

function deleteTableRows(context: ContextDouble, t: TableModel, index: number, count: number): void {
  const wb = context.excel.model;
  const rows = t.box.r1 - t.box.r0;
  if (index < 0 || index + count > rows)
    fail("InvalidArgument", `rows ${index}..${index + count - 1} outside the table`);
  const first = t.box.r0 + 1 + index;
  const lastUsed = Math.max(t.box.r1, ...[...t.sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
  for (let r = first; r <= lastUsed; r++) {
    for (let c = t.box.c0; c <= t.box.c1; c++) {
      const from = wb.peek(t.sheet, r + count, c);
      t.sheet.cells.delete(key(r, c));
      if (from) t.sheet.cells.set(key(r, c), from);
    }
  }
  t.box = { ...t.box, r1: t.box.r1 - count };
  // Like Excel, a table with no data rows keeps one empty row.
  if (t.box.r1 === t.box.r0) t.box = { ...t.box, r1: t.box.r0 + 1 };
}

export class TableRowDouble extends ProxyDouble<RowTarget> {
  constructor(
    context: ContextDouble,
    resolver: () => RowTarget | null,
    private readonly table: TableDouble,
  ) {
    super(context, resolver);
  }

  protected snapshot(m: RowTarget): Record<string, unknown> {
    const wb = this.context.excel.model;
    const r = m.table.box.r0 + 1 + m.index;
    const values = [];
    for (let c = m.table.box.c0; c <= m.table.box.c1; c++) values.push(wb.peek(m.table.sheet, r, c)?.value ?? "");
    return { index: m.index, values: [values] };
  }

  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.getRange().values = input;
  }

  getRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const m = this.target();
      const r = m.table.box.r0 + 1 + m.index;
      return { sheet: m.table.sheet, box: { r0: r, c0: m.table.box.c0, r1: r, c1: m.table.box.c1 } };
    });
  }

  delete(): void {
    this.write("tableRow.delete", (m) => deleteTableRows(this.context, m.table, m.index, 1));
  }

  get parentTable(): TableDouble {
    return this.table;
  }
}

interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

export class TableColumnCollectionDouble extends CollectionDouble<ColumnTarget, TableColumnDouble> {
  constructor(
    context: ContextDouble,
    private readonly table: TableDouble,
  ) {
    super(context);
  }

  protected list(): ColumnTarget[] {
    const t = this.table.target();
    return Array.from({ length: t.box.c1 - t.box.c0 + 1 }, (_, index) => ({ table: t, index }));
  }

  protected wrap(model: ColumnTarget): TableColumnDouble {
    return new TableColumnDouble(this.context, () => model);
  }

  getItem(nameOrIndex: string | number): TableColumnDouble {
    return new TableColumnDouble(this.context, () => {
      const t = this.table.target();
      if (typeof nameOrIndex === "number") return { table: t, index: nameOrIndex };
      const wb = this.context.excel.model;
      for (let c = t.box.c0; c <= t.box.c1; c++) {
        if (String(wb.peek(t.sheet, t.box.r0, c)?.value ?? "") === nameOrIndex)
          return { table: t, index: c - t.box.c0 };
      }
      return null;
    });
  }
}

export class TableColumnDouble extends ProxyDouble<ColumnTarget> {
  protected snapshot(m: ColumnTarget): Record<string, unknown> {
    const wb = this.context.excel.model;
    return {
      index: m.index,
      name: String(wb.peek(m.table.sheet, m.table.box.r0, m.table.box.c0 + m.index)?.value ?? ""),
    };
  }
  get name(): string {
    return this.read("name");
  }
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const m = this.target();
      const c = m.table.box.c0 + m.index;
      return { sheet: m.table.sheet, box: { r0: m.table.box.r0 + 1, c0: c, r1: m.table.box.r1, c1: c } };
    });
  }
}

// ---------------------------------------------------------------- charts

class ChartCollectionDouble extends CollectionDouble<ChartModel, ChartDouble> {
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected list(): ChartModel[] {
    return this.sheet().charts;
  }
  protected wrap(model: ChartModel): ChartDouble {
    return new ChartDouble(this.context, () => model);
  }

  add(type: string, sourceData: RangeDouble, seriesBy = "Auto"): ChartDouble {
    let created: ChartModel | null = null;
    this.context.enqueue(true, `charts.add(${type})`, () => {
      const sheet = this.sheet();
      const source = sourceData.target();
      const { rows, columns } = boxSize(source.box);
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && columns >= rows);
      const series: ChartSeriesModel[] = [];
      const count = byRows ? rows : columns;
      for (let k = 0; k < count; k++) {
        const box = byRows
          ? { r0: source.box.r0 + k, c0: source.box.c0, r1: source.box.r0 + k, c1: source.box.c1 }
          : { r0: source.box.r0, c0: source.box.c0 + k, r1: source.box.r1, c1: source.box.c0 + k };
        series.push({
          name: `Series${k + 1}`,
          values: `=${quoteSheet(source.sheet.name)}!${boxAddress(box)}`,
          xValues: null,
        });
      }
      const id = this.context.excel.model.id();
      created = { id, name: `Chart ${id}`, type, title: "", top: null, bottom: null, series };
      sheet.charts.push(created);
    });
    return new ChartDouble(this.context, () => created);
  }
}

function rangeRef(range: RangeDouble): string {
  const t = range.target();
  return `=${quoteSheet(t.sheet.name)}!${boxAddress(t.box)}`;
}

class ChartDouble extends ProxyDouble<ChartModel> {
  readonly title: { text: string };
  readonly axes: { valueAxis: { numberFormat: string } };
  readonly series: ChartSeriesCollectionDouble;

  constructor(context: ContextDouble, resolver: () => ChartModel | null) {
    super(context, resolver);
    const write = (d: string, f: (m: ChartModel) => void) => this.write(d, f);
    this.title = {
      set text(value: string) {
        write("chart.title.text", (m) => {
          m.title = value;
        });
      },
      get text(): string {
        return fail("PropertyNotLoaded", "chart.title.text");
      },
    };
    this.axes = {
      valueAxis: {
        set numberFormat(value: string) {
          write("chart.axes.valueAxis.numberFormat", (m) => {
            m.valueAxisFormat = value;
          });
        },
        get numberFormat(): string {
          return fail("PropertyNotLoaded", "chart.axes.valueAxis.numberFormat");
        },
      },
    };
    this.series = new ChartSeriesCollectionDouble(context, this);
  }
  protected snapshot(m: ChartModel): Record<string, unknown> {
    return { name: m.name };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("chart.name", (m) => {
      m.name = value;
    });
  }
  setPosition(startCell: RangeDouble | string, endCell?: RangeDouble | string): void {
    this.write("chart.setPosition", (m) => {
      const text = (c: RangeDouble | string) => (typeof c === "string" ? c : boxAddress(c.target().box));
      m.top = text(startCell);
      m.bottom = endCell === undefined ? null : text(endCell);
    });
  }
  delete(): void {
    this.write("chart.delete", (m) => {
      for (const sheet of this.context.excel.model.sheets) sheet.charts = sheet.charts.filter((c) => c !== m);
    });
  }
}

class ChartSeriesCollectionDouble extends CollectionDouble<ChartSeriesModel, ChartSeriesDouble> {
  constructor(
    context: ContextDouble,
    private readonly chart: ChartDouble,
  ) {
    super(context);
  }
  protected list(): ChartSeriesModel[] {
    return this.chart.target().series;
  }
  protected wrap(model: ChartSeriesModel): ChartSeriesDouble {
    return new ChartSeriesDouble(this.context, () => model);
  }
  add(name?: string): ChartSeriesDouble {
    let created: ChartSeriesModel | null = null;
    this.context.enqueue(true, "series.add", () => {
      const m = this.chart.target();
      created = { name: name ?? `Series${m.series.length + 1}`, values: null, xValues: null };
      m.series.push(created);
    });
    return new ChartSeriesDouble(this.context, () => created);
  }
  getItemAt(index: number): ChartSeriesDouble {
    return new ChartSeriesDouble(this.context, () => this.chart.target().series[index] ?? null);
  }
}

class ChartSeriesDouble extends ProxyDouble<ChartSeriesModel> {
  protected snapshot(m: ChartSeriesModel): Record<string, unknown> {
    return { name: m.name };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("series.name", (m) => {
      m.name = value;
    });
  }
  setValues(range: RangeDouble): void {
    this.write("series.setValues", (m) => {
      m.values = rangeRef(range);
    });
  }
  setXAxisValues(range: RangeDouble): void {
    this.write("series.setXAxisValues", (m) => {
      m.xValues = rangeRef(range);
    });
  }
  set chartType(value: string) {
    this.write("series.chartType", (m) => {
      m.chartType = value;
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  get format(): { line: { lineStyle: string } } {
    const write = (d: string, f: (m: ChartSeriesModel) => void) => this.write(d, f);
    return {
      line: {
        set lineStyle(value: string) {
          write("series.format.line.lineStyle", (m) => {
            m.lineStyle = value;
          });
        },
        get lineStyle(): string {
          return fail("PropertyNotLoaded", "series.format.line.lineStyle");
        },
      },
    };
  }
  delete(): void {
    this.write("series.delete", (m) => {
      for (const sheet of this.context.excel.model.sheets) {
        for (const chart of sheet.charts) chart.series = chart.series.filter((s) => s !== m);
      }
    });
  }
}

// ---------------------------------------------------------------- names

/** A plain reference must name an existing sheet; a longer formula (SUM(...), text) is kept as written. */
function requireSheetOfReference(wb: WorkbookModel, formula: string, where: string): void {
  if (!/^=(?:'(?:[^']|'')*'|[^'!"()&*+\-/,]+)![$A-Za-z0-9:#!]+$/.test(formula)) return;
  const { sheet } = splitSheet(formula.slice(1));
  if (sheet !== null && !wb.sheet(sheet)) fail("InvalidArgument", `${where}no sheet "${sheet}"`);
}

class NamedItemCollectionDouble extends CollectionDouble<NameModel, NamedItemDouble> {
  constructor(
    context: ContextDouble,
    private readonly scope: (() => SheetModel) | null,
  ) {
    super(context);
  }
  private scopeModel(): SheetModel | null {
    return this.scope === null ? null : this.scope();
  }
  protected list(): NameModel[] {
    const scope = this.scopeModel();
    return this.context.excel.model.names.filter((n) => n.scope === scope);
  }
  protected wrap(model: NameModel): NamedItemDouble {
    return new NamedItemDouble(this.context, () => model);
  }

  add(name: string, reference: RangeDouble | string, comment?: string): NamedItemDouble {
    let created: NameModel | null = null;
    this.context.enqueue(true, `names.add(${name})`, () => {
      const wb = this.context.excel.model;
      const scope = this.scopeModel();
      wb.validateName(name, scope);
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        requireSheetOfReference(wb, formula, "names.add: ");
      } else {
        formula = rangeRef(reference);
      }
      created = { name, formula, comment: comment ?? "", scope, visible: true };
      wb.names.push(created);
    });
    return new NamedItemDouble(this.context, () => created);
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.context, () => this.list().find((n) => sameName(n.name, name)) ?? null);
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.context, () => this.list().find((n) => sameName(n.name, name)) ?? null, true);
  }
}

class NamedItemDouble extends ProxyDouble<NameModel> {
  protected snapshot(m: NameModel): Record<string, unknown> {
    return {
      name: m.name,
      formula: m.formula,
      comment: m.comment,
      visible: m.visible,
      type: m.formula.includes("#REF!") ? "Error" : "Range",
      value: m.formula.slice(1),
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.write(`name.formula=${value}`, (m) => {
      requireSheetOfReference(this.context.excel.model, value.startsWith("=") ? value : `=${value}`, "");
      m.formula = value.startsWith("=") ? value : `=${value}`;
    });
  }
  get comment(): string {
    return this.read("comment");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  set comment(value: string) {
    this.write("name.comment", (m) => {
      m.comment = value;
    });
  }
  delete(): void {
    this.write("name.delete", (m) => {
      const wb = this.context.excel.model;
      wb.names = wb.names.filter((n) => n !== m);
    });
  }
  getRangeOrNullObject(): RangeDouble {
    return new RangeDouble(this.context, () => {
      const m = this.target();
      const { sheet, local } = splitSheet(m.formula.slice(1));
      const s = sheet === null ? null : this.context.excel.model.sheet(sheet);
      return s ? { sheet: s, box: parseBox(local) } : null;
    });
  }
}

// ---------------------------------------------------------------- worksheets

class CustomPropertyCollectionDouble extends CollectionDouble<[string, string], CustomPropertyDouble> {
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected list(): [string, string][] {
    return [...this.sheet().customProperties.entries()];
  }
  protected wrap(model: [string, string]): CustomPropertyDouble {
    const sheet = this.sheet;
    return new CustomPropertyDouble(
      this.context,
      () => (sheet().customProperties.has(model[0]) ? model[0] : null),
      sheet,
    );
  }
  add(name: string, value: string): CustomPropertyDouble {
    this.context.enqueue(true, `customProperties.add(${name})`, () => {
      if (name.length === 0 || name.length > 255) fail("InvalidArgument", "custom property key must be 1-255 chars");
      this.sheet().customProperties.set(name, String(value));
    });
    return new CustomPropertyDouble(this.context, () => name, this.sheet);
  }
  getItemOrNullObject(name: string): CustomPropertyDouble {
    const sheet = this.sheet;
    return new CustomPropertyDouble(
      this.context,
      () => (sheet().customProperties.has(name) ? name : null),
      sheet,
      true,
    );
  }
}

class CustomPropertyDouble extends ProxyDouble<string> {
  constructor(
    context: ContextDouble,
    resolver: () => string | null,
    private readonly sheet: () => SheetModel,
    orNull = false,
  ) {
    super(context, resolver, orNull);
  }
  protected snapshot(k: string): Record<string, unknown> {
    return { key: k, value: this.sheet().customProperties.get(k) };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  set value(v: string) {
    this.write("customProperty.value", (k) => {
      this.sheet().customProperties.set(k, v);
    });
  }
  delete(): void {
    this.write("customProperty.delete", (k) => {
      this.sheet().customProperties.delete(k);
    });
  }
}

class FreezePanesDouble {
  constructor(
    private readonly context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {}
  private set(description: string, fn: (s: SheetModel) => void): void {
    this.context.enqueue(true, description, () => fn(this.sheet()));
  }
  freezeAt(frozenRange: RangeDouble | string): void {
    this.set("freezePanes.freezeAt", (s) => {
      const box = typeof frozenRange === "string" ? parseBox(frozenRange) : frozenRange.target().box;
      if (box.r0 !== 0 || box.c0 !== 0) fail("InvalidArgument", "the frozen range must start at A1");
      s.freeze = { rows: box.r1 + 1, columns: box.c1 + 1 };
    });
  }
  freezeRows(count = 1): void {
    this.set("freezePanes.freezeRows", (s) => {
      s.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.set("freezePanes.freezeColumns", (s) => {
      s.freeze = { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this.set("freezePanes.unfreeze", (s) => {
      s.freeze = null;
    });
  }
}

/** worksheet.pageLayout: writes only (the renderer never reads it back), each recorded on the sheet at sync. */
class PageLayoutDouble {
  readonly headersFooters: { readonly defaultForAllPages: Record<string, string> };

  constructor(
    private readonly context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    const record = (key: string, value: unknown) => this.set(key, value);
    const parts = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const defaultForAllPages = {} as Record<string, string>;
    for (const part of parts) {
      Object.defineProperty(defaultForAllPages, part, {
        set: (value: string) => {
          record(part, value);
        },
        get: () => fail("PropertyNotLoaded", `pageLayout.headersFooters.defaultForAllPages.${part}`),
      });
    }
    this.headersFooters = { defaultForAllPages };
  }
  private set(key: string, value: unknown): void {
    this.context.enqueue(true, `pageLayout.${key}`, () => {
      this.sheet().pageLayout[key] = value;
    });
  }
  set orientation(value: string) {
    if (value !== "Landscape" && value !== "Portrait") fail("InvalidArgument", `orientation ${value}`);
    this.set("orientation", value);
  }
  set paperSize(value: string) {
    this.set("paperSize", value);
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("zoom", { ...value });
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) fail("InvalidArgument", `print title rows ${rows}`);
    this.set("printTitleRows", rows);
  }
  setPrintTitleColumns(columns: string): void {
    if (!/^\$[A-Z]+:\$[A-Z]+$/.test(columns)) fail("InvalidArgument", `print title columns ${columns}`);
    this.set("printTitleColumns", columns);
  }
  setPrintArea(area: string): void {
    if (!/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/.test(area)) fail("InvalidArgument", `print area ${area}`);
    this.set("printArea", area);
  }
}

export class WorksheetDouble extends ProxyDouble<SheetModel> {
  readonly customProperties: CustomPropertyCollectionDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly tables: TableCollectionDouble;
  readonly charts: ChartCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly pageLayout: PageLayoutDouble;

  constructor(context: ContextDouble, resolver: () => SheetModel | null, orNull = false) {
    super(context, resolver, orNull);
    const sheet = () => this.target();
    this.customProperties = new CustomPropertyCollectionDouble(context, sheet);
    this.freezePanes = new FreezePanesDouble(context, sheet);
    this.tables = new TableCollectionDouble(context, sheet);
    this.charts = new ChartCollectionDouble(context, sheet);
    this.names = new NamedItemCollectionDouble(context, sheet);
    this.pageLayout = new PageLayoutDouble(context, sheet);
  }

  protected snapshot(m: SheetModel): Record<string, unknown> {
    const wb = this.context.excel.model;
    return {
      name: m.name,
      position: wb.sheets.indexOf(m),
      tabColor: m.tabColor,
      visibility: m.visibility,
      id: `{${m.id}}`,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(`worksheet.name=${value}`, (m) => this.context.excel.model.renameSheet(m, value));
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("worksheet.position", (m) => this.context.excel.model.moveSheet(m, value));
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    this.write("worksheet.tabColor", (m) => {
      m.tabColor = value.toUpperCase();
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.write("worksheet.visibility", (m) => {
      m.visibility = value;
    });
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, () => ({
      sheet: this.target(),
      box: address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : parseBox(address),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeDouble {
    return new RangeDouble(this.context, () => ({
      sheet: this.target(),
      box: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 },
    }));
  }

  activate(): void {
    this.context.enqueue(false, "worksheet.activate", () => this.target());
  }

  delete(): void {
    this.write("worksheet.delete", (m) => this.context.excel.model.deleteSheet(m));
  }
}

class WorksheetCollectionDouble extends CollectionDouble<SheetModel, WorksheetDouble> {
  protected list(): SheetModel[] {
    return this.context.excel.model.sheets;
  }
  protected wrap(model: SheetModel): WorksheetDouble {
    const wb = () => this.context.excel.model;
    return new WorksheetDouble(this.context, () => (wb().sheets.includes(model) ? model : null));
  }

  add(name?: string): WorksheetDouble {
    let created: SheetModel | null = null;
    this.context.enqueue(true, `worksheets.add(${name ?? ""})`, () => {
      created = this.context.excel.model.addSheet(name);
    });
    return new WorksheetDouble(this.context, () => created);
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.excel.model.sheet(name) ?? null);
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.excel.model.sheet(name) ?? null, true);
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.context.excel.model.sheets[0] ?? null);
  }
}

class ApplicationDouble {
  constructor(private readonly context: ContextDouble) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(false, "suspendApiCalculationUntilNextSync", () => {
      this.context.excel.calculationSuspensions++;
    });
  }
}

class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly application: ApplicationDouble;

  constructor(context: ContextDouble) {
    this.worksheets = new WorksheetCollectionDouble(context);
    this.names = new NamedItemCollectionDouble(context, null);
    this.tables = new TableCollectionDouble(context, null);
    this.application = new ApplicationDouble(context);
  }
}

// ---------------------------------------------------------------- the entry point

export interface ExcelDoubleOptions {
  /** Names of the sheets the workbook starts with (a new workbook has "Sheet1"). */
  readonly sheets?: readonly string[];
}

/** A plain, comparable picture of the whole workbook. */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    tabColor: string;
    customProperties: Record<string, string>;
    freeze: { rows: number; columns: number } | null;
    columnWidths: Record<string, number>;
    cells: Record<string, { value: CellValue; formula: string | null; numberFormat: string; format: CellFormat }>;
    conditionalFormats: unknown[];
    charts: unknown[];
  }[];
  tables: { name: string; sheet: string; range: string; style: string }[];
  names: { name: string; formula: string; comment: string; scope: string | null }[];
}

export class ExcelDouble {
  model = new WorkbookModel();
  syncs = 0;
  writes = 0;
  calculationSuspensions = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly writeLog: string[] = [];
  /** When set, the write with this running number (counted over the double's life) throws, once. */
  failAtWrite: number | null = null;

  constructor(options: ExcelDoubleOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) this.model.addSheet(name);
  }

  /** Like `Excel.run`: hands a fresh context to `batch` and sends what is still queued when it returns. */
  async run<T>(batch: (context: ContextDouble) => Promise<T>): Promise<T> {
    const context = new ContextDouble(this);
    const result = await batch(context);
    if (context.hasPending()) await context.sync();
    return result;
  }

  /** A context for code that takes one directly (the renderer does). */
  context(): ContextDouble {
    return new ContextDouble(this);
  }

  /** Makes the write `n` writes from now fail (1 = the next write). */
  failAfter(n: number): void {
    this.failAtWrite = this.writes + n;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.syncLog.length = 0;
    this.writeLog.length = 0;
  }

  sheet(name: string): SheetModel {
    return this.model.requireSheet(name);
  }

  /** The cell at an A1 address on a sheet, or undefined if never written. */
  cell(sheetName: string, address: string): CellModel | undefined {
    const box = parseBox(address);
    return this.model.peek(this.sheet(sheetName), box.r0, box.c0);
  }

  snapshot(): WorkbookSnapshot {
    const wb = this.model;
    return {
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        tabColor: s.tabColor,
        customProperties: Object.fromEntries(s.customProperties),
        freeze: s.freeze,
        columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnLetters(c), w])),
        cells: Object.fromEntries(
          [...s.cells]
            .sort(([a], [b]) => {
              const [ar, ac] = a.split(",").map(Number);
              const [br, bc] = b.split(",").map(Number);
              return ar - br || ac - bc;
            })
            .map(([k, cell]) => {
              const [r, c] = k.split(",").map(Number);
              return [`${columnLetters(c)}${r + 1}`, structuredClone(cell)];
            }),
        ),
        conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, box: boxAddress(cf.box) })),
        charts: s.charts.map((c) => ({ ...c, id: undefined, name: undefined })),
      })),
      tables: wb.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, range: boxAddress(t.box), style: t.style })),
      names: wb.names.map((n) => ({
        name: n.name,
        formula: n.formula,
        comment: n.comment,
        scope: n.scope?.name ?? null,
      })),
    };
  }
}

/** The double's context typed as Office's, for code under test that takes an `Excel.RequestContext`. */
export function asExcelContext(context: ContextDouble): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/**
 * Stands in for office.js in the browser tests of the inside-Excel path: Office.onReady reports Excel, and Excel.run
 * runs against the recording double, which the test reads back through `window.__excelDouble`.
 * Options come from `window.__fakeOffice`, set by an init script before this runs.
 */
import { ExcelDouble } from "../helpers/excel-double";

interface FakeOfficeOptions {
  language?: string;
  sheets?: string[];
}

const w = window as unknown as Record<string, unknown>;
const options = (w.__fakeOffice ?? {}) as FakeOfficeOptions;
const excel = new ExcelDouble({ sheets: options.sheets ?? ["Sheet1"] });
const settings = new Map<string, unknown>();
let runs = 0;

const info = { host: "Excel", platform: "OfficeOnline" };

w.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: options.language ?? "en-US",
    partitionKey: undefined,
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => settings.set(name, value),
        saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
      },
    },
  },
  onReady: (callback?: (i: typeof info) => void) =>
    Promise.resolve(info).then((i) => {
      callback?.(i);
      return i;
    }),
};

w.Excel = {
  run: <T>(batch: (context: unknown) => Promise<T>) => {
    runs++;
    return excel.run(batch as never);
  },
};

// The shared runtime's functions bundle registers its functions at load; Excel provides this global.
w.CustomFunctions = {
  associate: () => undefined,
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

w.__excelDouble = {
  snapshot: () => excel.snapshot(),
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  names: () => excel.model.names.map((n) => n.name),
  runs: () => runs,
  syncs: () => excel.syncs,
  settings: () => Object.fromEntries(settings),
  /** The add-in's figures table: where it is, its style and its data body's values ("" for an empty cell). */
  table: (name: string) => {
    const table = excel.model.tables.find((t) => t.name === name);
    if (!table) return null;
    const body: unknown[][] = [];
    for (let r = table.box.r0 + 1; r <= table.box.r1; r++) {
      const row: unknown[] = [];
      for (let c = table.box.c0; c <= table.box.c1; c++) row.push(excel.model.peek(table.sheet, r, c)?.value ?? "");
      body.push(row);
    }
    return { sheet: table.sheet.name, top: table.box.r0, left: table.box.c0, style: table.style, body };
  },
  failAfter: (n: number) => excel.failAfter(n),
};

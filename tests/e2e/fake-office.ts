/**
 * Stands in for office.js in the browser tests of the inside-Excel path: Office.onReady reports Excel, and Excel.run
 * runs against the recording double, which the test reads back through `window.__excelDouble`.
 * Options come from `window.__fakeOffice`, set by an init script before this runs.
 */
import { ExcelDouble } from "../helpers/excel-double";

interface FakeOfficeOptions {
  language?: string;
  sheets?: string[];
  /** The highest ExcelApi version the fake Excel supports (default 1.17). */
  excelApi?: string;
}

const w = window as unknown as Record<string, unknown>;
const options = (w.__fakeOffice ?? {}) as FakeOfficeOptions;
const excel = new ExcelDouble({ sheets: options.sheets ?? ["Sheet1"] });
const settings = new Map<string, unknown>();
let runs = 0;
let isSetSupportedCalls = 0;

/** "1.9" <= "1.13": requirement-set versions compare number by number, not as text. */
function versionAtMost(version: string, highest: string): boolean {
  const [a, b] = [version, highest].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

const info = { host: "Excel", platform: "OfficeOnline" };

w.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    displayLanguage: options.language ?? "en-US",
    partitionKey: undefined,
    requirements: {
      isSetSupported: (name: string, version = "1.1") => {
        isSetSupportedCalls++;
        return name === "ExcelApi" && versionAtMost(version, options.excelApi ?? "1.17");
      },
    },
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
  isSetSupportedCalls: () => isSetSupportedCalls,
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

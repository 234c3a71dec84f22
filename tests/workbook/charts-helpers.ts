import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { ChartPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { planSheetNames, resolveSheetRefs } from "../../src/workbook/sheet-ref";

/** Test helpers shared by the chart and print tests: the package's parts, and LibreOffice conversions. */

export interface PackageParts {
  readonly zip: JSZip;
  readonly names: readonly string[];
  text(name: string): Promise<string>;
}

export async function readPackage(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<PackageParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return {
    zip,
    names,
    text: async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`no part ${name}`);
      return file.async("string");
    },
  };
}

/** Attribute values of every `<tag ...>` in an XML text. */
export function elements(xml: string, tag: string): Map<string, string>[] {
  return Array.from(
    xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, "g")),
    (m) => new Map(Array.from(m[1].matchAll(/([\w:.-]+)="([^"]*)"/g), (a) => [a[1], a[2]])),
  );
}

/** Text content of every `<tag>...</tag>`. */
export function texts(xml: string, tag: string): string[] {
  return Array.from(xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g")), (m) => m[1]);
}

/** Every chart of the plan, its ranges resolved from sheet keys to the sheets' names, as the file holds them. */
export function allCharts(plan: WorkbookPlan): { sheet: string; chart: ChartPlan }[] {
  const resolve = (reference: string) => resolveSheetRefs(reference, planSheetNames(plan));
  return plan.sheets.flatMap((s) =>
    s.charts.map((chart) => ({
      sheet: s.name,
      chart: {
        ...chart,
        categories: resolve(chart.categories),
        series: chart.series.map((series) => ({ ...series, values: resolve(series.values) })),
      },
    })),
  );
}

/** The chart parts of a package, in part-name order. */
export async function charts(pkg: PackageParts): Promise<string[]> {
  const names = pkg.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
  return Promise.all(names.map((n) => pkg.text(n)));
}

/**
 * Converts a file with LibreOffice (`soffice --headless --convert-to`) in a fresh profile, so that parallel test
 * runs do not share one, and returns the converted bytes.
 */
export function convertWithLibreOffice(bytes: Uint8Array, name: string, format: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-lo-"));
  try {
    const input = path.join(dir, name);
    fs.writeFileSync(input, bytes);
    const run = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        format,
        "--outdir",
        path.join(dir, "out"),
        input,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    const output = path.join(dir, "out", `${path.parse(name).name}.${format.split(":")[0]}`);
    if (run.status !== 0 || !fs.existsSync(output)) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

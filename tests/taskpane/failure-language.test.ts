import { downloadDataset, type FetchLike, type RefreshOptions } from "../../src/benchmarks/refresh";
import {
  USER_MESSAGES_EN,
  UserFacingError,
  type UserMessageKey,
  type UserMessageParams,
} from "../../src/core/user-messages";
import { presetScenario } from "../../src/scenario";
import type { Scenario } from "../../src/scenario/types";
import { PaneController } from "../../src/taskpane/controller";
import { errorText } from "../../src/taskpane/error-text";
import { FAILURES_DE } from "../../src/taskpane/failures-de";
import { languageOf } from "../../src/taskpane/i18n";
import { DE } from "../../src/taskpane/messages-de";
import { EN } from "../../src/taskpane/messages-en";
import { scenarioAdapter } from "../../src/taskpane/scenario-adapter";
import type { BuildOutcome, PreviewOutcome, RefreshOutcome, WorkbookSeam } from "../../src/taskpane/seam";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { MAX_SCENARIOS } from "../../src/workbook/scenario-set";
import { makeDataset } from "../benchmarks/fixtures";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { samplePlan } from "../workbook/render-fixtures";
import { testLocale } from "./locale";

/**
 * The failures the benchmarks, the scenario set and the workbook report reach the German pane in German: each is
 * produced here as the code produces it (a real download, a real plan, a real render), and shown by the controller.
 */

/** Words that give an English sentence away; none is German, and none is in the hosts or names used here. */
const ENGLISH =
  /\b(the|is|was|were|not|could|because|answered|cannot|give|each|own|instead|larger|refused|failed|again|carries|beside|same|must)\b/i;

const JSON_HEADERS = { "content-type": "application/json" };
const respond =
  (body: string | null, init: ResponseInit = {}): FetchLike =>
  async () =>
    new Response(body, { status: 200, headers: JSON_HEADERS, ...init });
const URL_OK = "https://bench.example.com/benchmarks.json";
const future = { ...makeDataset(), asOf: "2999-01-01" };
const schemaBroken = { ...makeDataset(), figures: [{ ...makeDataset().figures[0], value: "12" }] };

const REFRESH_CASES: [string, RefreshOptions][] = [
  ["a bad address", { url: "https://[nope", fetch: respond("{}") }],
  ["an http address", { url: "http://bench.example.com/b.json", fetch: respond("{}") }],
  ["an HTTP error", { url: URL_OK, fetch: respond("{}", { status: 503, statusText: "Service Unavailable" }) }],
  ["an HTML page", { url: URL_OK, fetch: respond("<html></html>", { headers: { "content-type": "text/html" } }) }],
  ["no content type", { url: URL_OK, fetch: respond("{}", { headers: {} }) }],
  ["a timeout", { url: URL_OK, fetch: () => new Promise<Response>(() => undefined), timeoutMs: 30 }],
  [
    "too much data",
    { url: URL_OK, fetch: respond("{}", { headers: { ...JSON_HEADERS, "content-length": "5000" } }), maxBytes: 1024 },
  ],
  ["no network", { url: URL_OK, fetch: () => Promise.reject(new TypeError("fetch failed")) }],
  ["invalid JSON", { url: URL_OK, fetch: respond("{not json") }],
  ["a schema violation", { url: URL_OK, fetch: respond(JSON.stringify(schemaBroken)) }],
  ["a date in the future", { url: URL_OK, fetch: respond(JSON.stringify(future)) }],
];

const base = presetScenario("base");
const named = (name: string, change: Partial<Scenario> = {}): Scenario => ({ ...base, ...change, name });

/** What buildWorkbookPlan throws for `others` beside the base case (in the German pane's language). */
function planFailure(scenario: Scenario, others: readonly Scenario[]): unknown {
  try {
    buildWorkbookPlan(scenario, undefined, { scenarios: others, language: "de" });
  } catch (error) {
    return error;
  }
  throw new Error("the plan was built");
}

const BUILD_CASES: [string, () => unknown][] = [
  ["two scenarios of one name", () => planFailure(named("Mine"), [named(" mine ")])],
  [
    "too many scenarios",
    () =>
      planFailure(
        named("Mine"),
        Array.from({ length: MAX_SCENARIOS }, (_, i) => named(`Other ${i}`)),
      ),
  ],
  [
    "a scenario that cannot fit the timeline",
    () => planFailure(named("Short", { horizon: 2, capexYears: 2 }), [named("Long", { capexYears: 3 })]),
  ],
  ["an invalid scenario", () => planFailure(named("Broken", { capexTotal: -5 }), [])],
];

/** The swap of a second build fails part-way, as Excel's sync does when a write is refused. */
async function renderFailure(): Promise<unknown> {
  const excel = new ExcelDouble();
  const build = () => excel.run((context) => renderPlanToWorkbook(asExcelContext(context), samplePlan));
  await build();
  excel.failAfter(excel.syncLog[2].writes + 3);
  return build().then(
    () => new Error("the build succeeded"),
    (error: unknown) => error,
  );
}

class FailingSeam implements WorkbookSeam<Scenario> {
  readonly insideExcel = true;
  buildError: unknown = null;
  previewAnswer: PreviewOutcome = { ok: false, message: "unset" };
  async build(): Promise<BuildOutcome> {
    throw this.buildError;
  }
  async previewBenchmarks(): Promise<PreviewOutcome> {
    return this.previewAnswer;
  }
  async refreshBenchmarks(): Promise<RefreshOutcome> {
    return { ok: false, message: "unused" };
  }
  keepBenchmarks(): void {}
  async readWorkbookDatasetInfo() {
    return null;
  }
}

function pane(tag: string, seam: FailingSeam): PaneController {
  const adapter = scenarioAdapter([{ id: "base", scenario: presetScenario("base", languageOf(tag)) }], languageOf(tag));
  return new PaneController(adapter, seam, testLocale(tag), () => new Date(0));
}

async function refreshStatus(tag: string, options: RefreshOptions): Promise<string> {
  const result = await downloadDataset(makeDataset(), options);
  if (result.ok) throw new Error("the download succeeded");
  const seam = new FailingSeam();
  // As benchmarks-link passes a failed download on.
  seam.previewAnswer = { ok: false, message: result.message, user: result.user };
  const controller = pane(tag, seam);
  await controller.refresh();
  expect(controller.current.status.kind).toBe("failed");
  return controller.current.status.text;
}

async function buildStatus(tag: string, error: unknown): Promise<string> {
  const seam = new FailingSeam();
  seam.buildError = error;
  const controller = pane(tag, seam);
  await controller.build();
  expect(controller.current.status.kind).toBe("failed");
  return controller.current.status.text;
}

describe("failures in the German pane", () => {
  it.each(REFRESH_CASES)("says a refresh that failed on %s in German", async (_what, options) => {
    const german = await refreshStatus("de-DE", options);
    expect(german).toMatch(
      /^Die Benchmarks wurden nicht aktualisiert; die Arbeitsmappe behält ihre bisherigen Daten\. /,
    );
    expect([german, ENGLISH.test(german)]).toEqual([german, false]);
    // The English pane still says it in English, from the same failure.
    expect(await refreshStatus("en-US", options)).toMatch(/^The benchmarks were not refreshed;.* The benchmark/);
  });

  it.each(BUILD_CASES)("says a build refused for %s in German", async (_what, failure) => {
    const error = failure();
    expect(error).toBeInstanceOf(UserFacingError);
    const german = await buildStatus("de-DE", error);
    expect(german).toMatch(/^Die Arbeitsmappe wurde nicht erstellt: /);
    expect([german, ENGLISH.test(german)]).toEqual([german, false]);
    expect(await buildStatus("en-US", error)).toBe(`The workbook was not built: ${(error as Error).message}`);
  });

  it("says the scenario's own problems in German inside a refused scenario set", async () => {
    const german = await buildStatus("de-DE", BUILD_CASES[2][1]());
    expect(german).toContain("„Long“ passt nicht neben „Short“");
    expect(german).toContain("Investitionsjahre");
  });

  it("says a build whose replacement of the old model failed part-way in German, with Excel's own words", async () => {
    const error = await renderFailure();
    expect(error).toBeInstanceOf(UserFacingError);
    const german = await buildStatus("de-DE", error);
    expect(german).toMatch(
      /^Die Arbeitsmappe wurde nicht erstellt: Das bisherige Modell wurde nur teilweise ersetzt \(/,
    );
    expect(german).toMatch(/erstellen Sie die Arbeitsmappe erneut, um es zu reparieren\.$/);
  });

  it("shows a failure without a key (Excel's own message, a fault) as it came", () => {
    expect(errorText(new Error("Die Arbeitsmappe ist schreibgeschützt."), testLocale("de-DE"))).toBe(
      "Die Arbeitsmappe ist schreibgeschützt.",
    );
  });
});

/** One set of parameters per key: the compiler requires every key here, so a new key gets a test. */
const SAMPLES: { readonly [K in UserMessageKey]: UserMessageParams[K] } = {
  duplicateScenarioName: { name: "Mine" },
  scenarioDoesNotFit: { name: "Long", built: "Short", problems: ["Capex years must be from 1 to 2 (years)."] },
  tooManyScenarios: { max: 8, given: 9 },
  scenarioInvalid: { problems: ["Capex total must be a number."] },
  modelReplaceFailed: { detail: "Excel-Fehler" },
  sheetIsUsers: { name: "Inputs" },
  refreshBadUrl: { address: "https://[nope" },
  refreshInsecureUrl: { address: "http://bench.example.com/b.json" },
  refreshInsecureRedirect: { host: "bench.example.com" },
  refreshHttp: { host: "bench.example.com", status: "503" },
  refreshContentType: { host: "bench.example.com", type: "text/html" },
  refreshTimeout: { host: "bench.example.com", seconds: 10 },
  refreshOversize: { host: "bench.example.com", kilobytes: 1024 },
  refreshOffline: { host: "bench.example.com" },
  refreshInvalidJson: { host: "bench.example.com" },
  refreshSchema: {
    host: "bench.example.com",
    problem: "figures[0].value: must be a finite number",
    where: "figures[0].value",
  },
  refreshFutureDate: { host: "bench.example.com", asOf: "2999-01-01" },
};

describe("the failures' texts", () => {
  const keys = Object.keys(SAMPLES).sort();

  it("exist for every key in both languages, and the pane's English is the errors' own", () => {
    expect(Object.keys(USER_MESSAGES_EN).sort()).toEqual(keys);
    expect(Object.keys(FAILURES_DE).sort()).toEqual(keys);
    expect(EN.failures).toBe(USER_MESSAGES_EN);
    expect(DE.failures).toBe(FAILURES_DE);
  });

  it.each(Object.keys(SAMPLES) as UserMessageKey[])("%s reads as a German sentence and an English one", (key) => {
    const say = (texts: typeof USER_MESSAGES_EN) => (texts[key] as (p: unknown) => string)(SAMPLES[key]);
    const [english, german] = [say(USER_MESSAGES_EN), say(FAILURES_DE)];
    expect(english).toMatch(/^[A-Z].*\.$/);
    expect(german).toMatch(/^[A-ZÄÖÜ].*[.)]$/);
    // The German of the scenario problems comes from the pane (error-text.ts), so the samples' English stays here.
    if (key !== "scenarioDoesNotFit" && key !== "scenarioInvalid") {
      expect([key, ENGLISH.test(german)]).toEqual([key, false]);
    }
    expect(german).not.toBe(english);
  });
});

import { localStorageCache, workbookSettingsStamp, type DatasetCache } from "../benchmarks/cache";
import { startBenchmarks } from "../benchmarks/office";
import { refreshBenchmarks } from "../benchmarks/refresh";
import { benchmarkStoreReady } from "../benchmarks/shared-store";
import { PRESET_IDS, presetScenario } from "../scenario/presets";
import { BenchmarkLink, type StartedBenchmarks } from "./benchmarks-link";
import { PaneController } from "./controller";
import { downloadSeam } from "./download-seam";
import { excelSeam } from "./excel-seam";
import { themeCss } from "./theme";
import { languageOf, loadMessages, makeLocale } from "./i18n";
import { scenarioAdapter } from "./scenario-adapter";
import css from "./taskpane.css";
import { mountView } from "./view";

function injectStyles(): void {
  const style = document.createElement("style");
  style.textContent = themeCss + css;
  document.head.append(style);
}

/**
 * The Office.js renderer needs ExcelApi 1.12 (worksheet custom properties) and the in-place benchmark refresh 1.13
 * (table.resize); 1.13 covers both. Asked once, at start: the answer does not change while the pane is open.
 */
function excelApiSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  } catch {
    // An Office too old to answer is too old for the renderer as well.
    return false;
  }
}

function userCache(): DatasetCache | undefined {
  try {
    return localStorageCache();
  } catch {
    // Storage can be blocked (strict privacy settings); the pane then works without a saved copy.
    return undefined;
  }
}

async function start(insideExcel: boolean): Promise<void> {
  const language = insideExcel ? Office.context.displayLanguage : navigator.language;
  const locale = makeLocale(language, await loadMessages(languageOf(language)));
  const cache = userCache();
  // Not awaited: the form works without the figures. The functions runtime may have started the benchmarks already;
  // either way the cache is read once.
  const started = benchmarkStoreReady.then((store): StartedBenchmarks => ({
    store,
    origin: startBenchmarks(store, cache),
  }));
  const stamp = insideExcel ? workbookSettingsStamp(Office.context.document.settings) : undefined;
  const benchmarks = new BenchmarkLink({ started, refresh: refreshBenchmarks, cache, stamp });
  const excelApiMissing = insideExcel && !excelApiSupported();
  // The workbook, the presets and the messages all speak the pane's language.
  const seam =
    insideExcel && !excelApiMissing
      ? excelSeam((batch) => Excel.run(batch), benchmarks, locale.language)
      : downloadSeam(benchmarks, locale.language);
  const presets = PRESET_IDS.map((id) => ({ id, scenario: presetScenario(id, locale.language) }));
  const controller = new PaneController(scenarioAdapter(presets, locale.language), seam, locale, undefined, {
    excelApiMissing,
  });
  const root = document.getElementById("app");
  if (!root) return;
  mountView(root, controller, insideExcel);
  void controller.loadDatasetInfo();
  root.setAttribute("data-ready", insideExcel ? "excel" : "browser");
}

injectStyles();
// office.js may be blocked or unreachable outside Office; the download page must still come up then.
if (typeof Office === "undefined") {
  void start(false);
} else {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel));
}

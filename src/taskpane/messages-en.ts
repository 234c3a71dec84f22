/** The pane's English text; loaded on its own, so that a user downloads only their language. */
import { FIELD_TEXT_EN } from "../scenario/field-text-en";
import { USER_MESSAGES_EN } from "../core/user-messages";
import { noChange, type Messages } from "./i18n";
import type { FigureCounts } from "./seam";

function countsEn(c: FigureCounts): string {
  if (noChange(c)) return "no figures added, changed or removed";
  return `${c.added} ${c.added === 1 ? "figure" : "figures"} added, ${c.changed} changed, ${c.removed} removed`;
}

const refreshedEn = (c: FigureCounts) =>
  `${noChange(c) ? "Benchmarks are up to date" : "Benchmarks refreshed"}: ${countsEn(c)}`;

export const EN: Messages = {
  title: "Cloud capex scenario",
  intro: "Set the inputs, check the live summary, then build the model into this workbook.",
  outsideTitle: "This add-in runs inside Excel",
  outsideBody:
    "You opened the task pane outside Excel. You can still set up a scenario here and download it as an Excel " +
    "workbook (.xlsx). To use the pane inside Excel, sideload the add-in:",
  sideloadSteps: [
    "Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in, then choose manifest.xml.",
    "Excel on Windows or Mac: put manifest.xml in a shared folder (Windows) or the wef folder (Mac), then Home › " +
      "Add-ins › Advanced › Shared folder.",
    "Then choose Home › Cloud Capex to open this pane.",
  ],
  manifestLink: "Download manifest.xml for this site",
  presetLabel: "Preset",
  editedSuffix: " (edited)",
  presetNames: { base: "Base case", bull: "Bull case", bear: "Bear case" },
  customPreset: "Custom (edited)",
  groups: { capex: "Capex plan", cloud: "Cloud business", timing: "Timing and target" },
  fields: FIELD_TEXT_EN.fields,
  units: FIELD_TEXT_EN.units,
  profiles: {
    even: "Even",
    front: "Front-loaded",
    back: "Back-loaded",
    scurve: "S-curve",
    custom: "Custom weights",
  },
  billions: (amount, currency) => `${currency} ${amount} bn`,
  summaryTitle: "Live summary",
  summaryInvalid: "Fix the highlighted inputs to see the summary.",
  totalCapex: "Total capex",
  paybackSimple: "Payback year (simple)",
  paybackDiscounted: "Payback year (discounted)",
  notWithinHorizon: "not within the horizon",
  nothingToPayBack: "nothing to pay back",
  requiredGrowthLabel: (year) => `Growth needed to pay back by ${year}`,
  requiredGrowthSentence: (needed, assumed) => `Needs ${needed} a year; the scenario assumes ${assumed}.`,
  requiredGrowthNone: (assumed) =>
    `No growth rate up to 1,000% a year pays back by then; the scenario assumes ${assumed}.`,
  requiredGrowthCustomPacing: "Not available with custom pacing weights.",
  requiredGrowthNoTarget: "Choose a target payback year after the first model year.",
  marginTroughLabel: "EBITA margin at its lowest",
  marginTrough: (margin, year, baseline) => `${margin} in ${year} (baseline ${baseline})`,
  noRevenue: "no revenue",
  marginRecoveryLabel: "EBITA margin back at the baseline",
  npvLabel: (rate) => `NPV at ${rate}`,
  irrLabel: "IRR",
  irrNoSignChange: "none: the cash flows never change sign",
  irrNoRateFound: "no rate found",
  insight: {
    title: "How sure is the answer",
    inputs: {
      growth: "growth",
      terminalGrowth: "long-run growth",
      baselineGrowth: "growth without the investment",
      margin: "cash margin",
      discountRate: "discount rate",
      capexTotal: "capex",
      baseRevenue: "base revenue",
    },
    driver: (name, move) => `${name} (±${move})`,
    drivers: (first, rest) => {
      if (rest.length === 0) return `NPV moves most with ${first}.`;
      const last = rest[rest.length - 1];
      const others = rest.length === 1 ? last : `${rest.slice(0, -1).join(", ")} and ${last}`;
      return `NPV moves most with ${first}, then ${others}.`;
    },
    risk: (year, share, trials) => `Paid back (discounted) by ${year} in ${share} of ${trials} trials.`,
    histogramCaption: "Risk trials: payback (discounted) year",
    histogramAlternative: (first, last, peak, peakCount, notPaidBack, trials) =>
      `Trials paying back (discounted) in each year from ${first} to ${last}: most in ${peak} (${peakCount} of ${trials}); ${notPaidBack} not within the horizon.`,
  },
  chart: {
    cashFlowCaption: "Cumulative discounted cash flow (RMB bn)",
    paybackMark: (year) => `Payback ${year}`,
    cashFlowAlternative: (first, last, lowest, end, payback) =>
      `Cumulative discounted cash flow from ${first} to ${last}: lowest ${lowest}, ${end} at the end; payback: ${payback}.`,
    growthCaption: "Growth a year: needed against assumed",
    needed: "Needed",
    assumed: "Assumed",
    growthAlternative: (needed, assumed) =>
      needed === null
        ? `The scenario assumes ${assumed} growth a year; there is no needed rate to compare it with.`
        : `Needed: ${needed} growth a year to pay back by the target year; assumed: ${assumed}.`,
  },

  saveButton: "Save scenario",
  addScenarioButton: "Add as scenario",
  addedScenariosTitle: "Scenarios the next build adds beside the presets",
  removeScenario: (name) => `Remove ${name}`,
  scenarioAdded: (name) =>
    `Added “${name}”: the next build puts it on Inputs as a scenario column, to compare on the Scenarios sheet.`,
  scenarioReplaced: (name) => `Updated “${name}” with the form's values for the next build.`,
  scenarioRemoved: (name) => `Removed “${name}” from the next build.`,
  scenariosFull: (max) => `At most ${max} scenarios can be added beside the presets; remove one first.`,
  loadButton: "Load scenario",
  saved: (fileName) => `Saved the scenario as ${fileName}.`,
  loaded: (fileName) => `Loaded the scenario from ${fileName}.`,
  loadFailed: (fileName) => `${fileName} was not loaded, and the form is unchanged, because:`,
  fileUnreadable: "The file could not be read as a scenario.",
  excelApiMissing:
    "This version of Excel lacks the features (ExcelApi 1.13) to build the model or refresh its table in place, so download the workbook instead.",
  buildButton: "Build workbook",
  downloadButton: "Download workbook (.xlsx)",
  refreshButton: "Refresh benchmarks",
  building: "Building the workbook…",
  refreshing: "Refreshing the benchmarks…",
  preparingDownload: "Making the workbook…",
  buildDone: (sheets) => `Done: wrote ${sheets} ${sheets === 1 ? "sheet" : "sheets"}.`,
  renamedNote: (pairs) =>
    `Your workbook already had sheets with these names, so the model's sheets were renamed: ${pairs}.`,
  renamedPair: (wanted, actual) => `“${wanted}” became “${actual}”`,
  namesRepointedNote: (names) => `Your names that pointed into the old model now point at the new sheets: ${names}.`,
  namesSkippedNote: (names) => `Your workbook already uses these names, so the model left them alone: ${names}.`,
  downloadDone: (fileName) => `Done: downloaded ${fileName}.`,
  buildFailed: (message) => `The workbook was not built: ${message}`,
  refreshDone: (counts) => `${refreshedEn(counts)}.`,
  refreshTableUpdated: (counts) => `${refreshedEn(counts)}, and the Benchmarks table was updated.`,
  refreshNoModel: (counts) => `${refreshedEn(counts)}; this workbook has no model yet, so build it to see the figures.`,
  refreshShapeChanged: (counts) =>
    `${refreshedEn(counts)}, but the Benchmarks table's columns were changed, so build the workbook again to update it.`,
  refreshTableFailed: (counts, untouched) =>
    `The data was refreshed for CAPEX.BENCHMARK (${countsEn(counts)}), but the Benchmarks table could not be updated ${
      untouched ? "and keeps its previous figures" : "and may be incomplete, so build the workbook again"
    }.`,
  refreshFailed: (message) => `The benchmarks were not refreshed; the workbook keeps the data it had. ${message}`,
  refreshReview: (counts) =>
    `The refreshed benchmarks would change the data: ${countsEn(counts)}. Check the changes below, then apply them or keep the current data.`,
  refreshUpToDate: "Benchmarks are up to date: no figures added, changed or removed.",
  refreshKept: "Kept the current benchmarks; nothing was changed.",
  previewTitle: "Changes from the refresh",
  previewFromTo: (from, fromAsOf, to, toAsOf) => `From dataset ${from} (as of ${fromAsOf}) to ${to} (as of ${toAsOf}).`,
  previewAdded: (period, value) => `added ${period}: ${value}`,
  previewChanged: (period, oldValue, newValue) => `changed ${period}: ${oldValue} → ${newValue}`,
  previewRemoved: (period, value) => `removed ${period}: ${value}`,
  applyButton: "Apply these changes",
  keepButton: "Keep current",
  fixErrorsFirst: (count) => `Fix ${count === 1 ? "the input" : `the ${count} inputs`} marked in red first.`,
  datasetTitle: "Benchmark data",
  asOf: "As of",
  source: "Source",
  lastBuild: "Last build",
  origins: {
    bundled: "shipped with the add-in",
    cache: "your last refresh (saved copy)",
    refreshed: "refreshed from",
    workbook: "as recorded in this workbook",
  },
  never: "not yet",
  unknown: "unknown",
  loading: "loading…",
  datasetUnavailable: "The benchmark data could not be loaded, so workbooks are built without it.",
  failures: USER_MESSAGES_EN,
  errors: {
    required: "Enter a number.",
    nameRequired: "Enter a name.",
    nameTooLong: (max) => `Use at most ${max} characters.`,
    notNumber: "Enter a number, for example 12.5.",
    wholeNumber: "Enter a whole number.",
    between: (min, max) => `Enter a value from ${min} to ${max}.`,
    atLeast: (min) => `Enter ${min} or more.`,
    above: (min) => `Enter a value above ${min}.`,
    atMost: (max) => `Enter ${max} or less.`,
    notAfter: (field) => `Must not be more than ${field}.`,
    after: (field) => `Must be later than ${field}.`,
    weightsCount: (count) => `Enter ${count} ${count === 1 ? "weight" : "weights"}, one per capex year.`,
    weightsNegative: "Weights must not be negative.",
    weightsSum: "At least one weight must be above 0.",
    weightsNotNumber: "Enter numbers separated by commas, for example 1, 2, 1.",
  },
};

import type { FigureCounts } from "./seam";

/**
 * The pane's two languages. Office picks the language (its display language), not the browser, so that the pane
 * speaks the same language as the Excel around it; outside Office the browser's language stands in.
 */
export type Language = "en" | "de";

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

export function makeLocale(tag: string | undefined | null): Locale {
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
  return { language, tag: formattingTag, text: MESSAGES[language] };
}

export interface Messages {
  readonly title: string;
  readonly intro: string;
  readonly outsideTitle: string;
  readonly outsideBody: string;
  readonly sideloadSteps: readonly string[];
  readonly manifestLink: string;
  readonly presetLabel: string;
  readonly nameLabel: string;
  readonly nameHelp: string;
  readonly editedSuffix: string;
  readonly presetNames: Readonly<Record<string, string>>;
  readonly customPreset: string;
  readonly groups: { readonly capex: string; readonly cloud: string; readonly timing: string };
  readonly fields: Readonly<Record<string, { readonly label: string; readonly help?: string }>>;
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
  readonly buildButton: string;
  readonly downloadButton: string;
  readonly refreshButton: string;
  readonly building: string;
  readonly refreshing: string;
  readonly preparingDownload: string;
  readonly buildDone: (sheets: number) => string;
  readonly renamedNote: (pairs: string) => string;
  readonly renamedPair: (wanted: string, actual: string) => string;
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
  };
}

const noChange = (c: FigureCounts) => c.added + c.changed + c.removed === 0;

function countsEn(c: FigureCounts): string {
  if (noChange(c)) return "no figures added, changed or removed";
  return `${c.added} ${c.added === 1 ? "figure" : "figures"} added, ${c.changed} changed, ${c.removed} removed`;
}

const refreshedEn = (c: FigureCounts) =>
  `${noChange(c) ? "Benchmarks are up to date" : "Benchmarks refreshed"}: ${countsEn(c)}`;

function countsDe(c: FigureCounts): string {
  if (noChange(c)) return "kein Wert hinzugefügt, geändert oder entfernt";
  return `${c.added} ${c.added === 1 ? "Wert" : "Werte"} hinzugefügt, ${c.changed} geändert, ${c.removed} entfernt`;
}

const refreshedDe = (c: FigureCounts) =>
  `${noChange(c) ? "Die Benchmarks sind aktuell" : "Benchmarks aktualisiert"}: ${countsDe(c)}`;

const EN: Messages = {
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
  nameLabel: "Scenario name",
  nameHelp: "Shown on the workbook's cover.",
  editedSuffix: " (edited)",
  presetNames: { base: "Base case", bull: "Bull case", bear: "Bear case" },
  customPreset: "Custom (edited)",
  groups: { capex: "Capex plan", cloud: "Cloud business", timing: "Timing and target" },
  fields: {
    capexTotal: { label: "Total capex" },
    capexYears: { label: "Capex years", help: "Years over which the budget is spent." },
    profile: { label: "Pacing profile" },
    fx: { label: "Exchange rate", help: "Used to show RMB amounts in USD." },
    baseRevenue: { label: "Base-year cloud revenue", help: "Revenue of the year before the first model year." },
    growth: { label: "Growth with the investment", help: "Growth in the first model year." },
    terminalGrowth: { label: "Terminal growth", help: "The growth fades linearly to this rate by the last year." },
    baselineGrowth: { label: "Growth without the investment" },
    margin: { label: "Cash margin on extra revenue" },
    discountRate: { label: "Discount rate" },
    firstYear: { label: "First model year" },
    horizon: { label: "Horizon" },
    targetPaybackYear: { label: "Target payback year" },
  },
  units: {
    rmbBn: "RMB bn",
    years: "years",
    year: "year",
    percentPerYear: "% a year",
    percent: "%",
    cnyPerUsd: "CNY per USD",
    profile: "shape",
  },
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
  },
};

const DE: Messages = {
  title: "Cloud-Capex-Szenario",
  intro: "Eingaben festlegen, die Live-Übersicht prüfen und dann das Modell in diese Arbeitsmappe schreiben.",
  outsideTitle: "Dieses Add-In läuft in Excel",
  outsideBody:
    "Sie haben den Aufgabenbereich außerhalb von Excel geöffnet. Sie können hier trotzdem ein Szenario festlegen und " +
    "es als Excel-Arbeitsmappe (.xlsx) herunterladen. Um den Aufgabenbereich in Excel zu nutzen, laden Sie das " +
    "Add-In quer (Sideloading):",
  sideloadSteps: [
    "Excel im Web: Start › Add-Ins › Weitere Add-Ins › Meine Add-Ins › Mein Add-In hochladen, dann manifest.xml wählen.",
    "Excel unter Windows oder Mac: manifest.xml in einen freigegebenen Ordner (Windows) bzw. den wef-Ordner (Mac) " +
      "legen, dann Start › Add-Ins › Erweitert › Freigegebener Ordner.",
    "Danach Start › Cloud Capex wählen, um diesen Aufgabenbereich zu öffnen.",
  ],
  manifestLink: "manifest.xml für diese Website herunterladen",
  presetLabel: "Vorlage",
  nameLabel: "Name des Szenarios",
  nameHelp: "Erscheint auf dem Deckblatt der Arbeitsmappe.",
  editedSuffix: " (geändert)",
  presetNames: { base: "Basisfall", bull: "Optimistischer Fall", bear: "Pessimistischer Fall" },
  customPreset: "Benutzerdefiniert (geändert)",
  groups: { capex: "Investitionsplan", cloud: "Cloud-Geschäft", timing: "Zeitraum und Ziel" },
  fields: {
    capexTotal: { label: "Investitionssumme" },
    capexYears: { label: "Investitionsjahre", help: "Jahre, über die das Budget ausgegeben wird." },
    profile: { label: "Verteilungsprofil" },
    fx: { label: "Wechselkurs", help: "Zur Anzeige von RMB-Beträgen in USD." },
    baseRevenue: { label: "Cloud-Umsatz im Basisjahr", help: "Umsatz des Jahres vor dem ersten Modelljahr." },
    growth: { label: "Wachstum mit der Investition", help: "Wachstum im ersten Modelljahr." },
    terminalGrowth: {
      label: "Langfristiges Wachstum",
      help: "Das Wachstum sinkt linear bis zum letzten Jahr auf diese Rate.",
    },
    baselineGrowth: { label: "Wachstum ohne die Investition" },
    margin: { label: "Cash-Marge auf Mehrumsatz" },
    discountRate: { label: "Diskontierungssatz" },
    firstYear: { label: "Erstes Modelljahr" },
    horizon: { label: "Horizont" },
    targetPaybackYear: { label: "Ziel-Amortisationsjahr" },
  },
  units: {
    rmbBn: "Mrd. RMB",
    years: "Jahre",
    year: "Jahr",
    percentPerYear: "% pro Jahr",
    percent: "%",
    cnyPerUsd: "CNY je USD",
    profile: "Form",
  },
  profiles: {
    even: "Gleichmäßig",
    front: "Früh betont",
    back: "Spät betont",
    scurve: "S-Kurve",
    custom: "Eigene Gewichte",
  },
  billions: (amount, currency) => `${amount} Mrd. ${currency}`,
  summaryTitle: "Live-Übersicht",
  summaryInvalid: "Korrigieren Sie die markierten Eingaben, um die Übersicht zu sehen.",
  totalCapex: "Investitionssumme",
  paybackSimple: "Amortisationsjahr (einfach)",
  paybackDiscounted: "Amortisationsjahr (diskontiert)",
  notWithinHorizon: "nicht innerhalb des Horizonts",
  nothingToPayBack: "nichts zu amortisieren",
  requiredGrowthLabel: (year) => `Nötiges Wachstum für Amortisation bis ${year}`,
  requiredGrowthSentence: (needed, assumed) => `Erfordert ${needed} pro Jahr; das Szenario nimmt ${assumed} an.`,
  requiredGrowthNone: (assumed) =>
    `Kein Wachstum bis 1.000 % pro Jahr amortisiert bis dahin; das Szenario nimmt ${assumed} an.`,
  requiredGrowthCustomPacing: "Mit eigenen Verteilungsgewichten nicht verfügbar.",
  requiredGrowthNoTarget: "Wählen Sie ein Ziel-Amortisationsjahr nach dem ersten Modelljahr.",
  buildButton: "Arbeitsmappe erstellen",
  downloadButton: "Arbeitsmappe herunterladen (.xlsx)",
  refreshButton: "Benchmarks aktualisieren",
  building: "Die Arbeitsmappe wird erstellt …",
  refreshing: "Die Benchmarks werden aktualisiert …",
  preparingDownload: "Die Arbeitsmappe wird erzeugt …",
  buildDone: (sheets) => `Fertig: ${sheets} ${sheets === 1 ? "Blatt" : "Blätter"} geschrieben.`,
  renamedNote: (pairs) =>
    `Ihre Arbeitsmappe hatte bereits Blätter mit diesen Namen, daher wurden die Blätter des Modells umbenannt: ${pairs}.`,
  renamedPair: (wanted, actual) => `„${wanted}“ wurde zu „${actual}“`,
  downloadDone: (fileName) => `Fertig: ${fileName} heruntergeladen.`,
  buildFailed: (message) => `Die Arbeitsmappe wurde nicht erstellt: ${message}`,
  refreshDone: (counts) => `${refreshedDe(counts)}.`,
  refreshTableUpdated: (counts) => `${refreshedDe(counts)}, und die Benchmark-Tabelle wurde aktualisiert.`,
  refreshNoModel: (counts) =>
    `${refreshedDe(counts)}; diese Arbeitsmappe hat noch kein Modell, erstellen Sie es, um die Werte zu sehen.`,
  refreshShapeChanged: (counts) =>
    `${refreshedDe(counts)}, aber die Spalten der Benchmark-Tabelle wurden geändert, erstellen Sie die Arbeitsmappe daher neu, um sie zu aktualisieren.`,
  refreshTableFailed: (counts, untouched) =>
    `Die Daten für CAPEX.BENCHMARK wurden aktualisiert (${countsDe(counts)}), aber die Benchmark-Tabelle konnte nicht aktualisiert werden ${
      untouched
        ? "und behält ihre bisherigen Werte"
        : "und ist womöglich unvollständig, erstellen Sie die Arbeitsmappe daher neu"
    }.`,
  refreshFailed: (message) =>
    `Die Benchmarks wurden nicht aktualisiert; die Arbeitsmappe behält ihre bisherigen Daten. ${message}`,
  fixErrorsFirst: (count) =>
    count === 1
      ? "Korrigieren Sie zuerst die rot markierte Eingabe."
      : `Korrigieren Sie zuerst die ${count} rot markierten Eingaben.`,
  datasetTitle: "Benchmark-Daten",
  asOf: "Stand",
  source: "Quelle",
  lastBuild: "Zuletzt erstellt",
  origins: {
    bundled: "mit dem Add-In ausgeliefert",
    cache: "Ihre letzte Aktualisierung (gespeicherte Kopie)",
    refreshed: "aktualisiert von",
    workbook: "wie in dieser Arbeitsmappe vermerkt",
  },
  never: "noch nicht",
  unknown: "unbekannt",
  errors: {
    required: "Geben Sie eine Zahl ein.",
    nameRequired: "Geben Sie einen Namen ein.",
    nameTooLong: (max) => `Verwenden Sie höchstens ${max} Zeichen.`,
    notNumber: "Geben Sie eine Zahl ein, zum Beispiel 12,5.",
    wholeNumber: "Geben Sie eine ganze Zahl ein.",
    between: (min, max) => `Geben Sie einen Wert von ${min} bis ${max} ein.`,
    atLeast: (min) => `Geben Sie ${min} oder mehr ein.`,
    above: (min) => `Geben Sie einen Wert über ${min} ein.`,
    atMost: (max) => `Geben Sie ${max} oder weniger ein.`,
    notAfter: (field) => `Darf nicht größer sein als: ${field}.`,
    after: (field) => `Muss nach diesem Wert liegen: ${field}.`,
  },
};

const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, de: DE };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

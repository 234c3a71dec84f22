/** The pane's German text; loaded on its own, so that a user downloads only their language. */
import { FIELD_TEXT_DE } from "../scenario/field-text-de";
import { FAILURES_DE } from "./failures-de";
import { noChange, type Messages } from "./i18n";
import type { FigureCounts } from "./seam";

function countsDe(c: FigureCounts): string {
  if (noChange(c)) return "kein Wert hinzugefügt, geändert oder entfernt";
  return `${c.added} ${c.added === 1 ? "Wert" : "Werte"} hinzugefügt, ${c.changed} geändert, ${c.removed} entfernt`;
}

const refreshedDe = (c: FigureCounts) =>
  `${noChange(c) ? "Die Benchmarks sind aktuell" : "Benchmarks aktualisiert"}: ${countsDe(c)}`;

export const DE: Messages = {
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
  editedSuffix: " (geändert)",
  presetNames: { base: "Basisfall", bull: "Optimistischer Fall", bear: "Pessimistischer Fall" },
  customPreset: "Benutzerdefiniert (geändert)",
  groups: { capex: "Investitionsplan", cloud: "Cloud-Geschäft", timing: "Zeitraum und Ziel" },
  fields: FIELD_TEXT_DE.fields,
  units: FIELD_TEXT_DE.units,
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
  insight: {
    title: "Wie sicher ist die Antwort",
    inputs: {
      growth: "dem Wachstum",
      terminalGrowth: "dem langfristigen Wachstum",
      baselineGrowth: "dem Wachstum ohne die Investition",
      margin: "der Cash-Marge",
      discountRate: "dem Diskontsatz",
      capexTotal: "dem Capex",
      baseRevenue: "dem Umsatz im Basisjahr",
    },
    driver: (name, move) => `${name} (±${move})`,
    drivers: (first, rest) => {
      if (rest.length === 0) return `Der Kapitalwert bewegt sich am stärksten mit ${first}.`;
      const last = rest[rest.length - 1];
      const others = rest.length === 1 ? last : `${rest.slice(0, -1).join(", ")} und ${last}`;
      return `Der Kapitalwert bewegt sich am stärksten mit ${first}, dann mit ${others}.`;
    },
    risk: (year, share, trials) => `Amortisiert (diskontiert) bis ${year} in ${share} von ${trials} Durchläufen.`,
    histogramCaption: "Risiko-Durchläufe: Jahr der Amortisation (diskontiert)",
    histogramAlternative: (first, last, peak, peakCount, notPaidBack, trials) =>
      `Durchläufe mit Amortisation (diskontiert) je Jahr von ${first} bis ${last}: die meisten ${peak} (${peakCount} von ${trials}); ${notPaidBack} nicht innerhalb des Horizonts.`,
  },
  chart: {
    cashFlowCaption: "Kumulierter diskontierter Cashflow (Mrd. RMB)",
    paybackMark: (year) => `Amortisation ${year}`,
    cashFlowAlternative: (first, last, lowest, end, payback) =>
      `Kumulierter diskontierter Cashflow von ${first} bis ${last}: Tiefstwert ${lowest}, am Ende ${end}; Amortisation: ${payback}.`,
    growthCaption: "Wachstum pro Jahr: nötig und angenommen",
    needed: "Nötig",
    assumed: "Angenommen",
    growthAlternative: (needed, assumed) =>
      needed === null
        ? `Das Szenario nimmt ${assumed} Wachstum pro Jahr an; es gibt keine nötige Rate zum Vergleich.`
        : `Nötig: ${needed} Wachstum pro Jahr für die Amortisation bis zum Zieljahr; angenommen: ${assumed}.`,
  },
  requiredGrowthNoTarget: "Wählen Sie ein Ziel-Amortisationsjahr nach dem ersten Modelljahr.",
  marginTroughLabel: "Tiefste EBITA-Marge",
  marginTrough: (margin, year, baseline) => `${margin} im Jahr ${year} (ohne Investition ${baseline})`,
  noRevenue: "kein Umsatz",
  marginRecoveryLabel: "EBITA-Marge wieder auf dem Ausgangsniveau",
  npvLabel: (rate) => `Kapitalwert bei ${rate}`,
  irrLabel: "Interner Zinsfuß",
  irrNoSignChange: "keiner: die Cashflows wechseln nie das Vorzeichen",
  irrNoRateFound: "kein Zinssatz gefunden",
  saveButton: "Szenario speichern",
  addScenarioButton: "Als Szenario hinzufügen",
  addedScenariosTitle: "Szenarien, die der nächste Aufbau neben den Vorlagen hinzufügt",
  removeScenario: (name) => `${name} entfernen`,
  scenarioAdded: (name) =>
    `„${name}“ hinzugefügt: Der nächste Aufbau setzt es als Szenariospalte auf das Blatt Eingaben, zum Vergleich auf dem Blatt Szenarien.`,
  scenarioReplaced: (name) => `„${name}“ für den nächsten Aufbau mit den Werten des Formulars aktualisiert.`,
  scenarioRemoved: (name) => `„${name}“ aus dem nächsten Aufbau entfernt.`,
  scenariosFull: (max) =>
    `Neben den Vorlagen lassen sich höchstens ${max} Szenarien hinzufügen; zuerst eines entfernen.`,
  loadButton: "Szenario laden",
  saved: (fileName) => `Das Szenario wurde als ${fileName} gespeichert.`,
  loaded: (fileName) => `Das Szenario aus ${fileName} wurde geladen.`,
  loadFailed: (fileName) => `${fileName} wurde nicht geladen, das Formular ist unverändert, denn:`,
  fileUnreadable: "Die Datei ließ sich nicht als Szenario lesen.",
  excelApiMissing:
    "Dieser Excel-Version fehlen die Funktionen (ExcelApi 1.13), um das Modell zu erstellen oder seine Tabelle zu aktualisieren, laden Sie die Arbeitsmappe daher herunter.",
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
  namesRepointedNote: (names) =>
    `Ihre Namen, die auf das alte Modell zeigten, zeigen jetzt auf die neuen Blätter: ${names}.`,
  namesSkippedNote: (names) =>
    `Ihre Arbeitsmappe verwendet diese Namen bereits, daher hat das Modell sie nicht verändert: ${names}.`,
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
  refreshReview: (counts) =>
    `Die aktualisierten Benchmarks würden die Daten ändern: ${countsDe(counts)}. Prüfen Sie die Änderungen unten und übernehmen Sie sie oder behalten Sie die bisherigen Daten.`,
  refreshUpToDate: "Die Benchmarks sind aktuell: kein Wert hinzugefügt, geändert oder entfernt.",
  refreshKept: "Die bisherigen Benchmarks wurden beibehalten; nichts wurde geändert.",
  previewTitle: "Änderungen durch die Aktualisierung",
  previewFromTo: (from, fromAsOf, to, toAsOf) =>
    `Von Datensatz ${from} (Stand ${fromAsOf}) zu ${to} (Stand ${toAsOf}).`,
  previewAdded: (period, value) => `hinzugefügt ${period}: ${value}`,
  previewChanged: (period, oldValue, newValue) => `geändert ${period}: ${oldValue} → ${newValue}`,
  previewRemoved: (period, value) => `entfernt ${period}: ${value}`,
  applyButton: "Änderungen übernehmen",
  keepButton: "Bisherige behalten",
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
  loading: "wird geladen…",
  datasetUnavailable: "Die Benchmark-Daten konnten nicht geladen werden, daher werden Arbeitsmappen ohne sie erstellt.",
  failures: FAILURES_DE,
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
    weightsCount: (count) =>
      `Geben Sie ${count} ${count === 1 ? "Gewicht" : "Gewichte"} ein, eines je Investitionsjahr.`,
    weightsNegative: "Gewichte dürfen nicht negativ sein.",
    weightsSum: "Mindestens ein Gewicht muss über 0 liegen.",
    weightsNotNumber: "Geben Sie Zahlen ein, durch Semikolon getrennt, zum Beispiel 1; 2,5; 1.",
  },
};

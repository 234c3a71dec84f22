import type { UserMessageTexts } from "../core/user-messages";

/**
 * The German of the failures the benchmarks, the scenario set and the workbook report as keys
 * (src/core/user-messages.ts, which holds the English). The compiler holds this table to every key; scenario
 * problems arrive already German (error-text.ts translates them first).
 */

const seconds = (n: number): string => String(n).replace(".", ",");

export const FAILURES_DE: UserMessageTexts = {
  duplicateScenarioName: (p) => `Zwei Szenarien heißen „${p.name}“; geben Sie jedem einen eigenen Namen.`,
  scenarioDoesNotFit: (p) =>
    `Das Szenario „${p.name}“ passt nicht neben „${p.built}“ (gleiche Zeitachse und Durchläufe): ${p.problems.join(" ")}`,
  tooManyScenarios: (p) =>
    `Eine Arbeitsmappe enthält höchstens ${p.max} Szenarien nebeneinander; angegeben wurden ${p.given}.`,
  scenarioInvalid: (p) => `Das Szenario lässt sich nicht modellieren: ${p.problems.join(" ")}`,
  modelReplaceFailed: (p) =>
    `Das bisherige Modell wurde nur teilweise ersetzt (${p.detail}); erstellen Sie die Arbeitsmappe erneut, um es ` +
    "zu reparieren.",
  sheetIsUsers: (p) => `Das Blatt „${p.name}“ gehört Ihnen, nicht dem Modell.`,
  refreshBadUrl: (p) => `Die Benchmark-Adresse „${p.address}“ ist keine gültige Webadresse.`,
  refreshInsecureUrl: (p) => `Die Benchmark-Adresse ${p.address} wurde abgelehnt, weil nur https erlaubt ist.`,
  refreshInsecureRedirect: (p) =>
    `Der Benchmark-Server ${p.host} hat auf eine Adresse ohne https umgeleitet; der Download wurde abgelehnt.`,
  refreshHttp: (p) => `Der Benchmark-Server ${p.host} hat mit HTTP ${p.status} geantwortet.`,
  refreshContentType: (p) =>
    `Der Benchmark-Server ${p.host} hat ${p.type === null ? "keinen Inhaltstyp" : `„${p.type}“`} statt ` +
    "application/json gesendet.",
  refreshTimeout: (p) =>
    `Der Download der Benchmarks von ${p.host} wurde nach ${seconds(p.seconds)} Sekunden ohne vollständige Antwort ` +
    "abgebrochen.",
  refreshOversize: (p) => `Die Benchmark-Daten von ${p.host} sind größer als die Grenze von ${p.kilobytes} KB.`,
  refreshOffline: (p) =>
    `Die Benchmark-Daten konnten nicht von ${p.host} geladen werden, weil das Netzwerk nicht verfügbar ist oder der ` +
    "Server nicht geantwortet hat.",
  refreshInvalidJson: (p) => `Die Benchmark-Daten von ${p.host} sind kein gültiges JSON.`,
  // The schema's rules are worded in English only; the German names where the first problem is.
  refreshSchema: (p) =>
    `Die Benchmark-Daten von ${p.host} entsprechen nicht dem Datensatzformat` +
    (p.where ? ` (erstes Problem bei ${p.where}).` : "."),
  refreshFutureDate: (p) =>
    `Die Benchmark-Daten von ${p.host} tragen das Datum ${p.asOf}, das in der Zukunft liegt; sie wurden abgelehnt.`,
};

import type { TemplateEntry } from "../translator";

/**
 * German for the Benchmarks sheet, its table's headers and the dataset lines on the Cover and the Dashboard. The
 * table's rows, a dataset's title, notes and publishers are the dataset's words and stay as it wrote them.
 */
export const DE_BENCHMARKS: Readonly<Record<string, string>> = {
  "Benchmarks: competitors' published figures": "Vergleichswerte: veröffentlichte Zahlen der Wettbewerber",
  "Metrics looked up in the table": "In der Tabelle nachgeschlagene Kennzahlen",
  "Capex by year, USD bn: the plan beside competitors (actual where reported, else guidance), on the model's years":
    "Investitionen je Jahr, Mrd. USD: der Plan neben den Wettbewerbern (Ist-Werte, wo berichtet, sonst Prognose), " +
    "in den Modelljahren",
  "Fiscal years count in the calendar year they end; see the table's Period.":
    "Geschäftsjahre zählen im Kalenderjahr, in dem sie enden; siehe die Periode in der Tabelle.",

  // The quarterly timeline
  "Cloud revenue by calendar quarter, each in its reporting currency":
    "Cloud-Umsatz nach Kalenderquartal, jeweils in der Berichtswährung",
  "Cloud revenue growth, year on year, by calendar quarter":
    "Wachstum des Cloud-Umsatzes gegenüber dem Vorjahresquartal, nach Kalenderquartal",
  "Cloud operating income by calendar quarter": "Operatives Ergebnis der Cloud nach Kalenderquartal",
  "Capex by calendar quarter": "Investitionen nach Kalenderquartal",
  "Market share worldwide (Synergy), by calendar quarter": "Marktanteil weltweit (Synergy), nach Kalenderquartal",
  "Market share in mainland China (Canalys/Omdia), by calendar quarter":
    "Marktanteil in Festlandchina (Canalys/Omdia), nach Kalenderquartal",

  // The annual timeline
  "Cloud revenue by calendar year (fiscal years in the year they end)":
    "Cloud-Umsatz nach Kalenderjahr (Geschäftsjahre im Jahr, in dem sie enden)",
  "Cloud operating income by calendar year": "Operatives Ergebnis der Cloud nach Kalenderjahr",
  "Capex by calendar year (reported)": "Investitionen nach Kalenderjahr (berichtet)",

  // The table: its headers are the columns' defined names' words too (a refresh recognises them in either language)
  "All figures in the dataset, with their sources (each value above is looked up here)":
    "Alle Zahlen des Datensatzes mit ihren Quellen (jeder Wert oben wird hier nachgeschlagen)",
  unit: "Einheit",
  Provider: "Anbieter",
  Metric: "Kennzahl",
  Period: "Periode",
  "Calendar period": "Kalenderperiode",
  Currency: "Währung",
  "Source URL": "Quellen-URL",
  Publisher: "Herausgeber",
  Filing: "Einreichung",
  Published: "Veröffentlicht",
  Derived: "Abgeleitet",
  Uncertain: "Unsicher",
  Note: "Anmerkung",
  Key: "Schlüssel",

  // The Dashboard's chart of the quarterly growth (its series are the providers' names, from the dataset)
  "Cloud revenue growth by quarter, year on year, by provider":
    "Wachstum des Cloud-Umsatzes je Quartal gegenüber dem Vorjahresquartal, nach Anbieter",
};

/** The dataset's version, date and title ({2}, the dataset's own words, stays). */
export const DE_BENCHMARKS_TEMPLATES: readonly TemplateEntry[] = [
  {
    en: "Benchmarks: dataset {0} as of {1} ('{2}'), the version this workbook was built with.",
    translated:
      "Vergleichswerte: Datensatz {0}, Stand {1} ('{2}'), die Version, mit der diese Arbeitsmappe erstellt wurde.",
  },
  {
    en: "{0}, as of {1} (version {2}). Refresh from the task pane.",
    translated: "{0}, Stand {1} (Version {2}). Aktualisierung über den Aufgabenbereich.",
  },
  {
    en: 'The "{0}" column of the BenchmarkFigures table; a refresh points it at the new rows.',
    translated:
      'Die Spalte "{0}" der Tabelle BenchmarkFigures; eine Aktualisierung richtet den Namen auf die neuen Zeilen aus.',
  },
];

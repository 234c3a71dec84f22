import type { TemplateEntry } from "../translator";

/**
 * German for the sentences the sheets build around a figure or a name. "{n}" is the part that varies; a part the
 * catalog knows ("not available with custom pacing weights") is translated, any other (a figure, a sheet's or the
 * scenario's name) is kept.
 */
export const DE_TEMPLATES: readonly TemplateEntry[] = [
  { en: "Cloud capex model: {0}", translated: "Cloud-Investitionsmodell: {0}" },
  { en: "Built from scenario: {0}", translated: "Erstellt aus Szenario: {0}" },
  // The Risk sheet's trials table: {0} is a number
  { en: "Trial {0}", translated: "Durchlauf {0}" },
  { en: "Year {0}", translated: "Jahr {0}" },

  // Cover: {0} is a sheet's name
  {
    en: "1. Change assumptions only on the '{0}' sheet (blue on yellow cells).",
    translated: "1. Annahmen nur auf dem Blatt '{0}' ändern (blaue Schrift auf gelbem Grund).",
  },
  {
    en:
      "The charts on the '{0}' sheet and the calculation sheets are the workbook's own: they read its cells and " +
      "follow the inputs, with or without the add-in.",
    translated:
      "Die Diagramme auf dem Blatt '{0}' und den Rechenblättern gehören zur Arbeitsmappe: Sie lesen ihre Zellen " +
      "und folgen den Annahmen, mit oder ohne Add-in.",
  },
  {
    en: "{0}: every assumption, with its unit and source (the only sheet to edit).",
    translated: "{0}: alle Annahmen mit Einheit und Quelle (das einzige Blatt zum Bearbeiten).",
  },
  {
    en: "{0}: how the capex total is paced over the capex years.",
    translated: "{0}: wie sich die Investitionssumme auf die Investitionsjahre verteilt.",
  },
  {
    en: "{0}: cloud revenue with and without the investment.",
    translated: "{0}: Cloud-Umsatz mit und ohne die Investition.",
  },
  {
    en: "{0}: incremental cash flow, simple and discounted payback, NPV and IRR.",
    translated: "{0}: zusätzlicher Cashflow, einfache und diskontierte Amortisation, Kapitalwert und interner Zinsfuß.",
  },
  {
    en: "{0}: depreciation by asset class, EBITA and its margin against the baseline.",
    translated: "{0}: Abschreibungen nach Anlageklassen, EBITA und EBITA-Marge im Vergleich zur Basis.",
  },
  {
    en: "{0}: growth needed for the target payback, and a grid of outcomes.",
    translated: "{0}: nötiges Wachstum für das Amortisationsziel und ein Raster der Ergebnisse.",
  },
  {
    en: "{0}: competitors' published capex and cloud figures.",
    translated: "{0}: veröffentlichte Investitions- und Cloud-Zahlen der Wettbewerber.",
  },
  {
    en: "{0}: self-checks; the master check is shown in row 2 of every sheet.",
    translated: "{0}: Selbstprüfungen; die Gesamtprüfung steht in Zeile 2 jedes Blatts.",
  },
  {
    en: "{0}: charts of capex, revenue and cumulative cash flow.",
    translated: "{0}: Diagramme zu Investitionen, Umsatz und kumuliertem Cashflow.",
  },

  // Inputs: {0} is the largest horizon, or the list of pacing profiles
  {
    en:
      "1 to {0}. Sets the number of timeline columns when the workbook is built: to change it, change it in the " +
      "task pane and rebuild (the Checks sheet flags a mismatch).",
    translated:
      "1 bis {0}. Legt beim Erstellen der Arbeitsmappe die Zahl der Spalten der Zeitachse fest: zum Ändern im " +
      "Aufgabenbereich ändern und neu erstellen (das Blatt Prüfungen meldet eine Abweichung).",
  },
  {
    en: 'One of {0}; "custom" uses the weights at the foot of this sheet.',
    translated: 'Eines von {0}; "custom" verwendet die Gewichte am Ende dieses Blatts.',
  },

  // Sensitivity: the required growth in words (the formula's literals are translated to match, word for word). The
  // rates and years arrive already German ("12,5 %", "3,0"): the plan writes them in its language (number-text.ts).
  {
    en: "Needs {0} a year to pay back (discounted) within {1} years; the scenario assumes {2}, fading to {3}.",
    translated:
      "Nötig sind {0} pro Jahr für die Amortisation (diskontiert) innerhalb von {1} Jahren; " +
      "das Szenario unterstellt {2}, abnehmend auf {3}.",
  },
  {
    en: "Required growth: {0}; the scenario assumes {1}, fading to {2}.",
    translated: "Nötiges Wachstum: {0}; das Szenario unterstellt {1}, abnehmend auf {2}.",
  },
  { en: "Initial growth, {0} steps", translated: "Anfangswachstum, {0} Schritte" },
  { en: "Revenue with the investment, grid row {0}", translated: "Umsatz mit der Investition, Rasterzeile {0}" },
  { en: "Incremental revenue, grid row {0}", translated: "Mehrumsatz, Rasterzeile {0}" },
  {
    en: "Cumulative cash flow, grid row {0}, column {1}",
    translated: "Kumulierter Cashflow, Rasterzeile {0}, Spalte {1}",
  },
  {
    en: "Cumulative discounted cash flow, grid row {0}, column {1}",
    translated: "Kumulierter diskontierter Cashflow, Rasterzeile {0}, Spalte {1}",
  },
  {
    en: "Payback year in its year, simple, grid row {0}, column {1}",
    translated: "Amortisationsjahr im Jahr der Amortisation, einfach, Rasterzeile {0}, Spalte {1}",
  },
  {
    en: "Payback year in its year, discounted, grid row {0}, column {1}",
    translated: "Amortisationsjahr im Jahr der Amortisation, diskontiert, Rasterzeile {0}, Spalte {1}",
  },
  {
    en:
      "CAPEX.REQUIREDGROWTH's definition (model.md): constant g, discounted, over ⌈T⌉ + 1 years; {0} bisection " +
      "steps, within 1e-9 of the function, which bisects to full precision.",
    translated:
      "Definition von CAPEX.REQUIREDGROWTH (model.md): konstantes g, diskontiert, über ⌈T⌉ + 1 Jahre; {0} " +
      "Halbierungsschritte, auf 1e-9 genau wie die Funktion, die bis zur vollen Genauigkeit halbiert.",
  },
  {
    en:
      "Required-growth search: {0} bisection steps on (lower, upper], CAPEX.REQUIREDGROWTH's search stopped at " +
      "model.md's 1e-9",
    translated:
      "Suche nach dem nötigen Wachstum: {0} Halbierungsschritte auf (untere, obere], die Suche von " +
      "CAPEX.REQUIREDGROWTH endet bei 1e-9 laut model.md",
  },
  {
    en: "Step {0}: bracket and the sign function at its midpoint",
    translated: "Schritt {0}: Intervall und die Vorzeichenfunktion in seiner Mitte",
  },
  {
    en: "Step {0}: lower end (C) and upper end (D)",
    translated: "Schritt {0}: untere Grenze (C) und obere Grenze (D)",
  },
  {
    en: "Step {0}: midpoint (C) and the flow counted to the target there (D)",
    translated: "Schritt {0}: Mitte (C) und der dort bis zum Ziel gezählte Zahlungsstrom (D)",
  },
];

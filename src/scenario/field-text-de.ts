import type { FieldTexts } from "./field-text";

/** The inputs' German words, for the pane's German text (the workbook and the CLI speak English). */
export const FIELD_TEXT_DE: FieldTexts = {
  fields: {
    name: { label: "Name des Szenarios", help: "Erscheint auf dem Deckblatt der Arbeitsmappe." },
    description: { label: "Beschreibung" },
    capexTotal: { label: "Investitionssumme" },
    capexYears: { label: "Investitionsjahre", help: "Jahre, über die das Budget ausgegeben wird." },
    profile: { label: "Verteilungsprofil" },
    customWeights: {
      label: "Eigene Verteilungsgewichte",
      help: "Ein Gewicht je Investitionsjahr, durch Semikolon getrennt, z. B. 1; 2,5; 1.",
    },
    firstYear: { label: "Erstes Modelljahr" },
    horizon: { label: "Horizont" },
    baseRevenue: { label: "Cloud-Umsatz im Basisjahr", help: "Umsatz des Jahres vor dem ersten Modelljahr." },
    baseRevenueSource: { label: "Quelle des Basisumsatzes" },
    growth: {
      label: "Wachstum mit der Investition, erstes Jahr",
      help: "Sinkt linear bis zur Rate des letzten Jahres.",
    },
    terminalGrowth: {
      label: "Wachstum mit der Investition, letztes Jahr",
      help: "Das Wachstum sinkt linear bis zum letzten Jahr auf diese Rate.",
    },
    baselineGrowth: { label: "Wachstum ohne die Investition" },
    margin: { label: "Cash-Marge auf Mehrumsatz" },
    discountRate: { label: "Diskontierungssatz" },
    targetPaybackYears: { label: "Amortisationsziel" },
    targetPaybackYear: { label: "Ziel-Amortisationsjahr" },
    fx: { label: "Wechselkurs", help: "Zur Anzeige von RMB-Beträgen in USD." },
    fxSource: { label: "Quelle des Wechselkurses" },
    riskTrials: {
      label: "Risiko: Anzahl Durchläufe",
      note: "Ganze Zahl von 1 bis 10.000; das Blatt Risiko hat eine Zeile je Durchlauf (eine neue Anzahl braucht einen Neuaufbau).",
    },
    riskSeed: {
      label: "Risiko: Startwert",
      note: "Startwert der Mulberry32-Zufallszahlen auf dem Blatt Risiko (ein neuer Startwert braucht einen Neuaufbau).",
    },
    riskGrowthBelow: {
      label: "Risiko-Spanne nach unten: Wachstum im ersten Jahr",
      note: "Abstand unter dem Wert des Szenarios: das untere Ende der Dreiecksverteilung.",
    },
    riskGrowthAbove: {
      label: "Risiko-Spanne nach oben: Wachstum im ersten Jahr",
      note: "Abstand über dem Wert des Szenarios: das obere Ende der Dreiecksverteilung.",
    },
    riskTerminalGrowthBelow: {
      label: "Risiko-Spanne nach unten: Wachstum im letzten Jahr",
      note: "Abstand unter dem Wert des Szenarios: das untere Ende der Dreiecksverteilung.",
    },
    riskTerminalGrowthAbove: {
      label: "Risiko-Spanne nach oben: Wachstum im letzten Jahr",
      note: "Abstand über dem Wert des Szenarios: das obere Ende der Dreiecksverteilung.",
    },
    riskMarginBelow: {
      label: "Risiko-Spanne nach unten: Cash-Marge",
      note: "Abstand unter dem Wert des Szenarios: das untere Ende der Dreiecksverteilung.",
    },
    riskMarginAbove: {
      label: "Risiko-Spanne nach oben: Cash-Marge",
      note: "Abstand über dem Wert des Szenarios: das obere Ende der Dreiecksverteilung.",
    },
    riskCapexBelow: {
      label: "Risiko-Spanne nach unten: Capex gesamt",
      note: "Abstand unter dem Wert des Szenarios: das untere Ende der Dreiecksverteilung.",
    },
    riskCapexAbove: {
      label: "Risiko-Spanne nach oben: Capex gesamt",
      note: "Abstand über dem Wert des Szenarios: das obere Ende der Dreiecksverteilung.",
    },
    tornadoGrowthStep: {
      label: "Tornado-Schritt: Wachstum im ersten Jahr",
      note: "Prozentpunkte nach unten und oben vom Wachstum im ersten Jahr.",
    },
    tornadoTerminalGrowthStep: {
      label: "Tornado-Schritt: Wachstum im letzten Jahr",
      note: "Prozentpunkte nach unten und oben vom Wachstum im letzten Jahr.",
    },
    tornadoBaselineGrowthStep: {
      label: "Tornado-Schritt: Wachstum ohne die Investition",
      note: "Prozentpunkte nach unten und oben vom Wachstum ohne die Investition.",
    },
    tornadoMarginStep: {
      label: "Tornado-Schritt: Cash-Marge",
      note: "Prozentpunkte nach unten und oben von der Cash-Marge.",
    },
    tornadoDiscountRateStep: {
      label: "Tornado-Schritt: Diskontsatz",
      note: "Prozentpunkte nach unten und oben vom Diskontsatz.",
    },
    tornadoCapexStep: {
      label: "Tornado-Schritt: Capex gesamt",
      note: "Anteil des Capex-Plans nach unten und oben.",
    },
    tornadoBaseRevenueStep: {
      label: "Tornado-Schritt: Umsatz im Basisjahr",
      note: "Anteil des Umsatzes im Basisjahr nach unten und oben.",
    },
    infraShare: {
      label: "Anteil Infrastruktur an den Investitionen",
      help: "Server, GPUs und Netz; der Rest sind Gebäude und Anlagen.",
    },
    infraLife: {
      label: "Nutzungsdauer der Infrastruktur",
      help: "Linear, im ersten und letzten Jahr je eine halbe Jahresrate.",
    },
    facilityLife: { label: "Nutzungsdauer von Gebäuden und Anlagen" },
    baselineEbitaMargin: {
      label: "Cloud-EBITA-Marge ohne die Investition",
      help: "Bereinigte EBITA-Marge des Segments vor dem Plan.",
    },
  },
  units: {
    rmbBn: "Mrd. RMB",
    years: "Jahre",
    year: "Jahr",
    percentPerYear: "% pro Jahr",
    percent: "%",
    cnyPerUsd: "CNY je USD",
    text: "Text",
    weight: "Gewicht",
    count: "Anzahl",
    percentPoints: "Prozentpunkte",
    shareOfPlan: "Anteil am Plan",
  },
};

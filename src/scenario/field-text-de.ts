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
  },
};

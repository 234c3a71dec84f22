import type { PresetId } from "./presets";
import type { Scenario } from "./types";

/**
 * The presets' words in German: each preset's name, description and sources, and the reason for each number. The
 * numbers themselves are the English presets' (presets.ts), so the two languages cannot disagree on a figure.
 */

export interface PresetTexts {
  readonly name: string;
  readonly description: string;
  readonly rationale: Readonly<Partial<Record<keyof Scenario, string>>>;
}

export const BASE_REVENUE_SOURCE_DE =
  "Umsatz von Alibaba Cloud Intelligence im Kalenderjahr 2024 = Q1 25,595 + Q2 26,5 + Q3 29,610 + Q4 31,742 = " +
  "113,447 Mrd. RMB (Quartalsergebnisse laut Dow Jones, SCMP, Alibabas Bericht und Business Wire; market-facts 1b).";

export const FX_SOURCE_DE =
  "7,17 CNY je USD: abgeleitet aus Xinhuas Schlagzeile „380 Mrd. RMB, rund 53 Mrd. USD“ (24.02.2025). " +
  "Alternative: 7,25 aus den 52,44 Mrd. USD bei Reuters, nahe dem Durchschnitt der Fed H.10 für Februar 2025 von 7,2734.";

const SHARED_RATIONALE_DE = {
  capexYears: "Der Plan gilt für „die nächsten drei Jahre“ ab Februar 2025.",
  profile:
    "Gleichmäßig: Das Management nannte die Investitionen insgesamt weitgehend stabil (Telefonkonferenz vom " +
    "20.02.2025), und die tatsächlichen Ausgaben von rund 120 Mrd. RMB von Oktober 2024 bis September 2025 liegen " +
    "nahe an einem Drittel des Plans pro Jahr.",
  firstYear: "2025 ist das erste Jahr des Plans (angekündigt am 24.02.2025); Basisjahr ist das Kalenderjahr 2024.",
  horizon: "Zehn Jahre: lang genug, damit 2025–27 gekaufte Rechenzentren ihre Kosten wieder einspielen.",
  fx: FX_SOURCE_DE,
  baseRevenue: BASE_REVENUE_SOURCE_DE,
  targetPaybackYears:
    "Acht Jahre nach dem ersten Zahlungsstrom, eine übliche Nutzungsdauer für Rechenzentrumsgebäude und Stromtechnik.",
  infraShare:
    "Computerausstattung und Software / abschreibbare Sachanlagen zu Anschaffungskosten, 31.03.2024: 117.458 / " +
    "(135.132 + 117.458 + 20.367) Mio. RMB = 0,430 (20-F der Alibaba Group für das Geschäftsjahr 2024, Anmerkung " +
    "„Property and equipment, net“, https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R94.htm).",
  infraLife:
    "3 Jahre für Computerausstattung, wie im Geschäftsbericht 2007 von Alibaba.com angegeben (unsicher: die " +
    "Nutzungsdauern des aktuellen 20-F waren in den verfügbaren Quellen nicht zu finden).",
  facilityLife:
    "20 Jahre für Gebäude, wie im Geschäftsbericht 2007 von Alibaba.com angegeben (unsicher: die Nutzungsdauern des " +
    "aktuellen 20-F waren in den verfügbaren Quellen nicht zu finden).",
  baselineEbitaMargin:
    "Bereinigtes EBITA / Umsatz der Cloud Intelligence Group im Quartal bis 30.09.2025: 3,604 / 39,824 Mrd. RMB = " +
    "9,05 % (am730, 26.11.2025).",
} as const;

export const PRESET_TEXT_DE: Readonly<Record<PresetId, PresetTexts>> = {
  base: {
    name: "Basis: der angekündigte Plan",
    description:
      "380 Mrd. RMB über drei Jahre wie am 24.02.2025 angekündigt; Cloud-Wachstum im Tempo der externen Kunden im " +
      "Dezemberquartal 2024, abnehmend auf 6 %.",
    rationale: {
      ...SHARED_RATIONALE_DE,
      capexTotal: "Die angekündigten „mindestens 380 Mrd. RMB“ (24.02.2025), zur Untergrenze angesetzt.",
      growth:
        "11 %: Umsatzwachstum mit externen Kunden im Dezemberquartal 2024, dem letzten vor der Ankündigung berichteten.",
      terminalGrowth: "6 %: Der Schub lässt nach; die Cloud wächst danach einen Punkt schneller als vor dem Plan.",
      baselineGrowth:
        "5 %: Ohne den Plan bleibt das Wachstum nahe dem Tempo von Anfang 2024 (3,4 %, 6 % und 7 % gegenüber dem " +
        "Vorjahr in Q1–Q3 2024).",
      margin:
        "30 %: Cash-Marge auf Mehrumsatz vor Investitionen (die Investitionen zählen gesondert, daher keine " +
        "Abschreibungen); zwischen der bereinigten EBITA-Marge des Segments von 9 % (Q3 2024, nach Abschreibungen) " +
        "und der operativen Marge von AWS von 37 %.",
      discountRate: "9 %: angenommene Kapitalkosten für ein großes chinesisches Internetunternehmen (ohne Quelle).",
    },
  },
  bull: {
    name: "Optimistisch: die KI-Nachfrage hält",
    description:
      "Die angekündigten 380 Mrd. RMB treffen auf die seither gesehene Nachfrage: Wachstum im Tempo der externen " +
      "Kunden im Septemberquartal 2025, abnehmend auf 8 %; höhere Marge auf KI-Rechenleistung.",
    rationale: {
      ...SHARED_RATIONALE_DE,
      capexTotal:
        "Die angekündigten 380 Mrd. RMB, damit sich der optimistische Fall nur in der Nachfrage unterscheidet.",
      growth: "29 %: Umsatzwachstum mit externen Kunden im Septemberquartal 2025 (Cloud insgesamt +34 %).",
      terminalGrowth:
        "8 %: ein dauerhafter Vorsprung im chinesischen KI-Cloud-Markt (Alibaba 35,8 % Anteil, Omdia H1 2025).",
      baselineGrowth: "5 %: wie im Basisfall; die Welt ohne den Plan ändert sich nicht.",
      margin:
        "40 %: KI-Rechenleistung in großem Umfang nähert sich der operativen Marge von AWS von 37 %, vor Abschreibungen.",
      discountRate: "8 %: einen Punkt unter dem Basisfall, für ein Geschäft, dessen Nachfrage sich erwiesen hat.",
    },
  },
  bear: {
    name: "Pessimistisch: Ausgaben steigen, Wachstum nicht",
    description:
      "Die Investitionen steigen auf Goldmans Basisfall von 460 Mrd. RMB, während das Wachstum im Tempo vor dem Plan " +
      "bleibt; geringere Marge.",
    rationale: {
      ...SHARED_RATIONALE_DE,
      capexTotal:
        "460 Mrd. RMB: Goldmans Basisfall für GJ26–28, nachdem der CEO Ausgaben über 380 angekündigt hatte (24.09.2025).",
      growth: "7 %: Umsatzwachstum im Septemberquartal 2024, vor dem Plan; die Investition bringt wenig hinzu.",
      terminalGrowth: "3 %: Das Wachstum fällt auf die Basislinie zurück.",
      baselineGrowth: "3 %: Ohne den Plan verlangsamt sich die Cloud auf ihr Tempo von Q1 2024 (3,4 %).",
      margin: "20 %: Der Preiswettbewerb in Chinas KI-Cloud hält die Marge auf neuen Umsatz dünn.",
      discountRate: "11 %: zwei Punkte über dem Basisfall für das zusätzliche Risiko.",
    },
  },
};

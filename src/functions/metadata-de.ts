import type { FunctionTranslations } from "./metadata-localization";

/**
 * German names and help of the CAPEX functions, the one place they are written. The build turns them, with the
 * English functions.json, into functions-de.json, which manifest.xml gives Excel for de-DE, de-AT and de-CH.
 * Keys are the English ids and parameter names (see metadata-localization.ts); the choices the functions take
 * ("even", "front", "cloud-revenue", ...) stay English, because the functions read them in English. Examples use
 * German Excel's separators: ";" between arguments, "," in decimals.
 */
export const GERMAN_FUNCTIONS: FunctionTranslations = {
  PACING: {
    name: "INVESTVERTEILUNG",
    description:
      "Verteilt ein Investitionsbudget (Capex) mit einem Verlaufsprofil auf mehrere Perioden; die Ergebnisse ergeben " +
      "zusammen die Summe.\n" +
      'Beispiel: =CAPEX.INVESTVERTEILUNG(380; 3; "front") ergibt nach rechts 190; 126,67; 63,33.',
    parameters: {
      total: {
        name: "summe",
        description:
          "Zu verteilendes Budget, eine Zahl ab 0, in beliebiger Währungseinheit (z. B. 380 für 380 Mrd. RMB).",
      },
      periods: { name: "perioden", description: "Anzahl der Perioden, eine ganze Zahl von 1 bis 600." },
      profile: {
        name: "profil",
        description:
          '"even" (gleichmäßig, Standard), "front" (fallend), "back" (steigend), "scurve" (logistische S-Kurve) ' +
          'oder "custom" (eigene Gewichte).',
      },
      weights: {
        name: "gewichte",
        description:
          'Zeile oder Spalte nicht negativer Gewichte, eines je Periode; nur mit dem Profil "custom" (das gilt, ' +
          "wenn profil leer bleibt).",
      },
    },
  },
  CLOUDGROWTH: {
    name: "CLOUDWACHSTUM",
    description:
      "Schreibt den Cloud-Umsatz ab einer Basisperiode fort; das Wachstum geht linear von der Anfangs- auf die " +
      "Endrate über.\n" +
      "Beispiel: =CAPEX.CLOUDWACHSTUM(113,4; 0,11; 10; 0,05) ergibt nach rechts zehn Jahre Umsatz, beginnend mit 125,9.",
    parameters: {
      base: {
        name: "basis",
        description: "Umsatz der Basisperiode (der Periode vor der ersten fortgeschriebenen), ab 0.",
      },
      growth: { name: "wachstum", description: "Wachstumsrate der ersten Periode, größer als -1 (11 % ist 0,11)." },
      periods: {
        name: "perioden",
        description: "Anzahl der fortzuschreibenden Perioden, eine ganze Zahl von 1 bis 600.",
      },
      terminal_growth: {
        name: "endwachstum",
        description:
          "Wachstumsrate der letzten Periode, größer als -1; die Rate geht linear auf sie zu. " +
          "Standard: wachstum (konstant).",
      },
    },
  },
  PAYBACKYEAR: {
    name: "AMORTISATIONSJAHR",
    description:
      "Jahr, in dem der kumulierte (wahlweise abgezinste) Cashflow nicht mehr negativ ist, innerhalb des Jahres " +
      "interpoliert.\n" +
      "Beispiel: mit -100; 50; 60 in A1:C1 ist =CAPEX.AMORTISATIONSJAHR(A1:C1; 2025) gleich 2026,83; ohne erstes " +
      "Jahr ist es die Amortisationsdauer, 1,83 Jahre.",
    parameters: {
      cashflows: {
        name: "cashflows",
        description:
          "Zeile oder Spalte mit mindestens 2 jährlichen Cashflows, der erste in Jahr 0 (leere Zellen zählen als 0).",
      },
      first_year: {
        name: "erstes_jahr",
        description:
          "Jahr des ersten Cashflows, z. B. 2025. Standard 0; dann ist das Ergebnis die Amortisationsdauer in Jahren.",
      },
      discount_rate: {
        name: "diskontsatz",
        description: "Diskontsatz pro Jahr, größer als -1 (8 % ist 0,08). Standard 0 (einfache Amortisation).",
      },
    },
  },
  REQUIREDGROWTH: {
    name: "MINDESTWACHSTUM",
    description:
      "Kleinstes konstantes jährliches Wachstum des Cloud-Umsatzes, mit dem sich der Capex (abgezinst) bis zum Ziel " +
      "amortisiert.\n" +
      "Beispiel: =CAPEX.MINDESTWACHSTUM(380; 3; 113,4; 0,3; 8; 0,05; 0,08) ist das Wachstum, mit dem sich " +
      "380 Mrd. RMB in 8 Jahren amortisieren.",
    parameters: {
      capex_total: { name: "capex_summe", description: "Capex-Budget, ab 0, in derselben Einheit wie basisumsatz." },
      capex_years: {
        name: "capex_jahre",
        description: "Jahre, über die der Capex ausgegeben wird, eine ganze Zahl von 1 bis 50.",
      },
      base_revenue: {
        name: "basisumsatz",
        description: "Cloud-Umsatz des Basisjahres (des Jahres vor dem ersten Capex-Jahr), ab 0.",
      },
      margin: { name: "marge", description: "Cash-Marge auf den zusätzlichen Umsatz, größer als 0 (30 % ist 0,3)." },
      target_years: {
        name: "zieljahre",
        description:
          "Jahre nach dem ersten Capex-Jahr, bis zu denen der kumulierte abgezinste Cashflow wieder 0 erreicht, " +
          "größer als 0 und höchstens 50.",
      },
      baseline_growth: {
        name: "wachstum_ohne_investition",
        description: "Wachstum, das die Cloud ohne die Investition gehabt hätte, größer als -1. Standard 0.",
      },
      discount_rate: { name: "diskontsatz", description: "Diskontsatz pro Jahr, größer als -1. Standard 0." },
      profile: {
        name: "profil",
        description: 'Verlauf des Capex: "even" (gleichmäßig, Standard), "front", "back" oder "scurve".',
      },
    },
  },
  BENCHMARK: {
    name: "VERGLEICHSWERT",
    description:
      "Eine Kennzahl aus dem Vergleichsdatensatz der Cloud-Anbieter; sie aktualisiert sich von selbst, sobald der " +
      "Datensatz aktualisiert wird.\n" +
      "Einheiten: Umsatz, operatives Ergebnis, Capex und Capex-Prognose in Milliarden der Währung der Kennzahl (RMB " +
      "oder USD, siehe die Tabelle der Vergleichswerte); Wachstum, Margen und Marktanteile als Anteil (0,13 ist 13 %).\n" +
      'Beispiel: =CAPEX.VERGLEICHSWERT("Alibaba Cloud"; "cloud-revenue"; "Q4 2024") ist 31,742 (Mrd. RMB).',
    parameters: {
      provider: {
        name: "anbieter",
        description:
          "ID oder Name des Anbieters: alibaba-cloud, aws, microsoft, google-cloud, huawei-cloud, tencent-cloud, " +
          'oracle oder meta (auch Namen wie "AWS" oder "Azure").',
      },
      metric: {
        name: "kennzahl",
        description:
          "ID oder englischer Name der Kennzahl: cloud-revenue (Cloud-Umsatz), revenue-growth (Umsatzwachstum), " +
          "operating-income (operatives Ergebnis), operating-margin (operative Marge), capex, capex-guidance " +
          "(Capex-Prognose), market-share-worldwide (Marktanteil weltweit) oder market-share-china (Marktanteil China).",
      },
      period: {
        name: "zeitraum",
        description:
          'Zeitraum wie "2024", "Q4 2024", "FY2025" oder "Q2 FY2026" (ein Jahr auch als Zahl). Standard: der ' +
          "letzte Zeitraum mit dieser Kennzahl.",
      },
    },
  },
  DEPRECIATION: {
    name: "ABSCHREIBUNG",
    description:
      "Lineare Abschreibung einer Reihe jährlicher Investitionen: was die Ausgabe jedes Jahres in jedem Jahr als " +
      "Aufwand belastet.\n" +
      "Beispiel: mit 100; 0; 0; 0 in A1:D1 ergibt =CAPEX.ABSCHREIBUNG(A1:D1; 2) nach rechts 25; 50; 25; 0.",
    parameters: {
      capex: {
        name: "capex",
        description:
          "Zeile oder Spalte jährlicher Investitionen, jede ab 0 (leere Zellen zählen als 0); Betrag k fällt in Jahr k an.",
      },
      life: { name: "nutzungsdauer", description: "Nutzungsdauer in Jahren, eine ganze Zahl von 1 bis 50." },
      periods: {
        name: "perioden",
        description: "Anzahl der gezeigten Jahre, eine ganze Zahl von 1 bis 600. Standard: so viele wie Capex-Werte.",
      },
      convention: {
        name: "konvention",
        description:
          '"half" (Standard: je ein halber Jahresbetrag im ersten und im letzten Jahr), "next" (ab dem Folgejahr) ' +
          'oder "same" (ab dem Jahr der Ausgabe).',
      },
    },
  },
};

/**
 * CAPEX.DEPRECIATION is being added on another branch; its translation is here already. Once functions.json has it,
 * it is checked like every other function, and this list can be emptied.
 */
export const AWAITED_FUNCTION_IDS: readonly string[] = ["DEPRECIATION"];

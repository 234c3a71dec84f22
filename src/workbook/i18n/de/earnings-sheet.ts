import type { TemplateEntry } from "../translator";

/** The source of both useful lives, which the two notes share. */
const USEFUL_LIVES_SOURCE =
  "Lineare Nutzungsdauern laut Anhang zum Konzernabschluss von Alibaba, 'Property and equipment': " +
  "Computerausstattung 3 Jahre, Gebäude 20 Jahre (Alibaba.com Limited Annual Report 2007, Anhangangabe 2.5, " +
  "https://www.yumpu.com/en/document/view/18805215/vision-alibaba/104). Die aktuelle Tabelle der Nutzungsdauern " +
  "im 20-F des Konzerns fand sich in den durchsuchten Quellen nicht; vor Verwendung dieser Nutzungsdauern prüfen.";

/** German for the Earnings sheet, its headline lines on the Cover and the Dashboard, and the earnings inputs. */
export const DE_EARNINGS: Readonly<Record<string, string>> = {
  // What a margin cell and the trough show without revenue: the formulas' literals change with it (localize-plan.ts).
  "no revenue": "kein Umsatz",

  // The headline sentence's formula literals, word for word as DE_EARNINGS_TEMPLATES put the cached sentence.
  "EBITA margin falls to ": "EBITA-Marge sinkt auf ",
  " in ": " im Jahr ",
  " from ": ", ausgehend von ",
  "back to ": "Rückkehr auf ",
  " by ": " bis ",
  "not back to ": "keine Rückkehr auf ",
  " within the horizon": " innerhalb des Horizonts",
  "EBITA margin stays at or above ": "EBITA-Marge bleibt bei mindestens ",
  " (lowest ": " (Tiefstwert ",
  "EBITA margin: no revenue within the horizon": "EBITA-Marge: kein Umsatz innerhalb des Horizonts",
  "; NPV RMB ": "; Kapitalwert ",
  " bn at ": " Mrd. RMB bei einem Diskontierungssatz von ",

  // The sheet
  "Earnings: depreciation, EBITA and its margin": "Ergebnis: Abschreibungen, EBITA und EBITA-Marge",
  "From the other sheets": "Aus den anderen Blättern",
  "Depreciation of infrastructure (servers, GPUs, network)":
    "Abschreibungen auf Infrastruktur (Server, GPUs, Netzwerk)",
  "Straight-line charge of the spend within its life": "Lineare Jahresrate der Ausgaben innerhalb ihrer Nutzungsdauer",
  "The same, previous year": "Wie oben, Vorjahr",
  "Depreciation (half-year convention)": "Abschreibungen (Halbjahreskonvention)",
  "Depreciation of buildings and facilities": "Abschreibungen auf Gebäude und Anlagen",
  "Depreciation, both classes": "Abschreibungen, beide Anlageklassen",
  EBITA: "EBITA",
  "Incremental EBITA (contribution less depreciation)": "Zusätzliches EBITA (Cash-Beitrag abzüglich Abschreibungen)",
  "Segment EBITA without the investment": "Segment-EBITA ohne die Investition",
  "Segment EBITA with the investment": "Segment-EBITA mit der Investition",
  "EBITA margin": "EBITA-Marge",
  "EBITA margin with the investment": "EBITA-Marge mit der Investition",
  "EBITA margin without the investment (baseline)": "EBITA-Marge ohne die Investition (Basis)",
  "Trough and recovery": "Tiefpunkt und Erholung",
  // Exact entries: the template "Year {0}" would otherwise take these for a year number.
  "Year of the trough (first year at the lowest margin)": "Jahr des Tiefpunkts (erstes Jahr mit der niedrigsten Marge)",
  "After the trough, at or above the baseline margin": "Nach dem Tiefpunkt, Marge auf oder über der Basismarge",
  "Year of recovery (first such year)": "Jahr der Erholung (erstes solches Jahr)",
  "EBITA margin at the trough": "EBITA-Marge im Tiefpunkt",
  "Year of the trough": "Jahr des Tiefpunkts",
  "Year the margin is back at the baseline": "Jahr, in dem die Marge wieder die Basismarge erreicht",
  "The first year after the trough with a margin at or above the baseline margin.":
    "Das erste Jahr nach dem Tiefpunkt mit einer Marge auf oder über der Basismarge.",
  "EBITA margin with the investment against the baseline": "EBITA-Marge mit der Investition im Vergleich zur Basis",
  "Baseline EBITA margin": "Basis-EBITA-Marge",
  "Earnings in words": "Ergebnis in Worten",

  // Checks and the defined names' comments
  "Depreciation does not exceed capex": "Abschreibungen übersteigen die Investitionen nicht",
  "No more than the capex is ever charged; all of it once every life has run out within the horizon.":
    "Abgeschrieben wird nie mehr als die Investitionen; alles davon, sobald jede Nutzungsdauer innerhalb des " +
    "Horizonts abgelaufen ist.",
  "EBITA is the baseline plus the incremental EBITA": "EBITA ist das Basis-EBITA plus das zusätzliche EBITA",
  "The segment's EBITA with the investment is its EBITA without it plus what the investment adds.":
    "Das Segment-EBITA mit der Investition ist das EBITA ohne sie plus das, was die Investition beiträgt.",
  "Depreciation of the capex, both asset classes, RMB bn":
    "Abschreibungen auf die Investitionen, beide Anlageklassen, Mrd. RMB",
  "The cloud segment's EBITA margin with the investment": "EBITA-Marge des Cloud-Segments mit der Investition",
  "Lowest EBITA margin with the investment": "Niedrigste EBITA-Marge mit der Investition",
  "Year of the lowest EBITA margin": "Jahr der niedrigsten EBITA-Marge",
  "First year after the trough back at the baseline margin": "Erstes Jahr nach dem Tiefpunkt wieder auf der Basismarge",

  // The earnings inputs on the Inputs sheet; their notes are the sourced defaults (titles of documents stay)
  "Earnings (depreciation and EBITA margin)": "Ergebnis (Abschreibungen und EBITA-Marge)",
  "Default 43.0%: Computer equipment and software / depreciable property and equipment at cost, 31 Mar 2024: 117,458 / (135,132 + 117,458 + 20,367) RMB m = 0.430 (Alibaba Group 20-F for FY2024, note 'Property and equipment, net', https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R94.htm).":
    "Standardwert 43,0 %: Computerausstattung und Software / abnutzbare Sachanlagen zu Anschaffungskosten, " +
    "31.03.2024: 117.458 / (135.132 + 117.458 + 20.367) Mio. RMB = 0,430 (Alibaba Group, 20-F für das GJ 2024, " +
    "Anhangangabe 'Property and equipment, net', " +
    "https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R94.htm).",
  "Default 3 years (uncertain): Straight-line useful lives in Alibaba's notes to the financial statements, 'Property and equipment': computer equipment 3 years, buildings 20 years (Alibaba.com Limited Annual Report 2007, note 2.5, https://www.yumpu.com/en/document/view/18805215/vision-alibaba/104). The group's current 20-F table of useful lives was not found in the sources searched; check it before relying on these lives.":
    "Standardwert 3 Jahre (unsicher): " + USEFUL_LIVES_SOURCE,
  "Default 20 years (uncertain): Straight-line useful lives in Alibaba's notes to the financial statements, 'Property and equipment': computer equipment 3 years, buildings 20 years (Alibaba.com Limited Annual Report 2007, note 2.5, https://www.yumpu.com/en/document/view/18805215/vision-alibaba/104). The group's current 20-F table of useful lives was not found in the sources searched; check it before relying on these lives.":
    "Standardwert 20 Jahre (unsicher): " + USEFUL_LIVES_SOURCE,
  "Default 9.05%: Cloud Intelligence Group adjusted EBITA / revenue, quarter ended 30 Sep 2025: 3.604 / 39.824 RMB bn = 9.05% (am730, 2025-11-26, https://www.am730.com.hk/%E8%B2%A1%E7%B6%93/%E5%AD%A3%E7%B8%BE%E7%AC%A6%E9%A0%90%E6%9C%9F-%E9%98%BF%E9%87%8C%E5%B0%91%E8%B3%BA72-ai%E6%94%B6%E5%85%A5%E6%8F%90%E9%80%9F/622148; the same figures, EBITA +35% to RMB 3.6 bn on revenue of RMB 39.8 bn: https://parameter.io/alibaba-baba-stock-cloud-division-powers-past-forecasts-with-34-growth).":
    "Standardwert 9,05 %: bereinigtes EBITA / Umsatz der Cloud Intelligence Group, Quartal zum 30.09.2025: " +
    "3,604 / 39,824 Mrd. RMB = 9,05 % (am730, 26.11.2025, " +
    "https://www.am730.com.hk/%E8%B2%A1%E7%B6%93/%E5%AD%A3%E7%B8%BE%E7%AC%A6%E9%A0%90%E6%9C%9F-" +
    "%E9%98%BF%E9%87%8C%E5%B0%91%E8%B3%BA72-ai%E6%94%B6%E5%85%A5%E6%8F%90%E9%80%9F/622148; dieselben Zahlen, " +
    "EBITA +35 % auf 3,6 Mrd. RMB bei einem Umsatz von 39,8 Mrd. RMB: " +
    "https://parameter.io/alibaba-baba-stock-cloud-division-powers-past-forecasts-with-34-growth).",
};

/**
 * The headline sentence, as earningsSentence() caches it: {0}… are figures and years. The German follows the formula's
 * literals above piece by piece, so that Excel's result and the cached value are the same text.
 */
export const DE_EARNINGS_TEMPLATES: readonly TemplateEntry[] = [
  {
    en: "EBITA margin falls to {0} in {1} from {2}, back to {3} by {4}; NPV RMB {5} bn at {6}.",
    translated:
      "EBITA-Marge sinkt auf {0} im Jahr {1}, ausgehend von {2}, Rückkehr auf {3} bis {4}; " +
      "Kapitalwert {5} Mrd. RMB bei einem Diskontierungssatz von {6}.",
  },
  {
    en: "EBITA margin falls to {0} in {1} from {2}, not back to {3} within the horizon; NPV RMB {4} bn at {5}.",
    translated:
      "EBITA-Marge sinkt auf {0} im Jahr {1}, ausgehend von {2}, keine Rückkehr auf {3} innerhalb des Horizonts; " +
      "Kapitalwert {4} Mrd. RMB bei einem Diskontierungssatz von {5}.",
  },
  {
    en: "EBITA margin stays at or above {0} (lowest {1} in {2}); NPV RMB {3} bn at {4}.",
    translated:
      "EBITA-Marge bleibt bei mindestens {0} (Tiefstwert {1} im Jahr {2}); " +
      "Kapitalwert {3} Mrd. RMB bei einem Diskontierungssatz von {4}.",
  },
  {
    en: "EBITA margin: no revenue within the horizon; NPV RMB {0} bn at {1}.",
    translated:
      "EBITA-Marge: kein Umsatz innerhalb des Horizonts; Kapitalwert {0} Mrd. RMB bei einem Diskontierungssatz von {1}.",
  },
];

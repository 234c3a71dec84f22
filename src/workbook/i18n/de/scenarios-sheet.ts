/** German for the Scenarios sheet (scenarios side by side). */
export const DE_SCENARIOS: Readonly<Record<string, string>> = {
  "Scenarios side by side": "Szenarien im Vergleich",
  "Scenarios side by side: each column computes its scenario from its own column on Inputs":
    "Szenarien im Vergleich: jede Spalte rechnet ihr Szenario aus dessen eigener Spalte auf dem Blatt Eingaben",
  "Active (1) on Inputs": "Aktiv (1) auf dem Blatt Eingaben",
  "Scenario column number": "Nummer der Szenariospalte",
  IRR: "Interner Zinsfuß",
  "Scenario column: its case year by year, from its own column on Inputs":
    "Szenariospalte: ihr Fall Jahr für Jahr, aus ihrer eigenen Spalte auf dem Blatt Eingaben",
  "Pacing weight of its profile": "Verteilungsgewicht seines Profils",
  "Simple: cumulative has been below zero": "Einfach: kumuliert war unter null",
  "Simple: back at or above zero after being below": "Einfach: wieder bei oder über null, nachdem darunter",
  "Simple: year of payback (first such year)": "Einfach: Jahr der Amortisation (erstes solches Jahr)",
  "Simple: payback year, in the year of payback": "Einfach: Amortisationsjahr, im Jahr der Amortisation",
  "Discounted: cumulative has been below zero": "Diskontiert: kumuliert war unter null",
  "Discounted: back at or above zero after being below": "Diskontiert: wieder bei oder über null, nachdem darunter",
  "Discounted: year of payback (first such year)": "Diskontiert: Jahr der Amortisation (erstes solches Jahr)",
  "Discounted: payback year, in the year of payback": "Diskontiert: Amortisationsjahr, im Jahr der Amortisation",
  "Straight-line charge of the spend within its life: infrastructure":
    "Lineare Abschreibung der Ausgaben innerhalb ihrer Nutzungsdauer: Infrastruktur",
  "Depreciation of infrastructure (half-year convention)": "Abschreibung der Infrastruktur (Halbjahreskonvention)",
  "Straight-line charge of the spend within its life: facilities":
    "Lineare Abschreibung der Ausgaben innerhalb ihrer Nutzungsdauer: Gebäude und Anlagen",
  "Depreciation of facilities (half-year convention)": "Abschreibung der Gebäude und Anlagen (Halbjahreskonvention)",
  "Results of this scenario": "Ergebnisse dieses Szenarios",
  "NPV of each scenario": "Kapitalwert jedes Szenarios",
  "The active scenario's NPV on the Scenarios sheet equals the Payback sheet's":
    "Der Kapitalwert des aktiven Szenarios auf dem Blatt Szenarien entspricht dem des Blatts Amortisation",
  "Two ways to the same figure: the Scenarios sheet's block for the active column reads that column on Inputs, the Payback sheet reads column C. FALSE when a value was typed over column C: type it into the scenario's column.":
    "Zwei Wege zur selben Zahl: Der Block des Blatts Szenarien für die aktive Spalte liest deren Spalte auf dem Blatt Eingaben, das Blatt Amortisation liest Spalte C. FALSCH, wenn ein Wert über Spalte C getippt wurde: ihn in die Spalte des Szenarios eingeben.",
  "Payback year, simple of each scenario (year)": "Amortisationsjahr, einfach, jedes Szenarios (Jahr)",
  "Payback year, discounted of each scenario (year)": "Amortisationsjahr, diskontiert, jedes Szenarios (Jahr)",
  "Required constant growth of each scenario (% a year)": "Nötiges konstantes Wachstum jedes Szenarios (% pro Jahr)",
  "NPV at the discount rate of each scenario (RMB bn)": "Kapitalwert zum Diskontierungssatz jedes Szenarios (Mrd. RMB)",
  "IRR of each scenario (% a year)": "Interner Zinsfuß jedes Szenarios (% pro Jahr)",
  "EBITA margin at the trough of each scenario (%)": "EBITA-Marge am Tiefpunkt jedes Szenarios (%)",
};

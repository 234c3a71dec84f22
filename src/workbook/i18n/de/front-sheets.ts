/** German for the Cover, Dashboard and Inputs sheets, the print headers and the defined names' comments. */
export const DE_FRONT: Readonly<Record<string, string>> = {
  // Cover
  "Alibaba cloud capex: the investment case": "Alibabas Cloud-Investitionen: der Investitionsfall",
  "All checks pass": "Alle Prüfungen bestanden",
  Purpose: "Zweck",
  "Models Alibaba's cloud and AI infrastructure plan: when does the capex pay back through faster cloud growth?":
    "Modelliert Alibabas Investitionsplan für Cloud- und KI-Infrastruktur: Wann amortisieren sich die Investitionen durch schnelleres Cloud-Wachstum?",
  "Every figure is a live formula of the inputs; the custom CAPEX.* functions are not needed to read it.":
    "Jede Zahl ist eine aktive Formel auf Basis der Eingaben; die benutzerdefinierten CAPEX.*-Funktionen sind zum Lesen nicht nötig.",
  "How to use": "Bedienung",
  "2. Read the results below, on the payback sheet and on the dashboard; row 2 of every sheet shows the checks.":
    "2. Die Ergebnisse stehen unten, auf dem Blatt zur Amortisation und in der Übersicht; Zeile 2 jedes Blatts zeigt die Prüfungen.",
  "3. To change the horizon or load another scenario, use the add-in's task pane and rebuild.":
    "3. Um den Horizont zu ändern oder ein anderes Szenario zu laden, den Aufgabenbereich des Add-ins nutzen und neu erstellen.",
  "Headline results": "Kernergebnisse",
  "Sources and as-of dates": "Quellen und Stichtage",
  "Plan: 'at least RMB 380 bn over the next three years', announced 24 Feb 2025 (Xinhua, Shanghai Daily, Reuters/AFP).":
    "Plan: „mindestens 380 Mrd. RMB in den nächsten drei Jahren“, angekündigt am 24.02.2025 (Xinhua, Shanghai Daily, Reuters/AFP).",
  "Base revenue: Alibaba Cloud Intelligence revenue, calendar 2024 quarters (results Feb 2024 to Feb 2025; Dow Jones, SCMP, Alibaba filing, Business Wire).":
    "Basisumsatz: Umsatz von Alibaba Cloud Intelligence, Quartale des Kalenderjahrs 2024 (Ergebnisse Feb. 2024 bis Feb. 2025; Dow Jones, SCMP, Alibaba-Bericht, Business Wire).",
  "Growth: external-customer revenue growth of 11% in the Dec-2024 quarter (results of 20 Feb 2025).":
    "Wachstum: 11 % Umsatzwachstum mit externen Kunden im Dezemberquartal 2024 (Ergebnisse vom 20.02.2025).",
  "Exchange rate: 7.17 CNY per USD, implied by Xinhua's 'about USD 53 bn' (24 Feb 2025).":
    "Wechselkurs: 7,17 CNY je USD, abgeleitet aus Xinhuas „rund 53 Mrd. USD“ (24.02.2025).",
  "Useful lives and infrastructure share: Alibaba's accounting policies and property and equipment note; baseline EBITA margin: Cloud Intelligence Group's adjusted EBITA margin (sources beside each input).":
    "Nutzungsdauern und Infrastrukturanteil: Bilanzierungsgrundsätze von Alibaba und Anhangangabe zu den Sachanlagen; " +
    "Basis-EBITA-Marge: bereinigte EBITA-Marge der Cloud Intelligence Group (Quellen jeweils neben der Annahme).",
  "Method: payback tables (simple and discounted, interpolated within the year); FAST Standard layout.":
    "Methode: Amortisationstabellen (einfach und diskontiert, innerhalb des Jahres interpoliert); Aufbau nach dem FAST-Standard.",
  "Benchmarks: no dataset was included when this workbook was built.":
    "Vergleichswerte: Beim Erstellen dieser Arbeitsmappe war kein Datensatz enthalten.",
  Sheets: "Blätter",
  "Page &P of &N": "Seite &P von &N",
  "Printed &D": "Gedruckt am &D",

  // Dashboard and headlines
  Dashboard: "Übersicht",
  "Headline figures": "Kernzahlen",
  "The charts read this workbook's own cells, so they follow the inputs.":
    "Die Diagramme lesen die Zellen dieser Arbeitsmappe und folgen so den Annahmen.",
  "Capex by year: the plan beside competitors (USD bn)":
    "Investitionen je Jahr: der Plan neben den Wettbewerbern (Mrd. USD)",
  "Capex by year (RMB bn)": "Investitionen je Jahr (Mrd. RMB)",
  "Alibaba plan": "Alibaba-Plan",
  "Alibaba capex": "Alibaba-Investitionen",
  // Also the dataset's metric name, which the Benchmarks sheet looks up in the table: the same word everywhere (German
  // financial writing says Capex too).
  Capex: "Capex",
  "Cloud revenue with and without the investment (RMB bn)": "Cloud-Umsatz mit und ohne die Investition (Mrd. RMB)",
  "With the investment": "Mit der Investition",
  "Without the investment": "Ohne die Investition",
  "Cumulative cash flow and payback year (RMB bn)": "Kumulierter Cashflow und Amortisationsjahr (Mrd. RMB)",
  "Cumulative cash flow": "Kumulierter Cashflow",
  "Cumulative discounted cash flow": "Kumulierter diskontierter Cashflow",
  "Payback year (simple)": "Amortisationsjahr (einfach)",
  "Payback year (discounted)": "Amortisationsjahr (diskontiert)",
  Scenario: "Szenario",
  "Capex total in USD": "Investitionssumme in USD",
  "USD bn": "Mrd. USD",
  "CNY/USD": "CNY/USD",
  "Payback year, simple": "Amortisationsjahr, einfach",
  "Payback year, discounted": "Amortisationsjahr, diskontiert",
  "Growth needed to pay back by the target": "Nötiges Wachstum für die Amortisation bis zum Ziel",
  "In words": "In Worten",
  "No benchmark dataset was included when this workbook was built.":
    "Beim Erstellen dieser Arbeitsmappe war kein Vergleichsdatensatz enthalten.",

  // Inputs
  Inputs: "Eingaben",
  Input: "Eingabe",
  Unit: "Einheit",
  Value: "Wert",
  "Source / comment": "Quelle / Kommentar",
  "Capex plan": "Investitionsplan",
  'Announced 24 Feb 2025: "at least RMB 380 bn over the next three years" (Xinhua, Reuters).':
    "Angekündigt am 24.02.2025: „mindestens 380 Mrd. RMB in den nächsten drei Jahren“ (Xinhua, Reuters).",
  "Whole number from 1 to the horizon.": "Ganze Zahl von 1 bis zum Horizont.",
  Timeline: "Zeitachse",
  "Calendar year of the first flow; the base year is the year before.":
    "Kalenderjahr des ersten Zahlungsstroms; das Basisjahr ist das Jahr davor.",
  "Cloud business": "Cloud-Geschäft",
  "Fades linearly to the terminal rate in the last model year, as CAPEX.CLOUDGROWTH does.":
    "Sinkt linear bis zur Endrate im letzten Modelljahr, wie bei CAPEX.CLOUDGROWTH.",
  "The rate the fade reaches in the last model year.": "Die Rate, die das Wachstum im letzten Modelljahr erreicht.",
  "Constant growth the cloud would have had anyway.": "Konstantes Wachstum, das die Cloud ohnehin gehabt hätte.",
  "Before capex (capex is a flow of its own here, so no depreciation is charged).":
    "Vor Investitionen (die Investitionen sind hier ein eigener Zahlungsstrom, daher keine Abschreibungen).",
  "Returns and display": "Rendite und Darstellung",
  "Discounts flow k by (1 + rate)^k; the first model year is not discounted.":
    "Diskontiert Zahlungsstrom k mit (1 + Satz)^k; das erste Modelljahr wird nicht diskontiert.",
  "Years after the first flow; used by the required-growth output.":
    "Jahre nach dem ersten Zahlungsstrom; bestimmt das nötige Wachstum.",
  "Sensitivity grid": "Sensitivitätsraster",
  "Initial growth step between grid rows": "Schritt des Anfangswachstums zwischen Rasterzeilen",
  "The Sensitivity grid's rows run from 3 steps below the scenario's initial growth to 3 above.":
    "Die Zeilen des Sensitivitätsrasters reichen von 3 Schritten unter dem Anfangswachstum des Szenarios bis 3 darüber.",
  "Cash margin step between grid columns": "Schritt der Cash-Marge zwischen Rasterspalten",
  "The Sensitivity grid's columns run from 3 steps below the scenario's cash margin to 3 above.":
    "Die Spalten des Sensitivitätsrasters reichen von 3 Schritten unter der Cash-Marge des Szenarios bis 3 darüber.",
  "Model constants (fixed by the CAPEX function contract)": "Modellkonstanten (festgelegt durch die CAPEX-Funktionen)",
  "S-curve steepness": "Steilheit der S-Kurve",
  number: "Zahl",
  "Logistic steepness k of CAPEX.PACING's S-curve; change it only to explore.":
    "Logistische Steilheit k der S-Kurve von CAPEX.PACING; nur zum Ausprobieren ändern.",
  "S-curve midpoint": "Mittelpunkt der S-Kurve",
  share: "Anteil",
  "Share of the capex period at which half the budget is spent.":
    "Anteil des Investitionszeitraums, nach dem das halbe Budget ausgegeben ist.",
  "Check tolerance": "Prüftoleranz",
  relative: "relativ",
  "How far sums may differ from their targets (rounding) before a check fails.":
    "Wie weit Summen (durch Rundung) von ihrem Soll abweichen dürfen, bevor eine Prüfung scheitert.",
  "Required-growth search, lower end (excluded)": "Suche nach dem nötigen Wachstum, untere Grenze (ausgeschlossen)",
  "CAPEX.REQUIREDGROWTH bisects on (lower, upper]; -100% is the lowest growth the model allows.":
    "CAPEX.REQUIREDGROWTH halbiert das Intervall (untere, obere]; -100 % ist das niedrigste Wachstum, das das Modell zulässt.",
  "Required-growth search, upper end": "Suche nach dem nötigen Wachstum, obere Grenze",
  "1,000% a year: above it the Sensitivity sheet reports that no growth rate is enough.":
    "1.000 % pro Jahr: Darüber meldet das Blatt Sensitivität, dass keine Wachstumsrate reicht.",
  "IRR search: scan step in ln(1 + rate)": "Suche nach dem internen Zinsfuß: Schrittweite des Rasters in ln(1 + Satz)",
  "The Payback sheet scans for the NPV's sign changes in this step: 1 point of return near 0.":
    "Das Blatt Amortisation sucht die Vorzeichenwechsel des Kapitalwerts in diesem Schritt: 1 Prozentpunkt Rendite nahe 0.",
  "IRR search: limit in ln(1 + rate)": "Suche nach dem internen Zinsfuß: Grenze in ln(1 + Satz)",
  "ln(1 + 10^6): IRRs from -99.9999% to +100,000,000% a year; beyond, the IRR is 'no rate found'.":
    "ln(1 + 10^6): interne Zinsfüße von -99,9999 % bis +100.000.000 % pro Jahr; darüber hinaus heißt es „kein Zinssatz gefunden“.",
  "Time series inputs": "Eingaben als Zeitreihe",
  "Active scenario: every sheet computes the scenario picked here":
    "Aktives Szenario: jedes Blatt rechnet mit dem hier gewählten Szenario",
  "Active scenario": "Aktives Szenario",
  "Pick a name from the list: column C then takes that scenario's column, and every sheet follows.":
    "Einen Namen aus der Liste wählen: Spalte C übernimmt dann die Spalte dieses Szenarios, und jedes Blatt folgt.",
  "Active scenario's column": "Spalte des aktiven Szenarios",
  "1 is the first scenario column (F); an error here means the name above is not in the list.":
    "1 ist die erste Szenariospalte (F); ein Fehler hier heißt, dass der Name darüber nicht in der Liste steht.",
  "Custom pacing weights of each scenario (used when its pacing is custom)":
    "Eigene Verteilungsgewichte jedes Szenarios (gelten, wenn sein Profil „custom“ ist)",
  "Pick the scenario the workbook computes.": "Das Szenario wählen, mit dem die Arbeitsmappe rechnet.",
  "Pick one of the scenario names from the list (the names in the scenario columns).":
    "Einen der Szenarionamen aus der Liste wählen (die Namen in den Szenariospalten).",
  "The active scenario is one of the scenario columns": "Das aktive Szenario ist eine der Szenariospalten",
  "ActiveScenario on Inputs must be a name from its list; another name leaves every input without a value.":
    "ActiveScenario auf dem Blatt Eingaben muss ein Name aus seiner Liste sein; ein anderer Name lässt jede Eingabe ohne Wert.",
  "The scenario the model computes (pick from the list)":
    "Das Szenario, mit dem das Modell rechnet (aus der Liste wählen)",
  "Column of the active scenario among the scenario columns": "Spalte des aktiven Szenarios unter den Szenariospalten",
  "The names of the scenarios side by side": "Die Namen der nebeneinander stehenden Szenarien",
  "Used with the custom profile; years after the capex years are ignored.":
    "Gilt mit dem Profil „custom“; Jahre nach den Investitionsjahren werden ignoriert.",
  Year: "Jahr",
  "Model year number": "Nummer des Modelljahrs",
  count: "Anzahl",

  // Defined names' comments (the inputs' own come from the field texts)
  "Initial growth step between grid rows (% a year)": "Schritt des Anfangswachstums zwischen Rasterzeilen (% pro Jahr)",
  "Cash margin step between grid columns (%)": "Schritt der Cash-Marge zwischen Rasterspalten (%)",
  "S-curve steepness (number)": "Steilheit der S-Kurve (Zahl)",
  "S-curve midpoint (share)": "Mittelpunkt der S-Kurve (Anteil)",
  "Check tolerance (relative)": "Prüftoleranz (relativ)",
  "Required-growth search, lower end (excluded) (% a year)":
    "Suche nach dem nötigen Wachstum, untere Grenze (ausgeschlossen) (% pro Jahr)",
  "Required-growth search, upper end (% a year)": "Suche nach dem nötigen Wachstum, obere Grenze (% pro Jahr)",
  "IRR search: scan step in ln(1 + rate) (number)":
    "Suche nach dem internen Zinsfuß: Schrittweite des Rasters in ln(1 + Satz) (Zahl)",
  "IRR search: limit in ln(1 + rate) (number)": "Suche nach dem internen Zinsfuß: Grenze in ln(1 + Satz) (Zahl)",
  "Custom pacing weights, one per model year": "Eigene Verteilungsgewichte, eines je Modelljahr",
  "The model's years (the master timeline)": "Die Jahre des Modells (die Hauptzeitachse)",
  "Capex of each model year, RMB bn": "Investitionen je Modelljahr, Mrd. RMB",
  "Cloud revenue with the investment, RMB bn": "Cloud-Umsatz mit der Investition, Mrd. RMB",
  "Cloud revenue without the investment, RMB bn": "Cloud-Umsatz ohne die Investition, Mrd. RMB",
  "Simple payback year, or why there is none": "Einfaches Amortisationsjahr, oder warum es keines gibt",
  "Discounted payback year, or why there is none": "Diskontiertes Amortisationsjahr, oder warum es keines gibt",
  "Constant growth needed to pay back (discounted) by the target, or why there is none":
    "Konstantes Wachstum, das die Investition (diskontiert) bis zum Ziel amortisiert, oder warum es keines gibt",
  "The required growth in words, next to the scenario's own growth":
    "Das nötige Wachstum in Worten, neben dem Wachstum des Szenarios",
  "Simple payback year by initial growth (rows) and cash margin (columns)":
    "Einfaches Amortisationsjahr nach Anfangswachstum (Zeilen) und Cash-Marge (Spalten)",
  "Discounted payback year by initial growth (rows) and cash margin (columns)":
    "Diskontiertes Amortisationsjahr nach Anfangswachstum (Zeilen) und Cash-Marge (Spalten)",
  "TRUE when every check passes": "WAHR, wenn jede Prüfung besteht",
};

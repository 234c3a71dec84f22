/** German for the Capex, Cloud, Payback, Sensitivity and Checks sheets. */
export const DE_CALCULATION: Readonly<Record<string, string>> = {
  // Texts that formulas produce or compare against: the formulas' literals change with them (localize-plan.ts).
  "not within horizon": "nicht innerhalb des Horizonts",
  "nothing to pay back": "nichts zu amortisieren",
  "not available with custom pacing weights": "mit eigenen Verteilungsgewichten nicht verfügbar",
  "needs a cash margin above 0": "braucht eine Cash-Marge über 0",
  "no growth rate up to 1,000% a year pays back within the target":
    "keine Wachstumsrate bis 1.000 % pro Jahr amortisiert innerhalb des Ziels",
  "growth at or below -100%": "Wachstum bei oder unter -100 %",
  "no sign change": "kein Vorzeichenwechsel",
  "no rate found": "kein Zinssatz gefunden",
  "Needs ": "Nötig sind ",
  " a year to pay back (discounted) within ": " pro Jahr für die Amortisation (diskontiert) innerhalb von ",
  " years; ": " Jahren; ",
  "the scenario assumes ": "das Szenario unterstellt ",
  ", fading to ": ", abnehmend auf ",
  "Required growth: ": "Nötiges Wachstum: ",
  // The pacing profiles' keys: the Inputs sheet's profile is looked up among them, and users type them; they stay.
  even: "even",
  front: "front",
  back: "back",
  scurve: "scurve",
  custom: "custom",

  // Capex
  "Capex: pacing of the plan": "Investitionen: Verteilung des Plans",
  Timing: "Zeitliche Verteilung",
  "Capex year flag": "Kennzeichen Investitionsjahr",
  flag: "Kennzeichen",
  "S-curve (logistic, rescaled to run from 0 to 1 over the capex years)":
    "S-Kurve (logistisch, so skaliert, dass sie über die Investitionsjahre von 0 bis 1 läuft)",
  "Share of capex period elapsed, start of year": "Verstrichener Anteil des Investitionszeitraums, Jahresanfang",
  "Share of capex period elapsed, end of year": "Verstrichener Anteil des Investitionszeitraums, Jahresende",
  "Cumulative share spent, start of year": "Kumuliert ausgegebener Anteil, Jahresanfang",
  "Cumulative share spent, end of year": "Kumuliert ausgegebener Anteil, Jahresende",
  "Logistic value at the start": "Logistischer Wert am Anfang",
  "Logistic value at the end": "Logistischer Wert am Ende",
  "Weights by profile (profile key in column C)": "Gewichte je Profil (Profilschlüssel in Spalte C)",
  "Weight: even": "Gewicht: gleichmäßig",
  "Weight: front-loaded (n − i + 1)": "Gewicht: früh (n − i + 1)",
  "Weight: back-loaded (i)": "Gewicht: spät (i)",
  "Weight: S-curve": "Gewicht: S-Kurve",
  "Weight: custom (from Inputs)": "Gewicht: eigene (aus den Eingaben)",
  "Weight of the chosen profile": "Gewicht des gewählten Profils",
  "Capex in USD": "Investitionen in USD",

  // Cloud
  Cloud: "Cloud",
  "Cloud: revenue with and without the investment": "Cloud: Umsatz mit und ohne die Investition",
  "Growth rate (fading to the terminal rate)": "Wachstumsrate (abnehmend bis zur Endrate)",
  "Revenue at the start of the year": "Umsatz zu Jahresbeginn",
  "Revenue with the investment": "Umsatz mit der Investition",
  "Revenue without the investment": "Umsatz ohne die Investition",
  "What the investment adds": "Was die Investition hinzufügt",
  "Incremental revenue": "Mehrumsatz",
  "Cash contribution of incremental revenue": "Cash-Beitrag des Mehrumsatzes",
  "Revenue with the investment, in USD": "Umsatz mit der Investition, in USD",

  // Payback
  "Payback: incremental cash flow and payback year": "Amortisation: zusätzlicher Cashflow und Amortisationsjahr",
  "Incremental cash flow": "Zusätzlicher Cashflow",
  "Discounted cash flow (the first model year is not discounted)":
    "Diskontierter Cashflow (das erste Modelljahr wird nicht diskontiert)",
  "Discount divisor (1 + rate)^(year number − 1)": "Diskontierungsdivisor (1 + Satz)^(Jahresnummer − 1)",
  factor: "Faktor",
  "Discounted cash flow": "Diskontierter Cashflow",
  "Simple payback": "Einfache Amortisation",
  "Cumulative has been below zero": "Kumulierter Wert lag bereits unter null",
  "Back at or above zero after being below": "Wieder bei oder über null, nachdem er darunter lag",
  "Year of payback (first such year)": "Jahr der Amortisation (erstes solches Jahr)",
  "Payback year, in the year of payback": "Amortisationsjahr, im Jahr der Amortisation",
  "Payback marker for the chart": "Amortisationsmarke für das Diagramm",
  "Discounted payback": "Diskontierte Amortisation",
  Results: "Ergebnisse",
  "Payback period, simple (years after the first flow)":
    "Amortisationsdauer, einfach (Jahre nach dem ersten Zahlungsstrom)",
  "Payback period, discounted (years after the first flow)":
    "Amortisationsdauer, diskontiert (Jahre nach dem ersten Zahlungsstrom)",
  Returns: "Renditekennzahlen",
  "NPV at the discount rate": "Kapitalwert zum Diskontierungssatz",
  "Sum of the discounted cash flows; the first model year is not discounted.":
    "Summe der diskontierten Cashflows; das erste Modelljahr wird nicht diskontiert.",
  "NPV of the incremental cash flow at the discount rate, RMB bn":
    "Kapitalwert des zusätzlichen Cashflows zum Diskontierungssatz, Mrd. RMB",
  "IRR: the rate at which the NPV is 0": "Interner Zinsfuß: der Satz, bei dem der Kapitalwert 0 ist",
  "From the IRR search below; where the flows change sign more than once, the root nearest 0.":
    "Aus der Suche darunter; wechseln die Cashflows mehr als einmal das Vorzeichen, die Nullstelle nächst 0.",
  "IRR of the incremental cash flow, or why there is none":
    "Interner Zinsfuß des zusätzlichen Cashflows, oder warum es keinen gibt",
  "IRR search: where the NPV changes sign, scanned outward from 0, then bisected":
    "Suche nach dem internen Zinsfuß: wo der Kapitalwert das Vorzeichen wechselt, von 0 aus nach außen abgetastet, dann halbiert",
  "Largest cash flow in magnitude": "Betragsmäßig größter Cashflow",
  "Cash flow divided by the largest magnitude": "Cashflow geteilt durch den größten Betrag",
  "The same, last year first (the coefficients below 0)": "Dasselbe, letztes Jahr zuerst (die Koeffizienten unter 0)",
  "Sign function at 0: the sum of the scaled flows": "Vorzeichenfunktion bei 0: die Summe der skalierten Cashflows",
  "Its sign": "Ihr Vorzeichen",
  "Cash flows change sign (1) or not (0)": "Cashflows wechseln das Vorzeichen (1) oder nicht (0)",
  "Scan points on each side of 0": "Rasterpunkte auf jeder Seite von 0",
  "Scan point within the row (the row's last point in C)":
    "Rasterpunkt innerhalb der Zeile (der letzte Punkt der Zeile in C)",
  "Scan above 0: the sign function at rate e^(step × point) − 1, times its sign at 0; 0 after the first value at or below 0":
    "Raster über 0: die Vorzeichenfunktion beim Satz e^(Schritt × Punkt) − 1, mal ihrem Vorzeichen bei 0; 0 nach dem ersten Wert bei oder unter 0",
  "Scan below 0: the sign function at rate e^(−step × point) − 1, times its sign at 0; 0 after the first value at or below 0":
    "Raster unter 0: die Vorzeichenfunktion beim Satz e^(−Schritt × Punkt) − 1, mal ihrem Vorzeichen bei 0; 0 nach dem ersten Wert bei oder unter 0",
  "Points above 0 (up to C; D is the point before)": "Punkte über 0 (bis C; D ist der Punkt davor)",
  "Points below 0 (up to C; D is the point before)": "Punkte unter 0 (bis C; D ist der Punkt davor)",
  "First point at or below 0 above 0 (points + 1: none)": "Erster Punkt bei oder unter 0, über 0 (Punkte + 1: keiner)",
  "First point at or below 0 below 0 (points + 1: none)": "Erster Punkt bei oder unter 0, unter 0 (Punkte + 1: keiner)",
  "Bisection above 0: the bracket (near end in C, far end in D) and the sign function at its midpoint (F)":
    "Halbierung über 0: das Intervall (nahes Ende in C, fernes Ende in D) und die Vorzeichenfunktion in seiner Mitte (F)",
  "Bisection below 0: the bracket (near end in C, far end in D) and the sign function at its midpoint (F)":
    "Halbierung unter 0: das Intervall (nahes Ende in C, fernes Ende in D) und die Vorzeichenfunktion in seiner Mitte (F)",
  "Root above 0: the last step's midpoint": "Nullstelle über 0: die Mitte des letzten Schritts",
  "Root below 0: the last step's midpoint": "Nullstelle unter 0: die Mitte des letzten Schritts",

  // Sensitivity
  "Sensitivity: payback by growth and margin, and the growth the target needs":
    "Sensitivität: Amortisation nach Wachstum und Marge, und das Wachstum, das das Ziel verlangt",
  "Grid axes (steps set on Inputs)": "Rasterachsen (Schritte in den Eingaben festgelegt)",
  "Grid column": "Rasterspalte",
  "Cash margin of the grid column": "Cash-Marge der Rasterspalte",
  "Payback year, simple: initial growth down, cash margin across (other inputs as on Inputs)":
    "Amortisationsjahr, einfach: Anfangswachstum nach unten, Cash-Marge nach rechts (übrige Eingaben wie in den Eingaben)",
  "Initial growth ↓   cash margin →": "Anfangswachstum ↓   Cash-Marge →",
  "Initial growth": "Anfangswachstum",
  "Initial growth, the scenario's": "Anfangswachstum des Szenarios",
  "Payback year, discounted at the discount rate on Inputs":
    "Amortisationsjahr, diskontiert mit dem Diskontierungssatz aus den Eingaben",
  "Required growth: the constant growth that pays back (discounted) by the target":
    "Nötiges Wachstum: das konstante Wachstum, das (diskontiert) bis zum Ziel amortisiert",
  "Required constant growth": "Nötiges konstantes Wachstum",
  "Calculation: each grid case year by year (timeline from Inputs)":
    "Berechnung: jeder Fall des Rasters Jahr für Jahr (Zeitachse aus den Eingaben)",
  "Discount divisor": "Diskontierungsdivisor",
  "Revenue with the investment for each grid row's initial growth (terminal growth from Inputs)":
    "Umsatz mit der Investition für das Anfangswachstum jeder Rasterzeile (Endwachstum aus den Eingaben)",
  "Cumulative cash flow of each grid case": "Kumulierter Cashflow jedes Rasterfalls",
  "Simple payback: the year of first recovery (payback in column C)":
    "Einfache Amortisation: das erste Jahr der Rückgewinnung (Amortisation in Spalte C)",
  "Cumulative discounted cash flow of each grid case": "Kumulierter diskontierter Cashflow jedes Rasterfalls",
  "Discounted payback: the year of first recovery (payback in column C)":
    "Diskontierte Amortisation: das erste Jahr der Rückgewinnung (Amortisation in Spalte C)",
  "Whole years to the target, k = ⌈T⌉": "Ganze Jahre bis zum Ziel, k = ⌈T⌉",
  "Share of year k + 1 counted, T − (k − 1)": "Gezählter Anteil von Jahr k + 1, T − (k − 1)",
  "Search year number (flow 0 is year 1)": "Jahresnummer der Suche (Zahlungsstrom 0 ist Jahr 1)",
  "Weight: 1 up to year k, the share in year k + 1, then 0":
    "Gewicht: 1 bis Jahr k, der Anteil in Jahr k + 1, danach 0",
  "Capex (0 after the model's timeline)": "Investitionen (0 nach der Zeitachse des Modells)",
  "Discounted cash flow counted to the target, at the upper end (growth in C, total in D)":
    "Bis zum Ziel gezählter diskontierter Cashflow, an der oberen Grenze (Wachstum in C, Summe in D)",

  // Checks
  Checks: "Prüfungen",
  "The master check: TRUE when every check below is TRUE.":
    "Die Gesamtprüfung: WAHR, wenn jede Prüfung darunter WAHR ist.",
  Check: "Prüfung",
  Result: "Ergebnis",
  "Passes when": "Besteht, wenn",
  "TRUE/FALSE": "WAHR/FALSCH",
  "Capex years fit in the horizon": "Investitionsjahre passen in den Horizont",
  "The plan must be spent within the model's years.": "Der Plan muss innerhalb der Modelljahre ausgegeben werden.",
  "Timelines are aligned": "Zeitachsen stimmen überein",
  "Every calculation sheet has the Inputs timeline in the same columns, and it is as long as the horizon (a changed horizon needs a rebuild from the task pane).":
    "Jedes Rechenblatt hat die Zeitachse der Eingaben in denselben Spalten, so lang wie der Horizont (ein geänderter Horizont verlangt ein neues Erstellen aus dem Aufgabenbereich).",
  "Pacing adds up to the capex total": "Die Verteilung ergibt die Investitionssumme",
  "The capex row sums to the capex total on Inputs.":
    "Die Investitionszeile summiert sich zur Investitionssumme in den Eingaben.",
  "Pacing profile is recognised": "Verteilungsprofil ist bekannt",
  "The profile on Inputs is one of the keys in column C of the Capex sheet.":
    "Das Profil in den Eingaben ist einer der Schlüssel in Spalte C des Blatts Investitionen.",
  "Pacing weights have a positive sum": "Verteilungsgewichte haben eine positive Summe",
  "Custom weights that are all zero would leave capex undefined.":
    "Eigene Gewichte, die alle null sind, ließen die Investitionen unbestimmt.",
  "Cash flow is contribution less capex": "Cashflow ist Beitrag abzüglich Investitionen",
  "The Payback sheet's cash flow agrees with the Cloud and Capex sheets in total.":
    "Der Cashflow des Blatts Amortisation stimmt in Summe mit den Blättern Cloud und Investitionen überein.",
  "Simple payback is consistent": "Einfache Amortisation ist schlüssig",
  "A payback year comes from exactly one year of recovery and lies within the timeline; no year, no recovery.":
    "Ein Amortisationsjahr stammt aus genau einem Jahr der Rückgewinnung und liegt in der Zeitachse; kein Jahr, keine Rückgewinnung.",
  "Discounted payback is consistent": "Diskontierte Amortisation ist schlüssig",
  "As for simple payback, on the discounted flows.":
    "Wie bei der einfachen Amortisation, mit den diskontierten Strömen.",
  "IRR scan reaches its limit": "Das Raster des internen Zinsfußes reicht bis zu seiner Grenze",
  "The laid-out scan points times the step on Inputs cover the search limit on Inputs.":
    "Die angelegten Rasterpunkte mal dem Schritt aus den Eingaben decken die Suchgrenze aus den Eingaben ab.",
  "IRR is a root of the NPV": "Der interne Zinsfuß ist eine Nullstelle des Kapitalwerts",
  "Where there is an IRR, the search's sign function at it is 0: the bisection ended at a sign change.":
    "Wo es einen internen Zinsfuß gibt, ist die Vorzeichenfunktion der Suche dort 0: die Halbierung endete an einem Vorzeichenwechsel.",
  "Sensitivity grid centre is the scenario": "Die Mitte des Sensitivitätsrasters ist das Szenario",
  "The centre of each grid (no step in growth or margin) shows the Payback sheet's payback year.":
    "Die Mitte jedes Rasters (kein Schritt bei Wachstum oder Marge) zeigt das Amortisationsjahr des Blatts Amortisation.",
};

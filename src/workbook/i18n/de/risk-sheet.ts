/** German for the Risk sheet and the risk inputs. */
export const DE_RISK: Readonly<Record<string, string>> = {
  // The payback state: texts the trials' formulas produce and compare against (localize-plan.ts changes both).
  "never negative": "nie negativ",
  "under water": "im Minus",

  "Risk: how likely payback is, over trials drawn around the scenario":
    "Risiko: wie wahrscheinlich die Amortisation ist, über Durchläufe rund um das Szenario",
  "Uncertain inputs: triangular distributions around the scenario":
    "Unsichere Annahmen: Dreiecksverteilungen rund um das Szenario",
  "Growth, first year: mode (the scenario's value)": "Wachstum im ersten Jahr: Modus (Wert des Szenarios)",
  "Growth, first year: low": "Wachstum im ersten Jahr: unteres Ende",
  "Growth, first year: high": "Wachstum im ersten Jahr: oberes Ende",
  "Growth, first year: width (high − low)": "Wachstum im ersten Jahr: Breite (oben − unten)",
  "Growth, first year: share of draws below the mode": "Wachstum im ersten Jahr: Anteil der Ziehungen unter dem Modus",
  "Growth, last year: mode (the scenario's value)": "Wachstum im letzten Jahr: Modus (Wert des Szenarios)",
  "Growth, last year: low": "Wachstum im letzten Jahr: unteres Ende",
  "Growth, last year: high": "Wachstum im letzten Jahr: oberes Ende",
  "Growth, last year: width (high − low)": "Wachstum im letzten Jahr: Breite (oben − unten)",
  "Growth, last year: share of draws below the mode": "Wachstum im letzten Jahr: Anteil der Ziehungen unter dem Modus",
  "Cash margin: mode (the scenario's value)": "Cash-Marge: Modus (Wert des Szenarios)",
  "Cash margin: low": "Cash-Marge: unteres Ende",
  "Cash margin: high": "Cash-Marge: oberes Ende",
  "Cash margin: width (high − low)": "Cash-Marge: Breite (oben − unten)",
  "Cash margin: share of draws below the mode": "Cash-Marge: Anteil der Ziehungen unter dem Modus",
  "Capex total: mode (the scenario's value)": "Capex gesamt: Modus (Wert des Szenarios)",
  "Capex total: low": "Capex gesamt: unteres Ende",
  "Capex total: high": "Capex gesamt: oberes Ende",
  "Capex total: width (high − low)": "Capex gesamt: Breite (oben − unten)",
  "Capex total: share of draws below the mode": "Capex gesamt: Anteil der Ziehungen unter dem Modus",
  "Per-year constants of every trial (from the Cloud, Capex and Payback sheets)":
    "Jahreswerte, die alle Durchläufe teilen (aus den Blättern Cloud, Investitionen und Amortisation)",
  "Share of capex spent in the year": "Anteil der Investitionen im Jahr",
  "Discount divisor (1 + rate)^(year − 1)": "Diskontierungsdivisor (1 + Satz)^(Jahr − 1)",
  "Results over all trials": "Ergebnisse über alle Durchläufe",
  "Probability of payback (discounted) within the target": "Wahrscheinlichkeit der Amortisation (diskontiert) im Ziel",
  "Share of trials whose discounted payback period is at most the target on Inputs.":
    "Anteil der Durchläufe, deren diskontierte Amortisationsdauer höchstens dem Ziel auf den Eingaben entspricht.",
  "Probability of payback (discounted) within the horizon":
    "Wahrscheinlichkeit der Amortisation (diskontiert) im Horizont",
  "NPV, 10th percentile": "Kapitalwert, 10. Perzentil",
  "PERCENTILE (inclusive) of the trials' NPVs.": "PERZENTIL (inklusive) der Kapitalwerte der Durchläufe.",
  "NPV, median": "Kapitalwert, Median",
  "NPV, 90th percentile": "Kapitalwert, 90. Perzentil",
  "Trials not paid back within the horizon": "Durchläufe ohne Amortisation im Horizont",
  "Trials (as built)": "Durchläufe (beim Aufbau)",
  "Rows of the trials table below; a new count on Inputs needs a rebuild.":
    "Zeilen der Tabelle der Durchläufe unten; eine neue Anzahl auf den Eingaben braucht einen Neuaufbau.",
  "Seed of the stored uniforms (as built)": "Startwert der gespeicherten Zufallszahlen (beim Aufbau)",
  "Mulberry32 draws, trial by trial, input by input; a new seed on Inputs needs a rebuild.":
    "Mulberry32-Ziehungen, Durchlauf für Durchlauf, Annahme für Annahme; ein neuer Startwert auf den Eingaben braucht einen Neuaufbau.",
  "Payback (discounted) by year: trials paying back in each model year":
    "Amortisation (diskontiert) nach Jahr: Durchläufe, die sich im jeweiligen Modelljahr amortisieren",
  "Trials paying back in the year": "Durchläufe mit Amortisation im Jahr",
  "Risk: trials paying back (discounted) in each year": "Risiko: Durchläufe mit Amortisation (diskontiert) je Jahr",
  "Trials: stored uniforms, drawn inputs, and each trial's case year by year":
    "Durchläufe: gespeicherte Zufallszahlen, gezogene Annahmen und jeder Fall Jahr für Jahr",
  Trial: "Durchlauf",
  Trials: "Durchläufe",
  "per trial": "je Durchlauf",
  "u: growth": "u: Wachstum",
  "u: terminal growth": "u: Wachstum letztes Jahr",
  "u: margin": "u: Marge",
  "u: capex": "u: Capex",
  Growth: "Wachstum",
  "Terminal growth": "Wachstum im letzten Jahr",
  "Cash margin": "Cash-Marge",
  NPV: "Kapitalwert",
  "Paid back (1/0)": "Amortisiert (1/0)",
  "Payback period": "Amortisationsdauer",
  "Within target (1/0)": "Im Ziel (1/0)",
  "Payback year index": "Index des Amortisationsjahres",
  "Payback state": "Stand der Amortisation",
  "Risk trials are drawn for the inputs": "Die Risiko-Durchläufe passen zu den Eingaben",
  "The trials table holds the draws of the trial count and seed on Inputs (a change needs a rebuild).":
    "Die Tabelle der Durchläufe enthält die Ziehungen zu Anzahl und Startwert auf den Eingaben (eine Änderung braucht einen Neuaufbau).",
  "10th percentile of the trials' NPVs, RMB bn": "10. Perzentil der Kapitalwerte der Durchläufe, Mrd. RMB",
  "Median of the trials' NPVs, RMB bn": "Median der Kapitalwerte der Durchläufe, Mrd. RMB",
  "90th percentile of the trials' NPVs, RMB bn": "90. Perzentil der Kapitalwerte der Durchläufe, Mrd. RMB",
  "Share of trials paying back (discounted) within the target":
    "Anteil der Durchläufe mit Amortisation (diskontiert) im Ziel",
  "Share of trials paying back (discounted) within the horizon":
    "Anteil der Durchläufe mit Amortisation (diskontiert) im Horizont",

  // The risk inputs on the Inputs sheet
  "Risk: triangular spreads around the scenario (the Risk sheet)":
    "Risiko: Dreiecksspannen rund um das Szenario (das Blatt Risiko)",
  "Whole number 1 to 10,000; the Risk sheet has one row per trial (a new count needs a rebuild).":
    "Ganze Zahl von 1 bis 10.000; das Blatt Risiko hat eine Zeile je Durchlauf (eine neue Anzahl braucht einen Neuaufbau).",
  "Seed of the Mulberry32 uniforms stored on the Risk sheet (a new seed needs a rebuild).":
    "Startwert der Mulberry32-Zufallszahlen auf dem Blatt Risiko (ein neuer Startwert braucht einen Neuaufbau).",
  "Distance below the scenario's value: the low end of its triangular distribution.":
    "Abstand unter dem Wert des Szenarios: das untere Ende der Dreiecksverteilung.",
  "Distance above the scenario's value: the high end of its triangular distribution.":
    "Abstand über dem Wert des Szenarios: das obere Ende der Dreiecksverteilung.",
  "Risk NPV percentile, low": "Risiko: Kapitalwert-Perzentil, unten",
  "Risk NPV percentile, middle": "Risiko: Kapitalwert-Perzentil, Mitte",
  "Risk NPV percentile, high": "Risiko: Kapitalwert-Perzentil, oben",
  "Risk NPV percentile, low (%)": "Risiko: Kapitalwert-Perzentil, unten (%)",
  "Risk NPV percentile, middle (%)": "Risiko: Kapitalwert-Perzentil, Mitte (%)",
  "Risk NPV percentile, high (%)": "Risiko: Kapitalwert-Perzentil, oben (%)",
  "The Risk sheet's P10 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.":
    "Das P10 der Kapitalwerte der Durchläufe auf dem Blatt Risiko (PERZENTIL, inklusive), wie model.md es festlegt.",
  "The Risk sheet's P50 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.":
    "Das P50 der Kapitalwerte der Durchläufe auf dem Blatt Risiko (PERZENTIL, inklusive), wie model.md es festlegt.",
  "The Risk sheet's P90 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.":
    "Das P90 der Kapitalwerte der Durchläufe auf dem Blatt Risiko (PERZENTIL, inklusive), wie model.md es festlegt.",
};

import type { TemplateEntry } from "../translator";

/** German for the Tornado sheet and the tornado's steps on Inputs. */
export const DE_TORNADO: Readonly<Record<string, string>> = {
  "Tornado: steps each input takes down and up (the Tornado sheet)":
    "Tornado: Schritte jeder Annahme nach unten und oben (Blatt Tornado)",
  "Points down and up from the scenario's first-year growth.":
    "Prozentpunkte nach unten und oben vom Wachstum des Szenarios im ersten Jahr.",
  "Points down and up from the scenario's last-year growth.":
    "Prozentpunkte nach unten und oben vom Wachstum des Szenarios im letzten Jahr.",
  "Points down and up from the scenario's baseline growth.":
    "Prozentpunkte nach unten und oben vom Wachstum des Szenarios ohne die Investition.",
  "Points down and up from the scenario's cash margin.":
    "Prozentpunkte nach unten und oben von der Cash-Marge des Szenarios.",
  "Points down and up from the scenario's discount rate.":
    "Prozentpunkte nach unten und oben vom Diskontierungssatz des Szenarios.",
  "Share of the capex total down and up (20% is 0.8 and 1.2 times the plan).":
    "Anteil der Investitionssumme nach unten und oben (20% heißt das 0,8- und 1,2-Fache des Plans).",
  "Share of the base revenue down and up.": "Anteil des Umsatzes im Basisjahr nach unten und oben.",
  "Tornado: which input moves the NPV most": "Tornado: welche Annahme den Kapitalwert am stärksten bewegt",
  "The scenario itself": "Das Szenario selbst",
  "NPV of the scenario": "Kapitalwert des Szenarios",
  "The discounted cash flows of the Payback sheet, summed: the base every change below is measured from.":
    "Die diskontierten Zahlungsströme des Blatts Amortisation, summiert: die Basis, an der jede Änderung unten gemessen wird.",
  "Each input at its low and its high value, all else as in the scenario":
    "Jede Annahme am unteren und am oberen Wert, alles andere wie im Szenario",
  "Low value": "Unterer Wert",
  "High value": "Oberer Wert",
  "NPV at the low value": "Kapitalwert am unteren Wert",
  "NPV at the high value": "Kapitalwert am oberen Wert",
  "Swing |NPV high − NPV low|": "Spanne |Kapitalwert oben − Kapitalwert unten|",
  "Rank by swing (1 is the largest)": "Rang nach Spanne (1 ist die größte)",
  "Inputs ranked by swing, largest first": "Annahmen nach Spanne, die größte zuerst",
  Rank: "Rang",
  "Row of the input in the lists above": "Zeile der Annahme in den Listen oben",
  "Change in NPV at the low value": "Änderung des Kapitalwerts am unteren Wert",
  "Change in NPV at the high value": "Änderung des Kapitalwerts am oberen Wert",
  Swing: "Spanne",
  "The cases, year by year (the Cloud, Capex and Payback rows, one input moved)":
    "Die Fälle Jahr für Jahr (die Zeilen der Blätter Cloud, Investitionen und Amortisation, eine Annahme verschoben)",
  "Tornado: change in NPV with each input at its low and high value, RMB bn":
    "Tornado: Änderung des Kapitalwerts mit jeder Annahme am unteren und oberen Wert, Mrd. RMB",
  "Input at its low value": "Annahme am unteren Wert",
  "Input at its high value": "Annahme am oberen Wert",
  "The tornado's swings |NPV high − NPV low|, largest first, RMB bn":
    "Die Spannen des Tornados |Kapitalwert oben − Kapitalwert unten|, die größte zuerst, Mrd. RMB",
};

/** The variant cases' labels: {0} is an input's label, translated from the field texts. */
export const DE_TORNADO_TEMPLATES: readonly TemplateEntry[] = [
  { en: "Rank {0}", translated: "Rang {0}" },
  { en: "{0} at its low value", translated: "{0} am unteren Wert" },
  { en: "{0} at its high value", translated: "{0} am oberen Wert" },
  { en: "{0} (low)", translated: "{0} (unten)" },
  { en: "{0} (high)", translated: "{0} (oben)" },
];

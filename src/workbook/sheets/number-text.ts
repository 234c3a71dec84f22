import type { WorkbookLanguage } from "../i18n/translator";

/**
 * Numbers inside the sentences that formulas build ("Needs 12,5 % a year …"), written in the workbook's language
 * whatever the language of the spreadsheet app that computes them. TEXT(x,"0.0") cannot do that: its format code is
 * read in the app's locale, so the same formula gives "1.5" in an English Excel and "1,5" (or nonsense) elsewhere.
 * FIXED(x,d,TRUE()) writes the app's decimal separator and no thousands separator; SUBSTITUTE then turns either
 * separator into the workbook language's. Every number-to-text of the sheets goes through here, and the cached value
 * is built by the twin function from the same rule, so that the text Excel computes and the cached one are the same.
 */

/** The decimal separator the workbook's sentences use. */
function decimalSeparator(language: WorkbookLanguage): string {
  return language === "de" ? "," : ".";
}

/** A formula that turns the number `x` (a formula) into text with `decimals` places, in `language`. */
export function numberTextFormula(x: string, decimals: number, language: WorkbookLanguage): string {
  const fixed = `FIXED(${x},${decimals},TRUE())`;
  if (decimals === 0) return fixed; // no separator to fix
  return language === "de" ? `SUBSTITUTE(${fixed},".",",")` : `SUBSTITUTE(${fixed},",",".")`;
}

/**
 * What numberTextFormula computes, as the cached value. FIXED rounds half away from zero on the decimal the app
 * shows (15 significant digits), not on the binary double: 7.25 (0.0725/1%, stored as 7.2499999…) gives "7.3", where
 * toFixed would say "7.2". A result of -0 is written "0.0".
 */
export function numberText(x: number, decimals: number, language: WorkbookLanguage): string {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(x) * Math.round(Number((Math.abs(x) * factor).toPrecision(15)))) / factor;
  return (rounded === 0 ? 0 : rounded).toFixed(decimals).replace(".", decimalSeparator(language));
}

/** German sets a space before the percent sign ("12,5 %"), English none ("12.5%"). */
function percentSign(language: WorkbookLanguage): string {
  return language === "de" ? " %" : "%";
}

/** A formula that turns the rate `x` (a formula; 0.125) into "12.5%" or "12,5 %". */
export function percentTextFormula(x: string, language: WorkbookLanguage): string {
  return `${numberTextFormula(`${x}/1%`, 1, language)}&"${percentSign(language)}"`;
}

/** What percentTextFormula computes, as the cached value. */
export function percentText(rate: number, language: WorkbookLanguage): string {
  return `${numberText(rate / 0.01, 1, language)}${percentSign(language)}`;
}
